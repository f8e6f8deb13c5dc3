/**
 * The data behind a chart as a CSV file a spreadsheet opens right.
 *
 * Choice of dialect: French files use `;` between cells and a decimal comma, English files `,` and
 * a decimal point. Excel set to French reads `;`-separated files with decimal commas as numbers
 * (its list separator is `;` there because the comma is the decimal mark); Excel set to English,
 * LibreOffice and pandas (`sep=','`) read the English dialect. The file starts with a UTF-8 BOM so
 * Excel does not read `é` as `Ã©`, lines end with CRLF (RFC 4180).
 *
 * Formula injection (https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet may
 * split the file with either separator (French Excel cuts an English `,` file at `;`, English Excel
 * the other way), so a cell must be safe whichever one it applies. Every text cell holding `,` or
 * `;` is quoted in both dialects; the start of a text cell, and the start of every piece a
 * spreadsheet ignoring our quotes could cut it into at `,` or `;`, is prefixed with `'` when it
 * could run as a formula (`=`, `+`, `-`, `@`, tab, carriage return or line feed, after spaces or
 * quotes). Numbers are written as numbers, never prefixed: `-2` stays minus two, typed or as text.
 * This is the one CSV writer of the project: chart exports and the rejected-rows file use it.
 */
import type { Locale } from '../domain/locale';

/** One column of the file: the row field it reads and its header in each language. */
export interface CsvColumn {
	key: string;
	fr: string;
	en: string;
}

export interface CsvOptions {
	locale: Locale;
}

/** How a file is written: cell separator and decimal mark. */
export interface CsvDialect {
	delimiter: ',' | ';';
	decimal: '.' | ',';
}

/** The byte order mark Excel needs to read the file as UTF-8. */
export const BOM = '\ufeff';

/** The MIME type to download the file with. */
export const CSV_MIME = 'text/csv;charset=utf-8';

/** What a spreadsheet could take for the start of a formula, after spaces or quotes it drops. */
const DANGEROUS_START = /^[\s"]*[=+\-@]|^[\t\r\n]/;
/**
 * A plain number (either decimal mark, optional exponent), or a lone dash (a file's "nothing"
 * marker, which a spreadsheet keeps as text): data, not a formula.
 */
const PLAIN_NUMBER = /^\s*(?:-?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?|-)\s*$/;
/** What makes a text cell need double quotes, whichever separator is applied. */
const NEEDS_QUOTES = /[,;"\n\r\t]/;

/** Cell and decimal separators of a locale. `dialect('fr')` → `{ delimiter: ';', decimal: ',' }` */
export function dialect(locale: Locale): CsvDialect {
	return locale === 'fr' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

function defusePiece(piece: string): string {
	const dangerous = DANGEROUS_START.test(piece) && !PLAIN_NUMBER.test(piece.replace(/[,;]$/, ''));
	return dangerous ? `'${piece}` : piece;
}

/**
 * A text cell made safe against formula injection (before quoting): its start and the start of
 * each piece after a `,` or `;`. `neutralise('=SUM(A1)')` → `'=SUM(A1)`;
 * `neutralise('a;=1+2')` → `a;'=1+2`; `neutralise('-2')` → `-2`; `neutralise('-')` → `-`;
 * `neutralise('France')` → `France`
 */
export function neutralise(text: string): string {
	if (!/[=+\-@\t\r\n]/.test(text)) return text;
	return text
		.split(/(?<=[,;])/)
		.map(defusePiece)
		.join('');
}

/**
 * One cell as written in a file of `d`: numbers in its decimal mark (full precision, no
 * thousands separator), missing values empty, text neutralised then quoted when it holds `,`,
 * `;`, a quote, a tab or a line break. `csvCell(-2.5, dialect('fr'))` → `-2,5`;
 * `csvCell('a,b', dialect('fr'))` → `"a,b"`
 */
export function csvCell(value: unknown, d: CsvDialect): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		// Not-a-number and infinities are not figures: leave the cell empty rather than write text.
		if (!Number.isFinite(value)) return '';
		return String(value).replace('.', d.decimal);
	}
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutralise(String(value));
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Lines of cells as a file: optional BOM, CRLF endings (RFC 4180), a final line break.
 * `csvText([['a', 1.5]], dialect('fr'))` → `'a;1,5\r\n'`
 */
export function csvText(
	lines: readonly (readonly unknown[])[],
	d: CsvDialect,
	{ bom = false }: { bom?: boolean } = {}
): string {
	const body = lines.map((cells) => cells.map((c) => csvCell(c, d)).join(d.delimiter));
	return `${bom ? BOM : ''}${body.join('\r\n')}\r\n`;
}

/**
 * One cell in a locale's dialect. `cell(-2.5, 'fr')` → `-2,5`; `cell('a;b', 'en')` → `"a;b"`
 */
export function cell(value: unknown, locale: Locale): string {
	return csvCell(value, dialect(locale));
}

/**
 * The whole file: BOM, header line in the interface language, one line per row, CRLF endings.
 * `toCsv([{ geo: 'FR', value: 13.43 }], [{ key: 'geo', fr: 'Zone', en: 'Geo' }, { key: 'value', fr: 'Valeur', en: 'Value' }], { locale: 'fr' })`
 * → `'\ufeffZone;Valeur\r\nFR;13,43\r\n'`
 */
export function toCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly CsvColumn[],
	{ locale }: CsvOptions
): string {
	const header = columns.map((c) => c[locale]);
	const lines = rows.map((row) => columns.map((c) => row[c.key]));
	return csvText([header, ...lines], dialect(locale), { bom: true });
}

/** The key of the column `withSource` adds. */
export const SOURCE_KEY = 'source';

/**
 * A chart's rows with where their figures come from, in a last `Source` column, so that the file
 * names its source and the date of its data once it has left the page (the workbook prints them
 * above its table; a CSV has no room for that). A table with a source column of its own keeps it.
 * `withSource([{ geo: 'FR' }], [{ key: 'geo', fr: 'Zone', en: 'Geo' }], 'Source : Eurostat', 'Données : 2025').rows`
 * → `[{ geo: 'FR', source: 'Source : Eurostat — Données : 2025' }]`
 */
export function withSource(
	rows: readonly Record<string, unknown>[],
	columns: readonly CsvColumn[],
	source: string,
	dataDate: string
): { rows: Record<string, unknown>[]; columns: CsvColumn[] } {
	const text = [source, dataDate].filter((s) => s.trim() !== '').join(' — ');
	if (text === '' || columns.some((c) => c.key === SOURCE_KEY)) {
		return { rows: [...rows], columns: [...columns] };
	}
	return {
		rows: rows.map((row) => ({ ...row, [SOURCE_KEY]: text })),
		columns: [...columns, { key: SOURCE_KEY, fr: 'Source', en: 'Source' }]
	};
}
