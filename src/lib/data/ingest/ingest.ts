/**
 * The importer's entry points: text or bytes in, observations and an import report out.
 * Never throws: whatever goes wrong inside ends up in `report.fatal`. The parsers write columns
 * (`ingestBytesToColumns`, what the browser's import Worker runs); `ingestText` and `ingestBytes`
 * give observation objects, for scripts, prerendering and tests.
 */
import type { Observation } from '../../domain/observation';
import { OBSERVATION_FIELDS } from '../../domain/observation';
import {
	datasetFromFileName,
	fatalResult,
	LayoutError,
	withMessage,
	type ParseOptions
} from './collect';
import { detectFormat, sepLine } from './detect';
import { decodeBytes, DIALECT_THRESHOLD, guessDecimal, guessDelimiter, preview } from './dialect';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from './limits';
import { parseJsonStat } from './jsonStat';
import { parseSdmxCsv } from './sdmxCsv';
import { parseTsv } from './tsv';
import type {
	Dialect,
	DialectPart,
	DialectReport,
	FormatId,
	IngestIssue,
	IngestColumnsResult,
	IngestProgress,
	IngestResult,
	IssueMessage
} from './types';
import { observationsOf } from './columns';

/** Options of an import. */
export interface IngestOptions {
	/** Dataset code when the file does not carry one (TSV); otherwise derived from the file name. */
	dataset?: string;
	/**
	 * How the text is written. Absent: as Eurostat publishes (commas, tabs, dot decimals, UTF-8
	 * or a Windows-1252 fallback), strictly, which is what the bundled data and the command line
	 * use. `'auto'`: also office files (`;`, decimal comma, other encodings), detected with a
	 * confidence reported in `report.dialect`. An object fixes the parts a person chose and detects
	 * the others: `{ delimiter: ';', decimal: ',' }`.
	 */
	dialect?: 'auto' | Partial<Dialect>;
	/** Sheet of an `.xlsx` to read (see xlsx.ts); absent, the first one in a known layout. */
	sheet?: string;
	/** Called with the rows read so far while a large file is parsed. */
	onProgress?: (progress: IngestProgress) => void;
}

/**
 * Reads one file's text (any supported layout) into observations and a report.
 * `ingestText('estat_tin00111.tsv', text).report.format` → `'tsv'`;
 * `ingestText('r.csv', 'geo;TIME_PERIOD;OBS_VALUE\nFR1;2023;17,5', { dialect: 'auto' })` → one observation of 17.5.
 */
export function ingestText(file: string, text: string, options: IngestOptions = {}): IngestResult {
	return withObjects(ingestTextToColumns(file, text, options));
}

function withObjects({ columns, report }: IngestColumnsResult): IngestResult {
	return { observations: observationsOf(columns), report };
}

/** `ingestText`, giving columns. `ingestTextToColumns('a.csv', text).columns.length` → observations */
export function ingestTextToColumns(
	file: string,
	text: string,
	options: IngestOptions = {}
): IngestColumnsResult {
	const fallback = (options.dataset?.trim() || datasetFromFileName(file)).toLowerCase();
	let format = null as ReturnType<typeof detectFormat>['format'];
	let dialectReport: DialectReport | undefined;
	const warnings: IngestIssue[] = [];
	try {
		let body = text.replace(/^\uFEFF/, '');
		let parse: ParseOptions = {};
		let detection: ReturnType<typeof detectFormat>;
		// Excel's `sep=;` line names the separator: it settles it, and is a header line.
		const sep = sepLine(body);
		if (sep) {
			body = body.slice(sep.length);
			parse.headerLines = 1;
		}
		const wanted =
			sep && options.dialect !== undefined
				? { ...(options.dialect === 'auto' ? {} : options.dialect), delimiter: sep.delimiter }
				: sep
					? { delimiter: sep.delimiter }
					: options.dialect;
		if (wanted === undefined) {
			detection = detectFormat(body, file);
		} else {
			dialectReport = settleDialect(body, file, wanted);
			const { delimiter, decimal } = dialectReport.dialect;
			detection = detectFormat(body, file, delimiter);
			parse = { ...parse, delimiter, decimal };
			const ambiguous = dialectReport.ambiguous;
			if (ambiguous && !dialectReport.chosen.includes('decimal')) {
				warnings.push(
					withMessage({
						file,
						line: ambiguous.line + (parse.headerLines ?? 0),
						column: null,
						severity: 'warning',
						code: 'ambiguous-decimal',
						params: { example: ambiguous.example, line: ambiguous.line + (parse.headerLines ?? 0) }
					})
				);
			}
		}
		const progress = options.onProgress;
		if (progress) {
			parse.onProgress = (rows, fraction) => progress({ phase: 'parse', rows, fraction });
		}
		format = detection.format;
		const result = parseAs(file, body, format, fallback, detection.issue, parse);
		result.report.issues.unshift(...warnings);
		if (dialectReport && readAsDelimited(body, format)) result.report.dialect = dialectReport;
		progress?.({ phase: 'done', rows: result.report.rowsRead, fraction: 1 });
		return result;
	} catch (error) {
		const result =
			error instanceof LayoutError
				? fatalResult(file, format, fallback, error.issue, warnings, error.at)
				: fatalResult(file, format, fallback, internal(error), warnings);
		if (dialectReport && readAsDelimited(text, format)) result.report.dialect = dialectReport;
		return result;
	}
}

/**
 * Whether a file's reading settings (separator, decimals, encoding) mean anything to its reader:
 * not for an empty file, nor for JSON. A file refused for its header keeps them: another
 * separator may be what it needs.
 */
function readAsDelimited(text: string, format: FormatId | null): boolean {
	return format !== 'json-stat-2' && text.replace(/^\uFEFF/, '').trim() !== '';
}

function internal(error: unknown): IssueMessage {
	return {
		code: 'internal',
		params: { reason: error instanceof Error ? error.message : String(error) }
	};
}

function parseAs(
	file: string,
	body: string,
	format: FormatId | null,
	fallback: string,
	reason: IssueMessage | null,
	parse: ParseOptions
): IngestColumnsResult {
	switch (format) {
		case null:
			return fatalResult(file, null, fallback, reason ?? { code: 'empty', params: {} });
		case 'tsv':
		case 'tsv-legacy':
			return parseTsv(file, body, format, fallback, parse);
		case 'sdmx-csv-1':
		case 'sdmx-csv-2':
		case 'sdmx-csv-2-labels':
		case 'csv-long':
			return parseSdmxCsv(file, body, format, fallback, parse);
		case 'json-stat-2':
			return parseJsonStat(file, body, fallback);
	}
}

/** Separator and decimal mark: the person's choices, detection for the rest. */
function settleDialect(
	body: string,
	file: string,
	wanted: 'auto' | Partial<Dialect>
): DialectReport {
	const given = wanted === 'auto' ? {} : wanted;
	const chosen: DialectPart[] = [];
	const delimiter = given.delimiter
		? { delimiter: given.delimiter, confidence: 1 }
		: guessDelimiter(body, file);
	if (given.delimiter) chosen.push('delimiter');
	const decimal = given.decimal
		? { decimal: given.decimal, confidence: 1 }
		: guessDecimal(body, delimiter.delimiter);
	if (given.decimal) chosen.push('decimal');
	if (given.encoding) chosen.push('encoding');
	const shown = preview(body, delimiter.delimiter);
	const confidence = { delimiter: delimiter.confidence, decimal: decimal.confidence, encoding: 1 };
	return {
		...(decimal.ambiguous && !given.decimal ? { ambiguous: decimal.ambiguous } : {}),
		dialect: {
			delimiter: delimiter.delimiter,
			decimal: decimal.decimal,
			encoding: given.encoding ?? 'utf-8'
		},
		confidence,
		unsure: unsureParts(confidence),
		chosen,
		preview: shown.lines,
		previewRows: shown.rows
	};
}

function unsureParts(confidence: Record<DialectPart, number>): DialectPart[] {
	return (['encoding', 'delimiter', 'decimal'] as const).filter(
		(part) => confidence[part] < DIALECT_THRESHOLD
	);
}

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

class TooLarge extends Error {}

/** Gunzips, stopping as soon as the output passes `limit` bytes (a zip bomb stays a message). */
async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('gzip'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel();
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}

/**
 * Reads one file's bytes: gunzips `.gz`, drops a UTF-8 BOM, decodes UTF-8 (or Windows-1252 with a
 * warning), then `ingestText`. `await ingestBytes('a.tsv.gz', bytes)` → `{ observations, report }`.
 * With `options.dialect`, the encoding can also be chosen (`{ encoding: 'iso-8859-15' }`) and its
 * detection is reported with a confidence in `report.dialect`.
 */
export async function ingestBytes(
	file: string,
	bytes: Uint8Array,
	options: IngestOptions = {}
): Promise<IngestResult> {
	return withObjects(await ingestBytesToColumns(file, bytes, options));
}

/** `ingestBytes`, giving columns: `await ingestBytesToColumns('a.tsv', bytes)` → `{ columns, report }`. */
export async function ingestBytesToColumns(
	file: string,
	bytes: Uint8Array,
	options: IngestOptions = {}
): Promise<IngestColumnsResult> {
	const fallback = (options.dataset?.trim() || datasetFromFileName(file)).toLowerCase();
	try {
		if (bytes.byteLength > MAX_FILE_BYTES) {
			return fatalResult(file, null, fallback, {
				code: 'too-large',
				params: { size: bytes.byteLength, limit: MAX_FILE_BYTES }
			});
		}
		options.onProgress?.({ phase: 'decode', rows: 0, fraction: 0 });
		let data = bytes;
		if (startsWith(data, GZIP)) {
			try {
				data = await gunzip(data, MAX_TEXT_BYTES);
			} catch (error) {
				if (error instanceof TooLarge) {
					return fatalResult(file, null, fallback, {
						code: 'too-large-expanded',
						params: { limit: MAX_TEXT_BYTES }
					});
				}
				return fatalResult(file, null, fallback, {
					code: 'gzip-broken',
					params: { reason: (error as Error).message }
				});
			}
		}
		// An .xlsx (a zip) goes to the workbook reader, loaded only now (see xlsx.ts).
		if (startsWith(data, ZIP))
			return (await import('./xlsx')).ingestWorkbook(file, data, ingestTextToColumns, options);
		if (startsWith(data, OLE)) {
			return fatalResult(file, null, fallback, { code: 'spreadsheet', params: {} });
		}
		const wanted = options.dialect;
		const given = wanted === undefined || wanted === 'auto' ? undefined : wanted.encoding;
		const decoded = decodeBytes(data, given);
		const warnings: IngestIssue[] = [];
		if (decoded.encoding !== 'utf-8' && given === undefined) {
			// Spreadsheets on Western European Windows save in cp1252 (Latin-1 is a subset), and
			// "Unicode text" in UTF-16: said, so that a person knows how the text was read.
			warnings.push(
				withMessage({
					file,
					line: 0,
					column: null,
					severity: 'warning',
					code: 'encoding',
					params: { encoding: decoded.encoding, bom: decoded.bom }
				})
			);
		}
		const result = ingestTextToColumns(file, decoded.text, options);
		result.report.issues.unshift(...warnings);
		const dialect = result.report.dialect;
		if (dialect) {
			dialect.dialect.encoding = decoded.encoding;
			dialect.confidence.encoding = decoded.confidence;
			dialect.unsure = unsureParts(dialect.confidence);
		}
		return result;
	} catch (error) {
		return fatalResult(file, null, fallback, internal(error));
	}
}

/**
 * One observation as a JSON line: the fields of `OBSERVATION_FIELDS` in that order, then every
 * other dimension (`freq`, `hhtyp`...), so that two different observations never print the same.
 * `freq` is `A` when the observation carries no other: the model reads such rows as annual.
 * `toJsonLine(o)` → `{"dataset":"tin00111","indicator":"E_ESELL",...,"value":null,"flags":"u","confStatus":null,"freq":"A"}`.
 */
export function toJsonLine(o: Observation): string {
	const ordered: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const field of OBSERVATION_FIELDS) ordered[field] = o[field] ?? null;
	const extra = o.extra ?? {};
	const freq = Object.keys(extra).find((k) => k.toLowerCase() === 'freq');
	if (freq === undefined && /^\d{4}$/.test(o.period)) ordered.freq = 'A';
	for (const key of Object.keys(extra)) {
		// A dimension named like a field (`geo` twice cannot happen; `value` could) keeps its own key.
		ordered[Object.hasOwn(ordered, key) ? `dim_${key}` : key] = extra[key];
	}
	return JSON.stringify(ordered);
}
