/**
 * The data behind a chart or a table as an Excel workbook: the same rows and columns as its CSV
 * (`csv.ts`), numbers as numbers (a spreadsheet sums them without a conversion, whatever its
 * language), flags in their own columns as the export builders give them, and above the table
 * the title, the unit line, the source and the date of the data, so that a sheet sent on alone
 * still says what it holds. Text is written as text cells, never as formulas: a label such as
 * `=HYPERLINK(...)` stays inert without the apostrophe a CSV needs.
 *
 * The library (`@e965/xlsx`, SheetJS Community Edition with its security fixes) is imported only
 * when a person asks for the file: it stays off the way to the first chart.
 */
import { tWords } from '../i18n/words';
import type { Locale } from '../domain/codes';
import type { CsvColumn } from './csv';

/** The MIME type of an `.xlsx`. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the workbook says above its table, in the reader's language. */
export interface XlsxHeading {
	title: string;
	/** The unit or scope line under the title (`% des entreprises de 10 personnes ou plus`). */
	subtitle?: string;
	/** The source line, as the page writes it (`Source : Eurostat, tableau tin00111`). */
	source: string;
	/** The date of the data, as the page writes it (`Données : 2025`). */
	dataDate: string;
}

type Cell = string | number | null;

/**
 * The sheet's rows: heading lines, an empty row, the header, then one row per data row; a number
 * stays a number, a missing value an empty cell. `xlsxRows([{ geo: 'FR', value: 13.43 }],
 * [{ key: 'geo', fr: 'Zone', en: 'Geo' }, { key: 'value', fr: 'Valeur', en: 'Value' }],
 * { title: 'T', source: 'Source : Eurostat', dataDate: 'Données : 2025' }, 'fr')`
 * → `[['T'], ['Source : Eurostat'], ['Données : 2025'], [], ['Zone', 'Valeur'], ['FR', 13.43]]`
 */
export function xlsxRows(
	rows: readonly Record<string, unknown>[],
	columns: readonly CsvColumn[],
	heading: XlsxHeading,
	locale: Locale
): Cell[][] {
	const top: Cell[][] = [[heading.title]];
	if (heading.subtitle) top.push([heading.subtitle]);
	top.push([heading.source], [heading.dataDate], []);
	const cell = (value: unknown): Cell => {
		if (value === null || value === undefined) return null;
		if (typeof value === 'number') return Number.isFinite(value) ? value : null;
		return String(value);
	};
	return [
		...top,
		columns.map((c) => c[locale]),
		...rows.map((row) => columns.map((c) => cell(row[c.key])))
	];
}

/**
 * The workbook's bytes: one sheet named after the data, the header row frozen-width columns.
 * `await toXlsx(rows, columns, heading, 'fr')` → `Uint8Array` (a zip starting `PK`).
 */
export async function toXlsx(
	rows: readonly Record<string, unknown>[],
	columns: readonly CsvColumn[],
	heading: XlsxHeading,
	locale: Locale
): Promise<Uint8Array> {
	const XLSX = await import('@e965/xlsx');
	const aoa = xlsxRows(rows, columns, heading, locale);
	const sheet = XLSX.utils.aoa_to_sheet(aoa);
	sheet['!cols'] = columns.map((c, j) => ({
		wch: Math.min(
			40,
			Math.max(
				c[locale].length,
				...aoa.slice(-rows.length || aoa.length).map((r) => String(r[j] ?? '').length)
			) + 2
		)
	}));
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, sheet, tWords(locale).dataSheet);
	book.Props = { Title: heading.title, Comments: heading.source };
	const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
	return new Uint8Array(out as ArrayBuffer);
}
