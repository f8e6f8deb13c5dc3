import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { testEngine } from '../duckdb/testing';
import { sql } from '../duckdb/engine';
import { INSERT_BATCH_ROWS } from '../duckdb/schema';
import {
	columnsFromJson,
	columnsOf,
	columnsToJson,
	emptyColumns,
	filterColumns,
	isObservationColumns,
	matchesWhere,
	observationsAt,
	observationsOf,
	observationsWhere,
	observationsWhereSliced,
	packColumns,
	releaseBuffers,
	rowsWhere,
	rowsWhereSliced,
	transferables,
	unpackColumns,
	unpackRanges,
	usedValues,
	type ColumnsJson,
	type RowWhere
} from './columns';
import { ingestText, ingestTextToColumns } from './ingest';

function o(geo: string, period: string, value: number | null, extra?: Record<string, string>) {
	const observation: Observation = {
		dataset: 'd',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: '10-249',
		nace: 'C10-S951_X_K',
		geo,
		period,
		value,
		flags: value === null ? '' : 'e',
		confStatus: value === null ? 'C' : null
	};
	if (extra) observation.extra = Object.assign(Object.create(null), extra);
	return observation;
}

describe('observation columns', () => {
	const rows = [
		o('FR', '2023', 17.5),
		o('FR', '2024', null),
		o('DE', '2023', 0, JSON.parse('{"__proto__":"p","hhtyp":"A1"}')),
		o('DE', '2023', -3)
	];

	it('give back the same observations, missing values, confidentiality and extra keys included', () => {
		const back = observationsOf(columnsOf(rows));
		expect(back).toEqual(rows);
		expect(back[1]!.value).toBeNull();
		expect(back[2]!.value).toBe(0);
		expect(Object.getPrototypeOf(back[2]!.extra)).toBeNull();
		expect(Object.keys(back[2]!.extra!)).toEqual(['__proto__', 'hhtyp']);
		expect(back[0]!.extra).toBeUndefined();
	});

	it('store each distinct code once, with the narrowest code array', () => {
		const columns = columnsOf(rows);
		expect(columns.dictionaries.geo).toEqual(['FR', 'DE']);
		expect(columns.codes.geo).toBeInstanceOf(Uint8Array);
		const many = columnsOf(Array.from({ length: 300 }, (_, i) => o(`G${i}`, '2023', i)));
		expect(many.codes.geo).toBeInstanceOf(Uint16Array);
		expect(many.codes.period).toBeInstanceOf(Uint8Array);
		expect(observationsOf(many, 299, 300)[0]!.geo).toBe('G299');
	});

	it('filter rows by a mask, and tell which codes the kept rows still use', () => {
		const kept = filterColumns(columnsOf(rows), Uint8Array.of(0, 1, 0, 1));
		expect(observationsOf(kept).map((x) => [x.geo, x.value])).toEqual([
			['FR', null],
			['DE', -3]
		]);
		const fr = filterColumns(columnsOf(rows), Uint8Array.of(1, 1, 0, 0));
		expect(usedValues(fr, 'geo')).toEqual(['FR']);
		expect(fr.dictionaries.geo).toEqual(['FR', 'DE']);
	});

	it('give the rows at some indexes, in the order asked', () => {
		expect(observationsAt(columnsOf(rows), [3, 0]).map((x) => [x.geo, x.value])).toEqual([
			['DE', -3],
			['FR', 17.5]
		]);
		expect(observationsAt(columnsOf(rows), [])).toEqual([]);
	});

	it('pick rows by tests on their codes, each test run once per distinct value', () => {
		const columns = columnsOf(rows);
		const asked: (string | null)[] = [];
		const where: RowWhere = {
			geo: (g) => {
				asked.push(g);
				return g === 'DE';
			},
			confStatus: (c) => c === null,
			extra: (e) => e === null
		};
		expect([...rowsWhere(columns, where)]).toEqual([3]);
		expect(asked).toEqual(['FR', 'DE']);
		expect(observationsWhere(columns, where)).toEqual([rows[3]]);
		expect(rows.filter((r) => matchesWhere(r, where))).toEqual([rows[3]]);
		expect(observationsWhere(columns, {})).toEqual(rows);
	});

	it('pick the same rows from columns as from objects, whatever the tests', () => {
		const code = (list: string[]) => fc.constantFrom(...list);
		const observation = fc.record({
			geo: code(['FR', 'DE', 'FR10', 'EU27_2020']),
			period: code(['2022', '2023']),
			sizeClass: code(['GE10', '10-249']),
			value: fc.option(fc.double({ noNaN: true }), { nil: null }),
			confStatus: fc.option(code(['C', 'N']), { nil: null })
		});
		const test = fc.option(fc.subarray(['FR', 'DE', 'FR10', 'GE10', '2023', 'C']), {
			nil: undefined
		});
		fc.assert(
			fc.property(fc.array(observation, { maxLength: 40 }), test, test, test, (specs, g, s, c) => {
				const list = specs.map((x) => ({ ...o(x.geo, x.period, x.value), ...x }));
				const where: RowWhere = {};
				if (g) where.geo = (v) => g.includes(v!);
				if (s) where.sizeClass = (v) => s.includes(v!);
				if (c) where.confStatus = (v) => v === null || c.includes(v);
				expect(observationsWhere(columnsOf(list), where)).toEqual(
					list.filter((x) => matchesWhere(x, where))
				);
			})
		);
	});

	it('pick the same rows in slices, giving the thread back between them, and stop when asked', async () => {
		// 40,000 rows: more than two strides of the sliced scan.
		const many = columnsOf(
			Array.from({ length: 40_000 }, (_, i) =>
				o(i % 3 === 0 ? 'FR' : 'DE', String(2000 + (i % 24)), i)
			)
		);
		const where: RowWhere = { geo: (g) => g === 'FR', period: (p) => p !== '2001' };
		const whole = rowsWhere(many, where);
		expect(whole.length).toBeGreaterThan(10_000);
		// yieldEvery 0: a new task at every stride, as on a slow machine.
		expect(await rowsWhereSliced(many, where, { yieldEvery: 0 })).toEqual(whole);
		expect(await observationsWhereSliced(many, where, { yieldEvery: 0 })).toEqual(
			observationsWhere(many, where)
		);
		expect(await observationsWhereSliced(columnsOf(rows), {})).toEqual(rows);
		const stop = new AbortController();
		const picking = observationsWhereSliced(many, where, { yieldEvery: 0, signal: stop.signal });
		stop.abort();
		await expect(picking).rejects.toThrow(/abort/i);
	});

	it('pack into plain runs and values for a prerendered page, and unpack to the same rows', () => {
		const packed = packColumns(columnsOf(rows));
		// Plain numbers and strings only: SvelteKit writes them into the page as they are.
		expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
		expect(packed.runs.geo).toEqual([0, 2, 1, 2]);
		expect(packed.runs.dataset).toEqual([0, 4]);
		expect(observationsOf(unpackColumns(packed))).toEqual(rows);
		const many = columnsOf(
			Array.from({ length: 300 }, (_, i) => o(`G${i}`, '2023', i % 7 ? i : null))
		);
		const back = unpackColumns(packColumns(many));
		expect(back.codes.geo).toBeInstanceOf(Uint16Array);
		expect(observationsOf(back)).toEqual(observationsOf(many));
		expect(observationsOf(unpackColumns(packColumns(emptyColumns())))).toEqual([]);
	});

	it('unpack some ranges of packed rows alone, as the same rows unpacked whole', () => {
		const many = columnsOf(
			Array.from({ length: 300 }, (_, i) =>
				o(`G${i % 40}`, String(2000 + (i % 9)), i % 7 ? i : null, i % 50 ? undefined : { k: 'v' })
			)
		);
		const packed = packColumns(many);
		// The periods count up inside each stretch: written as steps, read back as codes.
		expect(packed.stepped).toEqual(['period']);
		const all = observationsOf(many);
		const cases: [string, number[], Observation[]][] = [
			['one range', [10, 20], all.slice(10, 20)],
			[
				'several, gaps between',
				[0, 1, 41, 45, 299, 300],
				[all[0]!, ...all.slice(41, 45), all[299]!]
			],
			['adjacent ranges', [5, 8, 8, 9], all.slice(5, 9)],
			['nothing', [], []]
		];
		for (const [, ranges, expected] of cases)
			expect(observationsOf(unpackRanges(packed, ranges))).toEqual(expected);
		expect(unpackRanges(packed, [3, 6]).codes.geo).toBeInstanceOf(Uint8Array);
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }), (cuts) => {
				const sorted = [...cuts].sort((a, b) => a - b);
				const ranges = sorted.slice(0, sorted.length - (sorted.length % 2));
				const expected = [];
				for (let r = 0; r < ranges.length; r += 2)
					expected.push(...all.slice(ranges[r], ranges[r + 1]));
				expect(observationsOf(unpackRanges(packed, ranges))).toEqual(expected);
			})
		);
	});

	it('write the period as steps only when shorter, and read either form back to the same rows', () => {
		expect(packColumns(columnsOf(rows)).stepped).toBeUndefined();
		let stepped = 0;
		fc.assert(
			fc.property(
				// Series of a geo, each over a few years counting up (as files are), or one year.
				fc.array(
					fc.tuple(
						fc.integer({ min: 0, max: 5 }),
						fc.integer({ min: 0, max: 12 }),
						fc.integer({ min: 1, max: 8 })
					),
					{ maxLength: 16 }
				),
				fc.uniqueArray(fc.integer({ min: 0, max: 128 }), { maxLength: 8 }),
				(series, cuts) => {
					const some = columnsOf(
						series.flatMap(([g, from, years]) =>
							Array.from({ length: years }, (_, k) => o(`G${g}`, String(2010 + from + k), g + k))
						)
					);
					const packed = packColumns(some);
					stepped += packed.stepped ? 1 : 0;
					const all = observationsOf(some);
					expect(observationsOf(unpackColumns(packed))).toEqual(all);
					const sorted = [...cuts].filter((c) => c <= all.length).sort((a, b) => a - b);
					const ranges = sorted.slice(0, sorted.length - (sorted.length % 2));
					const expected = [];
					for (let r = 0; r < ranges.length; r += 2)
						expected.push(...all.slice(ranges[r], ranges[r + 1]));
					expect(observationsOf(unpackRanges(packed, ranges))).toEqual(expected);
				}
			),
			{ numRuns: 200 }
		);
		// Both forms were read back: most generated files count up, some do not.
		expect(stepped).toBeGreaterThan(20);
		expect(stepped).toBeLessThan(200);
	});

	it('list each buffer once for transfer', () => {
		const columns = columnsOf(rows);
		const buffers = transferables(columns);
		expect(new Set(buffers).size).toBe(buffers.length);
		expect(buffers).toHaveLength(12);
	});

	it('recognise their own shape and turn away what is not', () => {
		expect(isObservationColumns(columnsOf(rows))).toBe(true);
		expect(isObservationColumns(emptyColumns())).toBe(true);
		expect(isObservationColumns({ observations: rows })).toBe(false);
		const cut = { ...columnsOf(rows), length: 5 };
		expect(isObservationColumns(cut)).toBe(false);
		expect(isObservationColumns(null)).toBe(false);
	});

	it('are what the importer produces, equal to its object output', () => {
		const text =
			'geo\tTIME_PERIOD\tOBS_VALUE\tOBS_FLAG\nFR\t2023\t17.5\te\nDE\t2023\t:\t\nFR1\t2024\t12\tp\n';
		const csv = text.replaceAll('\t', ',');
		const { columns, report } = ingestTextToColumns('regions.csv', csv);
		expect(report.observations).toBe(3);
		expect(columns.length).toBe(3);
		expect(observationsOf(columns)).toEqual(ingestText('regions.csv', csv).observations);
	});

	it('reach DuckDB whole when a file is bigger than one insert batch', async () => {
		const n = INSERT_BATCH_ROWS * 2 + 7;
		const big = Array.from({ length: n }, (_, i) =>
			o(`G${i % 500}`, String(1000 + Math.floor(i / 500)), i % 11 === 0 ? null : i / 4)
		);
		const engine = await testEngine();
		try {
			expect(await engine.insertObservations(columnsOf(big), 'big.csv')).toBe(n);
			const [row] = await engine.all<{ n: number; missing: number; total: number }>(
				sql`SELECT CAST(count(*) AS INTEGER) AS n, CAST(count(*) FILTER (value IS NULL) AS INTEGER) AS missing, sum(value) AS total FROM observations WHERE source_file = 'big.csv'`
			);
			const expected = big.reduce((sum, x) => sum + (x.value ?? 0), 0);
			expect(row).toEqual({
				n,
				missing: big.filter((x) => x.value === null).length,
				total: expected
			});
			const last = await engine.all<{ geo: string; period: string; conf_status: string }>(
				sql`SELECT geo, period, conf_status FROM observations WHERE value IS NULL ORDER BY CAST(period AS INTEGER) DESC, CAST(substr(geo, 2) AS INTEGER) DESC LIMIT 1`
			);
			const lastMissing = big.filter((x) => x.value === null).at(-1)!;
			expect(last[0]).toEqual({
				geo: lastMissing.geo,
				period: lastMissing.period,
				conf_status: 'C'
			});
		} finally {
			await engine.close();
		}
	});
});

describe('columns as JSON (what the import page checks a file against, written at build time)', () => {
	const rows = [
		o('FR', '2023', 17.5),
		o('DE', '2023', null),
		o('FR', '2024', -0.25, { freq: 'Q' }),
		o('IT', '2024', 1e-7)
	];
	const json = () => JSON.parse(JSON.stringify(columnsToJson(columnsOf(rows)))) as unknown;

	it('reads back the very observations, missing values and extra dimensions included', () => {
		const back = columnsFromJson(json());
		expect(back).not.toBeNull();
		expect(observationsOf(back!)).toEqual(rows);
		expect(isObservationColumns(back)).toBe(true);
		expect(columnsFromJson(JSON.parse(JSON.stringify(columnsToJson(emptyColumns()))))!.length).toBe(
			0
		);
	});

	it('turns away anything else whole: a short column, a code outside its dictionary, a value that is no number', () => {
		const damaged = (change: (j: ColumnsJson) => void) => {
			const j = json() as ColumnsJson;
			change(j);
			return columnsFromJson(j);
		};
		expect(damaged(() => undefined)).not.toBeNull();
		expect(damaged((j) => j.values.pop())).toBeNull();
		expect(damaged((j) => (j.codes.geo[1] = 99))).toBeNull();
		expect(damaged((j) => (j.codes.geo[1] = -1))).toBeNull();
		expect(damaged((j) => (j.codes.geo[1] = 0.5))).toBeNull();
		expect(damaged((j) => ((j.values as unknown[])[0] = '17.5'))).toBeNull();
		expect(damaged((j) => ((j.values as unknown[])[0] = null))).toBeNull();
		expect(damaged((j) => (j.missing[0] = 2))).toBeNull();
		expect(damaged((j) => ((j.dictionaries.geo as unknown[])[0] = 7))).toBeNull();
		expect(damaged((j) => delete (j.codes as Partial<ColumnsJson['codes']>).nace)).toBeNull();
		expect(damaged((j) => (j.length = 3))).toBeNull();
		expect(columnsFromJson(null)).toBeNull();
		expect(columnsFromJson('columns')).toBeNull();
	});
});

describe('releaseBuffers (the kept columns freed as the page goes)', () => {
	// Detaching as a transfer does: what `transfer(0)` does in a browser, here with structuredClone.
	const detach = (b: ArrayBuffer) => void structuredClone(b, { transfer: [b] });
	const kept = () => columnsOf([o('FR', '2023', 1), o('DE', '2023', 2), o('IE', '2023', null)]);

	it('detaches every array of the columns once and counts the bytes released', () => {
		const columns = kept();
		const buffers = transferables(columns);
		const bytes = buffers.reduce((sum, b) => sum + b.byteLength, 0);
		expect(bytes).toBeGreaterThan(0);
		// A buffer listed twice (two datasets sharing one) is released once.
		expect(releaseBuffers([...buffers, buffers[0]!], detach)).toBe(bytes);
		expect(columns.values.length).toBe(0);
		expect(columns.codes.geo.length).toBe(0);
		expect(releaseBuffers(buffers, detach)).toBe(0);
	});

	it('leaves the columns readable where the runtime cannot detach them', () => {
		const columns = kept();
		expect(releaseBuffers(transferables(columns), () => undefined)).toBe(0);
		expect(observationsOf(columns).map((r) => r.geo)).toEqual(['FR', 'DE', 'IE']);
	});

	it('by default detaches with transfer(0) where the runtime has it, else changes nothing', () => {
		const columns = kept();
		const bytes = transferables(columns).reduce((sum, b) => sum + b.byteLength, 0);
		const hasTransfer =
			typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
		expect(releaseBuffers(transferables(columns))).toBe(hasTransfer ? bytes : 0);
		expect(columns.values.length).toBe(hasTransfer ? 0 : 3);
	});
});
