import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import type { Engine } from '../duckdb/engine';
import { testEngine } from '../duckdb/testing';
import { headlineComparison } from './headline';
import { seriesFor } from './series';
import { datasetCoverage } from './catalog';

const key = {
	dataset: 'test',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K'
};

function obs(geo: string, period: string, value: number | null, flags = ''): Observation {
	return { ...key, geo, period, value, flags, confStatus: flags.includes('C') ? 'C' : null };
}

let engine: Engine;

beforeAll(async () => {
	engine = await testEngine();
	await engine.insertObservations(
		[
			// 2022: everyone has a value; DE and IE tie above France.
			obs('FR', '2022', 13.25, 'b'),
			obs('EU27_2020', '2022', 19.75),
			obs('DE', '2022', 20),
			obs('IE', '2022', 20),
			obs('IT', '2022', 10),
			// 2023: the reference is missing, so 2023 must not be the headline period.
			obs('FR', '2023', 13.43),
			obs('EU27_2020', '2023', null, 'u'),
			obs('DE', '2023', 21),
			// 2024: France missing with its flag; still France's latest period.
			obs('FR', '2024', null, 'u'),
			obs('EU27_2020', '2024', 20.75),
			// Another series must not leak into this one.
			{ ...obs('FR', '2025', 99), indicator: 'E_AWSELL' },
			// Not an EU member: never ranked.
			obs('NO', '2022', 30)
		],
		'hand-made.tsv'
	);
});

afterAll(async () => {
	await engine?.close();
});

describe('headlineComparison', () => {
	it('takes the latest period in which both geos have a value, never two different years', async () => {
		const h = await headlineComparison(engine, key, 'FR', 'EU27_2020', 'EU27_2020');
		expect(h.period).toBe('2022');
		expect(h.focus).toMatchObject({ period: '2022', value: 13.25, flags: 'b' });
		expect(h.reference).toMatchObject({ period: '2022', value: 19.75, flags: '' });
		expect(h.gap).toBe(-6.5);
	});

	it('ranks among EU members with a value, sharing ties, ignoring non-members', async () => {
		const h = await headlineComparison(engine, key, 'FR', 'EU27_2020', 'EU27_2020');
		// DE and IE tie for 1st; FR is 3rd; IT 4th; NO is not in the EU27 and EU27_2020 is an aggregate.
		expect(h.rank).toBe(3);
		expect(h.ranked).toBe(4);
		const de = await headlineComparison(engine, key, 'IE', 'EU27_2020', 'EU27_2020');
		expect(de.rank).toBe(1);
	});

	it("reports the focus geo's latest period even when its value is missing", async () => {
		const h = await headlineComparison(engine, key, 'FR', 'EU27_2020', 'EU27_2020');
		expect(h.focusLatest).toEqual({
			geo: 'FR',
			period: '2024',
			value: null,
			flags: 'u',
			confStatus: null
		});
	});

	it('says there is no common period rather than inventing one', async () => {
		const h = await headlineComparison(engine, key, 'FR', 'XX', 'EU27_2020');
		expect(h.period).toBeNull();
		expect(h.gap).toBeNull();
		expect(h.rank).toBeNull();
	});
});

describe('seriesFor', () => {
	it('returns every observation of the asked geos, missing ones included', async () => {
		const rows = await seriesFor(engine, key, ['FR', 'EU27_2020']);
		expect(rows.map((r) => `${r.geo} ${r.period} ${r.value ?? ':'} ${r.flags}`)).toEqual([
			'EU27_2020 2022 19.75 ',
			'EU27_2020 2023 : u',
			'EU27_2020 2024 20.75 ',
			'FR 2022 13.25 b',
			'FR 2023 13.43 ',
			'FR 2024 : u'
		]);
	});

	it('treats a hostile geo list as data, not SQL', async () => {
		const rows = await seriesFor(engine, key, ["FR' OR 1=1 --", 'DE']);
		expect(rows.map((r) => r.geo)).toEqual(['DE', 'DE']);
	});
});

describe('datasetCoverage', () => {
	it('counts observations and missing values per loaded file', async () => {
		const [coverage] = await datasetCoverage(engine);
		expect(coverage).toEqual({
			dataset: 'test',
			sourceFile: 'hand-made.tsv',
			observations: 12,
			missing: 2,
			geos: 6,
			firstPeriod: '2022',
			lastPeriod: '2025'
		});
	});
});
