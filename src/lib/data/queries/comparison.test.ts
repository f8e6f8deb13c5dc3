import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import type { Engine } from '../duckdb/engine';
import { testEngine } from '../duckdb/testing';
import { comparisonRows } from './comparison';

const base = {
	dataset: 'test',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K'
};

function obs(
	geo: string,
	period: string,
	value: number | null,
	extra: Partial<Observation> = {}
): Observation {
	return { ...base, geo, period, value, flags: '', confStatus: null, ...extra };
}

let engine: Engine;

beforeAll(async () => {
	engine = await testEngine();
	await engine.insertObservations(
		[
			obs('FR', '2015', 16.5),
			obs('DE', '2015', 24.63),
			obs('DE', '2016', null, { flags: 'u' }),
			obs('EU27_2020', '2015', 16.2),
			// A region: never part of the country comparison.
			obs('FR1', '2015', 18),
			// France alone in a sector: nothing to compare it with, so not offered.
			obs('FR', '2015', 12, { nace: 'C10-C33' }),
			// Two geos but only one with a value: not comparable either.
			obs('FR', '2015', 11, { nace: 'G47' }),
			obs('DE', '2015', null, { nace: 'G47', flags: 'c' })
		],
		'hand-made.tsv'
	);
});

afterAll(async () => {
	await engine?.close();
});

describe('comparisonRows', () => {
	const cases: { name: string; geos: string[]; expected: string[] }[] = [
		{
			name: 'keeps every row of a comparable series, missing ones with their flags',
			geos: ['FR', 'DE', 'EU27_2020'],
			expected: [
				'C10-S951_X_K DE 2015 24.63 ',
				'C10-S951_X_K DE 2016 : u',
				'C10-S951_X_K EU27_2020 2015 16.2 ',
				'C10-S951_X_K FR 2015 16.5 '
			]
		},
		{
			name: 'leaves out geos that were not asked for (regions)',
			geos: ['FR', 'FR1'],
			expected: ['C10-S951_X_K FR 2015 16.5 ', 'C10-S951_X_K FR1 2015 18 ']
		},
		{ name: 'a single geo is never comparable', geos: ['FR'], expected: [] },
		{ name: 'no geo, no rows', geos: [], expected: [] },
		{
			name: 'treats a hostile geo list as data, not SQL',
			geos: ["FR' OR 1=1 --", 'DE', 'FR'],
			expected: [
				'C10-S951_X_K DE 2015 24.63 ',
				'C10-S951_X_K DE 2016 : u',
				'C10-S951_X_K FR 2015 16.5 '
			]
		}
	];
	for (const c of cases) {
		it(c.name, async () => {
			const rows = await comparisonRows(engine, c.geos);
			expect(
				rows.map((r) => `${r.nace} ${r.geo} ${r.period} ${r.value ?? ':'} ${r.flags}`)
			).toEqual(c.expected);
		});
	}
});
