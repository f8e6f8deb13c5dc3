/**
 * The importer's entry points: text or bytes in, observations and an import report out.
 * Never throws: whatever goes wrong inside ends up in `report.fatal`.
 */
import type { Observation } from '../../domain/observation';
import { OBSERVATION_FIELDS } from '../../domain/observation';
import { datasetFromFileName, fatalResult, LayoutError } from './collect';
import { detectFormat, EXPECTED_LAYOUTS } from './detect';
import { parseJsonStat } from './jsonStat';
import { parseSdmxCsv } from './sdmxCsv';
import { parseTsv } from './tsv';
import type { IngestIssue, IngestResult } from './types';

/** Options of an import. */
export interface IngestOptions {
	/** Dataset code when the file does not carry one (TSV); otherwise derived from the file name. */
	dataset?: string;
}

/**
 * Reads one file's text (any supported layout) into observations and a report.
 * `ingestText('estat_tin00111.tsv', text).report.format` → `'tsv'`.
 */
export function ingestText(file: string, text: string, options: IngestOptions = {}): IngestResult {
	const fallback = (options.dataset?.trim() || datasetFromFileName(file)).toLowerCase();
	let format = null as ReturnType<typeof detectFormat>['format'];
	try {
		const body = text.replace(/^\uFEFF/, '');
		const detection = detectFormat(body, file);
		format = detection.format;
		switch (format) {
			case null:
				return fatalResult(file, null, fallback, detection.reason);
			case 'tsv':
			case 'tsv-legacy':
				return parseTsv(file, body, format, fallback);
			case 'sdmx-csv-1':
			case 'sdmx-csv-2':
			case 'sdmx-csv-2-labels':
				return parseSdmxCsv(file, body, format, fallback);
			case 'json-stat-2':
				return parseJsonStat(file, body, fallback);
		}
	} catch (error) {
		const message =
			error instanceof LayoutError
				? `${file} looks like ${format} but cannot be read: ${error.message}. Expected ${EXPECTED_LAYOUTS}.`
				: `${file} could not be read because of an internal error (${error instanceof Error ? error.message : String(error)}). Please report it with the file.`;
		return fatalResult(file, format, fallback, message);
	}
}

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads one file's bytes: gunzips `.gz`, drops a UTF-8 BOM, decodes UTF-8 (or Windows-1252 with a
 * warning), then `ingestText`. `await ingestBytes('a.tsv.gz', bytes)` → `{ observations, report }`.
 */
export async function ingestBytes(
	file: string,
	bytes: Uint8Array,
	options: IngestOptions = {}
): Promise<IngestResult> {
	const fallback = (options.dataset?.trim() || datasetFromFileName(file)).toLowerCase();
	try {
		let data = bytes;
		if (startsWith(data, GZIP)) {
			try {
				data = await gunzip(data);
			} catch (error) {
				return fatalResult(
					file,
					null,
					fallback,
					`${file} starts like a gzip file but could not be decompressed (${(error as Error).message}); it may be cut off. Download it again.`
				);
			}
		}
		if (startsWith(data, ZIP) || startsWith(data, OLE)) {
			return fatalResult(
				file,
				null,
				fallback,
				`${file} is a spreadsheet (XLSX/XLS), which this importer does not read. Download the dataset from Eurostat as TSV or SDMX-CSV instead.`
			);
		}
		const warnings: IngestIssue[] = [];
		let text: string;
		if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data);
		else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data);
		else {
			if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(data);
			} catch {
				// Spreadsheets on Western European Windows save in cp1252; Latin-1 is a subset.
				text = new TextDecoder('windows-1252').decode(data);
				warnings.push({
					file,
					line: 0,
					column: null,
					severity: 'warning',
					code: 'encoding',
					message: `${file} is not valid UTF-8; it was read as Windows-1252 (Western European). Check that accented labels look right, or save the file as UTF-8.`
				});
			}
		}
		const result = ingestText(file, text, options);
		result.report.issues.unshift(...warnings);
		return result;
	} catch (error) {
		return fatalResult(
			file,
			null,
			fallback,
			`${file} could not be read because of an internal error (${error instanceof Error ? error.message : String(error)}). Please report it with the file.`
		);
	}
}

/**
 * One observation as a JSON line, with the fields of `OBSERVATION_FIELDS` in that order.
 * `toJsonLine(o)` → `{"dataset":"tin00111","indicator":"E_ESELL",...,"value":null,"flags":"u","confStatus":null}`.
 */
export function toJsonLine(o: Observation): string {
	const ordered: Record<string, unknown> = {};
	for (const field of OBSERVATION_FIELDS) ordered[field] = o[field] ?? null;
	return JSON.stringify(ordered);
}
