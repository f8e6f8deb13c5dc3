import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from '../../src/lib/domain/geo';
import { indicatorRows } from '../../src/lib/data/queries/indicator';
import { seriesLookup } from '../../src/lib/kpi/lookup';
import {
	EU28_MEMBERS,
	PRESS_PERIODS,
	PRESS_QUOTES,
	rankAmong,
	reconcile
} from '../../src/lib/kpi/press';
import { CNNUM_READINGS, sensitivityTable, verdictCounts } from '../../src/lib/kpi/sensitivity';
import { loadBundled } from '../../src/lib/server/bundled';

// The CNNum verdict under every reading, and the press figures of 2016–17, on the bundled files
// through the real importer and the Node twin of DuckDB: the numbers the method page shows.
const series = async () => {
	const { engine } = await loadBundled();
	const rows = await indicatorRows(engine, {
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		nace: 'C10-S951_X_K'
	});
	return seriesLookup(rows, ['isoc_ec_esels', 'tin00111']);
};

// One engine for both describes, shared with the other test files of this worker
// (`isolate: false`): never closed here, the worker's exit frees it.

describe('the CNNum verdict under each reading (bundled data)', () => {
	it('the default (SMEs, 2016 → 2019, EU27 at the deadline): −1.11 → −1.36, missed, widening', async () => {
		const rows = sensitivityTable(await series(), CNNUM_READINGS, 'FR');
		expect(rows).toHaveLength(32);
		const [d] = rows;
		expect(d!.changed).toEqual([]);
		expect([d!.gapStart, d!.gapEnd, d!.outcome, d!.direction]).toEqual([
			-1.11,
			-1.36,
			'missed',
			'widening'
		]);
	});

	it('each single change of reading, as published', async () => {
		const rows = sensitivityTable(await series(), CNNUM_READINGS, 'FR').slice(1, 6);
		expect(rows.map((r) => [r.changed[0], r.gapStart, r.gapEnd, r.outcome])).toEqual([
			// 10+ (isoc_ec_esels): 16.62 − 17.59, 16.03 − 17.19
			['population', -0.97, -1.16, 'missed'],
			// 2015: France 15.85 above the EU27's 15.61
			['baseline', 0.24, -1.36, 'missed'],
			// 2020 survey (sales of 2019): 12.92 − 17.50
			['deadline', -1.11, -4.58, 'missed'],
			// frozen at 2016: 15.22 − 17.03
			['rule', -1.11, -1.81, 'missed'],
			// EU28: 15.92 − 17.24, 15.22 − 17.52
			['reference', -1.32, -2.3, 'missed']
		]);
	});

	it('no reading meets the target; EU28 measured at a 2020 deadline has no value, said', async () => {
		const rows = sensitivityTable(await series(), CNNUM_READINGS, 'FR');
		expect(verdictCounts(rows)).toEqual({ met: 0, missed: 28, none: 4 });
		const none = rows.filter((r) => r.outcome === null);
		expect(none.every((r) => r.reading.reference === 'EU28' && r.reading.deadline === '2020')).toBe(
			true
		);
		expect(none.map((r) => r.missing.map((m) => `${m.geo} ${m.period}`))).toEqual(
			none.map(() => ['EU28 2020'])
		);
	});
});

describe('the press figures of 2016–17 against the bundled series', () => {
	it('matches 15,8 / 17,6 / 18,9 / ~24 / ~31 to SMEs 2015, and 13,8 to nothing', async () => {
		const found = reconcile(
			PRESS_QUOTES,
			await series(),
			['10-249', 'GE10', '10-49', '50-249', 'GE250'],
			PRESS_PERIODS
		);
		const first = Object.fromEntries(
			found.map((f) => [
				f.quote.id,
				f.matches[0]
					? `${f.matches[0].population} ${f.matches[0].period} ${f.matches[0].value}`
					: null
			])
		);
		expect(first).toEqual({
			'fr-13-8': null,
			'fr-15-8': '10-249 2015 15.85',
			'lt-17-6': '10-249 2015 17.57',
			'hr-18-9': '10-249 2015 18.85',
			'fr-15': '10-249 2015 15.85',
			'de-24': '10-249 2015 23.81',
			'ie-31': '10-249 2015 31.52'
		});
		// 13,8 % is no value of France in any size class, 2014 to 2016.
		expect(found.find((f) => f.quote.id === 'fr-13-8')!.matches).toEqual([]);
	});

	it('France 2015 on SMEs: 13th of 28 (the press) and 12th of today’s 27', async () => {
		const s = await series();
		expect(rankAmong(s, '10-249', 'FR', EU28_MEMBERS, '2015')).toEqual({ rank: 13, of: 28 });
		expect(rankAmong(s, '10-249', 'FR', EU27_2020_MEMBERS, '2015')).toEqual({ rank: 12, of: 27 });
	});
});
