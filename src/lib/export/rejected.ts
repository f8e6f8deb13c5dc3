/**
 * The rejected rows of an import as a CSV a person can open in a spreadsheet, fix and import
 * again, written by the project's one CSV writer (`src/lib/export/csv.ts`): in the reader's
 * dialect (`;` in French, `,` in English), every cell defused whichever separator a spreadsheet
 * applies, so a hostile label stays text there too.
 */
import type { Locale } from '../../domain/codes';
import { csvCell as writeCell, csvText, dialect } from '../../export/csv';
import type { ImportReport } from './types';

/**
 * One cell of the rejected-rows file (English dialect), through the project's one CSV writer.
 * `csvCell('=HYPERLINK("x")')` → `"'=HYPERLINK(""x"")"`; `csvCell('-3.5')` → `-3.5`.
 */
export function csvCell(value: string | number | null | undefined): string {
	return writeCell(value, dialect('en'));
}

/**
 * Every error of the reports (rejected rows and refused cells, with file, line, column and
 * reason), followed by the line's fields as read when the importer kept them.
 * `rejectedRowsCsv([report])` → `'file,line,column,column_name,reason,field_1,...\r\nr.csv,4,10,OBS_VALUE,...'`;
 * `rejectedRowsCsv([report], 'fr')` → the same separated by `;`.
 */
export function rejectedRowsCsv(reports: readonly ImportReport[], locale: Locale = 'en'): string {
	const records: (string | number | null)[][] = [];
	let width = 0;
	for (const report of reports) {
		const rows = new Map((report.rejectedRows ?? []).map((r) => [r.line, r.fields]));
		for (const issue of report.issues) {
			if (issue.severity !== 'error') continue;
			const fields = issue.line > 0 ? (rows.get(issue.line) ?? []) : [];
			width = Math.max(width, fields.length);
			records.push([
				issue.file,
				issue.line > 0 ? issue.line : null,
				issue.column,
				issue.columnName ?? null,
				issue.message,
				...fields
			]);
		}
	}
	const header = ['file', 'line', 'column', 'column_name', 'reason'];
	for (let i = 1; i <= width; i++) header.push(`field_${i}`);
	return csvText([header, ...records], dialect(locale));
}
