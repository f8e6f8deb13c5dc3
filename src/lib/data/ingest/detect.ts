/**
 * Recognises which Eurostat layout a text is in, from its first line only (FORMATS.md §0).
 * Detection never guesses from the file name: files get renamed; headers do not lie.
 */
import type { Delimiter, FormatId } from './types';

/** What detection found, and a sentence saying why (shown when nothing matched). */
export interface Detection {
	format: FormatId | null;
	reason: string;
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
export function detectFormat(text: string, fileName: string, delimiter?: Delimiter): Detection {
	const body = text.replace(/^\uFEFF/, '');
	const start = body.trimStart();
	if (start === '') return { format: null, reason: `${fileName} is empty.` };
	if (start.startsWith('{') || start.startsWith('[')) {
		if (/"dimension"\s*:/.test(start) && /"value"\s*:/.test(start)) {
			return { format: 'json-stat-2', reason: 'JSON with "dimension" and "value": JSON-stat.' };
		}
		return {
			format: null,
			reason: `${fileName} is JSON but not a JSON-stat 2.0 dataset (no "dimension" and "value"). Expected ${EXPECTED_LAYOUTS}.`
		};
	}
	const newline = start.search(/\r?\n|\r/);
	const firstLine = newline < 0 ? start : start.slice(0, newline);
	const shown = firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine;
	if ((delimiter === undefined || delimiter === '\t') && firstLine.includes('\t')) {
		const firstCell = firstLine.slice(0, firstLine.indexOf('\t')).trim();
		if (/\\time$/i.test(firstCell) && !/\\time_period$/i.test(firstCell)) {
			return { format: 'tsv-legacy', reason: `first header cell "${firstCell}" ends in "\\time".` };
		}
		if (/\\time_period$/i.test(firstCell)) {
			return { format: 'tsv', reason: `first header cell "${firstCell}" ends in "\\TIME_PERIOD".` };
		}
	}
	const cells = firstLine.split(delimiter ?? ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
	if (cells[0] === 'DATAFLOW') {
		return { format: 'sdmx-csv-1', reason: 'header starts with DATAFLOW.' };
	}
	if (cells[0] === 'STRUCTURE' && cells[1] === 'STRUCTURE_ID') {
		// In the labelled layout every code column is followed by its label column, so
		// OBS_VALUE is followed by "Observation value" rather than OBS_FLAG or nothing.
		const value = cells.indexOf('OBS_VALUE');
		const next = value >= 0 ? cells[value + 1] : undefined;
		const labelled =
			cells.includes('STRUCTURE_NAME') ||
			(next !== undefined && next !== 'OBS_FLAG' && next !== 'CONF_STATUS');
		return labelled
			? { format: 'sdmx-csv-2-labels', reason: 'SDMX-CSV 2.0 header with label columns.' }
			: { format: 'sdmx-csv-2', reason: 'SDMX-CSV 2.0 header, codes only.' };
	}
	const lower = cells.map((c) => c.toLowerCase());
	if (
		lower.includes('geo') &&
		(lower.includes('time_period') || lower.includes('time')) &&
		lower.includes('obs_value')
	) {
		return { format: 'csv-long', reason: 'long table with geo, TIME_PERIOD and OBS_VALUE.' };
	}
	let hint = '';
	if (firstLine.includes(';') && !firstLine.includes(',') && !firstLine.includes('\t')) {
		hint =
			' It is separated by semicolons (";"), as spreadsheets write in French; Eurostat files use commas or tabs: download the file again from Eurostat rather than re-saving it.';
	} else if (/^"?TIME"?,/i.test(firstLine) || /"Flag and Footnotes"/i.test(firstLine)) {
		hint =
			' It looks like a legacy Data Explorer CSV (labels instead of codes), which cannot be matched reliably: download the dataset as TSV or SDMX-CSV instead.';
	}
	return {
		format: null,
		reason: `${fileName}: unrecognised header "${shown}".${hint} Expected ${EXPECTED_LAYOUTS}.`
	};
}
