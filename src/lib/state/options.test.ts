import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import fc from 'fast-check';
import { columnsOf, observationsOf, packColumns, unpackColumns } from '../data/ingest/columns';
import {
	chooseSeries,
	choicesOf,
	columnsSeriesIndex,
	columnsSeriesIndexSliced,
	hasSeriesIndex,
	defaultYear,
	joinIndexes,
	optionsOfSeries,
	packedSeriesIndex,
	seriesGroup,
	seriesIndex,
	seriesOptions,
	seriesRows,
	withOrigin,
	type SeriesIndex
} from './options';

const key = {
	dataset: 'tin00111',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K'
};
function obs(over: Partial<Observation>): Observation {
	return { ...key, geo: 'FR', period: '2023', value: 1, flags: '', confStatus: null, ...over };
}

describe('seriesOptions', () => {
	it('offers only series where two geos have a value, real data before illustrative', () => {
		const rows = [
			obs({ dataset: 'synth', geo: 'FR' }),
			obs({ dataset: 'synth', geo: 'DE' }),
			obs({ geo: 'FR' }),
			obs({ geo: 'DE' }),
			obs({ geo: 'IE', value: null }),
			obs({ nace: 'G47', geo: 'FR' }),
			obs({ nace: 'G47', geo: 'DE', value: null })
		];
		expect(
			seriesOptions(rows, new Set(['synth'])).map((o) => `${o.dataset} ${o.geos} ${o.synthetic}`)
		).toEqual(['tin00111 2 false', 'synth 2 true']);
	});
});

/** An index as plain data, rows included, to compare two indexes. */
/** Random rows over a few codes of each column (a missing value and NaN among the values). */
function rowArbitrary(geos: string[], periods: string[]) {
	const code = (list: string[]) => fc.constantFrom(...list);
	return fc.record({
		dataset: code(['tin00111', 'regions']),
		indicator: code(['E_ESELL', 'E_AWSELL']),
		sizeClass: code(['GE10', '10-249']),
		nace: code(['C10-S951_X_K', 'G47']),
		geo: code(geos),
		period: code(periods),
		value: fc.option(fc.constantFrom(1, 0, -2.5, Number.NaN), { nil: null })
	});
}

const plain = (index: SeriesIndex) =>
	index.groups.map((g) => ({ key: g.key, geos: [...g.geos].sort(), rows: g.rows() }));

describe('series index', () => {
	const rows = [
		obs({ geo: 'FR', period: '2022' }),
		obs({ geo: 'FR10', period: '2022' }),
		obs({ nace: 'G47', geo: 'DE', value: null }),
		obs({ geo: 'DE', period: '2022' }),
		obs({ nace: 'G47', geo: 'FR', value: Number.NaN })
	];

	it('groups rows by series in order of first row, counting only geos with a value', () => {
		const index = seriesIndex(rows, (r) => r.geo !== 'FR10');
		expect(index.groups.map((g) => [g.key.nace, [...g.geos]])).toEqual([
			['C10-S951_X_K', ['FR', 'DE']],
			['G47', []]
		]);
		expect(seriesRows(index, key)).toEqual([rows[0], rows[3]]);
		expect(seriesRows(index, { ...key, nace: 'F' })).toEqual([]);
	});

	it('groups runs of a series, and a series that comes back after another, into one group each', () => {
		const a = (geo: string) => obs({ geo, period: '2023' });
		const b = (geo: string) => obs({ geo, period: '2023', nace: 'G47' });
		const list = [
			a('FR'),
			a('DE'),
			b('FR'),
			b('IE'),
			a('IT'),
			b('LT'),
			obs({ geo: 'ES', unit: 'PC_TURN' })
		];
		const index = seriesIndex(list);
		expect(index.groups.map((g) => [g.key.nace, g.key.unit, g.rows().map((r) => r.geo)])).toEqual([
			['C10-S951_X_K', 'PC_ENT', ['FR', 'DE', 'IT']],
			['G47', 'PC_ENT', ['FR', 'IE', 'LT']],
			['C10-S951_X_K', 'PC_TURN', ['ES']]
		]);
	});

	it('leaves out a row with a dimension of its own: a breakdown, not a second France 2023', () => {
		const list = [
			obs({ geo: 'FR', value: 15 }),
			obs({ geo: 'FR', value: 20, extra: { secteur: 'x' } }),
			obs({ geo: 'DE', value: 21, extra: { secteur: 'y' } })
		];
		for (const index of [seriesIndex(list), columnsSeriesIndex(columnsOf(list))]) {
			expect(index.groups.map((g) => [[...g.geos], g.rows().map((r) => r.value)])).toEqual([
				[['FR'], [15]]
			]);
		}
	});

	it('groups columns as it groups the same rows as objects', () => {
		const row = rowArbitrary(['FR', 'DE', 'FR10', 'EU27_2020'], ['2023']);
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), (specs) => {
				const list = specs.map((x) => obs(x));
				const columns = columnsOf(list);
				const notRegion = (geo: string) => geo !== 'FR10';
				const fromColumns = columnsSeriesIndex(columns, notRegion);
				const fromObjects = seriesIndex(observationsOf(columns), (r) => notRegion(r.geo));
				expect(plain(fromColumns)).toEqual(plain(fromObjects));
			})
		);
	});

	it('groups packed columns run by run as it groups them unpacked, geos in the same order', () => {
		const row = rowArbitrary(['FR', 'DE', 'FR10', 'EU27_2020', 'IE'], ['2022', '2023']);
		// With its geos in their own order (the plain form sorts them).
		const exact = (index: SeriesIndex) =>
			index.groups.map((g) => ({ key: g.key, geos: [...g.geos], rows: g.rows() }));
		fc.assert(
			fc.property(fc.array(row, { maxLength: 80 }), fc.boolean(), (specs, runsOf) => {
				// Runs of a series, as the comparison page's rows come, or rows in any order.
				const list = specs.map((x) => obs(x));
				if (runsOf) list.sort((a, b) => a.nace.localeCompare(b.nace));
				const columns = columnsOf(list);
				const notRegion = (geo: string) => geo !== 'FR10';
				const packed = packColumns(columns);
				expect(exact(packedSeriesIndex(packed, notRegion))).toEqual(
					exact(columnsSeriesIndex(unpackColumns(packed), notRegion))
				);
			})
		);
	});

	it('groups columns with very many codes the same way (string keys, a set of geos per group)', () => {
		// 10 000 distinct codes per field: too many combinations for one exact number, and too
		// many groups × geos for one table of marks.
		const list = Array.from({ length: 10_000 }, (_, i) =>
			obs({
				dataset: `d${i % 5000}`,
				indicator: `i${i}`,
				unit: `u${i}`,
				sizeClass: `s${i % 7}`,
				nace: `n${i}`,
				geo: `G${i}`,
				value: i % 3 === 0 ? null : i
			})
		);
		const columns = columnsOf([...list, ...list.map((o) => ({ ...o, geo: 'FR' }))]);
		expect(plain(columnsSeriesIndex(columns))).toEqual(plain(seriesIndex(observationsOf(columns))));
	});

	it('groups in slices as at once, remembers the index for the same columns and test, stops when asked', async () => {
		// More rows than one slice (16,384), in several series, some regions left out.
		const list = Array.from({ length: 40_000 }, (_, i) =>
			obs({
				nace: `N${i % 3}`,
				geo: ['FR', 'DE', 'FR10', 'IE'][i % 4]!,
				period: String(1990 + (i % 30)),
				value: i % 11 ? i : null
			})
		);
		const columns = columnsOf(list);
		const notRegion = (geo: string) => geo !== 'FR10';
		const copy = { ...columns };
		const atOnce = columnsSeriesIndex(copy, notRegion);
		expect(hasSeriesIndex(columns, notRegion)).toBe(false);
		const sliced = await columnsSeriesIndexSliced(columns, notRegion, { yieldEvery: 0 });
		expect(plain(sliced)).toEqual(plain(atOnce));
		expect(sliced.groups.map((g) => g.rows())).toEqual(atOnce.groups.map((g) => g.rows()));
		// Remembered for these columns and this test only.
		expect(hasSeriesIndex(columns, notRegion)).toBe(true);
		expect(columnsSeriesIndex(columns, notRegion)).toBe(sliced);
		expect(hasSeriesIndex(columns)).toBe(false);
		expect(columnsSeriesIndex(copy, notRegion)).toBe(atOnce);
		// Stopped: rejects, and nothing is remembered.
		const other = { ...columns };
		const stop = new AbortController();
		const grouping = columnsSeriesIndexSliced(other, notRegion, {
			yieldEvery: 0,
			signal: stop.signal
		});
		stop.abort();
		await expect(grouping).rejects.toThrow(/abort/i);
		expect(hasSeriesIndex(other, notRegion)).toBe(false);
	});

	it('joins the groups of one series found in several sources, rows one after the other', () => {
		const bundled = seriesIndex(rows.slice(0, 2));
		const imported = columnsSeriesIndex(
			columnsOf([obs({ geo: 'IE', period: '2022' }), obs({ nace: 'F', geo: 'IE' })])
		);
		const joined = joinIndexes([bundled, imported]);
		expect(joined.groups.map((g) => [g.key.nace, [...g.geos]])).toEqual([
			['C10-S951_X_K', ['FR', 'FR10', 'IE']],
			['F', ['IE']]
		]);
		expect(seriesRows(joined, key).map((r) => r.geo)).toEqual(['FR', 'FR10', 'IE']);
		expect(seriesOptions(joined, new Set()).map((o) => o.nace)).toEqual(['C10-S951_X_K']);
		// Told nothing of their files, the joined groups say nothing of them.
		expect(joined.groups[0]!.origins).toBeUndefined();
		expect(joined.groups[0]!.rowOrigins).toBeUndefined();
	});

	it("says each joined row's file, in the order of the rows, when the indexes were told theirs", () => {
		const bundled = withOrigin(seriesIndex(rows.slice(0, 2)), 'bundled');
		const first = withOrigin(columnsSeriesIndex(columnsOf([obs({ geo: 'IE' })])), 'import-1');
		const second = withOrigin(
			seriesIndex([obs({ geo: 'DE' }), obs({ geo: 'AT', period: '2022' })]),
			'import-2'
		);
		// Joined twice: a joined group keeps its rows' files, not only its first one.
		const joined = joinIndexes([joinIndexes([bundled, first]), second]);
		const group = seriesGroup(joined, key)!;
		expect(group.origins).toEqual(['bundled', 'import-1', 'import-2']);
		expect(group.rows().map((r) => r.geo)).toEqual(['FR', 'FR10', 'IE', 'DE', 'AT']);
		expect(group.rowOrigins?.()).toEqual([
			'bundled',
			'bundled',
			'import-1',
			'import-2',
			'import-2'
		]);
	});
});

describe('chooseSeries', () => {
	const options = [
		{ ...key },
		{ ...key, sizeClass: '10-249' },
		{ ...key, indicator: 'E_AWSELL', sizeClass: '10-249', nace: 'C10-C33' }
	];
	const cases: {
		name: string;
		wanted: Partial<typeof key>;
		required?: (keyof typeof key)[];
		expected: string | null;
	}[] = [
		{ name: 'nothing wanted: the first one', wanted: {}, expected: 'E_ESELL GE10' },
		{ name: 'an exact match', wanted: { sizeClass: '10-249' }, expected: 'E_ESELL 10-249' },
		{
			name: 'the required field wins over the others',
			wanted: { indicator: 'E_AWSELL', sizeClass: 'GE10', nace: 'C10-S951_X_K' },
			required: ['indicator'],
			expected: 'E_AWSELL 10-249'
		},
		{
			name: 'an unknown wish keeps the closest series',
			wanted: { indicator: 'E_ESELL', sizeClass: '0-9' },
			expected: 'E_ESELL GE10'
		},
		{
			name: 'an impossible requirement falls back to the closest',
			wanted: { indicator: 'X' },
			required: ['indicator'],
			expected: 'E_ESELL GE10'
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const o = chooseSeries(options, c.wanted, c.required);
			expect(o ? `${o.indicator} ${o.sizeClass}` : null).toBe(c.expected);
		});
	}
	it('returns null when nothing is offered', () => {
		expect(chooseSeries([], { indicator: 'E_ESELL' })).toBeNull();
	});
	it('an address naming no activity gets all activities, not the first sector listed', () => {
		// The sector file's E_AESELL for SMEs: the 2009 scope and manufacturing sort before it.
		const sectors = [
			{ ...key, indicator: 'E_AESELL', sizeClass: '10-249', nace: 'C10-N82_X_K' },
			{ ...key, indicator: 'E_AESELL', sizeClass: '10-249', nace: 'C' },
			{ ...key, indicator: 'E_AESELL', sizeClass: '10-249', nace: 'C10-S951_X_K' }
		];
		expect(chooseSeries(sectors, { indicator: 'E_AESELL', sizeClass: '10-249' })?.nace).toBe(
			'C10-S951_X_K'
		);
		// An activity asked for is still the one given.
		expect(chooseSeries(sectors, { indicator: 'E_AESELL', nace: 'C' })?.nace).toBe('C');
	});
	it('offers only the sizes and sectors that exist for the current choice', () => {
		expect(choicesOf(options, 'indicator', key)).toEqual(['E_ESELL', 'E_AWSELL']);
		expect(choicesOf(options, 'sizeClass', key)).toEqual(['GE10', '10-249']);
		expect(
			choicesOf(options, 'nace', { ...key, indicator: 'E_AWSELL', sizeClass: '10-249' })
		).toEqual(['C10-C33']);
	});
});

describe('looked up in lists kept once', () => {
	// The rule as documented, scanning every option: what the kept lookups must agree with.
	const WEIGHTS = { indicator: 16, sizeClass: 8, nace: 4, unit: 2, dataset: 1 } as const;
	type Field = keyof typeof WEIGHTS;
	type Wanted = Partial<Record<Field, string | null>>;
	function scanned<O extends typeof key>(
		options: O[],
		wanted: Wanted,
		required: Field[]
	): O | null {
		let best: O | null = null;
		let bestScore = -1;
		for (const o of options) {
			if (required.some((f) => wanted[f] != null && o[f] !== wanted[f])) continue;
			let score = 0;
			for (const f of Object.keys(WEIGHTS) as Field[])
				if (wanted[f] != null && o[f] === wanted[f]) score += WEIGHTS[f];
			if (wanted.nace == null && o.nace === 'C10-S951_X_K') score += 0.5;
			if (score > bestScore) [best, bestScore] = [o, score];
		}
		return best ?? (required.length > 0 ? scanned(options, wanted, []) : null);
	}
	const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
	const codes = {
		dataset: ['tin00111', 'isoc_ec_esels', 'import'],
		indicator: ['E_ESELL', 'E_AWSELL', 'E_AESELL'],
		unit: ['PC_ENT', 'PC_TURN'],
		sizeClass: ['GE10', '10-249', '0-9'],
		nace: ['C10-S951_X_K', 'G47', 'C']
	};
	const option = fc.record({
		dataset: pick(codes.dataset),
		indicator: pick(codes.indicator),
		unit: pick(codes.unit),
		sizeClass: pick(codes.sizeClass),
		nace: pick(codes.nace),
		n: fc.nat()
	});
	// A wish may name a code no option has, or nothing at all for a field.
	const wish = (list: string[]) => fc.option(pick([...list, 'X']), { nil: null });
	const wanted = fc.record(
		{
			dataset: wish(codes.dataset),
			indicator: wish(codes.indicator),
			unit: wish(codes.unit),
			sizeClass: wish(codes.sizeClass),
			nace: wish(codes.nace)
		},
		{ requiredKeys: [] }
	);
	const fields = fc.subarray(['indicator', 'sizeClass', 'nace', 'unit', 'dataset'] as Field[]);

	it('chooseSeries gives the option a scan of every option gives, asked once or many times', () => {
		fc.assert(
			fc.property(
				fc.array(option, { maxLength: 40 }),
				fc.array(fc.tuple(wanted, fields)),
				(options, asks) => {
					for (const [w, required] of asks)
						expect(chooseSeries(options, w, required)).toBe(scanned(options, w, required));
				}
			)
		);
	});

	it('choicesOf gives the values of the options agreeing on the fields before, in order', () => {
		fc.assert(
			fc.property(
				fc.array(option, { maxLength: 40 }),
				fc.array(option, { minLength: 1 }),
				(options, currents) => {
					for (const current of currents) {
						const agree = (before: Field[]) =>
							options.filter((o) => before.every((f) => o[f] === current[f]));
						const distinct = (list: string[]) => [...new Set(list)];
						expect(choicesOf(options, 'indicator', current)).toEqual(
							distinct(options.map((o) => o.indicator))
						);
						expect(choicesOf(options, 'sizeClass', current)).toEqual(
							distinct(agree(['indicator']).map((o) => o.sizeClass))
						);
						expect(choicesOf(options, 'nace', current)).toEqual(
							distinct(agree(['indicator', 'sizeClass']).map((o) => o.nace))
						);
					}
				}
			)
		);
	});

	it('optionsOfSeries gives the options of the same series in every file, in order', () => {
		fc.assert(
			fc.property(fc.array(option, { maxLength: 40 }), option, (options, series) => {
				expect(optionsOfSeries(options, series)).toEqual(
					options.filter(
						(o) =>
							o.indicator === series.indicator &&
							o.unit === series.unit &&
							o.sizeClass === series.sizeClass &&
							o.nace === series.nace
					)
				);
			})
		);
	});

	it('seriesGroup finds the first group of a series, as a search in order does', () => {
		const index: SeriesIndex = {
			groups: [
				{ key, geos: new Set(['FR']), rows: () => [], origins: ['a'] },
				{ key: { ...key, nace: 'G47' }, geos: new Set(), rows: () => [] },
				{ key: { ...key }, geos: new Set(['DE']), rows: () => [], origins: ['b'] }
			]
		};
		expect(seriesGroup(index, { ...key })?.origins).toEqual(['a']);
		expect(seriesGroup(index, { ...key, nace: 'G47' })).toBe(index.groups[1]);
		expect(seriesGroup(index, { ...key, nace: 'C' })).toBeUndefined();
	});

	it('seriesOptions lists an index once for the same illustrative datasets, anew for others', () => {
		const index = seriesIndex([
			obs({ geo: 'FR' }),
			obs({ geo: 'DE' }),
			obs({ dataset: 'synth', geo: 'FR' }),
			obs({ dataset: 'synth', geo: 'DE' })
		]);
		const first = seriesOptions(index, new Set(['synth']));
		expect(seriesOptions(index, new Set(['synth']))).toBe(first);
		const none = seriesOptions(index, new Set());
		expect(none.map((o) => o.synthetic)).toEqual([false, false]);
		expect(first.map((o) => o.synthetic)).toEqual([false, true]);
		// Another index of the same rows is listed on its own.
		expect(
			seriesOptions(seriesIndex(observationsOf(columnsOf([obs({ geo: 'FR' })]))), new Set())
		).toEqual([]);
	});
});

describe('defaultYear', () => {
	const r = (geo: string, period: string, value: number | null) => ({ geo, period, value });
	const cases = [
		{
			name: 'latest year both have, not the latest year',
			rows: [r('FR', '2023', 1), r('EU', '2023', 1), r('FR', '2024', null), r('EU', '2024', 2)],
			expected: '2023'
		},
		{
			name: 'no common year: the focus latest',
			rows: [r('FR', '2022', 1), r('EU', '2023', 1)],
			expected: '2022'
		},
		{ name: 'no focus value: the latest period', rows: [r('EU', '2021', 1)], expected: '2021' },
		{ name: 'nothing', rows: [], expected: null }
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(defaultYear(c.rows, 'FR', 'EU')).toBe(c.expected);
		});
	}
});
