/**
 * Reads delimited text through PapaParse row by row, giving each row its physical 1-based line.
 * PapaParse reports where each row ends (`meta.cursor`); counting newlines in the raw text up to
 * where the row starts gives the line a person sees in an editor, even after blank lines or
 * quoted fields that contain newlines.
 */
import Papa from 'papaparse';
import type { Delimiter } from './types';

/** One non-blank row of a delimited file. */
export interface Row {
	fields: string[];
	/** 1-based physical line where the row starts. */
	line: number;
	/** True for the last row when the text does not end with a newline (a possible cut). */
	unterminated: boolean;
	/** PapaParse's complaints about this row (an unclosed quote...). */
	errors: string[];
}

/**
 * Line-start offsets of a text, for turning a character offset into a 1-based line.
 * `lineOf(lineStarts('a\nb'), 2)` → `2`.
 */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line holding a character offset: `lineOf([0, 2], 3)` → `2`. */
export function lineOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/** How often (in rows) `parseRows` reports how far it got. */
const TICK_ROWS = 2000;

/**
 * Calls `onRow` for every non-blank row, in order; blank lines are not rows, and neither are
 * lines of empty fields only (`;;;;`, what a spreadsheet writes for an empty row).
 * `parseRows('a,b\n\n1,2', ',', r => ...)` → rows `['a','b']` (line 1) and `['1','2']` (line 3).
 * `onTick(offset, length)` is called every 2000 rows, for a progress bar.
 */
export function parseRows(
	text: string,
	delimiter: Delimiter,
	onRow: (row: Row) => void,
	onTick?: (offset: number, length: number) => void
): void {
	// Eurostat's own files quote nothing: without a quote and without old Mac line ends, a row is
	// a line and a field is what lies between two delimiters, which needs no parser. Anything
	// else (quotes, a lone CR) goes through PapaParse.
	if (!text.includes('"') && !/\r(?!\n)/.test(text)) {
		plainRows(text, delimiter, onRow, onTick);
		return;
	}
	papaRows(text, delimiter, onRow, onTick);
}

/**
 * `parseRows` for text with no quote and no lone CR, line by line. Gives exactly what
 * `papaRows` gives for such text (a property test compares them).
 */
export function plainRows(
	text: string,
	delimiter: Delimiter,
	onRow: (row: Row) => void,
	onTick?: (offset: number, length: number) => void
): void {
	let count = 0;
	let line = 0;
	for (let from = 0; from < text.length;) {
		line++;
		let end = text.indexOf('\n', from);
		const unterminated = end < 0;
		if (unterminated) end = text.length;
		const content = text.charCodeAt(end - 1) === 13 && end > from ? end - 1 : end;
		const fields = text.slice(from, content).split(delimiter);
		from = end + 1;
		if (onTick && ++count % TICK_ROWS === 0) onTick(Math.min(from, text.length), text.length);
		if (fields.every((f) => f.trim() === '')) continue;
		onRow({ fields, line, unterminated, errors: [] });
	}
}

/** `parseRows` through PapaParse: quoted fields, newlines inside quotes, any line ends. */
export function papaRows(
	text: string,
	delimiter: Delimiter,
	onRow: (row: Row) => void,
	onTick?: (offset: number, length: number) => void
): void {
	let count = 0;
	const starts = lineStarts(text);
	const endsWithNewline = /\r?\n$|\r$/.test(text);
	let start = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		quoteChar: '"',
		skipEmptyLines: false,
		step: (result) => {
			const fields = result.data;
			const cursor = result.meta.cursor;
			// Skip what sits between the previous row's end and this row (the line break).
			let from = start;
			while (from < text.length && (text[from] === '\r' || text[from] === '\n')) {
				if (text[from] === '\n') {
					from++;
					break;
				}
				from++;
			}
			if (from > cursor) from = start;
			start = cursor;
			const last = fields.length - 1;
			// A stray CR (mixed line endings) must not end up inside the last value.
			if (last >= 0 && fields[last]!.endsWith('\r')) fields[last] = fields[last]!.slice(0, -1);
			if (onTick && ++count % TICK_ROWS === 0) onTick(cursor, text.length);
			if (result.errors.length === 0 && fields.every((f) => f.trim() === '')) return;
			onRow({
				fields,
				line: lineOf(starts, from),
				unterminated: cursor >= text.length && !endsWithNewline,
				errors: result.errors.map((e) => e.message)
			});
		}
	});
}
