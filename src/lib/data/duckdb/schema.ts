import { Float64, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import type { Observation } from '../../domain/observation';
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

/** A nullable Float64 vector built by hand, for the same reason as `utf8Vector`. */
export function float64Vector(values: readonly (number | null)[]): Vector<Float64> {
	const data = new Float64Array(values.length);
	const validity = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null) nullCount++;
		else {
			validity[i >> 3]! |= 1 << (i & 7);
			data[i] = value;
		}
	});
	return makeVector(
		makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: validity, data })
	);
}

/**
 * Observations as an Arrow table with the `observations` columns: values travel as typed
 * data, never as SQL text. `toArrow([{geo:'FR',...}], 'a.tsv').numRows` → 1
 */
export function toArrow(observations: readonly Observation[], sourceFile: string): Table {
	const text = (pick: (o: Observation) => string | null) => utf8Vector(observations.map(pick));
	return new Table({
		dataset: text((o) => o.dataset),
		indicator: text((o) => o.indicator),
		unit: text((o) => o.unit),
		size_class: text((o) => o.sizeClass),
		nace: text((o) => o.nace),
		geo: text((o) => o.geo),
		period: text((o) => o.period),
		value: float64Vector(observations.map((o) => o.value)),
		flags: text((o) => o.flags),
		conf_status: text((o) => o.confStatus),
		extra: text((o) =>
			o.extra && Object.keys(o.extra).length > 0 ? JSON.stringify(o.extra) : null
		),
		source_file: text(() => sourceFile)
	});
}

/**
 * The same table as Arrow IPC stream bytes. DuckDB-WASM is handed bytes rather than a `Table`
 * because its Node build loads apache-arrow as CommonJS while our code gets the ES module: a
 * `Table` from the other copy is serialised to nothing, and the insert silently creates no table.
 */
export function toArrowIpc(observations: readonly Observation[], sourceFile: string): Uint8Array {
	return tableToIPC(toArrow(observations, sourceFile), 'stream');
}

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
