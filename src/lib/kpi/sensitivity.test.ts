import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import { datasetFor, seriesLookup } from './lookup';
import type { KpiPoint } from './measures';
import {
	allReadings,
	changedKeys,
	CNNUM_READINGS,
	defaultReading,
	readingVerdict,
	sensitivityTable,
	verdictCounts,
	type Reading,
	type SeriesLookup
} from './sensitivity';

const pts = (values: Record<string, number | null>, flags: Record<string, string> = {}) =>
	Object.entries(values).map(([period, value]) => ({ period, value, flags: flags[period] ?? '' }));

// Hand-made series: population → geo → points.
const table: Record<string, Record<string, KpiPoint[]>> = {
	'10-249': {
		FR: pts({ 2015: 10, 2016: 11, 2019: 12, 2020: 14 }, { 2020: 'e' }),
		EU27_2020: pts({ 2015: 12, 2016: 12, 2019: 13, 2020: 13.5 }),
		// No EU28 after the 2019 survey.
		EU28: pts({ 2015: 12.5, 2016: 12.5, 2019: 13.5 })
	},
	GE10: {
		FR: pts({ 2015: null, 2016: 12, 2019: 12.5, 2020: 12.5 }, { 2015: 'u' }),
		EU27_2020: pts({ 2015: 12, 2016: 12.5, 2019: 13, 2020: 14 }),
		EU28: pts({ 2015: 12.5, 2016: 13, 2019: 13.5 })
	}
};
const series: SeriesLookup = (population, geo) => table[population]?.[geo] ?? [];
const base = defaultReading(CNNUM_READINGS);
const reading = (changes: Partial<Reading>): Reading => ({ ...base, ...changes });

describe('the readings of the CNNum plan', () => {
	it('lists all 32 combinations once, the default first, then one change at a time', () => {
		const all = allReadings(CNNUM_READINGS);
		expect(all).toHaveLength(32);
		expect(new Set(all.map((r) => JSON.stringify(r))).size).toBe(32);
		expect(all[0]).toEqual({
			population: '10-249',
			baseline: '2016',
			deadline: '2019',
			rule: 'eu-average-at-deadline',
			reference: 'EU27_2020'
		});
		expect(all.slice(1, 6).map((r) => changedKeys(r, base))).toEqual([
			['population'],
			['baseline'],
			['deadline'],
			['rule'],
			['reference']
		]);
		expect(changedKeys(all[31]!, base)).toHaveLength(5);
	});
});

describe('readingVerdict on hand-made series', () => {
	it.each([
		// default: 11 − 12 = −1 in 2016; 12 − 13 = −1 in 2019: unchanged, missed
		[{}, -1, -1, 'missed', 'unchanged'],
		// deadline 2020: 14 − 13.5 = +0.5: met, closed
		[{ deadline: '2020' }, -1, 0.5, 'met', 'closed'],
		// frozen at 2016 (12): 12 − 12 = 0 in 2019: met
		[{ rule: 'eu-average-frozen-at-baseline' }, -1, 0, 'met', 'closed'],
		// baseline 2015: 10 − 12 = −2 → −1: narrowing
		[{ baseline: '2015' }, -2, -1, 'missed', 'narrowing'],
		// EU28: 11 − 12.5 = −1.5 → 12 − 13.5 = −1.5
		[{ reference: 'EU28' }, -1.5, -1.5, 'missed', 'unchanged'],
		// 10+: 12 − 12.5 = −0.5 → 12.5 − 13 = −0.5
		[{ population: 'GE10' }, -0.5, -0.5, 'missed', 'unchanged'],
		// 10+ frozen at 2016 EU28 (13), deadline 2020: 12.5 − 13 = −0.5: frozen needs no EU28 of 2020
		[
			{
				population: 'GE10',
				rule: 'eu-average-frozen-at-baseline',
				reference: 'EU28',
				deadline: '2020'
			},
			-1,
			-0.5,
			'missed',
			'narrowing'
		]
	] as const)('%o → gaps %d, %d: %s, %s', (changes, g0, g1, outcome, direction) => {
		const r = readingVerdict(series, reading(changes as Partial<Reading>), 'FR', base);
		expect([r.gapStart, r.gapEnd, r.outcome, r.direction]).toEqual([g0, g1, outcome, direction]);
		expect(r.missing).toEqual([]);
		expect(r.changed).toEqual(Object.keys(changes).sort((a, b) => order(a) - order(b)));
	});

	it('gives no verdict when EU28 is not published at a 2020 deadline, and names the missing cell', () => {
		const r = readingVerdict(series, reading({ reference: 'EU28', deadline: '2020' }), 'FR');
		expect(r.gapStart).toBe(-1.5);
		expect(r.gapEnd).toBeNull();
		expect(r.outcome).toBeNull();
		expect(r.missing).toEqual([{ geo: 'EU28', population: '10-249', period: '2020', flags: '' }]);
	});

	it('names a missing value with its flags (France 10+ 2015: u)', () => {
		const r = readingVerdict(series, reading({ population: 'GE10', baseline: '2015' }), 'FR');
		expect(r.gapStart).toBeNull();
		expect(r.missing).toEqual([{ geo: 'FR', population: 'GE10', period: '2015', flags: 'u' }]);
	});

	it('carries the flags u and e of the values used', () => {
		const r = readingVerdict(series, reading({ deadline: '2020' }), 'FR');
		expect(r.flagged).toEqual([{ role: 'unit', period: '2020', flags: 'e' }]);
	});

	it('counts verdicts over the table', () => {
		const rows = sensitivityTable(series, CNNUM_READINGS, 'FR');
		const counts = verdictCounts(rows);
		expect(counts.met + counts.missed + counts.none).toBe(32);
		// No verdict: EU28 measured at a 2020 deadline (2 populations × 2 baselines = 4) and 10+
		// from 2015 (2 deadlines × 2 rules × 2 EUs = 8); one reading is both: 4 + 8 − 1 = 11.
		expect(counts.none).toBe(11);
	});
});

const order = (k: string) => ['population', 'baseline', 'deadline', 'rule', 'reference'].indexOf(k);

describe('seriesLookup: one file per population, the newest first', () => {
	const o = (dataset: string, sizeClass: string, period: string, value: number): Observation => ({
		dataset,
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass,
		nace: 'C10-S951_X_K',
		geo: 'FR',
		period,
		value,
		flags: '',
		confStatus: null
	});
	const rows = [
		o('tin00111', 'GE10', '2023', 13.43),
		o('tin00111', 'GE10', '2024', 1),
		o('isoc_ec_esels', 'GE10', '2023', 13.43),
		o('isoc_ec_esels', 'GE10', '2025', 16.04),
		o('isoc_ec_esels', '10-249', '2025', 15.2)
	];
	it('reads the newest file of a population and never merges the older one in', () => {
		const s = seriesLookup(rows, ['isoc_ec_esels', 'tin00111']);
		expect(s('GE10', 'FR').map((p) => p.period)).toEqual(['2023', '2025']);
		expect(datasetFor(rows, 'GE10', ['isoc_ec_esels'])).toBe('isoc_ec_esels');
		expect(datasetFor(rows, 'GE10', ['tin00111', 'isoc_ec_esels'])).toBe('tin00111');
		expect(datasetFor(rows, '10-49', ['isoc_ec_esels'])).toBeNull();
	});
});
