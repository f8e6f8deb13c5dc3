/**
 * Recognises which Eurostat layout a text is in, from its first line only (FORMATS.md §0).
 * Detection never guesses from the file name: files get renamed; headers do not lie.
 */
import type { Delimiter, FormatId, IssueMessage } from './types';
import { issueText } from '../../i18n/importIssues';

/** What detection found, and why (the message is shown when nothing matched). */
export interface Detection {
	format: FormatId | null;
	/** In English, for logs. */
	reason: string;
	/** Why nothing matched, as a message; `null` when a format was found. */
	issue: IssueMessage | null;
}

function found(format: FormatId, reason: string): Detection {
	return { format, reason, issue: null };
}

function refused(issue: IssueMessage): Detection {
	return { format: null, reason: issueText(issue, 'en'), issue };
}

/**
 * Excel's first line naming the separator (`sep=;`), or `null`. Spreadsheets write it to be
 * opened with the right separator whatever the locale; it is not part of the table.
 * `sepLine('sep=;\r\ngeo;...')` → `{ delimiter: ';', length: 7 }`.
 */
export function sepLine(text: string): { delimiter: Delimiter; length: number } | null {
	const m = /^"?sep=([,;\t|])"?[^\S\r\n]*(\r\n|\n|\r|$)/i.exec(text);
	return m ? { delimiter: m[1] as Delimiter, length: m[0].length } : null;
}

/** The layouts we read, for error messages. */
export const EXPECTED_LAYOUTS =
	'Eurostat TSV (first header cell like "freq,size_emp,nace_r2,indic_is,unit,geo\\TIME_PERIOD" or, before 2023, "indic_is,unit,sizen_r2,geo\\time", separated by tabs), ' +
	'SDMX-CSV 1.0 ("DATAFLOW,LAST UPDATE,..."), SDMX-CSV 2.0 ("STRUCTURE,STRUCTURE_ID,...", with or without labels), ' +
	'a long table with the columns geo, TIME_PERIOD and OBS_VALUE (see the import template) or JSON-stat 2.0';

/**
 * Detects the layout of a file's text. Without `delimiter`, as Eurostat publishes (tabs for the
 * wide TSV, commas otherwise); with one, the CSV layouts are looked for with that separator.
 * `detectFormat('DATAFLOW,LAST UPDATE,freq,...', 'a.csv')` → `{ format: 'sdmx-csv-1', reason: ... }`;
 * `detectFormat('geo;TIME_PERIOD;OBS_VALUE', 'a.csv', ';')` → `{ format: 'csv-long', ... }`.
 */
export function detectFormat(text: string, _fileName: string, delimiter?: Delimiter): Detection {
	const body = text.replace(/^\uFEFF/, '');
	const start = body.trimStart();
	if (start === '') return refused({ code: 'empty', params: {} });
	if (start.startsWith('{') || start.startsWith('[')) {
		if (/"dimension"\s*:/.test(start) && /"value"\s*:/.test(start)) {
			return found('json-stat-2', 'JSON with "dimension" and "value": JSON-stat.');
		}
		return refused({ code: 'json-not-json-stat', params: {} });
	}
	const newline = start.search(/\r?\n|\r/);
	const firstLine = newline < 0 ? start : start.slice(0, newline);
	const shown = firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine;
	// The wide layout: Eurostat writes it with tabs; a spreadsheet re-saves it with its own
	// separator, quoting the key cell when that separator is a comma.
	const wideSeparator = delimiter ?? '\t';
	if (firstLine.includes(wideSeparator)) {
		const quoted = /^"([^"]*)"/.exec(firstLine);
		const firstCell = (
			quoted ? quoted[1]! : firstLine.slice(0, firstLine.indexOf(wideSeparator))
		).trim();
		if (/\\time$/i.test(firstCell) && !/\\time_period$/i.test(firstCell)) {
			return found('tsv-legacy', `first header cell "${firstCell}" ends in "\\time".`);
		}
		if (/\\time_period$/i.test(firstCell)) {
			return found('tsv', `first header cell "${firstCell}" ends in "\\TIME_PERIOD".`);
		}
	}
	const cells = firstLine.split(delimiter ?? ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
	if (cells[0] === 'DATAFLOW') return found('sdmx-csv-1', 'header starts with DATAFLOW.');
	if (cells[0] === 'STRUCTURE' && cells[1] === 'STRUCTURE_ID') {
		// In the labelled layout every code column is followed by its label column, so
		// OBS_VALUE is followed by "Observation value" rather than OBS_FLAG or nothing.
		const value = cells.indexOf('OBS_VALUE');
		const next = value >= 0 ? cells[value + 1] : undefined;
		const labelled =
			cells.includes('STRUCTURE_NAME') ||
			(next !== undefined && next !== 'OBS_FLAG' && next !== 'CONF_STATUS');
		return labelled
			? found('sdmx-csv-2-labels', 'SDMX-CSV 2.0 header with label columns.')
			: found('sdmx-csv-2', 'SDMX-CSV 2.0 header, codes only.');
	}
	const lower = cells.map((c) => c.toLowerCase());
	if (
		lower.includes('geo') &&
		(lower.includes('time_period') || lower.includes('time')) &&
		lower.includes('obs_value')
	) {
		return found('csv-long', 'long table with geo, TIME_PERIOD and OBS_VALUE.');
	}
	// No advice to fetch the file again from Eurostat: it may well be a ministry's own table.
	const legacy = /^"?TIME"?[,;]/i.test(firstLine) || /"Flag and Footnotes"/i.test(firstLine);
	return refused({
		code: 'unrecognised-header',
		params: { header: shown, hint: legacy ? 'legacy' : '' }
	});
}
