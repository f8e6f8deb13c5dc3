import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from '../src/lib/domain/geo';
import { eurostatOf } from '../src/lib/charts/map/countries';
import { DEFAULT_OUT, writeEuropeMap } from './build-europe-map';

describe('scripts/build-europe-map', () => {
	it('regenerates the committed europe.json byte for byte', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'europe-map-'));
		try {
			const out = path.join(dir, 'europe.json');
			await writeEuropeMap(out);
			const regenerated = await readFile(out);
			const committed = await readFile(DEFAULT_OUT);
			expect(regenerated.equals(committed)).toBe(true);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('holds every EU27 member by Eurostat code, in under 150 kB', async () => {
		const text = await readFile(DEFAULT_OUT, 'utf8');
		expect(Buffer.byteLength(text)).toBeLessThan(150 * 1024);
		const topology = JSON.parse(text) as Topology<{
			countries: GeometryCollection<{ name: string }>;
		}>;
		const codes = new Set(
			feature(topology, topology.objects.countries).features.map((f) =>
				eurostatOf(f.id, f.properties.name)
			)
		);
		for (const geo of EU27_2020_MEMBERS) expect(codes.has(geo), geo).toBe(true);
		expect(codes.has('XK')).toBe(true);
	});
});
