/**
 * Excel workbooks (`.xlsx`) in: one sheet is turned into the text of a layout the importer
 * already reads, then read by the same parsers, so its report, checks and conflicts are those of
 * any other file; every place in that report is then said as a cell of the sheet (`'Sheet 1'!B7`).
 *
 * Two shapes are recognised:
 * - Eurostat Data Browser exports: a `TIME` row of periods, each followed by a flag column, a
 *   `GEO (Labels)` (or `GEO (Codes)`) row, then one row per area named by its English label
 *   (SOURCES.md entry 2). Labels are mapped to codes through our code lists; a label they do not
 *   know rejects its row (counted, and said with its cell). Written as a wide TSV.
 * - Any other sheet, such as a ministry's table in the template's shape (`static/templates/`):
 *   its cells as a comma-separated file, detection deciding the layout.
 *
 * The library (SheetJS Community Edition, `@e965/xlsx`, maintained with its security fixes) is
 * imported only here, and this module only by a dynamic import of the importer: it is fetched by
 * the import Worker when a workbook arrives, never on the way to the first chart. Formulas are
 * not evaluated: a cell gives the value Excel saved with it.
 */
import { AGGREGATE_LABELS, COUNTRY_LABELS, FRENCH_NUTS_LABELS } from '../../domain/geo';
import { datasetFromFileName, fatalResult, withMessage } from './collect';
import type { IngestColumnsResult, IngestIssue, IngestProgress, RejectedReason } from './types';

/** A sheet's cells from A1 (or its first used cell), row by row: what conversion reads. */
export interface SheetGrid {
	name: string;
	/** 0-based row and column of `rows[0][0]` in the sheet. */
	origin: { row: number; column: number };
	rows: (string | number | boolean | null)[][];
}

/** A sheet turned into importer text, and where each line and field of it came from. */
export interface SheetText {
	text: string;
	/** Sheet row (1-based) of each text line (index 0 = line 1). */
	rows: number[];
	/** Per text line, the sheet column (1-based) of each field (index 0 = field 1). */
	columns: number[][];
	/** Rows left out before parsing (an area label no code list knows), already said as issues. */
	rejected: { row: number; fields: string[]; issue: IngestIssue }[];
}

/**
 * Column letters of a 1-based column number. `columnName(1)` → `A`; `columnName(28)` → `AB`.
 */
export function columnName(column: number): string {
	let name = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

/**
 * A cell's address as Excel writes it, the sheet name quoted when it must be.
 * `cellAddress('Sheet 1', 7, 2)` → `'Sheet 1'!B7`; `cellAddress('Data', 7, 2)` → `Data!B7`.
 */
export function cellAddress(sheet: string, row: number, column: number | null): string {
	const name = sheetName(sheet);
	return column === null ? `${name}!${row}:${row}` : `${name}!${columnName(column)}${row}`;
}

/** A sheet's name as a formula writes it: `'Sheet 1'`, `Data`. */
function sheetName(sheet: string): string {
	return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** A label as compared: lower case, one kind of dash, single spaces. */
function normalLabel(label: string): string {
	return label
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

let labelIndex: { exact: Map<string, string>; stem: Map<string, string | null> } | null = null;

/** Every code and label (French and English) of our geo lists, and labels without their dates. */
function geoLabels() {
	if (labelIndex) return labelIndex;
	const exact = new Map<string, string>();
	const stem = new Map<string, string | null>();
	for (const list of [COUNTRY_LABELS, AGGREGATE_LABELS, FRENCH_NUTS_LABELS]) {
		for (const [code, label] of list) {
			exact.set(normalLabel(code), code);
			for (const text of [label.en, label.fr]) {
				const key = normalLabel(text);
				if (!exact.has(key)) exact.set(key, code);
				// "Euro area - 20 countries (2023-2025)" is "(from 2023)" in a later export: the
				// label without its parenthesis names the area when only one area has it.
				const bare = key.replace(/\s*\([^)]*\)\s*$/, '');
				if (bare !== key) stem.set(bare, stem.has(bare) && stem.get(bare) !== code ? null : code);
			}
		}
	}
	labelIndex = { exact, stem };
	return labelIndex;
}

/**
 * The geo code of an area label or code, from our code lists, or `null` when they do not know it.
 * `geoCodeOf('France')` → `FR`; `geoCodeOf('Euro area – 20 countries (from 2023)')` → `EA20`;
 * `geoCodeOf('Atlantis')` → `null`.
 */
export function geoCodeOf(label: string): string | null {
	const { exact, stem } = geoLabels();
	const key = normalLabel(label);
	const found = exact.get(key);
	if (found) return found;
	return stem.get(key.replace(/\s*\([^)]*\)\s*$/, '')) ?? null;
}

const text = (v: string | number | boolean | null | undefined): string =>
	v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v).trim();

/** Index of the Data Browser `TIME` row (followed by a `GEO (...)` row), or -1. */
function timeRow(grid: SheetGrid): number {
	for (let r = 0; r + 1 < grid.rows.length && r < 200; r++) {
		if (
			/^time$/i.test(text(grid.rows[r]![0])) &&
			/^geo \((labels|codes)\)$/i.test(text(grid.rows[r + 1]![0]))
		) {
			return r;
		}
	}
	return -1;
}

/**
 * A Data Browser sheet as a wide TSV (`geo\TIME_PERIOD`, cells `13.43`, `: u`), or `null` when
 * the sheet is not one. `dataBrowserText(grid)?.text` → `'geo\\TIME_PERIOD\t2013\t...\nFR\t13.43\t...'`
 */
export function dataBrowserText(grid: SheetGrid): SheetText | null {
	const t = timeRow(grid);
	if (t < 0) return null;
	const header = grid.rows[t]!;
	const byLabel = /labels/i.test(text(grid.rows[t + 1]![0]));
	const periods: { period: string; value: number; flag: number | null }[] = [];
	for (let j = 1; j < header.length; j++) {
		const period = text(header[j]);
		if (period === '') continue;
		// The flag column is the unnamed one right after its year.
		const flag = j + 1 < header.length && text(header[j + 1]) === '' ? j + 1 : null;
		periods.push({ period, value: j, flag });
	}
	const at = (j: number) => grid.origin.column + j + 1;
	const lines = [['geo\\TIME_PERIOD', ...periods.map((p) => p.period)].join('\t')];
	const rows = [grid.origin.row + t + 1];
	const columns = [[at(0), ...periods.map((p) => at(p.value))]];
	const rejected: SheetText['rejected'] = [];
	for (let r = t + 2; r < grid.rows.length; r++) {
		const row = grid.rows[r]!;
		const label = text(row[0]);
		// The data ends at the first row without an area; the legend ("Special value"...) follows.
		if (label === '') break;
		const sheetRow = grid.origin.row + r + 1;
		const cells = periods.map((p) => {
			const value = text(row[p.value]);
			const flag = p.flag === null ? '' : text(row[p.flag]);
			return `${value === '' ? ':' : value}${flag ? ` ${flag}` : ''}`;
		});
		const code = geoCodeOf(label);
		if (!code || /[\t\r\n,]/.test(code)) {
			rejected.push({
				row: sheetRow,
				fields: [label, ...cells],
				issue: withMessage({
					file: '',
					line: sheetRow,
					column: at(0),
					columnName: byLabel ? 'GEO (Labels)' : 'GEO (Codes)',
					severity: 'error',
					code: 'unknown-area-label',
					params: { label }
				})
			});
			continue;
		}
		lines.push([code, ...cells.map((c) => c.replace(/[\t\r\n]/g, ' '))].join('\t'));
		rows.push(sheetRow);
		columns.push([at(0), ...periods.map((p) => at(p.value))]);
	}
	return { text: `${lines.join('\n')}\n`, rows, columns, rejected };
}

/** One field of the comma-separated text: quoted when needed (RFC 4180), never altered. */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Any sheet as comma-separated text from its first non-empty row, trailing empty columns and rows
 * dropped. `sheetText({ name: 'S', origin: { row: 0, column: 0 }, rows: [['geo', 'OBS_VALUE'], ['FR', 1.5]] }).text`
 * → `'geo,OBS_VALUE\nFR,1.5\n'`
 */
export function sheetText(grid: SheetGrid): SheetText {
	const rows: number[] = [];
	const columns: number[][] = [];
	const lines: string[] = [];
	const cells = grid.rows.map((row) => {
		const out = row.map(text);
		while (out.length > 0 && out[out.length - 1] === '') out.pop();
		return out;
	});
	let first = cells.findIndex((c) => c.length > 0);
	let last = cells.length - 1;
	while (last >= 0 && cells[last]!.length === 0) last--;
	if (first < 0) first = cells.length;
	// Excel stores no empty cell: a row whose last cells are empty is as wide as the header.
	const width = cells[first]?.length ?? 0;
	for (let r = first; r <= last; r++) {
		while (cells[r]!.length < width) cells[r]!.push('');
		lines.push(cells[r]!.map(field).join(','));
		rows.push(grid.origin.row + r + 1);
		columns.push(cells[r]!.map((_, j) => grid.origin.column + j + 1));
	}
	return { text: lines.length ? `${lines.join('\n')}\n` : '', rows, columns, rejected: [] };
}

/** What the workbook holds: its sheet names and a way to read one. */
interface Workbook {
	names: string[];
	grid(name: string): SheetGrid;
}

async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
	const XLSX = await import('@e965/xlsx');
	const book = XLSX.read(bytes, {
		type: 'array',
		dense: true,
		cellFormula: false,
		cellHTML: false,
		cellText: false,
		cellStyles: false,
		bookVBA: false
	});
	return {
		names: book.SheetNames,
		grid(name) {
			const sheet = book.Sheets[name];
			const ref = sheet?.['!ref'];
			if (!sheet || !ref) return { name, origin: { row: 0, column: 0 }, rows: [] };
			const range = XLSX.utils.decode_range(ref);
			const rows = XLSX.utils.sheet_to_json<(string | number | boolean | null)[]>(sheet, {
				header: 1,
				raw: true,
				defval: null,
				blankrows: true
			});
			return { name, origin: { row: range.s.r, column: range.s.c }, rows };
		}
	};
}

/** Options of a workbook import: those of any file, and which sheet to read. */
export interface WorkbookOptions {
	/** Dataset code; absent, derived from the file name. */
	dataset?: string;
	/** Sheet to read; absent, the first sheet in a layout we recognise (else the first). */
	sheet?: string;
	onProgress?: (progress: IngestProgress) => void;
}

/**
 * The importer's reader of text files (`ingestTextToColumns`). `ingest.ts` loads this module
 * lazily and passes its reader in, so that the two modules do not import each other.
 */
export type TextReader = (
	file: string,
	text: string,
	options: { dataset: string; onProgress?: (progress: IngestProgress) => void }
) => IngestColumnsResult;

/**
 * Reads one sheet of an `.xlsx` through the importer. `report.sheets` lists every sheet and says
 * which was read; issues carry `cell` (`'Sheet 1'!L13`) and the sheet's row and column.
 * `await ingestWorkbook('tin00111.xlsx', bytes, ingestTextToColumns)` → `{ columns, report: { format: 'tsv', sheets: { names: ['Sheet 1'], chosen: 'Sheet 1' }, ... } }`
 */
export async function ingestWorkbook(
	file: string,
	bytes: Uint8Array,
	readText: TextReader,
	options: WorkbookOptions = {}
): Promise<IngestColumnsResult> {
	const dataset = (options.dataset?.trim() || datasetFromFileName(file)).toLowerCase();
	let book: Workbook;
	try {
		book = await openWorkbook(bytes);
	} catch (error) {
		return fatalResult(file, null, dataset, {
			code: 'workbook-broken',
			params: { reason: error instanceof Error ? error.message : String(error) }
		});
	}
	if (book.names.length === 0) {
		return fatalResult(file, null, dataset, { code: 'workbook-empty', params: {} });
	}
	let chosen = options.sheet && book.names.includes(options.sheet) ? options.sheet : null;
	let converted: SheetText | null = null;
	if (chosen === null) {
		// Untrimmed Data Browser exports open on "Summary" and "Structure" sheets: skip to the data.
		for (const name of book.names) {
			converted = dataBrowserText(book.grid(name));
			if (converted) {
				chosen = name;
				break;
			}
		}
		chosen ??= book.names[0]!;
	}
	if (!converted) {
		const grid = book.grid(chosen);
		converted = dataBrowserText(grid) ?? sheetText(grid);
	}
	const sheets = { names: book.names, chosen };
	const result = readText(file, converted.text, {
		dataset,
		onProgress: options.onProgress
	});
	return placeInSheet(result, converted, chosen, sheets);
}

/** The report said in the sheet's terms: rows and columns of the sheet, cell addresses. */
function placeInSheet(
	result: IngestColumnsResult,
	converted: SheetText,
	sheet: string,
	sheets: { names: string[]; chosen: string }
): IngestColumnsResult {
	const { report } = result;
	const rowOf = (line: number) => converted.rows[line - 1] ?? line;
	const columnOf = (line: number, column: number) => converted.columns[line - 1]?.[column - 1];
	report.issues = report.issues.map((issue) => {
		if (issue.line <= 0) return issue;
		const row = rowOf(issue.line);
		const column = issue.column === null ? null : (columnOf(issue.line, issue.column) ?? null);
		// Messages are codes with parameters (no line number inside): the place is said by `cell`.
		return { ...issue, line: row, column, cell: cellAddress(sheet, row, column) };
	});
	report.rejectedRows = report.rejectedRows?.map((r) => ({
		...r,
		line: rowOf(r.line),
		reasons: r.reasons.map((x) => ({
			...x,
			column: x.column === null ? null : (columnOf(r.line, x.column) ?? null)
		}))
	}));
	if (report.fatal === null && converted.rejected.length > 0) {
		for (const r of converted.rejected) {
			report.issues.push({
				...r.issue,
				file: report.file,
				cell: cellAddress(sheet, r.row, r.issue.column)
			});
		}
		// Each was a line of the text the sheet became: every line stays accounted for.
		report.lines += converted.rejected.length;
		report.rowsRead += converted.rejected.length;
		report.rowsRejected += converted.rejected.length;
		report.rejectedRows = [
			...(report.rejectedRows ?? []),
			...converted.rejected.map((r) => ({
				line: r.row,
				fields: r.fields,
				reasons: [
					{
						column: r.issue.column,
						...(r.issue.columnName === undefined ? {} : { columnName: r.issue.columnName }),
						code: r.issue.code,
						params: r.issue.params
					} as RejectedReason
				]
			}))
		].sort((a, b) => a.line - b.line);
		report.issues.sort((a, b) => a.line - b.line);
	}
	report.sheets = sheets;
	delete report.dialect;
	return result;
}
