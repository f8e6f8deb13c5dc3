/**
 * Wide Eurostat TSV, both vintages (FORMATS.md §F1 legacy `geo\time`, §F2 `geo\TIME_PERIOD`):
 * the first field holds the comma-joined dimension codes, then one value cell per period.
 */
import {
	buildKey,
	Collector,
	LayoutError,
	numberHint,
	readCell,
	slotOf,
	type ParseOptions,
	type Place
} from './collect';
import { parseRows } from './rows';
import type { IngestColumnsResult } from './types';

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
	parseRows(
		text,
		'\t',
		(row) => {
			if (dims === null) {
				const first = row.fields[0] ?? '';
				const slash = first.lastIndexOf('\\');
				if (slash < 0) {
					throw new LayoutError(
						`the first header cell "${first}" has no "\\" before the time dimension (expected e.g. "freq,unit,geo\\TIME_PERIOD")`
					);
				}
				// `a,b,geo\time`: the dimensions before the backslash are the key, the one after it
				// (time) is spread over the column headers.
				dims = first
					.slice(0, slash)
					.split(',')
					.map((d) => d.trim());
				if (!dims.some((d) => slotOf(d) === 'geo')) {
					throw new LayoutError(`the first header cell "${first}" names no geo dimension`);
				}
				periods = row.fields.slice(1).map((p) => p.trim());
				headerLength = row.fields.length;
				trailingSpaces = row.fields.slice(1).some((p) => p.endsWith(' '));
				if (periods.length === 0) throw new LayoutError('the header has no period columns');
				const empty = periods.indexOf('');
				if (empty >= 0 && periods.slice(empty).some((p) => p !== '')) {
					throw new LayoutError(`header column ${empty + 2} has no period`);
				}
				return;
			}
			out.rowsRead++;
			const { line, fields } = row;
			out.row(fields);
			if (row.errors.length > 0) {
				out.rejectRow(
					line,
					null,
					undefined,
					'bad-line',
					`Line ${line} could not be read (${row.errors.join('; ')}); it was skipped.`
				);
				return;
			}
			const lastCell = fields[fields.length - 1];
			if (row.unterminated && trailingSpaces && fields.length > 1 && lastCell === '') {
				// Eurostat writes "value<space>" in every cell; an empty last cell with no final
				// newline means the download stopped in the middle of this line (j.tsv, SOURCES §1).
				out.rejectRow(
					line,
					fields.length,
					periods[fields.length - 2],
					'truncated',
					`Line ${line} is cut off: the file ends in the middle of it. The line was skipped; download the file again to get it whole.`
				);
				return;
			}
			if (fields.length !== headerLength) {
				out.rejectRow(
					line,
					null,
					undefined,
					'wrong-field-count',
					`Line ${line} has ${fields.length} tab-separated fields where the header has ${headerLength}${row.unterminated ? ' (the file may be cut off here)' : ''}. The line was skipped; check for a missing or extra tab.`
				);
				return;
			}
			const codes = (fields[0] ?? '').split(',');
			if (codes.length !== dims.length) {
				out.rejectRow(
					line,
					1,
					dims.join(','),
					'bad-key',
					`Line ${line} has ${codes.length} comma-separated codes in its first field where the header names ${dims.length} (${dims.join(', ')}). The line was skipped.`
				);
				return;
			}
			const base = buildKey(dims, codes);
			if (!base.ok) {
				out.rejectRow(
					line,
					1,
					base.name,
					'missing-key',
					`Line ${line} has an empty "${base.name}" code in its first field; the line was skipped.`
				);
				return;
			}
			const place: Place = { line, columns: keyColumns(dims) };
			for (let j = 1; j < fields.length; j++) {
				const period = periods[j - 1]!;
				if (period === '') continue;
				const cell = readCell(fields[j]!, decimal);
				if (!cell.ok) {
					out.rejectCell(
						line,
						j + 1,
						period,
						`Value "${fields[j]!.trim()}" for ${period} is not a number. Expected ${numberHint(decimal)}, optionally followed by a space and flag letters ("13.25 b"), or ":" when missing. The cell was skipped.`
					);
					continue;
				}
				out.add(out.dataset, { ...base.key, period }, cell.value, cell.flags, null, {
					...place,
					flagColumn: { column: j + 1, name: period }
				});
			}
			out.rowsAccepted++;
		},
		tick && ((offset, length) => tick(out.rowsRead, offset / length))
	);
	if (dims === null) throw new LayoutError('the file has no header line');
	return out.finish();
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
