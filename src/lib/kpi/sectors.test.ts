import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../data/ingest/ingest';
import { lastSectorPeriod, SECTOR_TREE, sectorsCover, trackSectors } from './sectors';
import { observation, TEST_TARGET } from './testing';
import { trackTarget } from './track';
import { drawnDatasets } from '../export/views/targets';

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

	it('tells a page that does not draw the sectors whether they cover a window, from the last year alone', () => {
		// Only the real series counts: an E_ESELL row of 2024 in the same list does not extend it.
		const other = { ...observations[0]!, indicator: 'E_ESELL', period: '2024' };
		expect(lastSectorPeriod([...observations, other])).toBe('2019');
		expect(lastSectorPeriod([other])).toBeNull();
		expect(sectorsCover({ baseline: '2016' }, '2019')).toBe(true);
		expect(sectorsCover({ baseline: '2019' }, '2019')).toBe(true);
		expect(sectorsCover({ baseline: '2020' }, '2019')).toBe(false);
		expect(sectorsCover({ baseline: '2008' }, '2019')).toBe(false);
		expect(sectorsCover({ baseline: '2016' }, null)).toBe(false);
	});
});

describe('trackTarget: a sector of the target series against the same sector', () => {
	// France and the EU, all activities and G47, on the target's own series (an imported table,
	// or the illustrative stand-ins after 2019): the EU all-activities value is never a sector's.
	const rows = [
		...['2016', '2019'].flatMap((period, i) => [
			observation({ geo: 'EU27_2020', period, value: 20 + i }),
			observation({ geo: 'FR', period, nace: 'G47', value: 30 + i, dataset: 'mine' })
		])
	];

	it('leaves a sector unrated when the EU value of the same sector is missing', () => {
		const t = trackTarget(
			TEST_TARGET,
			rows,
			() => false,
			(u) => u.key
		);
		const g47 = t.sectors.find((s) => s.key === 'G47')!;
		expect(g47.assessment.rated).toBe(false);
		expect(g47.assessment.reason).toBe('no-sector-reference');
		expect(g47.assessment.gapStart).toBeNull();
		expect(g47.reference).toEqual([]);
		// Its sources: France's G47 values only, not the all-activities reference it does not draw.
		expect(drawnDatasets([g47], t.units.referenceDatasets)).toEqual(['mine']);
	});

	it('judges a sector against the EU value of the same sector when there is one', () => {
		const withEu = [
			...rows,
			observation({ geo: 'EU27_2020', period: '2016', nace: 'G47', value: 28, dataset: 'eu' }),
			observation({ geo: 'EU27_2020', period: '2019', nace: 'G47', value: 32, dataset: 'eu' })
		];
		const t = trackTarget(
			TEST_TARGET,
			withEu,
			() => false,
			(u) => u.key
		);
		const g47 = t.sectors.find((s) => s.key === 'G47')!;
		expect(g47.assessment.gapStart).toBe(2);
		expect(g47.assessment.targetValue).toBe(32);
		expect(g47.referenceDatasets).toEqual(['eu']);
		// An illustrative EU sector value is no reference either.
		const fake = trackTarget(
			TEST_TARGET,
			withEu,
			(d) => d === 'eu',
			(u) => u.key
		);
		expect(fake.sectors.find((s) => s.key === 'G47')!.assessment.reason).toBe(
			'no-sector-reference'
		);
	});
});
