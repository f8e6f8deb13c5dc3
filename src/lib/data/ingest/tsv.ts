/**
 * Wide Eurostat TSV, both vintages (FORMATS.md §F1 legacy `geo\time`, §F2 `geo\TIME_PERIOD`):
 * the first field holds the comma-joined dimension codes, then one value cell per period.
 */
import {
	badValueIssue,
	buildKey,
	Collector,
	LayoutError,
	periodFrequency,
	readCell,
	readNumber,
	refuseDuplicateNames,
	slotOf,
	type ParseOptions,
	type Place
} from './collect';
import { parseRows } from './rows';
import type { DecimalMark, IngestColumnsResult, IssueMessage } from './types';

/**
 * Parses a wide TSV whose format was already detected.
 * `parseTsv('estat_x.tsv', text, 'tsv', 'x')` → observations, one per key line and period column.
 */
export function parseTsv(
	file: string,
	text: string,
	format: 'tsv' | 'tsv-legacy',
	dataset: string,
	options: ParseOptions = {}
): IngestColumnsResult {
	const decimal = options.decimal ?? '.';
	const tick = options.onProgress;
	const out = new Collector(file, format, dataset);
	let dims: string[] | null = null;
	let periods: string[] = [];
	let headerLength = 0;
	let trailingSpaces = false;
	// Per period column: its frequency (`A`, `Q`...), known from the header.
	let frequencies: (string | null)[] = [];
	const count = parseRows(
		text,
		'\t',
		(row) => {
			if (dims === null) {
				if (row.errors.length > 0) {
					throw new LayoutError(
						{
							code: 'bad-quote',
							params: { kind: row.errors[0]!.code === 'unclosed-quote' ? 'unclosed' : 'after' }
						},
						{ line: row.line, column: row.errors[0]!.column }
					);
				}
				const first = row.fields[0] ?? '';
				const slash = first.lastIndexOf('\\');
				if (slash < 0) {
					throw new LayoutError({ code: 'tsv-no-backslash', params: { cell: first } });
				}
				// `a,b,geo\time`: the dimensions before the backslash are the key, the one after it
				// (time) is spread over the column headers.
				dims = first
					.slice(0, slash)
					.split(',')
					.map((d) => d.trim());
				if (!dims.some((d) => slotOf(d) === 'geo')) {
					throw new LayoutError({ code: 'tsv-no-geo', params: { cell: first } });
				}
				refuseDuplicateNames(dims);
				periods = row.fields.slice(1).map((p) => p.trim());
				headerLength = row.fields.length;
				trailingSpaces = row.fields.slice(1).some((p) => p.endsWith(' '));
				// Excel adds empty columns at the end of a sheet: they are no periods.
				while (periods.length > 0 && periods[periods.length - 1] === '') periods.pop();
				if (periods.length === 0) throw new LayoutError({ code: 'no-periods', params: {} });
				const empty = periods.indexOf('');
				if (empty >= 0) {
					throw new LayoutError(
						{ code: 'header-without-period', params: { column: empty + 2 } },
						{ line: row.line, column: empty + 2 }
					);
				}
				frequencies = periods.map(periodFrequency);
				const bad = frequencies.indexOf(null);
				if (bad >= 0) {
					throw new LayoutError(
						{ code: 'bad-period-header', params: { period: periods[bad]!, column: bad + 2 } },
						{ line: row.line, column: bad + 2 }
					);
				}
				// Two columns for one period would give two values for one cell.
				refuseDuplicateNames(['', ...periods]);
				return;
			}
			out.rowsRead++;
			const { line } = row;
			let fields = row.fields;
			out.row(fields);
			if (row.errors.length > 0) {
				const error = row.errors[0]!;
				out.rejectRow(line, error.column, periods[error.column - 2], {
					code: 'bad-quote',
					params: { kind: error.code === 'unclosed-quote' ? 'unclosed' : 'after' }
				});
				return;
			}
			// Empty fields past the header (Excel's trailing tabs) are not values.
			if (
				fields.length > headerLength &&
				fields.slice(headerLength).every((f) => f.trim() === '')
			) {
				fields = fields.slice(0, headerLength);
			}
			const lastCell = fields[fields.length - 1];
			if (row.unterminated && trailingSpaces && fields.length > 1 && lastCell === '') {
				// Eurostat writes "value<space>" in every cell; an empty last cell with no final
				// newline means the download stopped in the middle of this line (j.tsv, SOURCES §1).
				out.rejectRow(line, fields.length, periods[fields.length - 2], {
					code: 'truncated',
					params: {}
				});
				return;
			}
			const width = periods.length + 1;
			if (fields.length !== width && fields.length !== headerLength) {
				out.rejectRow(line, null, undefined, {
					code: 'wrong-field-count',
					params: { count: fields.length, expected: width, delimiter: '\t', cut: row.unterminated }
				});
				return;
			}
			const codes = (fields[0] ?? '').split(',');
			if (codes.length !== dims.length) {
				out.rejectRow(line, 1, dims.join(','), {
					code: 'bad-key',
					params: { count: codes.length, expected: dims.length, dimensions: dims.join(', ') }
				});
				return;
			}
			const base = buildKey(dims, codes);
			if (!base.ok) {
				out.rejectRow(line, 1, base.name, { code: 'missing-key', params: { name: base.name } });
				return;
			}
			const place: Place = { line, columns: keyColumns(dims) };
			for (let j = 1; j < width; j++) {
				const period = periods[j - 1]!;
				const cell = readCell(fields[j]!, decimal);
				if (!cell.ok) {
					out.rejectCell(line, j + 1, period, cellIssue(fields[j]!, decimal));
					continue;
				}
				const key = { ...base.key, period };
				const problem = Collector.check(key, base.freq, cell.value);
				if (problem) {
					out.rejectCell(line, j + 1, period, problem);
					continue;
				}
				out.add(out.dataset, key, cell.value, cell.flags, null, {
					...place,
					flagColumn: { column: j + 1, name: period }
				});
			}
			out.rowsAccepted++;
		},
		tick && ((offset, length) => tick(out.rowsRead, offset / length)),
		{ multiline: false }
	);
	if (dims === null) throw new LayoutError({ code: 'no-header', params: {} });
	out.countLines(count, options.headerLines ?? 0);
	return out.finish();
}

/** Why a wide cell was refused: its number (`abc`, `1e-400`) or, the number being fine, its flags. */
function cellIssue(cell: string, decimal: DecimalMark): IssueMessage {
	const text = cell.trim();
	const space = text.search(/\s/);
	const value = space < 0 ? text : text.slice(0, space);
	if (space >= 0 && typeof readNumber(value, decimal) !== 'undefined') {
		return { code: 'bad-flag', params: { flag: text.slice(space).trim() } };
	}
	return badValueIssue(value, decimal, true);
}

/** All key dimensions share column 1 of a wide TSV; warnings name the dimension. */
function keyColumns(dims: readonly string[]): Place['columns'] {
	const columns: NonNullable<Place['columns']> = {};
	for (const name of dims) {
		const slot = slotOf(name);
		if (slot === 'sizen') {
			columns.sizeClass = { column: 1, name };
			columns.nace = { column: 1, name };
		} else if (slot && slot !== 'freq' && slot !== 'period') columns[slot] = { column: 1, name };
	}
	return columns;
}
