/**
 * The data behind a chart as a CSV file a spreadsheet opens right.
 *
 * Choice of dialect: French files use `;` between cells and a decimal comma, English files `,` and
 * a decimal point. Excel set to French reads `;`-separated files with decimal commas as numbers
 * (its list separator is `;` there because the comma is the decimal mark); Excel set to English,
 * LibreOffice and pandas (`sep=','`) read the English dialect. The file starts with a UTF-8 BOM so
 * Excel does not read `é` as `Ã©`, lines end with CRLF (RFC 4180).
 *
 * Formula injection (https://owasp.org/www-community/attacks/CSV_Injection): a text cell starting
 * with `=`, `+`, `-`, `@`, tab, carriage return or line feed is prefixed with `'`, so a label such
 * as `=HYPERLINK(...)` shows as text. Cells typed as numbers are written as numbers, never
 * prefixed: `-2` stays minus two.
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

/** The byte order mark Excel needs to read the file as UTF-8. */
export const BOM = '\ufeff';

/** The MIME type to download the file with. */
export const CSV_MIME = 'text/csv;charset=utf-8';

const DANGEROUS_START = /^[=+\-@\t\r\n]/;

/** Cell and decimal separators of a locale. `dialect('fr')` → `{ delimiter: ';', decimal: ',' }` */
export function dialect(locale: Locale): { delimiter: string; decimal: string } {
	return locale === 'fr' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/**
 * A text cell made safe against formula injection (before quoting).
 * `neutralise('=SUM(A1)')` → `'=SUM(A1)`; `neutralise('France')` → `France`
 */
export function neutralise(text: string): string {
	return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/**
 * One cell as written in the file: numbers in the locale's decimal mark (full precision, no
 * thousands separator), missing values empty, text neutralised then quoted when it holds the
 * delimiter, a quote or a line break. `cell(-2.5, 'fr')` → `-2,5`; `cell('a;b', 'fr')` → `"a;b"`
 */
export function cell(value: unknown, locale: Locale): string {
	const { delimiter, decimal } = dialect(locale);
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		// Not-a-number and infinities are not figures: leave the cell empty rather than write text.
		if (!Number.isFinite(value)) return '';
		return String(value).replace('.', decimal);
	}
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutralise(String(value));
	const needsQuotes =
		text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
	return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
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
	const { delimiter } = dialect(locale);
	const header = columns.map((c) => cell(c[locale], locale)).join(delimiter);
	const lines = rows.map((row) => columns.map((c) => cell(row[c.key], locale)).join(delimiter));
	return `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
}
