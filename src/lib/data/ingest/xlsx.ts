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
import { INDICATOR_LABELS, UNIT_LABELS } from '../../domain/indicators';
import type { Bilingual } from '../../domain/locale';
import { NACE } from '../../domain/nace';
import { SIZE_CLASS_LABELS } from '../../domain/sizeClass';
import { datasetFromFileName, fatalResult, isFutureEdition, withMessage } from './collect';
import { isoLastUpdate } from './sdmxCsv';
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
	/** What a Data Browser sheet says above its table; absent for any other sheet. */
	header?: SheetHeader;
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

type CodeList = Iterable<readonly [string, Bilingual]>;

/**
 * A finder of codes by label over code lists: every code and label (French and English), and each
 * label without its closing parenthesis when only one code has that stem. Built on first use.
 */
function labelFinder(lists: () => CodeList[]): (label: string) => string | null {
	let index: { exact: Map<string, string>; stem: Map<string, string | null> } | null = null;
	const bareOf = (key: string) => key.replace(/\s*\([^)]*\)\s*$/, '');
	return (label) => {
		if (!index) {
			index = { exact: new Map(), stem: new Map() };
			const { exact, stem } = index;
			for (const list of lists()) {
				for (const [code, names] of list) {
					exact.set(normalLabel(code), code);
					for (const text of [names.en, names.fr]) {
						const key = normalLabel(text);
						if (!exact.has(key)) exact.set(key, code);
						// "Euro area - 20 countries (2023-2025)" is "(from 2023)" in a later export,
						// "From 10 to 249 persons employed (SMEs)" has no parenthesis in Eurostat's.
						const bare = bareOf(key);
						if (bare !== key)
							stem.set(bare, stem.has(bare) && stem.get(bare) !== code ? null : code);
					}
				}
			}
		}
		const key = normalLabel(label);
		return index.exact.get(key) ?? index.stem.get(bareOf(key)) ?? null;
	};
}

/**
 * The geo code of an area label or code, from our code lists, or `null` when they do not know it.
 * `geoCodeOf('France')` → `FR`; `geoCodeOf('Euro area – 20 countries (from 2023)')` → `EA20`;
 * `geoCodeOf('Atlantis')` → `null`.
 */
export const geoCodeOf = labelFinder(() => [COUNTRY_LABELS, AGGREGATE_LABELS, FRENCH_NUTS_LABELS]);

/**
 * The dimensions an untrimmed Data Browser sheet names above its table, by the label of their
 * row (column A), each with the TSV column its code goes in and the code list that knows it.
 */
const SHEET_DIMENSIONS = [
	{
		row: /^information society indicator$/,
		column: 'indic_is',
		dimension: 'indicator',
		codeOf: labelFinder(() => [INDICATOR_LABELS])
	},
	{
		row: /^unit of measure$/,
		column: 'unit',
		dimension: 'unit',
		codeOf: labelFinder(() => [UNIT_LABELS])
	},
	{
		row: /^size class(es)?\b/,
		column: 'size_emp',
		dimension: 'sizeClass',
		codeOf: labelFinder(() => [SIZE_CLASS_LABELS])
	},
	{
		row: /^statistical classification of economic activities\b/,
		column: 'nace_r2',
		dimension: 'nace',
		codeOf: labelFinder(() => [NACE.map((e) => [e.code, e] as const)])
	}
] as const;

type SheetDimension = (typeof SHEET_DIMENSIONS)[number];

/**
 * What the rows above an untrimmed Data Browser sheet's `TIME` row say (label in column A, value
 * in column C): the table, its last update and the codes of the dimensions the sheet holds fixed.
 * A trimmed sheet (SOURCES.md entry 2) has none of it: every field is then empty.
 */
export interface SheetHeader {
	/** Table code of the `Dataset:` row (`… [isoc_ec_esels__custom_8801384]` → `isoc_ec_esels`). */
	dataset: string | null;
	/** The `Last updated:` cell as saved (text or an Excel date number), and where it is. */
	lastUpdate: { value: string | number; row: number; column: number } | null;
	/** Each dimension row of the block as the sheet writes it (`Size classes…`, `From 10 to 249…`). */
	fixed: { name: string; label: string }[];
	/** The codes the sheet's rows take from the block, in the order of a Eurostat TSV's key. */
	keys: { column: SheetDimension['column']; code: string }[];
	/** Values the code lists do not know: said, and their dimension left out of the rows' key. */
	unknown: {
		name: string;
		label: string;
		dimension: SheetDimension['dimension'];
		row: number;
		column: number;
	}[];
}

/** The block above a Data Browser sheet's table (rows before `timeRowIndex`). */
export function sheetHeader(grid: SheetGrid, timeRowIndex: number): SheetHeader {
	const header: SheetHeader = { dataset: null, lastUpdate: null, fixed: [], keys: [], unknown: [] };
	for (let r = 0; r < timeRowIndex; r++) {
		const row = grid.rows[r]!;
		const name = text(row[0]);
		const key = normalLabel(name).replace(/\s*:$/, '');
		if (key === '') continue;
		// The value sits in column C; a sheet saved again may have moved it: the first cell after A.
		let j = 1;
		while (j < row.length && text(row[j]) === '') j++;
		if (j >= row.length) continue;
		const value = row[j]!;
		const at = { row: grid.origin.row + r + 1, column: grid.origin.column + j + 1 };
		if (key === 'dataset') {
			header.dataset =
				/\[([a-z0-9_]+?)(?:__custom_\d+)?\]\s*$/i.exec(text(value))?.[1]?.toLowerCase() ?? null;
		} else if (key === 'last updated' || key === 'last update') {
			header.lastUpdate = { value: typeof value === 'number' ? value : text(value), ...at };
		} else {
			const dim = SHEET_DIMENSIONS.find((d) => d.row.test(key));
			if (!dim || header.fixed.some((f) => normalLabel(f.name) === normalLabel(name))) continue;
			const said = { name: name.replace(/\s*:$/, ''), label: text(value) };
			header.fixed.push(said);
			if (header.keys.some((k) => k.column === dim.column)) continue;
			const code = dim.codeOf(said.label);
			if (code) header.keys.push({ column: dim.column, code });
			else header.unknown.push({ ...said, dimension: dim.dimension, ...at });
		}
	}
	const order = SHEET_DIMENSIONS.map((d) => d.column as string);
	header.keys.sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
	return header;
}

/**
 * An Excel date number as the moment it writes (days since 1899-12-30, no time zone), or `null`
 * outside 1990–2100. `excelMoment(45273.9583333)` → `'2023-12-12T23:00:00'`
 */
export function excelMoment(serial: number): string | null {
	if (!Number.isFinite(serial) || serial < 32874 || serial > 73415) return null;
	const ms = Math.round((serial - 25569) * 86_400) * 1000;
	return new Date(ms).toISOString().slice(0, 19);
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
 * the sheet is not one; the codes its header block gives (indicator, unit, size class, activity)
 * lead every row's key, as in a Eurostat TSV (`indic_is,size_emp,geo\TIME_PERIOD`).
 * `dataBrowserText(grid)?.text` → `'geo\\TIME_PERIOD\t2013\t...\nFR\t13.43\t...'`
 */
export function dataBrowserText(grid: SheetGrid): SheetText | null {
	const t = timeRow(grid);
	if (t < 0) return null;
	const timeCells = grid.rows[t]!;
	const byLabel = /labels/i.test(text(grid.rows[t + 1]![0]));
	const periods: { period: string; value: number; flag: number | null }[] = [];
	for (let j = 1; j < timeCells.length; j++) {
		const period = text(timeCells[j]);
		if (period === '') continue;
		// The flag column is the unnamed one right after its year.
		const flag = j + 1 < timeCells.length && text(timeCells[j + 1]) === '' ? j + 1 : null;
		periods.push({ period, value: j, flag });
	}
	const at = (j: number) => grid.origin.column + j + 1;
	const header = sheetHeader(grid, t);
	const keyNames = header.keys.map((k) => `${k.column},`).join('');
	const keyCodes = header.keys.map((k) => `${k.code},`).join('');
	const lines = [[`${keyNames}geo\\TIME_PERIOD`, ...periods.map((p) => p.period)].join('\t')];
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
		lines.push([keyCodes + code, ...cells.map((c) => c.replace(/[\t\r\n]/g, ' '))].join('\t'));
		rows.push(sheetRow);
		columns.push([at(0), ...periods.map((p) => at(p.value))]);
	}
	return { text: `${lines.join('\n')}\n`, rows, columns, rejected, header };
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
	// Untrimmed Data Browser exports open on "Summary" and "Structure" sheets, then hold one sheet
	// of figures per value of a dimension they did not lay out (two size classes: two sheets).
	// Every sheet is looked at once: the one read is converted, the others only say their block.
	const wanted = options.sheet && book.names.includes(options.sheet) ? options.sheet : null;
	const browserSheets: { name: string; header: SheetHeader }[] = [];
	let read: { name: string; grid: SheetGrid } | null = null;
	for (const name of book.names) {
		const grid = book.grid(name);
		const t = timeRow(grid);
		if (t >= 0) browserSheets.push({ name, header: sheetHeader(grid, t) });
		if (!read && (wanted ? name === wanted : t >= 0)) read = { name, grid };
	}
	read ??= { name: book.names[0]!, grid: book.grid(book.names[0]!) };
	const chosen = read.name;
	const converted = dataBrowserText(read.grid) ?? sheetText(read.grid);
	const sheets = { names: book.names, chosen };
	// The table the sheet names itself beats the file's name, which a person may have changed.
	const result = readText(file, converted.text, {
		dataset: (options.dataset?.trim() || converted.header?.dataset) ?? dataset,
		onProgress: options.onProgress
	});
	const others = browserSheets.filter((b) => b.name !== chosen);
	if (result.report.fatal === null && others.length > 0) {
		result.report.issues.unshift(
			withMessage({
				file,
				line: 0,
				column: null,
				severity: 'warning',
				code: 'other-data-sheets',
				params: {
					read: chosen,
					others: others.map((o) => ({
						sheet: o.name,
						differs: differences(converted.header, o.header)
					}))
				}
			})
		);
	}
	return placeInSheet(result, converted, chosen, sheets);
}

/** What another sheet's header block says differently (`From 10 to 249…` → `10 persons…`). */
function differences(read: SheetHeader | undefined, other: SheetHeader | undefined): string[] {
	return (other?.fixed ?? [])
		.filter((f) => !read?.fixed.some((r) => r.name === f.name && r.label === f.label))
		.map((f) => f.label);
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
	if (report.fatal === null && converted.header) {
		report.issues.push(...headerIssues(report, converted.header, sheet));
	}
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

/**
 * The sheet's header block in the report: its `Last updated:` dates the file (a date that is none,
 * or in the future, is said at its cell and dates nothing), and each label the code lists do not
 * know is said at its cell. `report.lastUpdate` is set here.
 */
function headerIssues(
	report: IngestColumnsResult['report'],
	header: SheetHeader,
	sheet: string
): IngestIssue[] {
	const issues: IngestIssue[] = [];
	const at = (row: number, column: number, columnName: string) => ({
		file: report.file,
		line: row,
		column,
		columnName,
		cell: cellAddress(sheet, row, column),
		severity: 'warning' as const
	});
	for (const u of header.unknown) {
		issues.push(
			withMessage({
				...at(u.row, u.column, u.name),
				code: 'unknown-sheet-label',
				params: { name: u.name, label: u.label, dimension: u.dimension }
			})
		);
	}
	if (header.lastUpdate) {
		const { value, row, column } = header.lastUpdate;
		const iso = typeof value === 'number' ? excelMoment(value) : isoLastUpdate(value);
		const place = at(row, column, 'Last updated:');
		if (iso === null) {
			issues.push(
				withMessage({ ...place, code: 'bad-last-update', params: { value: String(value) } })
			);
		} else if (isFutureEdition(iso)) {
			issues.push(
				withMessage({ ...place, code: 'future-last-update', params: { value: iso.slice(0, 10) } })
			);
		} else {
			report.lastUpdate = iso;
		}
	}
	return issues;
}
