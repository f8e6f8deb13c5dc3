import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import fc from 'fast-check';
import { columnsOf, observationsWhere } from '../data/ingest/columns';
import {
	groupByPopulation,
	outsideDecimals,
	outsideOf,
	outsideSources,
	outsideTarget,
	outsideTargetSliced,
	scopeWhere
} from './outside';
import { observation, TEST_TARGET } from './testing';

const target = TEST_TARGET;

const o = (
	geo: string,
	period: string,
	value: number | null,
	more: Partial<Observation> = {}
): Observation => observation({ dataset: 'esell_nuts2', geo, period, value, ...more });

const source = (observations: Observation[]) => [
	{ dataset: 'esell_nuts2', file: 'regional.csv', observations }
];

describe('outsideTarget, regions', () => {
	it('lists an SME table (10-249) by region with its latest value, and why it is not rated', () => {
		const sme = { sizeClass: '10-249' };
		const [d] = outsideTarget(
			target!,
			source([
				o('FR10', '2022', 20.1, sme),
				o('FR10', '2023', 21.4, sme),
				o('FRH0', '2022', 16, sme),
				o('FRH0', '2023', null, { ...sme, flags: 'u' })
			]),
			'regions'
		);
		expect(d!.file).toBe('regional.csv');
		expect(d!.series.map((s) => [s.geo, s.latest, s.periods, s.reasons])).toEqual([
			[
				'FR10',
				{ period: '2023', value: 21.4, flags: '' },
				{ first: '2022', last: '2023' },
				['sizeClass']
			],
			// The latest value read, not the latest (missing) cell; the periods still say 2023.
			[
				'FRH0',
				{ period: '2022', value: 16, flags: '' },
				{ first: '2022', last: '2023' },
				['sizeClass']
			]
		]);
	});

	it('leaves out rows the target rates, and names a part of a region as such', () => {
		const result = outsideTarget(
			target!,
			source([
				o('FR10', '2016', 18), // rated: Île-de-France, the target's population
				o('FRC1', '2016', 15), // Bourgogne: half of Bourgogne-Franche-Comté
				o('FRY', '2016', 11), // the five overseas regions together: a group, not a part
				o('FR', '2016', 16), // national, not a region
				o('DE11', '2016', 30), // not French
				o('FRB0', '2016', 14, { indicator: 'E_AESELL', nace: 'C' })
			]),
			'regions'
		);
		expect(result[0]!.series.map((s) => [s.geo, s.reasons])).toEqual([
			['FRB0', ['indicator', 'nace']],
			['FRC1', ['partialRegion']],
			['FRY', ['overseasGroup']]
		]);
	});

	it('says nothing about a source the target rates in full', () => {
		expect(outsideTarget(target!, source([o('FR10', '2016', 18)]), 'regions')).toEqual([]);
	});
});

describe('outsideTarget, sectors', () => {
	it('lists France by sector in another population, and leaves out regions and the all-sector total', () => {
		const [d] = outsideTarget(
			target!,
			source([
				o('FR', '2023', 30, { nace: 'J58-J63', sizeClass: '10-249' }),
				o('FR', '2023', 12, { nace: 'F41-F43' }), // rated: same population, a sector
				o('FR', '2023', 14, { sizeClass: '10-249' }), // the total, not a sector
				o('FR10', '2023', 9, { nace: 'J58-J63', sizeClass: '10-249' })
			]),
			'sectors'
		);
		expect(d!.series.map((s) => [s.nace, s.reasons])).toEqual([['J58-J63', ['sizeClass']]]);
	});
});

describe('the decimals of the series listed', () => {
	// One value per series is listed: its decimals are those of every value of its population in
	// the file (indicator, unit, size class and activity, every area, the rated rows too), worked
	// out where the rows are read, as seriesDecimals does for a whole series.
	const size = (sizeClass: string) => ({ sizeClass });
	const [d] = outsideTarget(
		target!,
		source([
			// The target's own population in tenths: Bretagne rated (not listed), the overseas
			// group listed, its one value whole, published `11,0`.
			o('FRH0', '2016', 16.4),
			o('FRH0', '2019', 17.8),
			o('FRY', '2019', 11),
			// A table in tenths, one area's values whole.
			o('FR10', '2022', 20, size('10-249')),
			o('FR10', '2023', 21, size('10-249')),
			o('FRB0', '2022', 15.5, size('10-249')),
			o('FRB0', '2023', 16, size('10-249')),
			// A table in whole percentages.
			o('FR10', '2023', 20, size('50-249')),
			o('FRB0', '2023', 21, size('50-249')),
			// Two decimals, the latest published `21.00`.
			o('FRC1', '2022', 20.15, size('10-49')),
			o('FRC1', '2023', 21, size('10-49')),
			// No value at all.
			o('FRD1', '2023', null, { ...size('250-999'), flags: 'c' })
		]),
		'regions'
	);
	const of = (geo: string, sizeClass = 'GE10') =>
		d!.series.find((s) => s.geo === geo && s.sizeClass === sizeClass)!;

	it.each([
		['FRY', 'GE10', 1],
		['FR10', '10-249', 1],
		['FRB0', '10-249', 1],
		['FR10', '50-249', 0],
		['FRC1', '10-49', 2],
		['FRD1', '250-999', 2]
	])('%s %s: %i', (geo, sizeClass, decimals) => {
		expect(of(geo, sizeClass).decimals).toBe(decimals);
	});

	it('gives a table the most its series have, series with no value left out', () => {
		expect(outsideDecimals([of('FR10', '50-249'), of('FRB0', '50-249')])).toBe(0);
		expect(outsideDecimals([of('FR10', '50-249'), of('FR10', '10-249')])).toBe(1);
		expect(outsideDecimals([of('FR10', '50-249'), of('FRD1', '250-999')])).toBe(0);
		expect(outsideDecimals([of('FRD1', '250-999')])).toBe(2);
		expect(outsideDecimals([])).toBe(2);
	});
});

describe('groupByPopulation', () => {
	it('keeps one group per population, in first-seen order', () => {
		const [d] = outsideTarget(
			target!,
			source([
				o('FR10', '2023', 21, { sizeClass: '10-249' }),
				o('FRB0', '2023', 15, { sizeClass: '10-49' }),
				o('FRH0', '2023', 18, { sizeClass: '10-249' })
			]),
			'regions'
		);
		expect(groupByPopulation(d!.series, 'regions').map((g) => g.map((s) => s.geo))).toEqual([
			['FR10', 'FRH0'],
			['FRB0']
		]);
	});
});

describe('scopeWhere', () => {
	it('keeps every row outsideTarget could list, so picking rows first changes nothing', () => {
		const code = (list: string[]) => fc.constantFrom(...list);
		const row = fc.record({
			geo: code(['FR', 'FR10', 'FRC1', 'FRH0', 'DE', 'EU27_2020', 'FRXYZW']),
			sizeClass: code(['GE10', '10-249']),
			indicator: code([target!.indicator, 'E_AWSELL']),
			nace: code([target!.nace, 'G47', 'F']),
			period: code(['2022', '2023']),
			value: fc.option(fc.constantFrom(1, 20.5), { nil: null })
		});
		fc.assert(
			fc.property(
				fc.array(row, { maxLength: 50 }),
				fc.constantFrom('regions', 'sectors'),
				(specs, scope) => {
					const rows = specs.map((x) => o(x.geo, x.period, x.value, x));
					const picked = observationsWhere(columnsOf(rows), scopeWhere(target!, scope));
					expect(outsideTarget(target!, source(picked), scope)).toEqual(
						outsideTarget(target!, source(rows), scope)
					);
				}
			)
		);
	});
});

describe('outsideSources', () => {
	it('picks, in slices, the rows of each file the scope can hold: the same list as from every row', async () => {
		// Many periods per series: the gathering is linear (each series once pushed, not copied).
		const rows = Array.from({ length: 3000 }, (_, i) =>
			o(i % 2 ? 'FR' : 'FR10', String(1000 + Math.floor(i / 6)), i, {
				nace: ['J58-J63', 'F41-F43', target!.nace][i % 3]!,
				sizeClass: i % 5 ? '10-249' : target!.sizeClass
			})
		);
		const files = [
			{ dataset: 'esell_nuts2', file: 'regional.csv', columns: columnsOf(rows) },
			{ dataset: 'esell_nuts2', file: 'empty.csv', columns: columnsOf([]) }
		];
		for (const scope of ['regions', 'sectors'] as const) {
			const sources = await outsideSources(files, target!, scope, { yieldEvery: 0 });
			expect(sources.map((s) => s.file)).toEqual(['regional.csv', 'empty.csv']);
			expect(sources[0]!.observations.length).toBeLessThan(rows.length);
			const listed = outsideTarget(target!, sources, scope);
			expect(listed).toEqual(outsideTarget(target!, source(rows), scope));
			expect(listed[0]!.series.length).toBeGreaterThan(0);
		}
	});
});

describe('outsideTargetSliced and outsideOf', () => {
	// Many rows in scope, none rated: the list is built over several tasks.
	const rows = Array.from({ length: 12000 }, (_, i) =>
		o(['FR10', 'FRC1', 'FRH0', 'FRY'][i % 4]!, String(1000 + Math.floor(i / 8)), i % 7 ? i : null, {
			sizeClass: i % 3 ? '10-249' : 'GE250'
		})
	);
	it('lists what outsideTarget lists, giving the thread back between slices', async () => {
		let yields = 0;
		const original = globalThis.setTimeout;
		const counting = ((fn: () => void, ms?: number) => {
			yields += 1;
			return original(fn, ms);
		}) as typeof setTimeout;
		globalThis.setTimeout = counting;
		try {
			const sliced = await outsideTargetSliced(target!, source(rows), 'regions', { yieldEvery: 0 });
			expect(sliced).toEqual(outsideTarget(target!, source(rows), 'regions'));
			expect(sliced[0]!.series.map((s) => s.geo)).toEqual([
				'FR10',
				'FR10',
				'FRC1',
				'FRC1',
				'FRH0',
				'FRH0',
				'FRY',
				'FRY'
			]);
		} finally {
			globalThis.setTimeout = original;
		}
		// One chance to yield per 2,048 rows, and one before the series are summed up.
		expect(yields).toBeGreaterThanOrEqual(Math.floor(rows.length / 2048) + 1);
	});
	it('stops with an AbortError when the page no longer needs the list', async () => {
		const stop = new AbortController();
		const files = [{ dataset: 'esell_nuts2', file: 'regional.csv', columns: columnsOf(rows) }];
		const pending = outsideOf(files, target!, 'regions', { signal: stop.signal, yieldEvery: 0 });
		stop.abort();
		await expect(pending).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
		expect(await outsideOf(files, target!, 'regions', { yieldEvery: 0 })).toEqual(
			outsideTarget(target!, source(rows), 'regions')
		);
	});
});
