import type { Observation } from '../../domain/observation';
import type { ObservationColumns } from './columns';

/** Every file layout the importer recognises (see FORMATS.md of the Eurostat reference set). */
export type FormatId =
	/** Bulk-download TSV until 2023: `indic_is,unit,sizen_r2,geo\time`, years descending. */
	| 'tsv-legacy'
	/** API / Data Browser TSV since 2023: `freq,...,geo\TIME_PERIOD`, years ascending. */
	| 'tsv'
	/** SDMX-CSV 1.0: `DATAFLOW,LAST UPDATE,...,OBS_VALUE,OBS_FLAG[,CONF_STATUS]`. */
	| 'sdmx-csv-1'
	/** SDMX-CSV 2.0, codes only: `STRUCTURE,STRUCTURE_ID,...`. */
	| 'sdmx-csv-2'
	/** SDMX-CSV 2.0 with a label column after each code column. */
	| 'sdmx-csv-2-labels'
	/** JSON-stat 2.0 dataset. */
	| 'json-stat-2'
	/**
	 * A long table with Eurostat column names but no SDMX system columns: `geo`, `TIME_PERIOD`,
	 * `OBS_VALUE` and any other dimensions (the ministry template, `static/templates/`).
	 */
	| 'csv-long';

/** Field separators the importer reads (`|` is rare, but some statistical exports use it). */
export type Delimiter = ',' | ';' | '\t' | '|';
/** Decimal mark of the numbers in a file: Eurostat writes `.`, French spreadsheets `,`. */
export type DecimalMark = '.' | ',';
/** Text encodings the importer can decode. */
export type TextEncodingId = 'utf-8' | 'windows-1252' | 'iso-8859-15' | 'utf-16le' | 'utf-16be';

/** How a delimited file is written: the three things a person may have to tell us. */
export interface Dialect {
	delimiter: Delimiter;
	decimal: DecimalMark;
	encoding: TextEncodingId;
}

/** One of the three dialect settings. */
export type DialectPart = keyof Dialect;

/** How a file's dialect was settled, and how sure detection was of each part. */
export interface DialectReport {
	dialect: Dialect;
	/** 0 to 1 per part; 1 when the person chose it or when it cannot matter (JSON). */
	confidence: Record<DialectPart, number>;
	/** Parts detection was unsure of (confidence below `DIALECT_THRESHOLD`): ask the person. */
	unsure: DialectPart[];
	/** Parts the person set explicitly. */
	chosen: DialectPart[];
	/** The first lines of the decoded text (at most 8, each cut at 300 characters), for a preview. */
	preview: string[];
	/** The same lines split with the dialect, for a table preview. */
	previewRows: string[][];
	/**
	 * Set when the decimal mark cannot be told from the numbers (only `1.234`-like values, which
	 * may be a thousand): a value that shows it and its line. The page waits for the person.
	 */
	ambiguous?: { example: string; line: number };
}

/** Why a line, or one of its cells, was refused: where in the line, and the message's code. */
export type RejectedReason = IssueMessage & { column: number | null; columnName?: string };

/** A rejected data line as it was in the file, for the downloadable rejected-rows CSV. */
export interface RejectedRow {
	line: number;
	fields: string[];
	/** Every refusal on the line: the whole line, or each of its refused cells. */
	reasons: RejectedReason[];
}

/**
 * What each message code of the importer carries. Messages are typed codes with parameters,
 * never sentences: `src/lib/i18n/importIssues.ts` renders them in French or English, the
 * command line in English (or French with `--lang fr`). Sizes are in bytes, rendered in Mo / MB.
 */
export interface IssueParamsByCode {
	// A whole file refused (`fatal`).
	'too-large': { size: number; limit: number };
	'too-large-expanded': { limit: number };
	'gzip-broken': { reason: string };
	spreadsheet: Record<string, never>;
	'workbook-broken': { reason: string };
	'workbook-empty': Record<string, never>;
	internal: { reason: string };
	empty: Record<string, never>;
	'json-not-json-stat': Record<string, never>;
	'unrecognised-header': { header: string; hint: 'legacy' | '' };
	'no-header': Record<string, never>;
	'tsv-no-backslash': { cell: string };
	'tsv-no-geo': { cell: string };
	'no-periods': Record<string, never>;
	'header-without-period': { column: number };
	'missing-column': { name: 'OBS_VALUE' | 'TIME_PERIOD' | 'geo' };
	'duplicate-columns': { names: string; columns: string };
	'bad-period-header': { period: string; column: number };
	'not-json': { reason: string };
	'json-shape': { reason: string };
	'json-too-large': { cells: number; limit: number };
	// Whole-file remarks.
	encoding: { encoding: TextEncodingId; bom: boolean };
	'ambiguous-decimal': { example: string; line: number };
	'too-many-errors': { count: number; max: number };
	'bad-size': { entries: number; cells: number };
	// A row or a cell.
	'bad-quote': { kind: 'unclosed' | 'after' };
	'truncated-cell': { cell: string };
	'unterminated-last-line': { value: string };
	'thousands-read': { count: number; example: string; value: number };
	'header-only': { lines: number };
	'bad-last-update': { value: string };
	'future-last-update': { value: string };
	'last-update-varies': { count: number; oldest: string; newest: string };
	'wrong-field-count': { count: number; expected: number; delimiter: Delimiter; cut: boolean };
	'bad-key': { count: number; expected: number; dimensions: string };
	'missing-key': { name: string };
	'bad-value': { value: string; decimal: DecimalMark; wide: boolean };
	'bad-flag': { flag: string };
	'bad-period': { period: string; frequency: string };
	'out-of-range': { value: number; unit: string; min: number; max: number };
	underflow: { value: string };
	'bad-index': { cell: string; total: number };
	'bad-cell': { cell: number; reason: 'empty-code' | 'not-number' | 'bad-status'; value: string };
	'unknown-code': { code: string; dimension: 'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' };
	'unknown-area-label': { label: string };
	'other-data-sheets': { read: string; others: { sheet: string; differs: string[] }[] };
	'unknown-sheet-label': {
		name: string;
		label: string;
		dimension: 'indicator' | 'unit' | 'sizeClass' | 'nace';
	};
	'unknown-flag': { flag: string };
	'conflicting-duplicate': { key: string; values: string };
}

/** Every message code of the importer. */
export type IssueCode = keyof IssueParamsByCode;

/** A message: its code and that code's parameters. */
export type IssueMessage = {
	[C in IssueCode]: { code: C; params: IssueParamsByCode[C] };
}[IssueCode];

/** Where an issue is, in which file, and how grave. */
export interface IssuePlace {
	/** File name as given by the person (never a full local path unless they gave one). */
	file: string;
	/** 1-based physical line in the file; 0 when the issue concerns the whole file. */
	line: number;
	/** 1-based column (field index) in that line; `null` when the whole line is concerned. */
	column: number | null;
	/** Name of that column in the header, when there is one. */
	columnName?: string;
	/** `error`: the row or cell was rejected. `warning`: kept, but worth a look (unknown code...). */
	severity: 'error' | 'warning';
	/** Set on the one issue that made the whole file unreadable (`report.fatal`). */
	fatal?: boolean;
	/** In a workbook, the place as a cell (`'Sheet 1'!B7`); `line` and `column` are the sheet's. */
	cell?: string;
}

/** Something the importer has to tell a person about one place in one file. */
export type IngestIssue = IssuePlace &
	IssueMessage & {
		/** The message in English, for logs and scripts; pages render `code` and `params`. */
		message: string;
	};

/** A code that no code list knows: kept in the data, listed here. */
export interface UnknownCode {
	dimension: 'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'flag';
	code: string;
	/** How many observations carry it. */
	count: number;
}

/**
 * What one file gave. A row is a data line (or, for JSON-stat, one cell of the cube).
 * `rowsRead === rowsAccepted + rowsRejected + blankRows` always holds, and for delimited text
 * every physical line is accounted for: `lines === headerLines + rowsRead + joinedLines`. In wide TSV, a line whose key
 * is good but one of whose cells is bad is accepted, and the bad cell is counted in
 * `cellsRejected` and reported as an error issue: the good cells of that line are kept.
 */
export interface ImportReport {
	file: string;
	/** `null` when the layout could not be recognised (then `fatal` says why). */
	format: FormatId | null;
	/** Dataset code found in the file or derived from its name. */
	dataset: string;
	/** Data lines (or JSON-stat cells) seen, header excluded, blank lines included. */
	rowsRead: number;
	rowsAccepted: number;
	rowsRejected: number;
	/** Blank lines and lines of empty fields only (`;;;;`), counted, not read. */
	blankRows: number;
	/** Physical lines of the text (0 for JSON-stat and for a file refused as a whole). */
	lines: number;
	/** Lines before the data: the header, and a `sep=;` line written by Excel. */
	headerLines: number;
	/** Lines that continue a quoted field (a label with line breaks) of the row above. */
	joinedLines: number;
	/** Observations produced (a wide TSV line gives one per year column). */
	observations: number;
	/** Observations whose value is missing (`:`), kept with their flags. */
	missingValues: number;
	/** Single value cells rejected inside otherwise accepted lines. */
	cellsRejected: number;
	/**
	 * Eurostat's own "last update" when the file carries it (SDMX-CSV 1.0, JSON-stat), ISO 8601:
	 * the newest of its rows' real dates, none in the future.
	 */
	lastUpdate: string | null;
	/** The oldest of those dates, when the rows give more than one. */
	lastUpdateOldest?: string;
	issues: IngestIssue[];
	unknownCodes: UnknownCode[];
	/** Set when the file could not be read at all (in English; the issue with `fatal` has its code). */
	fatal: string | null;
	/** How the text was decoded and split (set when the import ran with `dialect` options). */
	dialect?: DialectReport;
	/** For a workbook: its sheets, and the one read. */
	sheets?: { names: string[]; chosen: string };
	/** Rejected lines as read (first `MAX_REJECTED_ROWS`), in file order. */
	rejectedRows?: RejectedRow[];
	/** Lines with a refusal past the first `MAX_REJECTED_ROWS`: counted, not kept. */
	rejectedRowsNotKept?: number;
}

/** Progress of one import: data rows read so far and the share of the text parsed (0 to 1). */
export interface IngestProgress {
	phase: 'read' | 'decode' | 'parse' | 'done';
	rows: number;
	fraction: number;
}

export interface IngestResult {
	observations: Observation[];
	report: ImportReport;
}

/** The same, column by column: what the parsers produce and the import Worker transfers. */
export interface IngestColumnsResult {
	columns: ObservationColumns;
	report: ImportReport;
}

/** Why a file of the import page is not read (worded by i18n/import.ts `fileProblem`). */
export type FileProblem =
	| { kind: 'too-large'; size: number; limit: number }
	| { kind: 'cancelled' }
	| { kind: 'failed'; reason: string };

/**
 * Why the import page's "Ajouter" is disabled, as a code (worded by i18n/import.ts
 * `commitBlockedText`); `null`: it is not.
 */
export type CommitBlock =
	| 'reading'
	| 'checking'
	| 'adding'
	| 'decimal'
	| 'conflicts'
	| 'nothing'
	| { failed: string }
	| null;
