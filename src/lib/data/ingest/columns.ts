/**
 * Observations column by column: each text field dictionary-encoded (the distinct strings once,
 * a small integer per row), values in a `Float64Array`. A million observations are a handful of
 * typed arrays (~20 MB) instead of a million objects: the import Worker hands them to the page
 * by transfer (no copy, no per-object rebuild on the main thread), IndexedDB clones them as
 * blocks, and DuckDB gets Arrow buffers laid out from them directly.
 */
import type { Observation } from '../../domain/observation';
import { Slicer, type SliceOptions } from './slicer';

/** The text fields of an observation, in the engine table's order; `extra` as JSON text. */
export const TEXT_COLUMNS = [
	'dataset',
	'indicator',
	'unit',
	'sizeClass',
	'nace',
	'geo',
	'period',
	'flags',
	'confStatus',
	'extra'
] as const;

export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** Row codes into a dictionary: the narrowest array that holds its size. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

export interface ObservationColumns {
	/** Number of observations. */
	length: number;
	/**
	 * Per text column, its distinct values (`null` only in `confStatus` and `extra`). A filtered
	 * copy keeps the whole dictionary, so an entry may no longer be used by any row.
	 */
	dictionaries: Record<TextColumn, (string | null)[]>;
	/** Per text column, the dictionary index of each row. */
	codes: Record<TextColumn, CodeArray>;
	/** The value of each row; meaningless where `missing` is 1. */
	values: Float64Array;
	/** 1 where the published value is missing (`:`), 0 otherwise. */
	missing: Uint8Array;
}

function narrow(codes: Uint32Array, length: number, size: number): CodeArray {
	if (size <= 0x100) return Uint8Array.from(codes.subarray(0, length));
	if (size <= 0x10000) return Uint16Array.from(codes.subarray(0, length));
	return codes.slice(0, length);
}

/**
 * Per entry of the `extra` dictionary, 1 where its rows carry a dimension of their own (an
 * imported file's `secteur` column), 0 where they carry none: such rows are a breakdown of a
 * series, not points of it. `ownDimensionMask(columnsOf([plain, bySector]))` → `Uint8Array [0, 1]`
 */
export function ownDimensionMask(columns: Pick<ObservationColumns, 'dictionaries'>): Uint8Array {
	return Uint8Array.from(columns.dictionaries.extra, (e) => (e === null || e === '' ? 0 : 1));
}

/** `extra` of an observation as dictionary text: its (already sorted) entries as JSON, or null. */
function extraText(extra: Observation['extra']): string | null {
	if (!extra) return null;
	const keys = Object.keys(extra);
	return keys.length === 0 ? null : JSON.stringify(keys.map((k) => [k, extra[k]]));
}

/** Dictionary text of `extra` back to a prototype-free object (a `__proto__` column stays a key). */
function extraObject(text: string): Readonly<Record<string, string>> {
	const out = Object.create(null) as Record<string, string>;
	for (const [k, v] of JSON.parse(text) as [string, string][]) out[k] = v;
	return out;
}

/**
 * Appends observations one at a time and gives `ObservationColumns`. Consecutive rows repeat
 * most codes (a series is written period after period), so each column first compares with the
 * previous row's string before looking the dictionary up.
 * `const b = new ColumnBuilder(); b.add(o); b.finish().length` → 1
 */
export class ColumnBuilder {
	private capacity: number;
	private size = 0;
	// Per column, by its index in TEXT_COLUMNS: arrays, not objects keyed by name, so that the
	// per-row accesses stay monomorphic.
	private codes: Uint32Array[];
	private readonly index: Map<string | null, number>[];
	private readonly dictionaries: (string | null)[][];
	private readonly last: (string | null | undefined)[];
	private readonly lastCode: Int32Array;
	private values: Float64Array;
	private missing: Uint8Array;
	private lastExtra: Observation['extra'] | undefined = undefined;
	private lastExtraText: string | null = null;

	constructor(capacity = 1024) {
		this.capacity = Math.max(16, capacity);
		this.codes = TEXT_COLUMNS.map(() => new Uint32Array(this.capacity));
		this.index = TEXT_COLUMNS.map(() => new Map());
		this.dictionaries = TEXT_COLUMNS.map(() => []);
		this.last = TEXT_COLUMNS.map(() => undefined);
		this.lastCode = new Int32Array(TEXT_COLUMNS.length);
		this.values = new Float64Array(this.capacity);
		this.missing = new Uint8Array(this.capacity);
	}

	get length(): number {
		return this.size;
	}

	private grow(): void {
		this.capacity *= 2;
		this.codes = this.codes.map((codes) => {
			const next = new Uint32Array(this.capacity);
			next.set(codes);
			return next;
		});
		const values = new Float64Array(this.capacity);
		values.set(this.values);
		this.values = values;
		const missing = new Uint8Array(this.capacity);
		missing.set(this.missing);
		this.missing = missing;
	}

	/** Writes the code of `text` in column `c` (index in TEXT_COLUMNS) for row `row`. */
	private put(c: number, row: number, text: string | null): void {
		let code: number;
		if (text === this.last[c]) code = this.lastCode[c]!;
		else {
			const index = this.index[c]!;
			let found = index.get(text);
			if (found === undefined) {
				found = this.dictionaries[c]!.length;
				this.dictionaries[c]!.push(text);
				index.set(text, found);
			}
			this.last[c] = text;
			this.lastCode[c] = code = found;
		}
		this.codes[c]![row] = code;
	}

	/** Appends one observation given field by field (the importer's hot path: no object). */
	push(
		dataset: string,
		indicator: string,
		unit: string,
		sizeClass: string,
		nace: string,
		geo: string,
		period: string,
		value: number | null,
		flags: string,
		confStatus: string | null,
		extra: Observation['extra']
	): void {
		if (this.size === this.capacity) this.grow();
		const i = this.size++;
		// Indexes follow TEXT_COLUMNS.
		this.put(0, i, dataset);
		this.put(1, i, indicator);
		this.put(2, i, unit);
		this.put(3, i, sizeClass);
		this.put(4, i, nace);
		this.put(5, i, geo);
		this.put(6, i, period);
		this.put(7, i, flags);
		this.put(8, i, confStatus);
		// A wide TSV line shares one `extra` object across its period cells: stringify it once.
		if (extra !== this.lastExtra) {
			this.lastExtra = extra;
			this.lastExtraText = extraText(extra);
		}
		this.put(9, i, this.lastExtraText);
		if (value === null) this.missing[i] = 1;
		else this.values[i] = value;
	}

	/** Appends one observation object. */
	add(o: Observation): void {
		this.push(
			o.dataset,
			o.indicator,
			o.unit,
			o.sizeClass,
			o.nace,
			o.geo,
			o.period,
			o.value,
			o.flags,
			o.confStatus,
			o.extra
		);
	}

	/** The columns, trimmed to their length, codes in the narrowest array type. */
	finish(): ObservationColumns {
		const codes = {} as Record<TextColumn, CodeArray>;
		const dictionaries = {} as Record<TextColumn, (string | null)[]>;
		TEXT_COLUMNS.forEach((column, c) => {
			dictionaries[column] = this.dictionaries[c]!.slice();
			codes[column] = narrow(this.codes[c]!, this.size, dictionaries[column].length);
		});
		return {
			length: this.size,
			dictionaries,
			codes,
			values: this.values.slice(0, this.size),
			missing: this.missing.slice(0, this.size)
		};
	}
}

/** `columnsOf([o1, o2]).length` → 2 */
export function columnsOf(observations: readonly Observation[]): ObservationColumns {
	const builder = new ColumnBuilder(observations.length);
	for (const o of observations) builder.add(o);
	return builder.finish();
}

/** No observations. */
export function emptyColumns(): ObservationColumns {
	return new ColumnBuilder(16).finish();
}

/** One row as an observation object; `extras` are the parsed `extra` dictionary entries. */
function observationAt(
	columns: ObservationColumns,
	extras: readonly (Readonly<Record<string, string>> | undefined)[],
	i: number
): Observation {
	const { dictionaries: d, codes: c, values, missing } = columns;
	const o: Observation = {
		dataset: d.dataset[c.dataset[i]!]!,
		indicator: d.indicator[c.indicator[i]!]!,
		unit: d.unit[c.unit[i]!]!,
		sizeClass: d.sizeClass[c.sizeClass[i]!]!,
		nace: d.nace[c.nace[i]!]!,
		geo: d.geo[c.geo[i]!]!,
		period: d.period[c.period[i]!]!,
		value: missing[i] ? null : values[i]!,
		flags: d.flags[c.flags[i]!]!,
		confStatus: d.confStatus[c.confStatus[i]!] ?? null
	};
	const extra = extras[c.extra[i]!];
	if (extra) o.extra = extra;
	return o;
}

function extrasOf(columns: ObservationColumns) {
	return columns.dictionaries.extra.map((text) => (text === null ? undefined : extraObject(text)));
}

/**
 * Turns rows back into observation objects, for the views that compute in the page. Strings and
 * `extra` objects are shared between rows (they are never mutated).
 * `observationsOf(columnsOf([o]))` → `[o]` (equal, not identical)
 */
export function observationsOf(
	columns: ObservationColumns,
	from = 0,
	to = columns.length
): Observation[] {
	const extras = extrasOf(columns);
	const out: Observation[] = new Array<Observation>(Math.max(0, to - from));
	for (let i = from; i < to; i++) out[i - from] = observationAt(columns, extras, i);
	return out;
}

/**
 * The rows at some indexes, as observation objects, in the order given.
 * `observationsAt(columnsOf([a, b, c]), [2, 0])` → `[c, a]` (equal, not identical)
 */
export function observationsAt(
	columns: ObservationColumns,
	rows: ArrayLike<number>
): Observation[] {
	const extras = extrasOf(columns);
	const out: Observation[] = new Array<Observation>(rows.length);
	for (let k = 0; k < rows.length; k++) out[k] = observationAt(columns, extras, rows[k]!);
	return out;
}

/**
 * Columns as plain numbers, for the data a page is prerendered with (SvelteKit writes it into
 * the HTML as a script the browser must decode, parse and run before hydrating): each code column
 * and `missing` as runs `[code, count, …]` (a series' key codes repeat for hundreds of rows),
 * values with 0 where missing. 23,630 comparison rows take ~0.13 MB instead of 3.6 MB as objects.
 */
export interface PackedColumns {
	length: number;
	dictionaries: Record<TextColumn, (string | null)[]>;
	runs: Record<TextColumn, number[]>;
	/**
	 * The columns whose `runs` are runs of steps `[step, count, …]`, each row's code being the
	 * previous row's plus its step (the first row's, 0 plus its step). Only `period`: it counts up
	 * inside each series, so its codes rarely repeat (97 kB of runs on the comparison page) but its
	 * steps do (23 kB). Absent: none.
	 */
	stepped?: TextColumn[];
	values: number[];
	missing: number[];
}

/** The columns `packColumns` may write as steps; never a series key (`packedSeriesIndex`). */
const STEPPED_CANDIDATES: readonly TextColumn[] = ['period'];

/** `[1, 1, 1, 0]` → `[1, 3, 0, 1]` */
function toRuns(codes: ArrayLike<number>, length: number): number[] {
	const runs: number[] = [];
	for (let i = 0; i < length;) {
		let j = i + 1;
		while (j < length && codes[j] === codes[i]) j++;
		runs.push(codes[i]!, j - i);
		i = j;
	}
	return runs;
}

/** `[0, 1, 2, 0, 1]` → `[0, 1, 1, 2, -2, 1, 1, 1]`: the runs of each row's step from the previous row. */
function toSteppedRuns(codes: ArrayLike<number>, length: number): number[] {
	const steps = new Float64Array(length);
	for (let i = 0; i < length; i++) steps[i] = codes[i]! - (i > 0 ? codes[i - 1]! : 0);
	return toRuns(steps, length);
}

/**
 * `fromRuns([1, 3, 0, 1], 4)` → `Uint32Array [1, 1, 1, 0]`;
 * `fromRuns([0, 1, 1, 2, -2, 1, 1, 1], 5, true)` → `Uint32Array [0, 1, 2, 0, 1]`
 */
function fromRuns(runs: readonly number[], length: number, stepped = false): Uint32Array {
	const out = new Uint32Array(length);
	let at = 0;
	let code = 0;
	for (let r = 0; r + 1 < runs.length && at < length; r += 2) {
		const end = Math.min(length, at + runs[r + 1]!);
		if (!stepped) out.fill(runs[r]!, at, end);
		else for (; at < end; at++) out[at] = code += runs[r]!;
		at = end;
	}
	return out;
}

/**
 * Columns as plain numbers, to prerender with a page (see `PackedColumns`).
 * `packColumns(columnsOf([fr2023, fr2024])).runs.geo` → `[0, 2]`
 */
export function packColumns(columns: ObservationColumns): PackedColumns {
	const runs = {} as Record<TextColumn, number[]>;
	const stepped: TextColumn[] = [];
	for (const column of TEXT_COLUMNS) {
		runs[column] = toRuns(columns.codes[column], columns.length);
		if (!STEPPED_CANDIDATES.includes(column)) continue;
		const steps = toSteppedRuns(columns.codes[column], columns.length);
		if (steps.length >= runs[column].length) continue;
		runs[column] = steps;
		stepped.push(column);
	}
	return {
		length: columns.length,
		dictionaries: columns.dictionaries,
		runs,
		...(stepped.length > 0 ? { stepped } : {}),
		values: Array.from(columns.values, (v, i) => (columns.missing[i] ? 0 : v)),
		missing: toRuns(columns.missing, columns.length)
	};
}

/**
 * The columns `packColumns` packed, with the same rows.
 * `observationsOf(unpackColumns(packColumns(columnsOf(rows))))` → `rows`
 */
export function unpackColumns(packed: PackedColumns): ObservationColumns {
	const codes = {} as Record<TextColumn, CodeArray>;
	for (const column of TEXT_COLUMNS)
		codes[column] = narrow(
			fromRuns(packed.runs[column], packed.length, packed.stepped?.includes(column)),
			packed.length,
			packed.dictionaries[column].length
		);
	return {
		length: packed.length,
		dictionaries: packed.dictionaries,
		codes,
		values: Float64Array.from(packed.values),
		missing: Uint8Array.from(fromRuns(packed.missing, packed.length))
	};
}

/**
 * Some rows of packed columns, unpacked alone: `ranges` are `[from, to)` pairs of row indexes,
 * ascending and not overlapping; the result holds those rows, in that order, with the same
 * dictionaries. Each column's runs are read once, forward, so a series of a few hundred rows is
 * unpacked without expanding the 23,000 rows of the comparison page (issue #18).
 * `observationsOf(unpackRanges(packColumns(columnsOf([a, b, c])), [2, 3]))` → `[c]`
 */
export function unpackRanges(packed: PackedColumns, ranges: ArrayLike<number>): ObservationColumns {
	let length = 0;
	for (let r = 0; r + 1 < ranges.length; r += 2) length += ranges[r + 1]! - ranges[r]!;
	const pick = (runs: readonly number[], stepped = false): Uint32Array => {
		const out = new Uint32Array(length);
		let run = 0;
		let runStart = 0;
		let runEnd = runs[1] ?? 0;
		// Stepped: the code of the row before the current run.
		let before = 0;
		let at = 0;
		for (let r = 0; r + 1 < ranges.length; r += 2) {
			for (let i = ranges[r]!; i < ranges[r + 1]!; i++) {
				while (i >= runEnd && run + 3 < runs.length) {
					if (stepped) before += runs[run]! * runs[run + 1]!;
					run += 2;
					runStart = runEnd;
					runEnd += runs[run + 1]!;
				}
				out[at++] = stepped ? before + runs[run]! * (i - runStart + 1) : runs[run]!;
			}
		}
		return out;
	};
	const codes = {} as Record<TextColumn, CodeArray>;
	for (const column of TEXT_COLUMNS)
		codes[column] = narrow(
			pick(packed.runs[column], packed.stepped?.includes(column)),
			length,
			packed.dictionaries[column].length
		);
	const values = new Float64Array(length);
	let at = 0;
	for (let r = 0; r + 1 < ranges.length; r += 2)
		for (let i = ranges[r]!; i < ranges[r + 1]!; i++) values[at++] = packed.values[i]!;
	return {
		length,
		dictionaries: packed.dictionaries,
		codes,
		values,
		missing: Uint8Array.from(pick(packed.missing))
	};
}

/** Which rows to keep: a test per text column, on its values (a row must pass every test). */
export type RowWhere = Partial<Record<TextColumn, (value: string | null) => boolean>>;

/**
 * The indexes of the rows `where` keeps, in order. Each test runs once per dictionary entry, then
 * rows are kept by looking their codes up: a million rows are scanned in a few milliseconds,
 * without building an object for the rows left out.
 * `rowsWhere(columnsOf([fr, de]), { geo: (g) => g === 'DE' })` → `Uint32Array [1]`
 */
export function rowsWhere(columns: ObservationColumns, where: RowWhere): Uint32Array {
	const tests = rowTests(columns, where);
	const out = new Uint32Array(columns.length);
	return out.slice(0, keepRows(tests, 0, columns.length, out, 0));
}

/** A row test per column `where` names: which dictionary entries pass, looked up by code. */
type RowTests = { codes: CodeArray; pass: Uint8Array }[];

/**
 * The tests that tell rows apart, the most telling first: a column whose every entry passes is
 * left out, and the column with the smallest share of passing entries is looked up first, so
 * that most rows are left out after one lookup. A column no entry passes leaves no test but
 * itself (no row can pass).
 */
function rowTests(columns: ObservationColumns, where: RowWhere): RowTests {
	const tests: (RowTests[number] & { share: number })[] = [];
	for (const column of TEXT_COLUMNS) {
		const test = where[column];
		if (!test) continue;
		const dictionary = columns.dictionaries[column];
		const pass = new Uint8Array(dictionary.length);
		let passing = 0;
		for (let v = 0; v < dictionary.length; v++) {
			pass[v] = test(dictionary[v]!) ? 1 : 0;
			passing += pass[v]!;
		}
		if (passing === dictionary.length) continue;
		const codes = columns.codes[column];
		if (passing === 0) return [{ codes, pass }];
		tests.push({ codes, pass, share: passing / dictionary.length });
	}
	return tests.sort((a, b) => a.share - b.share);
}

/**
 * Writes the kept rows of `from`…`to` into `out` from `kept` on; returns the new count. Indexed
 * loops, the first test apart: this runs over a million rows while a page opens, often before
 * the engine has optimised it, where a `for…of` per row cost four times as much.
 */
function keepRows(tests: RowTests, from: number, to: number, out: Uint32Array, kept: number) {
	const n = tests.length;
	if (n === 0) {
		for (let i = from; i < to; i++) out[kept++] = i;
		return kept;
	}
	const { codes, pass } = tests[0]!;
	rows: for (let i = from; i < to; i++) {
		if (pass[codes[i]!] === 0) continue;
		for (let k = 1; k < n; k++) {
			const t = tests[k]!;
			if (t.pass[t.codes[i]!] === 0) continue rows;
		}
		out[kept++] = i;
	}
	return kept;
}

/** Rows scanned (or turned into objects) between two looks at the clock. */
const STRIDE = 16_384;

/**
 * `rowsWhere` cut into slices that give the thread back every few milliseconds (`Slicer`), for a
 * view that picks rows of a large file while the page must keep drawing (issue #18): the same
 * rows, in the same order. Rejects with an `AbortError` once `options.signal` is aborted.
 * `await rowsWhereSliced(columns, { geo: (g) => g === 'DE' })` → `Uint32Array [1]`
 */
export async function rowsWhereSliced(
	columns: ObservationColumns,
	where: RowWhere,
	options: SliceOptions = {}
): Promise<Uint32Array> {
	const slicer = new Slicer(options);
	await slicer.first();
	const tests = rowTests(columns, where);
	const out = new Uint32Array(columns.length);
	let kept = 0;
	for (let from = 0; from < columns.length; from += STRIDE) {
		await slicer.tick();
		kept = keepRows(tests, from, Math.min(columns.length, from + STRIDE), out, kept);
	}
	return out.slice(0, kept);
}

/**
 * `observationsWhere` in slices (see `rowsWhereSliced`): the same objects, in the same order.
 * `await observationsWhereSliced(columnsOf([fr, de]), { geo: (g) => g === 'DE' })` → `[de]`
 */
export async function observationsWhereSliced(
	columns: ObservationColumns,
	where: RowWhere,
	options: SliceOptions = {}
): Promise<Observation[]> {
	const rows = await rowsWhereSliced(columns, where, options);
	const slicer = new Slicer(options);
	const extras = extrasOf(columns);
	const out: Observation[] = new Array<Observation>(rows.length);
	for (let from = 0; from < rows.length; from += STRIDE) {
		await slicer.tick();
		const to = Math.min(rows.length, from + STRIDE);
		for (let k = from; k < to; k++) out[k] = observationAt(columns, extras, rows[k]!);
	}
	return out;
}

/**
 * The rows `where` keeps, as observation objects.
 * `observationsWhere(columnsOf([fr, de]), { geo: (g) => g === 'DE' })` → `[de]`
 */
export function observationsWhere(columns: ObservationColumns, where: RowWhere): Observation[] {
	return observationsAt(columns, rowsWhere(columns, where));
}

/**
 * Whether an observation passes `where` (the same tests, on one object).
 * `matchesWhere(fr, { geo: (g) => g === 'DE' })` → false
 */
export function matchesWhere(o: Observation, where: RowWhere): boolean {
	for (const column of TEXT_COLUMNS) {
		const test = where[column];
		if (!test) continue;
		const value =
			column === 'extra' ? extraText(o.extra) : column === 'confStatus' ? o.confStatus : o[column];
		if (!test(value)) return false;
	}
	return true;
}

/**
 * The rows whose `keep` entry is 1, with the same dictionaries; the columns themselves when every
 * row is kept. `count`, when known (`KeptRows`), spares a pass over `keep`.
 * `filterColumns(columns, Uint8Array.of(1, 0)).length` → 1
 */
export function filterColumns(
	columns: ObservationColumns,
	keep: Uint8Array,
	count?: number
): ObservationColumns {
	let length = count ?? 0;
	if (count === undefined) for (let i = 0; i < columns.length; i++) if (keep[i]) length++;
	if (length === columns.length) return columns;
	const pick = <A extends CodeArray | Float64Array>(source: A): A => {
		const out = new (source.constructor as new (n: number) => A)(length);
		let at = 0;
		for (let i = 0; i < columns.length; i++) if (keep[i]) out[at++] = source[i]!;
		return out;
	};
	const codes = {} as Record<TextColumn, CodeArray>;
	for (const column of TEXT_COLUMNS) codes[column] = pick(columns.codes[column]);
	return {
		length,
		dictionaries: columns.dictionaries,
		codes,
		values: pick(columns.values),
		missing: pick(columns.missing)
	};
}

/**
 * The dictionary entries some row actually uses, in dictionary order.
 * `usedValues(columnsOf([fr2023]), 'geo')` → `['FR']`
 */
export function usedValues(columns: ObservationColumns, column: TextColumn): (string | null)[] {
	const dictionary = columns.dictionaries[column];
	const used = new Uint8Array(dictionary.length);
	const codes = columns.codes[column];
	for (let i = 0; i < columns.length; i++) used[codes[i]!] = 1;
	return dictionary.filter((_, code) => used[code] === 1);
}

/**
 * A copy of `columns` with buffers of its own (dictionaries shared: never written to), so that the
 * original's can be transferred. `copyColumns(c).values !== c.values` → `true`
 */
export function copyColumns(columns: ObservationColumns): ObservationColumns {
	const codes = {} as Record<TextColumn, CodeArray>;
	for (const column of TEXT_COLUMNS) codes[column] = columns.codes[column].slice();
	return {
		...columns,
		codes,
		values: columns.values.slice(),
		missing: columns.missing.slice()
	};
}

/**
 * The columns' arrays, always in this order: the import Worker's Blobs of them are matched to
 * the page's arrays by it. `columnArrays(c)` → `[c.codes.indicator, ..., c.values, c.missing]`
 */
export function columnArrays(columns: ObservationColumns): (CodeArray | Float64Array)[] {
	return [...TEXT_COLUMNS.map((column) => columns.codes[column]), columns.values, columns.missing];
}

/** The buffers to list in `postMessage`'s transfer argument. */
export function transferables(columns: ObservationColumns): ArrayBuffer[] {
	const buffers = columnArrays(columns).map((array) => array.buffer);
	// A filtered copy may share buffers with its source; each may be listed once only.
	return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/**
 * Gives back the memory of buffers nothing will read again, at once: each is detached
 * (`transfer(0)`, where the browser has it; elsewhere nothing is done), so its bytes are freed now
 * instead of at a later collection. Returns the bytes released.
 * `releaseBuffers(transferables(columns))` → the bytes of its arrays
 */
export function releaseBuffers(
	buffers: readonly ArrayBuffer[],
	detach: (buffer: ArrayBuffer) => void = (b) =>
		(b as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0)
): number {
	let released = 0;
	for (const buffer of buffers) {
		if (buffer.byteLength === 0) continue;
		const bytes = buffer.byteLength;
		detach(buffer);
		if (buffer.byteLength === 0) released += bytes;
	}
	return released;
}

/**
 * True when a value read back from storage has the shape of `ObservationColumns` (an old
 * record, or a damaged one, is then turned away rather than half-read).
 */
export function isObservationColumns(value: unknown): value is ObservationColumns {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Partial<ObservationColumns>;
	if (typeof v.length !== 'number' || !(v.values instanceof Float64Array)) return false;
	if (!(v.missing instanceof Uint8Array) || !v.codes || !v.dictionaries) return false;
	if (v.values.length !== v.length || v.missing.length !== v.length) return false;
	return TEXT_COLUMNS.every((column) => {
		const codes = v.codes![column];
		const dictionary = v.dictionaries![column];
		return (
			ArrayBuffer.isView(codes) &&
			(codes as CodeArray).length === v.length &&
			Array.isArray(dictionary)
		);
	});
}

/** `ObservationColumns` as JSON can carry them: each typed array as a plain array of numbers. */
export interface ColumnsJson {
	length: number;
	dictionaries: Record<TextColumn, (string | null)[]>;
	codes: Record<TextColumn, number[]>;
	values: number[];
	missing: number[];
}

/**
 * Columns as JSON text can hold them (a missing value's slot is 0, as in the columns).
 * `JSON.stringify(columnsToJson(columnsOf(rows)))` → text that `columnsFromJson` reads back.
 */
export function columnsToJson(columns: ObservationColumns): ColumnsJson {
	const codes = {} as Record<TextColumn, number[]>;
	for (const column of TEXT_COLUMNS) codes[column] = Array.from(columns.codes[column]);
	return {
		length: columns.length,
		dictionaries: columns.dictionaries,
		codes,
		values: Array.from(columns.values, (v, i) => (columns.missing[i] ? 0 : v)),
		missing: Array.from(columns.missing)
	};
}

/**
 * The columns `columnsToJson` wrote, or `null` for anything else (a wrong length, a code outside
 * its dictionary, a value that is not a finite number): never half-read.
 * `columnsFromJson(JSON.parse(text))?.length` → the number of observations
 */
export function columnsFromJson(value: unknown): ObservationColumns | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Partial<ColumnsJson>;
	const length = v.length;
	if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return null;
	const isNumbers = (a: unknown): a is number[] => Array.isArray(a) && a.length === length;
	if (!isNumbers(v.values) || !isNumbers(v.missing) || !v.codes || !v.dictionaries) return null;
	const codes = {} as Record<TextColumn, CodeArray>;
	const dictionaries = {} as Record<TextColumn, (string | null)[]>;
	for (const column of TEXT_COLUMNS) {
		const dictionary = v.dictionaries[column];
		const given = v.codes[column];
		if (!Array.isArray(dictionary) || !isNumbers(given)) return null;
		if (!dictionary.every((d) => typeof d === 'string' || d === null)) return null;
		const wide = new Uint32Array(length);
		for (let i = 0; i < length; i++) {
			const code = given[i];
			if (!Number.isInteger(code) || code! < 0 || code! >= dictionary.length) return null;
			wide[i] = code!;
		}
		dictionaries[column] = dictionary;
		codes[column] = narrow(wide, length, dictionary.length);
	}
	const values = new Float64Array(length);
	const missing = new Uint8Array(length);
	for (let i = 0; i < length; i++) {
		const value = v.values[i];
		const gap = v.missing[i];
		if (typeof value !== 'number' || !Number.isFinite(value) || (gap !== 0 && gap !== 1))
			return null;
		values[i] = value;
		missing[i] = gap;
	}
	return { length, dictionaries, codes, values, missing };
}
