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
import { fitsWidth, parseRows, usedWidth } from './rows';
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
	const delimiter = options.delimiter ?? '\t';
	const tick = options.onProgress;
	const out = new Collector(file, format, dataset);
	let dims: string[] | null = null;
	let periods: string[] = [];
	// Index of the first period field: 1, or more when a spreadsheet user added label columns
	// after the key (`Pays`, `Libellé`), which are not read.
	let offset = 1;
	let width = 0;
	let trailingSpaces = false;
	const count = parseRows(
		text,
		delimiter,
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
				refuseDuplicateNames(dims, 1, row.line);
				const cells = row.fields.map((p) => p.trim());
				trailingSpaces = row.fields.slice(1).some((p) => p.endsWith(' '));
				// Excel adds empty columns at the end of a sheet: they are no periods.
				cells.length = usedWidth(cells);
				// Label columns: named with a letter first, before the first period.
				offset = 1;
				while (offset < cells.length && /^\p{L}/u.test(cells[offset]!)) {
					if (periodFrequency(cells[offset]!) !== null) break;
					offset++;
				}
				periods = cells.slice(offset);
				width = cells.length;
				if (periods.length === 0) throw new LayoutError({ code: 'no-periods', params: {} });
				for (let j = 0; j < periods.length; j++) {
					const column = offset + j + 1;
					if (periods[j] === '') {
						throw new LayoutError(
							{ code: 'header-without-period', params: { column } },
							{ line: row.line, column }
						);
					}
					if (periodFrequency(periods[j]!) === null) {
						throw new LayoutError(
							{ code: 'bad-period-header', params: { period: periods[j]!, column } },
							{ line: row.line, column }
						);
					}
				}
				// Two columns for one period would give two values for one cell.
				refuseDuplicateNames(periods, offset + 1, row.line);
				return;
			}
			out.rowsRead++;
			const { line } = row;
			let fields = row.fields;
			out.row(fields);
			// A quote opening a value cell: the line is split as it is (Eurostat never quotes), so
			// only that cell is refused, as not a number, and the good cells of the line are kept.
			const error = row.errors[0];
			if (error && !(error.code === 'unclosed-quote' && error.column > offset)) {
				out.rejectRow(line, error.column, periods[error.column - offset - 1], {
					code: 'bad-quote',
					params: { kind: error.code === 'unclosed-quote' ? 'unclosed' : 'after' }
				});
				return;
			}
			// Empty fields past the header (Excel's trailing tabs) are not values.
			if (fields.length > width && fitsWidth(fields, width)) fields = fields.slice(0, width);
			// Eurostat ends every cell with a space or flag letters ("17.2 ", "17.2 u"): on a last
			// line with no line break, a last cell without that ending is where the download
			// stopped (j.tsv, SOURCES §1), and may be a number cut short ("17" of "17.2 "). That
			// cell is refused; the complete cells before it are kept.
			const cut =
				row.unterminated &&
				trailingSpaces &&
				fields.length > offset &&
				fields.length <= width &&
				!/\s[A-Za-z]*$/.test(fields[fields.length - 1]!)
					? fields.length
					: 0;
			if (fields.length !== width && cut === 0) {
				out.rejectRow(line, null, undefined, {
					code: 'wrong-field-count',
					params: { count: fields.length, expected: width, delimiter, cut: row.unterminated }
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
			for (let j = offset; j < (cut > 0 ? cut - 1 : width); j++) {
				const period = periods[j - offset]!;
				const cell = readCell(fields[j]!, decimal);
				if (!cell.ok) {
					out.rejectCell(line, j + 1, period, cellIssue(fields[j]!, decimal));
					continue;
				}
				if (decimal === ',' && cell.value !== null && fields[j]!.includes('.'))
					out.noteThousands(fields[j]!, cell.value, { line, column: j + 1, columnName: period });
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
			if (cut > 0)
				out.rejectCell(line, cut, periods[cut - offset - 1]!, {
					code: 'truncated-cell',
					params: { cell: fields[cut - 1]! }
				});
			out.rowsAccepted++;
		},
		tick && ((at, length) => tick(out.rowsRead, at / length)),
		// Eurostat's wide layout never has line breaks in a field; a spreadsheet's copy neither.
		{ multiline: delimiter !== '\t' }
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
