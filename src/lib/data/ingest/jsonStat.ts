/**
 * JSON-stat 2.0 datasets (FORMATS.md §F6): a cube described by `id`/`size`/`dimension`, with
 * `value` and `status` as arrays or as sparse objects keyed by the flat cell index.
 * A "row" is one cell that carries a value or a status; empty cells of the cube are not rows.
 */
import { buildKey, Collector, LayoutError, type Place } from './collect';
import { MAX_CUBE_CELLS } from './limits';
import type { IngestColumnsResult } from './types';
import { isoMoment } from '../../domain/dates';

/** A malformed JSON-stat document. */
function shape(reason: string): LayoutError {
	return new LayoutError({ code: 'json-shape', params: { reason } });
}

type Json = unknown;

function isObject(x: Json): x is Record<string, Json> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Codes of one dimension in position order. */
function categoryCodes(name: string, dimension: Json, size: number): string[] {
	if (!isObject(dimension) || !isObject(dimension.category)) {
		throw shape(`dimension "${name}" has no category`);
	}
	const { index, label } = dimension.category;
	let codes: string[];
	if (Array.isArray(index)) codes = index.map(String);
	else if (isObject(index)) {
		codes = [];
		for (const [code, pos] of Object.entries(index)) {
			if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= size) {
				throw shape(`dimension "${name}" gives code "${code}" a bad position`);
			}
			codes[pos] = code;
		}
	} else if (isObject(label) && Object.keys(label).length === 1) {
		// JSON-stat allows a single-category dimension to have a label and no index.
		codes = Object.keys(label);
	} else throw shape(`dimension "${name}" has no category index`);
	if (codes.length !== size || codes.some((c) => c === undefined)) {
		throw shape(`dimension "${name}" lists ${codes.length} categories but size says ${size}`);
	}
	return codes;
}

/**
 * Parses a JSON-stat 2.0 dataset.
 * `parseJsonStat('x.json', text, 'x')` → one observation per cell with a value or a status.
 */
export function parseJsonStat(
	file: string,
	text: string,
	fallbackDataset: string
): IngestColumnsResult {
	let doc: Json;
	try {
		doc = JSON.parse(text);
	} catch (error) {
		throw new LayoutError({ code: 'not-json', params: { reason: (error as Error).message } });
	}
	if (!isObject(doc)) throw shape('the JSON is not an object');
	if (doc.class !== undefined && doc.class !== 'dataset') {
		throw shape(`its class is "${String(doc.class)}", not "dataset"`);
	}
	const { id, size, dimension } = doc;
	if (
		!Array.isArray(id) ||
		!Array.isArray(size) ||
		id.length !== size.length ||
		!isObject(dimension) ||
		!id.every((d) => typeof d === 'string') ||
		!size.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 0)
	) {
		throw shape('"id", "size" and "dimension" are missing or do not match');
	}
	const names = id as string[];
	const sizes = size as number[];
	// The declared size is checked before anything is allocated for it: a small file may
	// declare a cube of 10^10 cells, which would hang the reader.
	const total = sizes.reduce((a, b) => a * b, 1);
	if (total > MAX_CUBE_CELLS) {
		throw new LayoutError({
			code: 'json-too-large',
			params: { cells: total, limit: MAX_CUBE_CELLS }
		});
	}
	const codes = names.map((name, d) => categoryCodes(name, dimension[name], sizes[d]!));
	const dims = names.map((name) => (name.toLowerCase() === 'time' ? 'time' : name));
	if (!dims.includes('geo') || !dims.includes('time')) {
		throw shape('it has no "geo" or no "time" dimension');
	}
	const ext = isObject(doc.extension) ? doc.extension : {};
	const fromExt =
		(typeof ext.id === 'string' && ext.id) ||
		(typeof ext.datasetId === 'string' && ext.datasetId) ||
		(isObject(ext.datastructure) &&
			typeof ext.datastructure.id === 'string' &&
			ext.datastructure.id);
	const dataset = fromExt ? fromExt.toLowerCase() : fallbackDataset;
	const out = new Collector(file, 'json-stat-2', dataset);
	if (typeof doc.updated === 'string')
		out.noteLastUpdate(doc.updated, isoMoment, 0, null, 'updated');

	const { value, status } = doc;
	const valueAt = (i: number): Json =>
		Array.isArray(value) ? value[i] : isObject(value) ? value[String(i)] : undefined;
	const statusAt = (i: number): Json =>
		typeof status === 'string'
			? status
			: Array.isArray(status)
				? status[i]
				: isObject(status)
					? status[String(i)]
					: undefined;
	if (!Array.isArray(value) && !isObject(value)) throw shape('it has no "value"');

	// Cells with something published: every array position, or the keys of the sparse objects.
	let cells: number[];
	const extraKeys: string[] = [];
	if (Array.isArray(value) || Array.isArray(status) || typeof status === 'string') {
		cells = [];
		// Only positions an array holds can carry something: never walk the declared size.
		const held = Math.max(
			Array.isArray(value) ? value.length : 0,
			Array.isArray(status) ? status.length : typeof status === 'string' ? total : 0,
			isObject(value) || isObject(status) ? total : 0
		);
		for (let i = 0; i < Math.min(total, held); i++) {
			const v = valueAt(i);
			const s = statusAt(i);
			if ((v !== null && v !== undefined) || (typeof s === 'string' && s !== '')) cells.push(i);
		}
	} else {
		const keys = new Set([...Object.keys(value), ...(isObject(status) ? Object.keys(status) : [])]);
		cells = [];
		for (const k of keys) {
			if (/^\d+$/.test(k) && Number(k) < total) cells.push(Number(k));
			else extraKeys.push(k);
		}
		cells.sort((a, b) => a - b);
	}
	if (Array.isArray(value) && value.length !== total) {
		out.issue(
			{ line: 0, column: null, severity: 'warning' },
			{ code: 'bad-size', params: { entries: value.length, cells: total } }
		);
	}
	for (const k of extraKeys) {
		out.rowsRead++;
		out.rejectRow(0, null, undefined, { code: 'bad-index', params: { cell: k, total } });
	}
	const strides = sizes.map((_, d) => sizes.slice(d + 1).reduce((a, b) => a * b, 1));
	const place: Place = { line: 0 };
	// A cell is found in the file by its index in "value" and by its codes: those of the
	// dimensions that vary (every one when none does), as the file names them.
	const varying = sizes.some((s) => s > 1) ? sizes.map((s) => s > 1) : sizes.map(() => true);
	const whereIs = (cell: number, cellCodes: readonly string[]) =>
		`value[${cell}] (${names
			.flatMap((name, d) => (varying[d] ? [`${name}=${cellCodes[d]}`] : []))
			.join(', ')})`;
	for (const cell of cells) {
		out.rowsRead++;
		const cellCodes = strides.map((stride, d) => codes[d]![Math.floor(cell / stride) % sizes[d]!]!);
		// Worded only for a refused cell: a cube may hold millions that are fine.
		const where = () => whereIs(cell, cellCodes);
		const key = buildKey(dims, cellCodes);
		if (!key.ok) {
			out.rejectRow(
				0,
				null,
				key.name,
				{ code: 'bad-cell', params: { cell, reason: 'empty-code', value: key.name } },
				where()
			);
			continue;
		}
		const raw = valueAt(cell);
		let v: number | null;
		if (raw === null || raw === undefined) v = null;
		else if (typeof raw === 'number' && Number.isFinite(raw)) v = raw;
		else {
			out.rejectRow(
				0,
				null,
				'value',
				{
					code: 'bad-cell',
					params: { cell, reason: 'not-number', value: JSON.stringify(raw) ?? String(raw) }
				},
				where()
			);
			continue;
		}
		const s = statusAt(cell);
		const flags = typeof s === 'string' ? s.trim() : '';
		if (!/^[A-Za-z]*$/.test(flags)) {
			out.rejectRow(
				0,
				null,
				'status',
				{ code: 'bad-cell', params: { cell, reason: 'bad-status', value: flags } },
				where()
			);
			continue;
		}
		const problem = Collector.check(key.key, key.freq, v);
		if (problem) {
			out.rejectRow(0, null, problem.code === 'bad-period' ? 'time' : 'value', problem, where());
			continue;
		}
		out.add(dataset, key.key, v, flags, null, place);
		out.rowsAccepted++;
	}
	return out.finish();
}
