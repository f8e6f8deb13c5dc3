import { tableFromIPC } from 'apache-arrow';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { columnsOf } from '../ingest/columns';
import { sql, type Engine, type Row } from './engine';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { compareCodes } from '../../domain/text';
import {
	arrowStream,
	dictionaryList,
	DICTIONARY_MAX_VALUES,
	engineSetup,
	INSERT_BATCH_ROWS,
	sqlText
} from './schema';
import { testEngine } from './testing';

let engine: Engine;
beforeAll(async () => {
	engine = await testEngine();
});
afterEach(async () => {
	await engine.close();
});

const row = (i: number): Observation => ({
	dataset: 'bench',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: '10-249',
	nace: 'C10-S951_X_K',
	geo: i % 2 ? 'FR' : 'DE',
	period: String(2000 + (i % 25)),
	value: i % 7 === 0 ? null : i / 100,
	flags: i % 5 === 0 ? 'b' : '',
	confStatus: null
});

describe("inserting observations: batches appended to the file's table by position", () => {
	it("builds Arrow batches in the order of the file's table's columns", async () => {
		// A NUL keeps nace as text; geo, period and flags have more than one value.
		const rows = Array.from({ length: 30 }, (_, i) => ({ ...row(i), nace: i ? 'C' : 'C\0' }));
		await engine.insertObservations(columnsOf(rows), 'order.csv');
		const columns = await engine.all<{ column_name: string }>(ROWS_COLUMNS);
		const stream = tableFromIPC(await arrowStream(columnsOf(rows)));
		const fields = stream.schema.fields.map((f) => f.name);
		expect(fields).toEqual(['codes_1', 'nace', 'value']);
		expect(fields).toEqual(columns.map((c) => c.column_name));
	});

	it('keeps every row and field of a file over several batches', async () => {
		const rows = Array.from({ length: INSERT_BATCH_ROWS * 2 + 3 }, (_, i) => row(i));
		expect(await engine.insertObservations(columnsOf(rows), 'big.csv')).toBe(rows.length);
		const [stats] = await engine.all<{ n: number; missing: number; flagged: number; sum: number }>(
			sql`SELECT count(*) AS n, count(*) FILTER (WHERE value IS NULL) AS missing,
				count(*) FILTER (WHERE flags = 'b') AS flagged, round(sum(value), 2) AS sum
				FROM observations WHERE source_file = 'big.csv'`
		);
		const present = rows.filter((r) => r.value !== null);
		expect(stats).toEqual({
			n: rows.length,
			missing: rows.length - present.length,
			flagged: rows.filter((r) => r.flags === 'b').length,
			sum: Math.round(present.reduce((s, r) => s + r.value!, 0) * 100) / 100
		});
		// A row of the last batch, field by field.
		const probe = rows[INSERT_BATCH_ROWS * 2 + 1]!;
		const found = await engine.all<Row>(
			sql`SELECT dataset, geo, period, value, flags, conf_status FROM observations
				WHERE source_file = 'big.csv' AND period = ? AND geo = ? AND value = ?`,
			[probe.period, probe.geo, probe.value]
		);
		expect(found).toEqual([
			{
				dataset: 'bench',
				geo: probe.geo,
				period: probe.period,
				value: probe.value,
				flags: probe.flags,
				conf_status: null
			}
		]);
	});

	it('puts a file in whole or not at all: a batch refused leaves nothing of the file', async () => {
		// A geo missing (NOT NULL in the table) in the second batch only.
		const rows = Array.from({ length: INSERT_BATCH_ROWS + 10 }, (_, i) =>
			i === INSERT_BATCH_ROWS + 5 ? { ...row(i), geo: null as unknown as string } : row(i)
		);
		await expect(engine.insertObservations(columnsOf(rows), 'broken.csv')).rejects.toThrow();
		const [after] = await engine.all<{ n: number }>(sql`SELECT count(*) AS n FROM observations`);
		expect(after!.n).toBe(0);
		// The engine takes the next file as usual.
		expect(await engine.insertObservations(columnsOf([row(1)]), 'next.csv')).toBe(1);
	});

	it('keeps code arrays of every width (more than 256 and 65,536 distinct values)', async () => {
		const rows = Array.from({ length: 70_000 }, (_, i) => ({
			...row(i),
			period: String(i),
			geo: `G${i % 300}`
		}));
		const columns = columnsOf(rows);
		expect(columns.codes.geo).toBeInstanceOf(Uint16Array);
		expect(columns.codes.period).toBeInstanceOf(Uint32Array);
		expect(await engine.insertObservations(columns, 'wide.csv')).toBe(rows.length);
		const [stats] = await engine.all<{ n: number; geos: number; periods: number; probe: string }>(
			sql`SELECT count(*) AS n, count(DISTINCT geo) AS geos, count(DISTINCT period) AS periods,
				max(geo) FILTER (WHERE period = '69999') AS probe FROM observations`
		);
		expect(stats).toEqual({ n: 70_000, geos: 300, periods: 70_000, probe: `G${69_999 % 300}` });
	});

	it('shows a file held by `commitWhen` to no question until it says yes', async () => {
		let answer!: (yes: boolean) => void;
		const commitWhen = new Promise<boolean>((resolve) => (answer = resolve));
		const rows = Array.from({ length: 100 }, (_, i) => row(i));
		const loading = engine.insertObservations(columnsOf(rows), 'held.csv', { commitWhen });
		// Questions asked meanwhile are answered at once, without the held rows.
		const count = sql`SELECT count(*) AS n FROM observations`;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await engine.all<{ n: number }>(count)).toEqual([{ n: 0 }]);
		answer(true);
		expect(await loading).toBe(100);
		expect(await engine.all<{ n: number }>(count)).toEqual([{ n: 100 }]);
	});

	it('leaves nothing of a file when `commitWhen` says no or fails', async () => {
		const rows = Array.from({ length: INSERT_BATCH_ROWS + 1 }, (_, i) => row(i));
		const count = sql`SELECT count(*) AS n FROM observations`;
		expect(
			await engine.insertObservations(columnsOf(rows), 'stale.csv', {
				commitWhen: Promise.resolve(false)
			})
		).toBe(0);
		await expect(
			engine.insertObservations(columnsOf(rows), 'failed.csv', {
				commitWhen: Promise.reject(new Error('IndexedDB refused'))
			})
		).rejects.toThrow('IndexedDB refused');
		expect(await engine.all<{ n: number }>(count)).toEqual([{ n: 0 }]);
		expect(await engine.insertObservations(columnsOf(rows), 'next.csv')).toBe(rows.length);
		expect(await engine.all<{ n: number }>(count)).toEqual([{ n: rows.length }]);
	});

	it('uses an Arrow stream built beforehand as it is', async () => {
		const rows = Array.from({ length: 30 }, (_, i) => row(i));
		const arrow = await arrowStream(columnsOf(rows), undefined, 7);
		expect(await engine.insertObservations(columnsOf(rows), 'early.csv', { arrow })).toBe(30);
		const [stats] = await engine.all<{ n: number; periods: number }>(
			sql`SELECT count(*) AS n, count(DISTINCT period) AS periods FROM observations
				WHERE source_file = 'early.csv'`
		);
		expect(stats).toEqual({ n: 30, periods: 25 });
	});
});

/** The engine's tables of rows and their columns' types, as DuckDB's catalog lists them. */
const ROWS_COLUMNS = sql`SELECT table_name, column_name, data_type FROM duckdb_columns()
	WHERE table_name LIKE 'rows_%' ORDER BY table_oid, column_index`;

describe("each file's rows: a table of its codes, read back as text through the view", () => {
	it("stores a text column as the file's codes, and reads it back as VARCHAR", async () => {
		const rows = Array.from({ length: 40 }, (_, i) => row(i));
		await engine.insertObservations(columnsOf(rows), 'codes.csv');
		const types = await engine.all<{ column_name: string; data_type: string }>(ROWS_COLUMNS);
		// geo (2 values), period (25) and flags (2): 100 code combinations, one byte a row. The
		// columns with one value, conf_status without any, and the file's name are written by the
		// view.
		expect(types.map((t) => `${t.column_name} ${t.data_type}`)).toEqual([
			'codes_1 UTINYINT',
			'value DOUBLE'
		]);
		const [nulls] = await engine.all<Row>(
			sql`SELECT count(*) FILTER (WHERE conf_status IS NULL) AS n FROM observations`
		);
		expect(nulls).toEqual({ n: 40 });
		const [view] = await engine.all<Row>(
			sql`SELECT typeof(geo) AS geo, typeof(flags) AS flags, typeof(source_file) AS source_file
				FROM observations LIMIT 1`
		);
		expect(view).toEqual({ geo: 'VARCHAR', flags: 'VARCHAR', source_file: 'VARCHAR' });
		// Text comparisons, ordering and a code the file does not have behave as on text.
		const found = await engine.all<{ geo: string; n: number }>(
			sql`SELECT geo, count(*) AS n FROM observations WHERE geo IN ('FR', 'DE', 'XX') AND geo > 'A'
				GROUP BY geo ORDER BY geo`
		);
		expect(found).toEqual([
			{ geo: 'DE', n: 20 },
			{ geo: 'FR', n: 20 }
		]);
	});

	it('keeps hostile labels as they were, without running them', async () => {
		const hostile = [
			"it's",
			"x'); DROP TABLE geo_group; --",
			'\\N',
			'tab\tand\nnewline',
			'é€😀',
			'\u00e9', // é composed and decomposed, A and a: distinct values, as in the file
			'e\u0301',
			'A',
			'a',
			'\uD800', // two lone surrogates: both reach the engine as U+FFFD
			'\uDC00'
		];
		const rows = hostile.map((label, i) => ({
			...row(i),
			nace: label,
			geo: `G${String(i).padStart(2, '0')}`
		}));
		expect(await engine.insertObservations(columnsOf(rows), "o'hostile.csv")).toBe(rows.length);
		const back = await engine.all<{ geo: string; nace: string; source_file: string }>(
			sql`SELECT geo, nace, source_file FROM observations ORDER BY geo`
		);
		expect(back).toEqual(
			rows.map((r) => ({
				geo: r.geo,
				nace: r.nace.replace(/^[\uD800-\uDFFF]$/, '\uFFFD'), // a lone one, not a pair
				source_file: "o'hostile.csv"
			}))
		);
		const [groups] = await engine.all<{ n: number }>(sql`SELECT count(*) AS n FROM geo_group`);
		expect(groups!.n).toBe(27);
	});

	it('keeps as text a column with a NUL character, too many values, or a missing one where none may be', () => {
		expect(dictionaryList(['a', 'b\0c'], true)).toBeNull();
		expect(dictionaryList([null], true)).toBe('[NULL]::VARCHAR[]');
		expect(dictionaryList(['a', null], false)).toBeNull();
		expect(dictionaryList(['a', null, "b'c"], true)).toBe(
			"['a', NULL, 'b''c']::ENUM('a', 'b''c')[]"
		);
		// The same text twice (two lone surrogates both become U+FFFD): one ENUM value, two codes.
		expect(dictionaryList(['\uD800', '\uDC00'], false)).toBe(
			"['\uFFFD', '\uFFFD']::ENUM('\uFFFD')[]"
		);
		const many = Array.from({ length: DICTIONARY_MAX_VALUES + 1 }, (_, i) => `v${i}`);
		expect(dictionaryList(many, false)).toBeNull();
		expect(dictionaryList(many.slice(0, DICTIONARY_MAX_VALUES), false)).toMatch(/^\['v0', /);
		expect(sqlText("a''b")).toBe("'a''''b'");
	});

	it('reads codes and text, past 255 codes, in one file and across files', async () => {
		// 300 regions (codes past a byte) and, on one row, a label with a NUL (kept as text).
		const rows = Array.from({ length: 600 }, (_, i) => ({
			...row(i),
			geo: `R${String(i % 300).padStart(3, '0')}`,
			nace: i === 599 ? 'x\0y' : 'C'
		}));
		await engine.insertObservations(columnsOf(rows), 'wide.csv');
		await engine.insertObservations(columnsOf([row(1), row(2)]), 'small.csv');
		const types = await engine.all<{ column_name: string; data_type: string }>(ROWS_COLUMNS);
		// wide.csv: 300 regions × 25 periods × 2 flags; small.csv: 2 regions × 2 periods.
		expect(types.map((t) => `${t.column_name} ${t.data_type}`)).toEqual([
			'codes_1 USMALLINT',
			'nace VARCHAR',
			'value DOUBLE',
			'codes_1 UTINYINT',
			'value DOUBLE'
		]);
		const back = await engine.all<{ geo: string; nace: string; file: string }>(
			sql`SELECT geo, nace, source_file AS file FROM observations
				WHERE geo IN ('R000', 'R255', 'R256', 'R299', 'FR') ORDER BY file, geo, nace`
		);
		expect(back.map((r) => `${r.file} ${r.geo} ${r.nace}`)).toEqual([
			'small.csv FR C10-S951_X_K',
			'wide.csv R000 C',
			'wide.csv R000 C',
			'wide.csv R255 C',
			'wide.csv R255 C',
			'wide.csv R256 C',
			'wide.csv R256 C',
			'wide.csv R299 C',
			'wide.csv R299 x\0y'
		]);
	});

	it('packs codes into several integers when their combinations pass a UINTEGER', async () => {
		// 2,000 values in each of three columns: 8e9 combinations, more than 2^32.
		const rows = Array.from({ length: DICTIONARY_MAX_VALUES }, (_, i) => ({
			...row(i),
			nace: `N${i}`,
			geo: `G${(i * 7) % DICTIONARY_MAX_VALUES}`,
			period: `P${DICTIONARY_MAX_VALUES - 1 - i}`
		}));
		await engine.insertObservations(columnsOf(rows), 'packs.csv');
		const types = await engine.all<{ column_name: string; data_type: string }>(ROWS_COLUMNS);
		expect(types.map((t) => `${t.column_name} ${t.data_type}`)).toEqual([
			'codes_1 UINTEGER', // nace × geo: 4,000,000
			'codes_2 USMALLINT', // period × flags: 4,000
			'value DOUBLE'
		]);
		const back = await engine.all<{ nace: string; geo: string; period: string; flags: string }>(
			sql`SELECT nace, geo, period, flags FROM observations ORDER BY value NULLS FIRST, nace`
		);
		const byValue = (a: Observation, b: Observation) =>
			(a.value ?? -1) - (b.value ?? -1) || compareCodes(a.nace, b.nace);
		expect(back).toEqual(
			[...rows]
				.sort(byValue)
				.map((r) => ({ nace: r.nace, geo: r.geo, period: r.period, flags: r.flags }))
		);
	});

	it("takes out one file's rows and tables, and leaves the others and a held file alone", async () => {
		const count = sql`SELECT source_file, count(*) AS n FROM observations GROUP BY ALL ORDER BY ALL`;
		await engine.insertObservations(columnsOf([row(1), row(2)]), 'a.csv');
		await engine.insertObservations(columnsOf([row(3)]), 'b.csv');
		await engine.insertObservations(columnsOf([row(4)]), 'a.csv');
		let answer!: (yes: boolean) => void;
		const held = engine.insertObservations(columnsOf([row(5)]), 'c.csv', {
			commitWhen: new Promise<boolean>((resolve) => (answer = resolve))
		});
		await new Promise((resolve) => setTimeout(resolve, 20));
		await engine.removeSource('a.csv');
		await engine.removeSource('c.csv'); // not committed yet: nothing to take out
		await engine.removeSource('never.csv');
		expect(await engine.all(count)).toEqual([{ source_file: 'b.csv', n: 1 }]);
		answer(true);
		expect(await held).toBe(1);
		expect(await engine.all(count)).toEqual([
			{ source_file: 'b.csv', n: 1 },
			{ source_file: 'c.csv', n: 1 }
		]);
		const tables = await engine.all<{ table_name: string }>(ROWS_COLUMNS);
		expect(new Set(tables.map((t) => t.table_name)).size).toBe(2);
	});

	it('leaves no table behind when a file is refused or rolled back', async () => {
		const broken = [row(1), { ...row(2), geo: null as unknown as string }];
		await expect(engine.insertObservations(columnsOf(broken), 'broken.csv')).rejects.toThrow();
		await engine.insertObservations(columnsOf([row(1)]), 'no.csv', {
			commitWhen: Promise.resolve(false)
		});
		expect(await engine.all(ROWS_COLUMNS)).toEqual([]);
	});
});

describe('the aggregates table', () => {
	it('holds each EU member once under EU27_2020, as the code list has them', async () => {
		const rows = await engine.all<{ grp: string; geo: string }>(
			sql`SELECT grp, geo FROM geo_group ORDER BY geo`
		);
		expect(rows).toEqual(
			[...EU27_2020_MEMBERS].sort(compareCodes).map((geo) => ({ grp: 'EU27_2020', geo }))
		);
	});

	it('is filled by the setup with one statement per aggregate', () => {
		const inserts = engineSetup()
			.split(';\n')
			.filter((statement) => statement.startsWith('INSERT'));
		expect(inserts).toEqual([
			`INSERT INTO geo_group SELECT 'EU27_2020', unnest(string_split('${EU27_2020_MEMBERS.join(',')}', ','))`
		]);
		expect(EU27_2020_MEMBERS).toHaveLength(27);
	});
});
