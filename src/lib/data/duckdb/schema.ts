import {
	AsyncByteQueue,
	Dictionary,
	Float64,
	RecordBatchStreamWriter,
	Table,
	Uint16,
	Uint32,
	Uint8,
	Utf8,
	makeData,
	makeVector,
	type Vector
} from 'apache-arrow';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { OBSERVATION_FIELDS } from '../../domain/observation';
import type { ObservationColumns, TextColumn } from '../ingest/columns';
import { sql, type Sql } from './engine';

/**
 * Every observation of every loaded file, as the queries read them: the view `observations`.
 * Each file's rows are a table of their own (`rowsTableSql`), their codes stored as DuckDB ENUMs
 * (a byte or two a row instead of each row's text), and the view reads them back as text. For 1M
 * rows (Node twin, issue #18): appended in 0.5–0.7 s instead of 1.0–1.6, held in 67 MB of the
 * engine's memory instead of 141; the price is paid by filters that read every row, each code
 * turned back into text (the data page's headline query over them 55–86 ms instead of 25–29),
 * while groupings got faster (its count by dataset 103–144 ms instead of 133–163).
 * `no_observations` stays empty: it gives the view its column types when no file is loaded.
 * Column names in snake_case for SQL.
 */
export const CREATE_TABLES: Sql[] = [
	sql`CREATE TABLE IF NOT EXISTS no_observations (
		dataset VARCHAR NOT NULL,
		indicator VARCHAR NOT NULL,
		unit VARCHAR NOT NULL,
		size_class VARCHAR NOT NULL,
		nace VARCHAR NOT NULL,
		geo VARCHAR NOT NULL,
		period VARCHAR NOT NULL,
		value DOUBLE,
		flags VARCHAR NOT NULL,
		conf_status VARCHAR,
		extra VARCHAR,
		source_file VARCHAR NOT NULL
	)`,
	sql`CREATE OR REPLACE VIEW observations AS SELECT * FROM no_observations`,
	// Which geos make up an aggregate, so that "rank among EU countries" is a join, not a
	// list of codes spliced into SQL text.
	sql`CREATE TABLE IF NOT EXISTS geo_group (grp VARCHAR NOT NULL, geo VARCHAR NOT NULL)`
];

/** What `geo_group` holds, from the code lists: each aggregate and its members. */
const GEO_GROUPS: Readonly<Record<string, readonly string[]>> = { EU27_2020: EU27_2020_MEMBERS };

/**
 * A file's rows go in between `BEGIN_INSERT` and `COMMIT_INSERT`, with the creation of their
 * table, so that a file is in the engine whole or not at all. A staging table copied over
 * afterwards cost three times as long: 1M rows took 2.7–4 s in the engine instead of 0.9–1.6 s.
 */
export const BEGIN_INSERT: Sql = sql`BEGIN TRANSACTION`;
export const COMMIT_INSERT: Sql = sql`COMMIT`;
export const ROLLBACK_INSERT: Sql = sql`ROLLBACK`;

/**
 * A nullable UTF-8 Arrow vector built by hand. apache-arrow's builders (`vectorFromArray`)
 * compile their null check with `new Function`, which the site's Content-Security-Policy
 * (no 'unsafe-eval') refuses in the browser; laying out offsets, bytes and validity bits
 * ourselves needs no code generation. `utf8Vector(['a', null]).get(1)` → `null`
 */
export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
	const encoder = new TextEncoder();
	const offsets = new Int32Array(values.length + 1);
	const validity = new Uint8Array(Math.ceil(values.length / 8));
	const encoded: Uint8Array[] = [];
	let total = 0;
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null) nullCount++;
		else {
			validity[i >> 3]! |= 1 << (i & 7);
			const bytes = encoder.encode(value);
			encoded.push(bytes);
			total += bytes.byteLength;
		}
		offsets[i + 1] = total;
	});
	const data = new Uint8Array(total);
	let at = 0;
	for (const bytes of encoded) {
		data.set(bytes, at);
		at += bytes.byteLength;
	}
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount,
			nullBitmap: validity,
			valueOffsets: offsets,
			data
		})
	);
}

/** A nullable Float64 vector of rows `from` to `to`, built by hand for the same reason. */
export function float64FromColumns(
	values: Float64Array,
	missing: Uint8Array,
	from = 0,
	to = values.length
): Vector<Float64> {
	const length = to - from;
	const data = values.slice(from, to);
	const validity = new Uint8Array(Math.ceil(length / 8));
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		if (missing[from + i]) {
			nullCount++;
			data[i] = 0;
		} else validity[i >> 3]! |= 1 << (i & 7);
	}
	return makeVector(
		makeData({ type: new Float64(), length, nullCount, nullBitmap: validity, data })
	);
}

/** `float64Vector([1.5, null]).get(1)` → `null` */
export function float64Vector(values: readonly (number | null)[]): Vector<Float64> {
	const missing = Uint8Array.from(values, (v) => (v === null ? 1 : 0));
	return float64FromColumns(
		Float64Array.from(values, (v) => v ?? 0),
		missing
	);
}

/** Engine table column of each text column of `ObservationColumns`. */
const SQL_NAMES: Record<TextColumn, string> = {
	dataset: 'dataset',
	indicator: 'indicator',
	unit: 'unit',
	sizeClass: 'size_class',
	nace: 'nace',
	geo: 'geo',
	period: 'period',
	flags: 'flags',
	confStatus: 'conf_status',
	extra: 'extra'
};

/** The columns of `observations`, in its order (see `CREATE_TABLES`). */
const TABLE_ORDER = [...OBSERVATION_FIELDS, 'extra', 'source_file'] as const;

/** Text columns that may hold no value (`NULL`), as in `no_observations`. */
const NULLABLE: ReadonlySet<TextColumn> = new Set(['confStatus', 'extra']);

/**
 * Most distinct values a column's ENUM takes, and most characters of them: past that (a file
 * whose `extra` differs on every row) the column is stored as text, and the statement that
 * creates the table stays small.
 */
export const ENUM_MAX_VALUES = 10_000;
const ENUM_MAX_CHARS = 1_000_000;

/** `sqlText("it's")` → `'it''s'`: the one way text reaches SQL other than as a parameter. */
export function sqlText(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A lone surrogate (half of a UTF-16 pair) as the engine gets it: both the Arrow stream and the
 * statement's text are encoded as UTF-8, which writes U+FFFD in its place.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The engine type of a text column whose distinct values are `dictionary`: an ENUM of them, or
 * VARCHAR when there are none, too many, or one holds a NUL character (it would end the
 * statement's text). `columnType(['AT', null, 'BE'])` → `ENUM('AT', 'BE')`
 */
export function columnType(dictionary: readonly (string | null)[]): string {
	const values = new Set<string>();
	let chars = 0;
	for (const value of dictionary) {
		if (value === null) continue;
		if (value.includes('\0')) return 'VARCHAR';
		const encoded = value.replace(LONE_SURROGATE, '\uFFFD');
		if (values.has(encoded)) continue;
		values.add(encoded);
		chars += encoded.length;
		if (values.size > ENUM_MAX_VALUES || chars > ENUM_MAX_CHARS) return 'VARCHAR';
	}
	if (values.size === 0) return 'VARCHAR';
	return `ENUM(${[...values].map(sqlText).join(', ')})`;
}

/** `rows_1`, `rows_2`…: the only table names built at run time. */
const ROWS_TABLE = /^rows_[1-9][0-9]*$/;

/**
 * The statement that creates the table of one file's rows: the columns of `no_observations` in
 * its order (the Arrow stream is appended by position), each text column an ENUM of the file's
 * own values. `rowsTableSql('rows_1', columnsOf(rows), 'a.tsv')` → `CREATE TABLE rows_1 (…)`
 */
export function rowsTableSql(table: string, columns: ObservationColumns, sourceFile: string): Sql {
	if (!ROWS_TABLE.test(table)) throw new Error(`Not a table of rows: ${table}`);
	const definitions = TABLE_ORDER.map((column) => {
		if (column === 'value') return 'value DOUBLE';
		if (column === 'source_file') return `source_file ${columnType([sourceFile])} NOT NULL`;
		const nullable = NULLABLE.has(column) ? '' : ' NOT NULL';
		return `${SQL_NAMES[column]} ${columnType(columns.dictionaries[column])}${nullable}`;
	});
	return `CREATE TABLE ${table} (${definitions.join(', ')})` as Sql;
}

/**
 * The view `observations` over the tables of rows `tables` (and the empty `no_observations`),
 * every text column read back as VARCHAR: queries compare, sort and group text, as before.
 */
export function observationsViewSql(tables: readonly string[]): Sql {
	const columns = TABLE_ORDER.map((column) => {
		if (column === 'value') return 'value';
		const name = column === 'source_file' ? column : SQL_NAMES[column];
		return `CAST(${name} AS VARCHAR) AS ${name}`;
	}).join(', ');
	const parts = ['SELECT * FROM no_observations'];
	for (const table of tables) {
		if (!ROWS_TABLE.test(table)) throw new Error(`Not a table of rows: ${table}`);
		parts.push(`SELECT ${columns} FROM ${table}`);
	}
	return `CREATE OR REPLACE VIEW observations AS ${parts.join(' UNION ALL ')}` as Sql;
}

/**
 * Which table holds which file's rows, in one engine: names new tables, and gives the
 * statements that show a committed table in `observations` or take a file's tables out.
 * `const t = new RowTables(); const name = t.name(); …; engine.run(t.added(name, 'a.tsv'))`
 */
export class RowTables {
	private count = 0;
	private readonly held: { table: string; sourceFile: string }[] = [];

	/** A table name not used before in this engine. */
	name(): string {
		return `rows_${++this.count}`;
	}

	/** The view's statement once `table`, holding `sourceFile`'s rows, is committed. */
	added(table: string, sourceFile: string): Sql {
		this.held.push({ table, sourceFile });
		return this.view();
	}

	/**
	 * The statements that take `sourceFile`'s rows out: the view without its tables first (a
	 * question asked between two statements never reads a dropped table), then the drops.
	 * `[]` when no committed table holds it.
	 */
	removed(sourceFile: string): Sql[] {
		const gone = this.held.filter((h) => h.sourceFile === sourceFile);
		if (gone.length === 0) return [];
		this.held.splice(0, this.held.length, ...this.held.filter((h) => h.sourceFile !== sourceFile));
		return [this.view(), ...gone.map((h) => `DROP TABLE ${h.table}` as Sql)];
	}

	private view(): Sql {
		return observationsViewSql(this.held.map((h) => h.table));
	}
}

/**
 * The bytes an Arrow writer gives, kept as the views it hands over (apache-arrow's own queue
 * would copy each), and joined once at the end, a slice per task.
 */
class ViewSink extends AsyncByteQueue {
	private parts: Uint8Array[] = [];
	private size = 0;
	override write(value: Uint8Array | ArrayBufferView | ArrayBuffer): void {
		const bytes = ArrayBuffer.isView(value)
			? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
			: new Uint8Array(value);
		if (bytes.byteLength === 0) return;
		this.parts.push(bytes);
		this.size += bytes.byteLength;
	}
	async join(pause: () => Promise<void>): Promise<Uint8Array> {
		const out = new Uint8Array(this.size);
		let at = 0;
		let since = 0;
		for (const part of this.parts) {
			out.set(part, at);
			at += part.byteLength;
			since += part.byteLength;
			if (since >= JOIN_BYTES) {
				since = 0;
				await pause();
			}
		}
		this.parts = [];
		return out;
	}
}

/**
 * Bytes copied between two pauses while the stream is joined: the copy lands in fresh memory,
 * mapped on first touch, and 2 MB took 80–140 ms with the CPU slowed ×4 on a loaded 2-core machine.
 */
const JOIN_BYTES = 256 * 1024;

/** The Arrow index type of a code array: its own width, so a batch points into it (no copy). */
function indexType(codes: ArrayLike<number>): Uint8 | Uint16 | Uint32 {
	if (codes instanceof Uint8Array) return new Uint8();
	if (codes instanceof Uint16Array) return new Uint16();
	return new Uint32();
}

/**
 * The rows of `columns` as ONE Arrow IPC stream of batches of `batchRows` rows, for one
 * `insertArrowFromIPCStream`: DuckDB-WASM plans an append per stream, and 100 streams of 10,000
 * rows cost it 2.9 s for 1M rows (Node twin, cold) where one stream of 100 batches costs 0.7–1.7 s.
 * The stream must go in one call: the engine keeps the pieces of a stream sent in several calls
 * without copying them, and reads freed memory (a crash, or "Allocation failure"). Every batch
 * shares the column's dictionary (written once) and points into the code arrays (indexes as
 * wide as they are, no copy to Int32). `pause` runs between batches: the page's thread breathes.
 * Bytes rather than a `Table`: DuckDB-WASM's Node build loads apache-arrow as CommonJS while our
 * code gets the ES module, and a `Table` from the other copy is serialised to nothing.
 * `await arrowStream(columnsOf(rows), 'a.csv')` → the stream's bytes
 */
export async function arrowStream(
	columns: ObservationColumns,
	sourceFile: string,
	pause: () => Promise<void> = () => Promise.resolve(),
	batchRows = INSERT_BATCH_ROWS
): Promise<Uint8Array> {
	const sink = new ViewSink();
	const writer = new RecordBatchStreamWriter({ autoDestroy: false });
	writer.reset(sink);
	// One type and one dictionary vector per column for the whole stream: the writer then writes
	// each dictionary once, and every batch has the same schema.
	const text = (column: TextColumn | 'source_file') => {
		const dictionary = column === 'source_file' ? [sourceFile] : columns.dictionaries[column];
		const codes = column === 'source_file' ? new Uint8Array(0) : columns.codes[column];
		return {
			name: column === 'source_file' ? column : SQL_NAMES[column],
			type: new Dictionary(new Utf8(), indexType(codes)),
			dictionary: utf8Vector(dictionary),
			codes,
			nullCode: dictionary.indexOf(null)
		};
	};
	const texts = new Map(TABLE_ORDER.filter((c) => c !== 'value').map((c) => [c, text(c)] as const));
	const sourceCodes = new Uint8Array(Math.min(batchRows, columns.length));
	for (let from = 0; from < columns.length; from += batchRows) {
		const to = Math.min(columns.length, from + batchRows);
		const length = to - from;
		// In the order of `observations`' columns: the batch is appended to the file's table by
		// position.
		const vectors: Record<string, Vector> = {};
		for (const column of TABLE_ORDER) {
			const t = column === 'value' ? undefined : texts.get(column);
			if (!t) {
				vectors.value = float64FromColumns(columns.values, columns.missing, from, to);
				continue;
			}
			const data =
				column === 'source_file' ? sourceCodes.subarray(0, length) : t.codes.subarray(from, to);
			let nullCount = 0;
			let validity = new Uint8Array(0);
			if (t.nullCode >= 0) {
				validity = new Uint8Array(Math.ceil(length / 8));
				for (let i = 0; i < length; i++) {
					if (data[i] === t.nullCode) nullCount++;
					else validity[i >> 3]! |= 1 << (i & 7);
				}
			}
			vectors[t.name] = makeVector(
				makeData({
					type: t.type,
					length,
					nullCount,
					nullBitmap: validity,
					data,
					dictionary: t.dictionary
				})
			);
		}
		writer.write(new Table(vectors).batches[0]!);
		await pause();
	}
	// End of stream: `-1` (continuation), then a zero length.
	sink.write(Int32Array.of(-1, 0));
	return sink.join(pause);
}

/**
 * Fills `geo_group` with one aggregate's members, given as `geoGroupParams()` gives them: one
 * statement per aggregate, not one per row (27 round trips to the engine's Worker took up to
 * 0.9 s of a loaded machine while it started), and no Arrow stream written on the page's thread
 * (its first use there compiled apache-arrow's writer: a 90 ms task at CPU ×4 while a 1M-row file
 * was read, issue #18).
 */
export const INSERT_GEO_GROUP: Sql = sql`INSERT INTO geo_group SELECT ?, unnest(string_split(?, ','))`;

/**
 * Parameters of `INSERT_GEO_GROUP`, one pair per aggregate: its code and its members joined by
 * commas (a code never holds one). `geoGroupParams()` → `[['EU27_2020', 'BE,BG,…,SE']]`
 */
export function geoGroupParams(): [string, string][] {
	return Object.entries(GEO_GROUPS).map(([grp, geos]) => {
		const comma = geos.find((geo) => geo.includes(','));
		if (comma !== undefined) throw new Error(`geo_group: a code holds a comma: ${comma}`);
		return [grp, geos.join(',')];
	});
}

/**
 * Rows per Arrow batch of the stream handed to the engine: building one copies the values and
 * writes validity bits, and the page gets the thread back between two batches. In one stream,
 * 10,000-row batches cost the engine no more than 100,000-row ones (1M rows, Node twin, cold).
 */
export const INSERT_BATCH_ROWS = 10_000;

/** Arrow result rows → plain objects; BIGINT (counts, ranks) → number. */
export function toPlainRows<R>(rows: { toJSON(): Record<string, unknown> }[]): R[] {
	return rows.map((row) => {
		const json = row.toJSON();
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(json)) {
			const v = json[key];
			out[key] = typeof v === 'bigint' ? Number(v) : v;
		}
		return out as R;
	});
}
