import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/lib/data/ingest/ingest';
import { parseManifest } from '../src/lib/data/manifest';
import { FRENCH_REGIONS } from '../src/lib/domain/geo';
import { generateSynthetic, seededRandom } from './generate-synthetic';
import { sha256 } from './lib/data-dir';

const national = await readFile('data/estat_tin00111.tsv', 'utf8');

describe('illustrative regional and sectoral data', () => {
	it('regenerates the bundled files byte for byte, with their checksums in the manifest', async () => {
		const manifest = parseManifest(await readFile('data/manifest.json', 'utf8'), 'manifest.json');
		for (const generated of generateSynthetic(national)) {
			expect(await readFile(`data/${generated.file}`, 'utf8')).toBe(generated.text);
			const entry = manifest.files.find((f) => f.file === generated.file);
			expect(entry).toEqual(generated.entry);
			expect(entry?.sha256).toBe(sha256(generated.text));
			expect(entry?.synthetic).toBe(true);
		}
	});

	it('gives other numbers with another seed', () => {
		const [a] = generateSynthetic(national, 1);
		const [b] = generateSynthetic(national, 2);
		expect(a?.text).not.toBe(b?.text);
		expect(seededRandom(7)()).toBe(seededRandom(7)());
	});

	it('covers every French region and both size classes, and reads back without rejection', () => {
		const [regions, sectors] = generateSynthetic(national);
		const read = ingestText(regions!.file, regions!.text);
		expect(read.report).toMatchObject({ format: 'sdmx-csv-1', rowsRejected: 0, fatal: null });
		const geos = new Set(read.observations.map((o) => o.geo));
		expect(geos.size).toBe(FRENCH_REGIONS.length);
		expect(new Set(read.observations.map((o) => o.sizeClass))).toEqual(new Set(['10-249', 'GE10']));
		const sectorRead = ingestText(sectors!.file, sectors!.text);
		expect(sectorRead.report.rowsRejected).toBe(0);
		expect(new Set(sectorRead.observations.map((o) => o.nace)).size).toBeGreaterThanOrEqual(10);
	});

	it('keeps the national gaps as gaps, never inventing a value where France has none', () => {
		const [regions] = generateSynthetic(national);
		const read = ingestText(regions!.file, regions!.text);
		const in2024 = read.observations.filter((o) => o.period === '2024');
		expect(in2024.length).toBeGreaterThan(0);
		expect(in2024.every((o) => o.value === null)).toBe(true);
		// No Eurostat flag on an invented number, and no Eurostat code either.
		expect(read.observations.every((o) => o.flags === '' && o.confStatus === null)).toBe(true);
		expect(new Set(read.observations.map((o) => `${o.indicator} ${o.unit}`))).toEqual(
			new Set(['ILLUS_ESELL ILLUS_PC'])
		);
		const values = read.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
		expect(Math.min(...values)).toBeGreaterThan(0);
		expect(Math.max(...values)).toBeLessThan(40);
	});
});
