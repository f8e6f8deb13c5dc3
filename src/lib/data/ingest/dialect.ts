/**
 * Guessing how an office file is written: its text encoding, its field separator and its decimal
 * mark, each with a confidence. Eurostat's own files are settled at once by their header; a table
 * re-saved by a French spreadsheet (`;`, `17,5`, Windows-1252) is recognised from its header split
 * by each candidate separator, then from how regular its lines are. Below `DIALECT_THRESHOLD` the
 * import page asks the person, with a preview, instead of guessing silently.
 */
import Papa from 'papaparse';
import { detectFormat } from './detect';
import type { DecimalMark, Delimiter, FormatId, ImportReport, TextEncodingId } from './types';

/** Below this confidence, a dialect part is shown to the person as a question. */
export const DIALECT_THRESHOLD = 0.8;

/** Separators tried, most likely first (ties go to the earlier one). */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
export const DECIMAL_MARKS: readonly DecimalMark[] = ['.', ','];
export const ENCODINGS: readonly TextEncodingId[] = [
	'utf-8',
	'windows-1252',
	'iso-8859-15',
	'utf-16le',
	'utf-16be'
];

/** A decoded text and how sure we are of the encoding. */
export interface Decoded {
	text: string;
	encoding: TextEncodingId;
	confidence: number;
	/** Whether the bytes began with a byte order mark. */
	bom: boolean;
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: ASCII text in UTF-16 LE has a zero
 * at every odd offset, in BE at every even one. `utf16Without(bytes)` → `'utf-16le'` or `null`.
 */
export function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	// Text in UTF-8 or a code page has no zero byte at all; a few are enough to be sure.
	if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
	if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
	return null;
}

/**
 * Decodes bytes: the given encoding, else a BOM, else UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (what Excel writes on Western European Windows). A UTF-8 BOM is dropped.
 * `decodeBytes(new Uint8Array([0x41, 0xe9]))` → `{ text: 'Aé', encoding: 'windows-1252', confidence: 0.9 }`.
 */
export function decodeBytes(bytes: Uint8Array, encoding?: TextEncodingId): Decoded {
	if (encoding) {
		let data = bytes;
		if (encoding === 'utf-8' && hasUtf8Bom(data)) data = data.subarray(3);
		const decoded =
			encoding === 'windows-1252' ? decodeCp1252(data) : new TextDecoder(encoding).decode(data);
		const bom = decoded.startsWith('\uFEFF') || (encoding === 'utf-8' && hasUtf8Bom(bytes));
		const text = decoded.replace(/^\uFEFF/, '');
		return { text, encoding, confidence: 1, bom };
	}
	// TextDecoder drops the BOM of its own encoding.
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		const text = new TextDecoder('utf-16le').decode(bytes);
		return { text, encoding: 'utf-16le', confidence: 1, bom: true };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const text = new TextDecoder('utf-16be').decode(bytes);
		return { text, encoding: 'utf-16be', confidence: 1, bom: true };
	}
	const utf16 = utf16Without(bytes);
	if (utf16) {
		return {
			text: new TextDecoder(utf16).decode(bytes),
			encoding: utf16,
			confidence: 0.9,
			bom: false
		};
	}
	const bom = hasUtf8Bom(bytes);
	const data = bom ? bytes.subarray(3) : bytes;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
		return { text, encoding: 'utf-8', confidence: 1, bom };
	} catch {
		const text = decodeCp1252(data);
		// Bytes that Windows-1252 leaves undefined decode to C1 controls: then it is probably
		// something else (a Mac or DOS code page): ask.
		const strange = /[\u0081\u008d\u008f\u0090\u009d]/.test(text);
		return { text, encoding: 'windows-1252', confidence: strange ? 0.4 : 0.9, bom: false };
	}
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined ones stay C1 controls). Some Node
 * builds decode `windows-1252` as Latin-1 there; browsers do not; this makes both agree.
 */
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The first non-blank lines of a text (at most `max`), without their line breaks. */
function firstLines(text: string, max: number): string[] {
	const lines: string[] = [];
	let from = 0;
	while (lines.length < max && from < text.length) {
		let end = text.indexOf('\n', from);
		if (end < 0) end = text.length;
		const line = text.slice(from, end).replace(/\r$/, '');
		if (line.trim() !== '') lines.push(line);
		from = end + 1;
	}
	return lines;
}

/** A separator guess: which one, how sure, and the layout it revealed (if any). */
export interface DelimiterGuess {
	delimiter: Delimiter;
	confidence: number;
	format: FormatId | null;
}

/**
 * Guesses the field separator. A header that is a known layout when split by exactly one
 * candidate settles it (0.98); otherwise the separator that splits the first lines into the same
 * number of fields (more than one) wins with 0.6, or 0.3 when no candidate is regular.
 * `guessDelimiter('geo;TIME_PERIOD;OBS_VALUE\nFR;2023;1,5\n', 'a.csv')` → `{ delimiter: ';', confidence: 0.98, format: 'csv-long' }`.
 */
export function guessDelimiter(text: string, fileName: string): DelimiterGuess {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('{') || start.startsWith('[')) {
		return { delimiter: ',', confidence: 1, format: detectFormat(start, fileName).format };
	}
	const recognised: DelimiterGuess[] = [];
	for (const delimiter of DELIMITERS) {
		const { format } = detectFormat(start, fileName, delimiter);
		if (format !== null) recognised.push({ delimiter, confidence: 0.98, format });
	}
	if (recognised.length === 1) return recognised[0]!;
	if (recognised.length > 1) return { ...recognised[0]!, confidence: 0.5 };
	const sample = firstLines(start, 30).join('\n');
	let best: { delimiter: Delimiter; width: number; regular: boolean } | null = null;
	for (const delimiter of DELIMITERS) {
		const rows = Papa.parse<string[]>(sample, { delimiter, quoteChar: '"' }).data;
		const widths = rows.filter((r) => r.length > 1 || r[0] !== '').map((r) => r.length);
		if (widths.length === 0) continue;
		const width = widths[0]!;
		const regular = width > 1 && widths.every((w) => w === width);
		const better =
			best === null ||
			(regular && !best.regular) ||
			(regular === best.regular && width > best.width);
		if (better) best = { delimiter, width, regular };
	}
	if (best === null || best.width <= 1) return { delimiter: ',', confidence: 0.3, format: null };
	return { delimiter: best.delimiter, confidence: best.regular ? 0.6 : 0.3, format: null };
}

/** A decimal mark guess. */
export interface DecimalGuess {
	decimal: DecimalMark;
	confidence: number;
	/** When only `1.234`-like values decide (a thousand, or one and a bit?): the first, and its line. */
	ambiguous?: { example: string; line: number };
}

const COMMA_NUMBER = /^[-+]?\d+,(\d+)$/;
const DOT_NUMBER = /^[-+]?\d+\.(\d+)$/;

/**
 * Guesses the decimal mark from the number-looking cells of the first 500 lines. Only commas →
 * `,`; only dots (or whole numbers only) → `.`; both, or only three-digit decimals next to a
 * non-comma separator (`1.234` might be a thousand) → the majority, unsure.
 * `guessDecimal('geo;v\nFR;17,5\n', ';')` → `{ decimal: ',', confidence: 0.95 }`.
 */
export function guessDecimal(text: string, delimiter: Delimiter): DecimalGuess {
	const body = text.replace(/^\uFEFF/, '');
	const sample = firstLines(body, 500).join('\n');
	const rows = Papa.parse<string[]>(sample, { delimiter, quoteChar: '"' }).data;
	let commas = 0;
	let dots = 0;
	let commasAllThree = true;
	let dotsAllThree = true;
	let example: string | null = null;
	for (const row of rows) {
		for (const field of row) {
			// A TSV cell is "value flags": only the value counts.
			const value = field.trim().split(/\s+/)[0] ?? '';
			const comma = COMMA_NUMBER.exec(value);
			if (comma) {
				commas++;
				if (comma[1]!.length !== 3) commasAllThree = false;
				continue;
			}
			const dot = DOT_NUMBER.exec(value);
			if (dot) {
				dots++;
				if (dot[1]!.length !== 3) dotsAllThree = false;
				example ??= value;
			}
		}
	}
	if (commas > 0 && dots === 0) return { decimal: ',', confidence: commasAllThree ? 0.6 : 0.95 };
	if (dots > 0 && commas === 0) {
		if (dotsAllThree && delimiter !== ',' && example !== null) {
			// A spreadsheet in French writes a thousand `1.234` or `1 234`, a decimal `1,234`; in
			// English a decimal `1.234`. Nothing here tells which: the person must say.
			return {
				decimal: '.',
				confidence: 0.6,
				ambiguous: { example, line: lineOfValue(body, example) }
			};
		}
		return { decimal: '.', confidence: 0.95 };
	}
	if (commas === 0 && dots === 0) return { decimal: '.', confidence: 0.9 };
	return { decimal: commas > dots ? ',' : '.', confidence: 0.4 };
}

/** 1-based line of the first occurrence of a value in a text (for the ambiguity message). */
function lineOfValue(text: string, value: string): number {
	const at = text.indexOf(value);
	if (at < 0) return 0;
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/**
 * The first lines of a text, raw and split with a separator, for the preview shown next to the
 * dialect question. `preview('a;b\n1;2', ';')` → `{ lines: ['a;b', '1;2'], rows: [['a','b'], ['1','2']] }`.
 */
export function preview(text: string, delimiter: Delimiter): { lines: string[]; rows: string[][] } {
	const lines = firstLines(text.replace(/^\uFEFF/, ''), 8).map((l) =>
		l.length > 300 ? `${l.slice(0, 300)}…` : l
	);
	const rows = Papa.parse<string[]>(lines.join('\n'), { delimiter, quoteChar: '"' }).data.map((r) =>
		r.slice(0, 30)
	);
	return { lines, rows };
}

/**
 * Whether a file's decimal mark is still to be said by the person: its numbers are all like
 * `1.234` (a thousand, or one and a bit?) and nobody chose. The import page does not add such a
 * file. `decimalUndecided(report)` → `true` for `geo;OBS_VALUE\nFR;1.234`.
 */
export function decimalUndecided(report: Pick<ImportReport, 'dialect'>): boolean {
	const dialect = report.dialect;
	return dialect?.ambiguous !== undefined && !dialect.chosen.includes('decimal');
}
