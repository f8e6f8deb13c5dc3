/**
 * The rejected rows of an import as a CSV a person can open in a spreadsheet, fix and import
 * again. Every cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return at its start: OWASP "CSV injection") is prefixed with an apostrophe, so a hostile label
 * stays text there too.
 */
import type { ImportReport } from './types';

/**
 * One CSV cell, quoted when needed and defused when it could be read as a formula.
 * `csvCell('=HYPERLINK("x")')` → `"'=HYPERLINK(""x"")"`; `csvCell('-3.5')` → `-3.5`.
 */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	// A plain negative number is data, not a formula; anything else starting so is defused.
	if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+([.,]\d+)?$/.test(text))) {
		text = `'${text}`;
	}
	return /[",;\n\r\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every error of the reports (rejected rows and refused cells, with file, line, column and
 * reason), followed by the line's fields as read when the importer kept them.
 * `rejectedRowsCsv([report])` → `'file,line,column,column_name,reason,field_1,...\r\nr.csv,4,10,OBS_VALUE,...'`.
 */
export function rejectedRowsCsv(reports: readonly ImportReport[]): string {
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
	return [header, ...records].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
