/**
 * The rejected rows of an import as a CSV a person can open in a spreadsheet, fix and import
 * again, written by the project's one CSV writer (`csv.ts`): in the reader's language and
 * dialect (`;` in French, `,` in English), every cell defused whichever separator a spreadsheet
 * applies, so a hostile label stays text there too.
 */
import type { Locale } from '../domain/codes';
import type { ImportReport } from '../data/ingest/types';
import { issueText } from '../i18n/importIssues';
import { tImport } from '../i18n/import';
import { csvCell as writeCell, csvText, dialect } from './csv';

/**
 * One cell of the rejected-rows file (English dialect), through the project's one CSV writer.
 * `csvCell('=HYPERLINK("x")')` → `"'=HYPERLINK(""x"")"`; `csvCell('-3.5')` → `-3.5`.
 */
export function csvCell(value: string | number | null | undefined): string {
	return writeCell(value, dialect('en'));
}

/**
 * Every refusal of the reports, one record each (file, line, column, its name, reason), followed
 * by the line's fields as read: every line the importer kept (up to `MAX_REJECTED_ROWS` a file,
 * far more than the page lists), then the refusals of lines it did not keep (the whole file's),
 * and a last record saying how many refused lines were counted past that.
 * `rejectedRowsCsv([report])` → `'file,line,column,column_name,reason,field_1,...\r\nr.csv,4,10,OBS_VALUE,...'`;
 * `rejectedRowsCsv([report], 'fr')` → `'fichier;ligne;colonne;…'`, the reasons in French.
 */
export function rejectedRowsCsv(reports: readonly ImportReport[], locale: Locale = 'en'): string {
	const m = tImport(locale).rejectedFile;
	const records: (string | number | null)[][] = [];
	let width = 0;
	for (const report of reports) {
		const kept = new Set<number>();
		for (const row of report.rejectedRows ?? []) {
			kept.add(row.line);
			width = Math.max(width, row.fields.length);
			for (const reason of row.reasons)
				records.push([
					report.file,
					row.line,
					reason.column,
					reason.columnName ?? null,
					issueText(reason, locale),
					...row.fields
				]);
		}
		for (const issue of report.issues) {
			// The count of errors the page does not list: this file lists them.
			if (issue.severity !== 'error' || issue.code === 'too-many-errors' || kept.has(issue.line))
				continue;
			records.push([
				issue.file,
				issue.line > 0 ? issue.line : null,
				issue.column,
				issue.columnName ?? null,
				issueText(issue, locale)
			]);
		}
		if (report.rejectedRowsNotKept)
			records.push([report.file, null, null, null, m.notKept(report.rejectedRowsNotKept)]);
	}
	const header: string[] = [...m.header];
	for (let i = 1; i <= width; i++) header.push(m.field(i));
	return csvText([header, ...records], dialect(locale));
}
