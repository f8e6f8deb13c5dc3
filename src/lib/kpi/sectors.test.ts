import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../data/ingest/ingest';
import { SECTOR_TREE, trackSectors } from './sectors';
import { TEST_TARGET } from './testing';

// The bundled extract, read by the real importer (legacy TSV, sizen_r2 decoded).
const bytes = new Uint8Array(await readFile('data/estat_isoc_ec_eseln2_E_AESELL.tsv'));
const { observations } = await ingestBytes('estat_isoc_ec_eseln2_E_AESELL.tsv', bytes, {
	dataset: 'isoc_ec_eseln2'
});
const cnnum = { ...TEST_TARGET, baseline: '2016', deadline: '2019' };

describe('trackSectors on isoc_ec_eseln2 (E_AESELL, 10+)', () => {
	const eu28 = trackSectors(cnnum, observations, 'EU28', (c) => c);

	it('compares French retail trade G47 with the EU28 value of G47: 30 and 33 against 28 and 32', () => {
		const g47 = eu28.sectors.find((s) => s.key === 'G47')!;
		const at = (ps: { period: string; value: number | null }[], p: string) =>
			ps.find((x) => x.period === p)?.value;
		expect([at(g47.series.points, '2016'), at(g47.series.points, '2019')]).toEqual([30, 33]);
		expect([at(g47.reference, '2016'), at(g47.reference, '2019')]).toEqual([28, 32]);
		expect(g47.assessment.gapStart).toBe(2);
		expect(g47.assessment.gapNow).toBe(1);
		expect(g47.synthetic).toBe(false);
		expect(g47.parent).toBe('G');
		expect(g47.counted).toBe(false);
	});

	it('counts sections only: G47 inside G is never counted twice, ICT apart', () => {
		const counted = eu28.sectors.filter((s) => s.counted).map((s) => s.key);
		expect(counted).toEqual(SECTOR_TREE.map((s) => s.code));
		const s = eu28.summary;
		expect(s.onTrack + s.offTrack + s.unrated).toBe(SECTOR_TREE.length);
		expect(s.illustrative.worstFirst).toEqual([]);
		expect(eu28.sectors.find((x) => x.key === 'ICT')?.counted).toBe(false);
		expect(eu28.datasets).toEqual(['isoc_ec_eseln2']);
		expect(eu28.covers).toBe(true);
		expect(eu28.lastPeriod).toBe('2019');
	});

	it('uses EU27_2019 as published when asked, and says the file does not cover a later window', () => {
		const eu27 = trackSectors(cnnum, observations, 'EU27_2019', (c) => c);
		const g47 = eu27.sectors.find((s) => s.key === 'G47')!;
		expect(g47.reference.find((p) => p.period === '2016')?.value).not.toBeUndefined();
		expect(
			trackSectors({ ...cnnum, baseline: '2024', deadline: '2026' }, observations, 'EU28', (c) => c)
				.covers
		).toBe(false);
	});
});
