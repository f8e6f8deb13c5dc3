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
import {
	TEXT_COLUMNS,
	type CodeArray,
	type ObservationColumns,
	type TextColumn
} from '../ingest/columns';
import { sql, type Sql } from './engine';

/**
 * Every observation of every loaded file, as the queries read them: the view `observations`.
 * Each file's rows are a table of their own (`rowsTable`) that keeps the file's codes, the
 * integers `ObservationColumns` already holds, packed together (`FileLayout`: 1M rows of the
 * bench's file are one UINTEGER and a DOUBLE a row), and the view turns them back into text
 * through the file's dictionaries, written into it as lists (`RowTables`). The Arrow stream of 1M
 * rows is then built in 30–95 ms and appended in 0.19–0.24 s (Node twin, issue #18, an engine that
 * never held a file: the import page's case), where with a column per code it was appended in
 * 0.49–0.52 s, as ENUMs in 0.55–0.70 s (each row's text cast to its ENUM), and as text in 1.0–1.6
 * s. The price is paid by questions over every row: each code is worked out of its integer and
 * looked up in its list, and no filter reaches the table's scan (over 1M rows, the data page's
 * headline 91–156 ms and its coverage by file 110–169 ms, as with a column per code, where ENUM
 * columns took 35–65 and 95–146); the browser asks the engine only for the data page's recount,
 * in its own Worker. `no_observations` stays empty: it gives the view its column types when no
 * file is loaded. Column names in snake_case for SQL.
 */
const CREATE_TABLES: Sql[] = [
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

/**
 * A nullable Float64 vector of rows `from` to `to`, built by hand for the same reason: a view of
 * the values (no copy: 8 MB for 1M rows), a missing one's slot left as it is and marked missing.
 */
export function float64FromColumns(
	values: Float64Array,
	missing: Uint8Array,
	from = 0,
	to = values.length
): Vector<Float64> {
	const length = to - from;
	const data = values.subarray(from, to);
	const validity = new Uint8Array(Math.ceil(length / 8));
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		if (missing[from + i]) nullCount++;
		else validity[i >> 3]! |= 1 << (i & 7);
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

/** Text columns that may hold no value (`NULL`), as in `no_observations`. */
const NULLABLE: ReadonlySet<TextColumn> = new Set(['confStatus', 'extra']);

/**
 * Most entries of a dictionary written into the view, and most characters of them: past that (a
 * file whose `extra` differs on every row) the column is kept as text, and the view stays small
 * (every question binds it again).
 */
export const DICTIONARY_MAX_VALUES = 2_000;
const DICTIONARY_MAX_CHARS = 100_000;

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
 * A dictionary as the SQL list the view reads a column's codes through (code `i` is entry
 * `i + 1`), or `null` when the column is kept as text: a dictionary too large, one holding a NUL
 * character (it would end the statement's text), or a missing value in a column that takes none
 * (the table's `NOT NULL` then refuses the file, as it should). The list's items are an ENUM of
 * its values: the view turns them into text, and DuckDB answers a comparison of that text with a
 * value by comparing ENUMs (over 1M rows, a filter on five columns 57–73 ms instead of 69–150
 * with a list of text, a grouping 118–153 ms instead of 158–214; Node twin).
 * `dictionaryList(['AT', null, "it's"], true)` → `['AT', NULL, 'it''s']::ENUM('AT', 'it''s')[]`
 */
export function dictionaryList(
	dictionary: readonly (string | null)[],
	nullable: boolean
): string | null {
	if (dictionary.length === 0 || dictionary.length > DICTIONARY_MAX_VALUES) return null;
	const entries: string[] = [];
	let chars = 0;
	for (const value of dictionary) {
		if (value === null) {
			if (!nullable) return null;
			entries.push('NULL');
			continue;
		}
		if (value.includes('\0')) return null;
		chars += value.length;
		if (chars > DICTIONARY_MAX_CHARS) return null;
		entries.push(sqlText(value.replace(LONE_SURROGATE, '\uFFFD')));
	}
	const values = [...new Set(entries.filter((entry) => entry !== 'NULL'))];
	const type = values.length === 0 ? 'VARCHAR' : `ENUM(${values.join(', ')})`;
	return `[${entries.join(', ')}]::${type}[]`;
}

/** `rows_1`, `rows_2`…: the only table names built at run time. */
const ROWS_TABLE = /^rows_[1-9][0-9]*$/;

/** Largest product of dictionary sizes packed into one column: a UINTEGER's range. */
const PACK_MAX = 2 ** 32;

/** One text column's codes inside a packed column: `code = (packed // factor) % size`. */
interface PackedMember {
	column: TextColumn;
	factor: number;
	size: number;
}

/** A column of a file's table holding the codes of several text columns, mixed into one integer. */
interface CodePack {
	name: string;
	/** Its engine type and the array it is built in: as narrow as the product of its sizes. */
	width: 8 | 16 | 32;
	members: PackedMember[];
}

/**
 * How a file's table holds its rows, from its dictionaries: the text columns with one value are
 * not stored (the view writes it in); the others' codes are mixed into as few integers as their
 * dictionaries allow (`packed = Σ code × factor`, the factors products of the sizes before), as
 * DuckDB-WASM's append costs about the same per value whatever its width (1M rows of ten code
 * columns and a value: 0.49–0.52 s appended in a fresh Node twin, 0.19–0.24 s packed into one
 * column); columns kept as text (`dictionaryList`) stay columns of their own. The table's columns:
 * the packs, then the text columns, then `value`, in that order for the Arrow stream and `CREATE
 * TABLE` alike.
 */
interface FileLayout {
	lists: Record<TextColumn, string | null>;
	packs: CodePack[];
	texts: TextColumn[];
}

function fileLayout(columns: ObservationColumns): FileLayout {
	const lists = {} as Record<TextColumn, string | null>;
	const packs: CodePack[] = [];
	const texts: TextColumn[] = [];
	let pack: CodePack | null = null;
	let product = 1;
	for (const column of TEXT_COLUMNS) {
		const list = dictionaryList(columns.dictionaries[column], NULLABLE.has(column));
		lists[column] = list;
		const size = columns.dictionaries[column].length;
		if (list === null) texts.push(column);
		else if (size > 1) {
			if (!pack || product * size > PACK_MAX) {
				pack = { name: `codes_${packs.length + 1}`, width: 8, members: [] };
				packs.push(pack);
				product = 1;
			}
			pack.members.push({ column, factor: product, size });
			product *= size;
			pack.width = product <= 2 ** 8 ? 8 : product <= 2 ** 16 ? 16 : 32;
		}
	}
	return { lists, packs, texts };
}

const PACK_TYPES = { 8: 'UTINYINT', 16: 'USMALLINT', 32: 'UINTEGER' } as const;

/** How the view reads one text column of a file's table as text. */
function readColumn(column: TextColumn, layout: FileLayout): string {
	const name = SQL_NAMES[column];
	const list = layout.lists[column];
	if (list === null) return name;
	for (const pack of layout.packs) {
		const at = pack.members.findIndex((m) => m.column === column);
		if (at < 0) continue;
		const { factor, size } = pack.members[at]!;
		// BIGINT first: a UINTEGER plus one could overflow it; the last member needs no modulo.
		let code = factor === 1 ? `${pack.name}::BIGINT` : `${pack.name}::BIGINT // ${factor}`;
		if (at < pack.members.length - 1) code = `(${code}) % ${size}`;
		return `CAST((${list})[${code} + 1] AS VARCHAR) AS ${name}`;
	}
	// One value: the only entry of its list.
	return `CAST((${list})[1] AS VARCHAR) AS ${name}`;
}

/**
 * The table of one file's rows (`FileLayout`) and what the view reads of it: every column of
 * `observations` as text, in its order, codes looked up in their lists, and the file's name.
 * `rowsTable('rows_1', columnsOf(rows), 'a.csv')` → `{ create: 'CREATE TABLE rows_1 (codes_1
 * UINTEGER NOT NULL, value DOUBLE)', select: "SELECT CAST((['bench']::ENUM('bench')[])[1] AS
 * VARCHAR) AS dataset, …, 'a.csv' AS source_file FROM rows_1" }`
 */
export function rowsTable(
	table: string,
	columns: ObservationColumns,
	sourceFile: string
): RowsTable {
	if (!ROWS_TABLE.test(table)) throw new Error(`Not a table of rows: ${table}`);
	// A file name is never one (browsers name imports `imp:…`); it would end the statement.
	if (sourceFile.includes('\0')) throw new Error('A source file name holds a NUL character');
	const layout = fileLayout(columns);
	const definitions = [
		...layout.packs.map((pack) => `${pack.name} ${PACK_TYPES[pack.width]} NOT NULL`),
		...layout.texts.map(
			(column) => `${SQL_NAMES[column]} VARCHAR${NULLABLE.has(column) ? '' : ' NOT NULL'}`
		),
		'value DOUBLE'
	];
	const read = OBSERVATION_COLUMNS.map((column) =>
		column === 'value' ? 'value' : readColumn(column, layout)
	);
	const file = sqlText(sourceFile.replace(LONE_SURROGATE, '\uFFFD'));
	return {
		create: `CREATE TABLE ${table} (${definitions.join(', ')})` as Sql,
		select: `SELECT ${read.join(', ')}, ${file} AS source_file FROM ${table}`
	};
}

/** The columns of `observations` (see `CREATE_TABLES`), in its order, but `source_file`. */
const OBSERVATION_COLUMNS = [...OBSERVATION_FIELDS, 'extra'] as const;

/** One file's table: the statement that creates it, and what the view reads of it. */
export interface RowsTable {
	create: Sql;
	select: string;
}

/**
 * Which table holds which file's rows, in one engine: names new tables, and gives the
 * statements that show a committed table in `observations` (the view over `no_observations` and
 * every committed table) or take a file's tables out.
 * `const t = new RowTables(); const name = t.name(); …; engine.run(t.added(name, 'a.tsv', select))`
 */
export class RowTables {
	private count = 0;
	private readonly held: { table: string; sourceFile: string; select: string }[] = [];

	/** A table name not used before in this engine. */
	name(): string {
		return `rows_${++this.count}`;
	}

	/**
	 * The view's statement once `table`, holding `sourceFile`'s rows, is committed (`select`: what
	 * `rowsTable` says the view reads of it).
	 */
	added(table: string, sourceFile: string, select: string): Sql {
		this.held.push({ table, sourceFile, select });
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
		const parts = ['SELECT * FROM no_observations', ...this.held.map((h) => h.select)];
		return `CREATE OR REPLACE VIEW observations AS ${parts.join(' UNION ALL ')}` as Sql;
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

const PACK_ARRAYS = { 8: Uint8Array, 16: Uint16Array, 32: Uint32Array } as const;

/**
 * Rows `from` to `to` of one packed column: a view of the codes when the pack is one column of
 * the same width, else the sum of each member's codes times its factor (below `PACK_MAX`, exact).
 */
function packedCodes(
	columns: ObservationColumns,
	pack: CodePack,
	from: number,
	to: number
): Uint8Array | Uint16Array | Uint32Array {
	const Packed = PACK_ARRAYS[pack.width];
	const [first, ...rest] = pack.members;
	const firstCodes = columns.codes[first!.column].subarray(from, to);
	if (rest.length === 0 && firstCodes instanceof Packed) return firstCodes;
	const packed = new Packed(to - from);
	packed.set(firstCodes);
	for (const { column, factor } of rest) addCodes(packed, columns.codes[column], from, factor);
	return packed;
}

function addCodes(packed: CodeArray, codes: CodeArray, from: number, factor: number): void {
	for (let i = 0; i < packed.length; i++) packed[i] = packed[i]! + codes[from + i]! * factor;
}

/**
 * The rows of `columns` as ONE Arrow IPC stream of batches of `batchRows` rows, for one
 * `insertArrowFromIPCStream` into the file's table (`rowsTable`): DuckDB-WASM plans an append
 * per stream, and 100 streams of 10,000 rows cost it 2.9 s for 1M rows (Node twin, cold) where
 * one stream of 100 batches costs a fraction of it. The stream must go in one call: the engine
 * keeps the pieces of a stream sent in several calls without copying them, and reads freed memory
 * (a crash, or "Allocation failure"). Its columns are the table's (`FileLayout`): codes packed
 * together, a column kept as text as its dictionary (written once) and codes pointing into it.
 * `pause` runs between batches: the page's thread breathes. Bytes rather than a `Table`:
 * DuckDB-WASM's Node build loads apache-arrow as CommonJS while our code gets the ES module, and a
 * `Table` from the other copy is serialised to nothing.
 * `await arrowStream(columnsOf(rows))` → the stream's bytes
 */
export async function arrowStream(
	columns: ObservationColumns,
	pause: () => Promise<void> = () => Promise.resolve(),
	batchRows = INSERT_BATCH_ROWS
): Promise<Uint8Array> {
	const sink = new ViewSink();
	const writer = new RecordBatchStreamWriter({ autoDestroy: false });
	writer.reset(sink);
	const layout = fileLayout(columns);
	// Per text column kept as text, one type and one dictionary vector for the whole stream: the
	// writer then writes each dictionary once, and every batch has the same schema.
	const texts = layout.texts.map((column) => {
		const dictionary = columns.dictionaries[column];
		const codes = columns.codes[column];
		return {
			column,
			type: new Dictionary(new Utf8(), indexType(codes)),
			dictionary: utf8Vector(dictionary),
			nullCode: dictionary.indexOf(null)
		};
	});
	for (let from = 0; from < columns.length; from += batchRows) {
		const to = Math.min(columns.length, from + batchRows);
		const length = to - from;
		// In the order of the table's columns: the batch is appended by position.
		const vectors: Record<string, Vector> = {};
		for (const pack of layout.packs) {
			const data = packedCodes(columns, pack, from, to);
			vectors[pack.name] = makeVector(makeData({ type: indexType(data), length, data }));
		}
		for (const text of texts) {
			const data = columns.codes[text.column].subarray(from, to);
			let nullCount = 0;
			let validity = new Uint8Array(0);
			if (text.nullCode >= 0) {
				validity = new Uint8Array(Math.ceil(length / 8));
				for (let i = 0; i < length; i++) {
					if (data[i] === text.nullCode) nullCount++;
					else validity[i >> 3]! |= 1 << (i & 7);
				}
			}
			vectors[SQL_NAMES[text.column]] = makeVector(
				makeData({
					type: text.type,
					length,
					nullCount,
					nullBitmap: validity,
					data,
					dictionary: text.dictionary
				})
			);
		}
		vectors.value = float64FromColumns(columns.values, columns.missing, from, to);
		writer.write(new Table(vectors).batches[0]!);
		await pause();
	}
	// End of stream: `-1` (continuation), then a zero length.
	sink.write(Int32Array.of(-1, 0));
	return sink.join(pause);
}

/**
 * Everything an engine holds before a file, as one list of statements: the tables, the view,
 * and each aggregate's members, one statement per aggregate (not one per row: 27 round trips
 * took up to 0.9 s of a loaded machine), no Arrow stream written on the page's thread (its first
 * use there compiled apache-arrow's writer: a 90 ms task at CPU ×4 while a 1M-row file was
 * read), and one round trip to the engine's Worker: the statements, a prepared one and its
 * closing took 0.37–0.66 s there as a 1M-row file was parsed beside it (issue #18).
 */
export function engineSetup(): Sql {
	const groups = Object.entries(GEO_GROUPS).map(([grp, geos]) => {
		// Members travel joined by commas: a code never holds one.
		const comma = geos.find((geo) => geo.includes(','));
		if (comma !== undefined) throw new Error(`geo_group: a code holds a comma: ${comma}`);
		return `INSERT INTO geo_group SELECT ${sqlText(grp)}, unnest(string_split(${sqlText(geos.join(','))}, ','))`;
	});
	return [...CREATE_TABLES, ...groups].join(';\n') as Sql;
}

/**
 * Rows per Arrow batch of the stream handed to the engine: a row group of DuckDB's. A batch costs
 * its packed codes and its values' validity bits (the values are a view), and the page gets the
 * thread back between two. 1M rows, Node twin, in an engine that never held rows (the import page's
 * case), a column per code: appended in 0.42–0.52 s in batches of 122,880 rows, 0.59–0.76 s in
 * 10,000.
 */
export const INSERT_BATCH_ROWS = 122_880;

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
