/**
 * The CSV of a data table (the comparison page's table tabs): the same columns and rows as the
 * table shows, in the order it first shows them. A numeric column writes its number, not its
 * formatted text (`16,5 %` would not add up in a spreadsheet); each column that carries Eurostat
 * flags gets a flag column right after it, so that a flag never sits inside a number, and each
 * column with values read from an imported file gets a column naming that file.
 */
import { tWords } from '../../i18n/words';
import type { Column, TableRow } from './table-rows';
import { sortRows, type SortDirection } from './table-rows';
import type { Locale } from '../../domain/locale';
import type { CsvColumn } from '../csv';

export interface TableCsv {
	columns: CsvColumn[];
	rows: Record<string, string | number | null>[];
}

/**
 * `tableCsv([{ id: 'country', label: 'Pays' }, { id: 'value', label: 'Valeur', numeric: true }],
 * [{ key: 'FR', cells: { country: { text: 'France', sort: 'France' }, value: { text: '16,5 %',
 * sort: 16.5, flags: 'b' } } }], 'fr')` → columns Pays, Valeur, « Valeur — indicateurs de statut » and
 * the row `{ country: 'France', value: 16.5, 'value\u0000flags': 'b' }`.
 */
export function tableCsv(
	columns: readonly Column[],
	rows: readonly TableRow[],
	locale: Locale,
	order: { sortBy?: string | null; direction?: SortDirection } = {}
): TableCsv {
	const flagged = new Set(
		columns
			.filter((c) => rows.some((r) => r.cells[c.id]?.flags || r.cells[c.id]?.confStatus))
			.map((c) => c.id)
	);
	const imported = new Set(
		columns.filter((c) => rows.some((r) => r.cells[c.id]?.imported)).map((c) => c.id)
	);
	const flagKey = (id: string) => `${id}\u0000flags`;
	const importedKey = (id: string) => `${id}\u0000imported`;
	const words = tWords(locale);
	const suffix = ` — ${words.flags}`;
	const fileSuffix = ` — ${words.importedColumn}`;
	const csvColumns: CsvColumn[] = columns.flatMap((c) => [
		// The table's labels are already in the reader's language: the file says the same.
		{ key: c.id, fr: c.label, en: c.label },
		...(flagged.has(c.id)
			? [{ key: flagKey(c.id), fr: `${c.label}${suffix}`, en: `${c.label}${suffix}` }]
			: []),
		...(imported.has(c.id)
			? [{ key: importedKey(c.id), fr: `${c.label}${fileSuffix}`, en: `${c.label}${fileSuffix}` }]
			: [])
	]);
	const sorted = sortRows(rows, order.sortBy ?? null, order.direction ?? 'descending');
	const csvRows = sorted.map((row) => {
		const out: Record<string, string | number | null> = {};
		for (const c of columns) {
			const cell = row.cells[c.id];
			if (!cell) {
				out[c.id] = null;
				continue;
			}
			out[c.id] = c.numeric ? (typeof cell.sort === 'number' ? cell.sort : null) : cell.text;
			if (flagged.has(c.id)) out[flagKey(c.id)] = `${cell.flags ?? ''}${cell.confStatus ?? ''}`;
			if (imported.has(c.id)) out[importedKey(c.id)] = cell.imported ?? '';
		}
		return out;
	});
	return { columns: csvColumns, rows: csvRows };
}
