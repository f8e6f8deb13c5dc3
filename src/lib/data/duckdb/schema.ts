import { Float64, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import type { Observation } from '../../domain/observation';
import {
	columnsOf,
	TEXT_COLUMNS,
	type ObservationColumns,
	type TextColumn
} from '../ingest/columns';
import { sql, type Sql } from './engine';

/** One table for every observation of every loaded file; column names in snake_case for SQL. */
export const CREATE_TABLES: Sql[] = [
	sql`CREATE TABLE IF NOT EXISTS observations (
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
	// Which geos make up an aggregate, so that "rank among EU countries" is a join, not a
	// list of codes spliced into SQL text.
	sql`CREATE TABLE IF NOT EXISTS geo_group (grp VARCHAR NOT NULL, geo VARCHAR NOT NULL)`
];

/** Rows of `geo_group`, from the code lists. `[['EU27_2020','BE'], ...]` */
export function geoGroupRows(): [string, string][] {
	return EU27_2020_MEMBERS.map((geo) => ['EU27_2020', geo] as [string, string]);
}

/** Staging table name used while an Arrow batch is copied into `observations`. */
export const STAGING = 'observations_staging';

export const COPY_STAGING: Sql = sql`INSERT INTO observations
	SELECT dataset, indicator, unit, size_class, nace, geo, period, value, flags, conf_status, extra, source_file
	FROM observations_staging`;
export const DROP_STAGING: Sql = sql`DROP TABLE IF EXISTS observations_staging`;

/**
 * A nullable UTF-8 Arrow vector of rows `from` to `to` of a dictionary-encoded column, built by
 * hand: apache-arrow's builders (`vectorFromArray`) compile their null check with `new Function`,
 * which the site's Content-Security-Policy (no 'unsafe-eval') refuses in the browser. Each
 * dictionary entry is encoded once; rows copy its bytes.
 */
export function utf8FromDictionary(
	dictionary: readonly (string | null)[],
	codes: ArrayLike<number>,
	from = 0,
	to = codes.length
): Vector<Utf8> {
	const encoder = new TextEncoder();
	const encoded = dictionary.map((value) => (value === null ? null : encoder.encode(value)));
	const length = to - from;
	const offsets = new Int32Array(length + 1);
	const validity = new Uint8Array(Math.ceil(length / 8));
	let total = 0;
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		const bytes = encoded[codes[from + i]!];
		if (bytes === null || bytes === undefined) nullCount++;
		else {
			validity[i >> 3]! |= 1 << (i & 7);
			total += bytes.byteLength;
		}
		offsets[i + 1] = total;
	}
	const data = new Uint8Array(total);
	for (let i = 0; i < length; i++) {
		const bytes = encoded[codes[from + i]!];
		if (bytes) data.set(bytes, offsets[i]!);
	}
	return makeVector(
		makeData({
			type: new Utf8(),
			length,
			nullCount,
			nullBitmap: validity,
			valueOffsets: offsets,
			data
		})
	);
}

/** `utf8Vector(['a', null]).get(1)` → `null` */
export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
	return utf8FromDictionary(values, Uint32Array.from(values.keys()));
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

/**
 * Rows `from` to `to` as an Arrow table with the `observations` columns: values travel as typed
 * data, never as SQL text. `toArrow([{geo:'FR',...}], 'a.tsv').numRows` → 1
 */
export function toArrow(
	rows: readonly Observation[] | ObservationColumns,
	sourceFile: string,
	from = 0,
	to?: number
): Table {
	const columns = Array.isArray(rows) ? columnsOf(rows) : (rows as ObservationColumns);
	const end = to ?? columns.length;
	const vectors: Record<string, Vector> = {};
	for (const column of TEXT_COLUMNS) {
		vectors[SQL_NAMES[column]] = utf8FromDictionary(
			columns.dictionaries[column],
			columns.codes[column],
			from,
			end
		);
	}
	vectors.value = float64FromColumns(columns.values, columns.missing, from, end);
	vectors.source_file = utf8FromDictionary([sourceFile], new Uint8Array(end - from));
	return new Table(vectors);
}

/**
 * The same table as Arrow IPC stream bytes. DuckDB-WASM is handed bytes rather than a `Table`
 * because its Node build loads apache-arrow as CommonJS while our code gets the ES module: a
 * `Table` from the other copy is serialised to nothing, and the insert silently creates no table.
 */
export function toArrowIpc(
	rows: readonly Observation[] | ObservationColumns,
	sourceFile: string,
	from = 0,
	to?: number
): Uint8Array {
	return tableToIPC(toArrow(rows, sourceFile, from, to), 'stream');
}

/** Rows per Arrow batch handed to the engine: small enough that building one stays a short task. */
export const INSERT_BATCH_ROWS = 50_000;

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
