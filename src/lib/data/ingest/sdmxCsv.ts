/**
 * SDMX-CSV, long format, one observation per row (FORMATS.md §F3 1.0, §F4 2.0, §F5 2.0 with
 * a label column after each code column). Read by column name, never by position, because the
 * dimension order follows each dataset's structure.
 */
import {
	badValueIssue,
	buildKey,
	Collector,
	datasetFromRef,
	LayoutError,
	readNumber,
	refuseDuplicateNames,
	slotOf,
	type ParseOptions,
	type Place
} from './collect';
import { estimateRows, fitsWidth, parseRows, usedWidth } from './rows';
import type { IngestColumnsResult } from './types';
import { isoMoment, isRealMoment } from '../../domain/dates';

type SdmxFormat = 'sdmx-csv-1' | 'sdmx-csv-2' | 'sdmx-csv-2-labels' | 'csv-long';

/** Columns that stand alone even in the labelled layout (no label column follows them). */
const SINGLE = new Set(['STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'ACTION']);

/**
 * Names of label columns added by people to a code table (`Libellé`, `GEO_LABEL`, `nom_region`,
 * `Pays`): never a Eurostat dimension, whose names are short codes (`geo`, `unit`, `hhtyp`).
 */
const LABEL_COLUMN =
	/(^|[_\s-])(label|labels|libell[ée]s?|intitul[ée]s?|nom|name|pays|country|r[ée]gion)([_\s-]|$)/i;

/** What each header column means. */
interface Layout {
	ref: number;
	lastUpdate: number;
	value: number;
	flag: number;
	conf: number;
	dims: { index: number; name: string }[];
	width: number;
	header: string[];
}

function layoutOf(fullHeader: string[], format: SdmxFormat, line = 1): Layout {
	// Excel writes the empty columns at the end of a sheet (`;;;`): they are not columns.
	const header = fullHeader.slice(0, usedWidth(fullHeader));
	const layout: Layout = {
		ref: -1,
		lastUpdate: -1,
		value: -1,
		flag: -1,
		conf: -1,
		dims: [],
		width: header.length,
		header
	};
	const labelled = format === 'sdmx-csv-2-labels';
	for (let i = 0; i < header.length; i++) {
		const name = header[i]!.trim();
		const upper = name.toUpperCase();
		const hasLabel = labelled && !SINGLE.has(upper);
		if (upper === 'DATAFLOW' || upper === 'STRUCTURE_ID') layout.ref = i;
		else if (upper === 'LAST UPDATE') layout.lastUpdate = i;
		else if (upper === 'OBS_VALUE') layout.value = i;
		else if (upper === 'OBS_FLAG') layout.flag = i;
		else if (upper === 'CONF_STATUS') layout.conf = i;
		else if (LABEL_COLUMN.test(name)) {
			// A label a person added next to a code (`Libellé`, `geo_label`, `Pays`): read by
			// people, not part of the key, or two files differing only in spelling would not meet.
		} else if (name === 'TIME_PERIOD' || !/^[A-Z][A-Z0-9_ ]*$/.test(name)) {
			// Dimensions are lower case in Eurostat files; upper-case names are SDMX
			// attributes or system columns (STRUCTURE, OBS_COMMENT...), not part of the key.
			layout.dims.push({ index: i, name });
		}
		if (hasLabel) i++;
	}
	// In the labelled layout the label columns may repeat (two empty ones); the codes may not.
	refuseDuplicateNames(
		labelled ? header.map((h, i) => (isCodeColumn(header, i) ? h : '')) : header,
		1,
		line
	);
	if (layout.value < 0) {
		throw new LayoutError({ code: 'missing-column', params: { name: 'OBS_VALUE' } });
	}
	if (!layout.dims.some((d) => slotOf(d.name) === 'period')) {
		throw new LayoutError({ code: 'missing-column', params: { name: 'TIME_PERIOD' } });
	}
	if (!layout.dims.some((d) => slotOf(d.name) === 'geo')) {
		throw new LayoutError({ code: 'missing-column', params: { name: 'geo' } });
	}
	return layout;
}

/** In the labelled layout, whether column `i` holds codes (a label column follows each). */
function isCodeColumn(header: readonly string[], i: number): boolean {
	let code = true;
	for (let j = 0; j <= i; j++) {
		if (j === i) return code;
		code = SINGLE.has(header[j]!.trim().toUpperCase()) ? true : !code;
	}
	return code;
}

/**
 * Eurostat's `LAST UPDATE` (`dd/mm/yy HH:MM:SS`, FORMATS.md §F3) as ISO 8601, or `null` when
 * it is not a real day and time (`32/13/26`, a month-first `02/20/26`). A two-digit year is read
 * as `strptime`'s `%y` reads it: 00–68 in this century, 69–99 in the last.
 * `isoLastUpdate('08/12/23 11:00:00')` → `'2023-12-08T11:00:00'`; an ISO date is checked as is.
 */
export function isoLastUpdate(text: string): string | null {
	const m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
	if (!m) return isoMoment(text);
	const [, d, mo, y, h, mi, s] = m;
	const year = y!.length === 2 ? (Number(y) <= 68 ? 2000 : 1900) + Number(y) : Number(y);
	if (!isRealMoment(String(year), mo!, d!, h, mi, s)) return null;
	return `${year}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
}

/**
 * Dimension names and cell places of a layout, the same for every line: built once per file,
 * not once per row. `shapeOf(layout).place.columns.geo` → `{ column: 8, name: 'geo' }`.
 */
function shapeOf(layout: Layout): { names: string[]; place: Place } {
	const { header } = layout;
	const place: Place = { line: 0, columns: {} };
	for (const d of layout.dims) {
		const slot = slotOf(d.name);
		if (slot === 'sizen') {
			place.columns!.sizeClass = { column: d.index + 1, name: d.name };
			place.columns!.nace = { column: d.index + 1, name: d.name };
		} else if (slot && slot !== 'freq' && slot !== 'period') {
			place.columns![slot] = { column: d.index + 1, name: d.name };
		}
	}
	if (layout.flag >= 0) place.flagColumn = { column: layout.flag + 1, name: header[layout.flag]! };
	if (layout.conf >= 0) place.confColumn = { column: layout.conf + 1, name: header[layout.conf]! };
	return { names: layout.dims.map((d) => d.name), place };
}

/**
 * Parses an SDMX-CSV file (or a long table with the same column names) whose format was
 * already detected. `parseSdmxCsv('a.csv', text, 'sdmx-csv-1', 'a')` → one observation per data row;
 * `options` give another separator or a decimal comma (`{ delimiter: ';', decimal: ',' }`).
 */
export function parseSdmxCsv(
	file: string,
	text: string,
	format: SdmxFormat,
	fallbackDataset: string,
	options: ParseOptions = {}
): IngestColumnsResult {
	const delimiter = options.delimiter ?? ',';
	const decimal = options.decimal ?? '.';
	// One observation a line: the columns sized for the file's lines at once.
	const out = new Collector(file, format, fallbackDataset, estimateRows(text));
	let layout: Layout | null = null;
	// What is the same on every line of the file, worked out on the first data line.
	let shape: { names: string[]; place: Place } | null = null;
	let first = true;
	const codes: string[] = [];
	const tick = options.onProgress;
	const count = parseRows(
		text,
		delimiter,
		(row) => {
			if (layout === null) {
				if (row.errors.length > 0) {
					const error = row.errors[0]!;
					throw new LayoutError(
						{
							code: 'bad-quote',
							params: { kind: error.code === 'unclosed-quote' ? 'unclosed' : 'after' }
						},
						{ line: row.line, column: error.column }
					);
				}
				layout = layoutOf(row.fields, format, row.line);
				return;
			}
			const { line, fields } = row;
			const { header } = layout;
			out.rowsRead++;
			out.row(fields);
			if (row.errors.length > 0) {
				const error = row.errors[0]!;
				out.rejectRow(line, error.column, header[error.column - 1], {
					code: 'bad-quote',
					params: { kind: error.code === 'unclosed-quote' ? 'unclosed' : 'after' }
				});
				return;
			}
			if (!fitsWidth(fields, layout.width)) {
				out.rejectRow(line, null, undefined, {
					code: 'wrong-field-count',
					params: {
						count: fields.length,
						expected: layout.width,
						delimiter,
						cut: row.unterminated
					}
				});
				return;
			}
			shape ??= shapeOf(layout);
			// One array of codes for the file, refilled each row (buildKey keeps none of it).
			const dims = layout.dims;
			for (let d = 0; d < dims.length; d++) codes[d] = fields[dims[d]!.index]!;
			const key = buildKey(shape.names, codes);
			if (!key.ok) {
				const column = layout.dims[key.index]!.index + 1;
				out.rejectRow(line, column, key.name, { code: 'missing-key', params: { name: key.name } });
				return;
			}
			const rawValue = fields[layout.value]!;
			const value = readNumber(rawValue, decimal);
			if (value === undefined) {
				out.rejectRow(
					line,
					layout.value + 1,
					header[layout.value],
					badValueIssue(rawValue, decimal, false)
				);
				return;
			}
			if (decimal === ',' && value !== null && rawValue.includes('.'))
				out.noteThousands(rawValue, value, {
					line,
					column: layout.value + 1,
					columnName: header[layout.value]!
				});
			const flags = layout.flag >= 0 ? fields[layout.flag]!.trim() : '';
			if (flags !== '' && !/^[A-Za-z]*$/.test(flags)) {
				out.rejectRow(line, layout.flag + 1, header[layout.flag], {
					code: 'bad-flag',
					params: { flag: flags }
				});
				return;
			}
			const problem = Collector.check(key.key, key.freq, value);
			if (problem) {
				const column =
					problem.code === 'bad-period'
						? layout.dims.find((d) => slotOf(d.name) === 'period')!.index
						: layout.value;
				out.rejectRow(line, column + 1, header[column], problem);
				return;
			}
			const ref = layout.ref >= 0 ? datasetFromRef(fields[layout.ref]!) : null;
			const dataset = ref ?? fallbackDataset;
			if (first) {
				first = false;
				out.dataset = dataset;
			}
			// Every row's date: a file whose rows disagree says so, and is dated by its newest.
			if (layout.lastUpdate >= 0)
				out.noteLastUpdate(
					fields[layout.lastUpdate]!,
					isoLastUpdate,
					line,
					layout.lastUpdate + 1,
					header[layout.lastUpdate]!
				);
			// One place object for the file, its line updated: issues copy the line they report.
			shape.place.line = line;
			const conf = layout.conf >= 0 ? fields[layout.conf]! : null;
			out.add(dataset, key.key, value, flags, conf, shape.place);
			out.rowsAccepted++;
			// No line break after the last line: the file may stop inside it ("1" of "17,2"),
			// which no field count shows. The value is kept, and said where to check.
			if (row.unterminated && rawValue.trim() !== '')
				out.issue(
					{
						line,
						column: layout.value + 1,
						columnName: header[layout.value]!,
						severity: 'warning'
					},
					{ code: 'unterminated-last-line', params: { value: rawValue.trim() } }
				);
		},
		tick && ((offset, length) => tick(out.rowsRead, offset / length))
	);
	if (layout === null) throw new LayoutError({ code: 'no-header', params: {} });
	out.countLines(count, options.headerLines ?? 0);
	return out.finish();
}
