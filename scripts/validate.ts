/**
 * Import report for Eurostat files and ministry tables, with the importer the dashboard uses
 * and the same detection as the import page (separator, decimal mark, encoding, `sep=;`).
 *
 *   npm run validate -- FILE... [--json] [--lang fr] [--decimal ,]
 *
 * Prints a report per file to stderr; with --json, every observation as one JSON line on stdout,
 * streamed (millions of lines never make one string), every dimension included.
 * Exit 0: every file read, no row rejected. 1: a row or cell was rejected, two rows of a
 * dataset (in one file or in several files of the same dataset code) give different values for
 * one figure, or a decimal mark is ambiguous. 2: a file
 * unreadable. A closed output pipe (`| head -1`) ends the command quietly.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ingestBytesToColumns, toJsonLine } from '../src/lib/data/ingest/ingest';
import { observationsOf, type ObservationColumns } from '../src/lib/data/ingest/columns';
import { planMerge, type Conflict } from '../src/lib/data/ingest/merge';
import type { DecimalMark, ImportReport, IngestIssue } from '../src/lib/data/ingest/types';
import { issueText } from '../src/lib/i18n/importIssues';
import type { Locale } from '../src/lib/domain/codes';

const HELP = `Usage: npm run validate -- FILE... [--json] [--lang fr] [--decimal . | --decimal ,]

Reads each file (Eurostat TSV, SDMX-CSV 1.0/2.0, JSON-stat 2.0, a long table like the import
template; .gz accepted; an .xlsx workbook's first sheet in a known layout, such as a Eurostat
Data Browser export; separators, decimal commas and encodings detected as on the import page)
and prints an import report per file to stderr.

  --json         also write every observation as one JSON line to stdout
  --lang fr|en   language of the report (English by default)
  --decimal . | ,  the decimal mark, when the report says it is ambiguous ("1.234")
  --help         show this help

Exit status: 0 every file read and no row rejected; 1 a row or a cell was rejected, a figure has
two different values, or the decimal mark is ambiguous; 2 a file could not be read at all
(missing, unrecognised layout...).`;

const DIALECT_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

/**
 * The readable report of one file, one line per fact and per issue.
 * `formatReport(report)` → `'data.tsv: format tsv, dataset tin00111\n  rows read 41...'`.
 */
export function formatReport(r: ImportReport, locale: Locale = 'en'): string {
	const lines = [`${r.file}: format ${r.format ?? 'unknown'}, dataset ${r.dataset}`];
	const fatal = r.issues.find((i) => i.fatal);
	if (r.fatal !== null) lines.push(`  not read: ${fatal ? issueText(fatal, locale) : r.fatal}`);
	else {
		const d = r.dialect?.dialect;
		if (d) {
			lines.push(
				`  read as ${d.encoding}, ${DIALECT_NAMES[d.delimiter]}-separated, decimal mark "${d.decimal}"${r.dialect!.ambiguous && !r.dialect!.chosen.includes('decimal') ? ' (ambiguous)' : ''}`
			);
		}
		lines.push(
			`  rows read ${r.rowsRead}, accepted ${r.rowsAccepted}, rejected ${r.rowsRejected}, blank ${r.blankRows}; cells rejected ${r.cellsRejected}`,
			`  observations ${r.observations}, missing values ${r.missingValues}${r.lastUpdate ? `, last update ${r.lastUpdate}` : ''}`
		);
		if (r.lines > 0) {
			lines.push(
				`  lines ${r.lines}: header ${r.headerLines}, rows ${r.rowsRead}, continued labels ${r.joinedLines}`
			);
		}
		if (r.unknownCodes.length > 0) {
			const list = r.unknownCodes.map((u) => `${u.dimension} ${u.code} (${u.count})`).join(', ');
			lines.push(`  unknown codes: ${list}`);
		}
	}
	for (const i of r.issues) {
		if (i.fatal) continue;
		lines.push(issueLine(i, locale));
	}
	return lines.join('\n');
}

/** `file:line:column: severity: message`, as compilers write it, so editors can jump there. */
function issueLine(i: IngestIssue, locale: Locale): string {
	// A workbook's issues are placed as cells (`'Sheet 1'!D9`), as a spreadsheet names them.
	const at = i.cell
		? `${i.file}:${i.cell}`
		: i.line === 0
			? i.file
			: i.column === null
				? `${i.file}:${i.line}`
				: `${i.file}:${i.line}:${i.column}`;
	return `${at}: ${i.severity}: ${issueText(i, locale)}`;
}

/** Where the JSON lines go: resolves once the stream can take more; false when it is closed. */
export type Out = (chunk: string) => Promise<boolean>;

/** Observations turned into text per slice, so that 3.4 million never become one string. */
const SLICE = 10_000;

async function writeJson(columns: ObservationColumns, out: Out): Promise<boolean> {
	for (let from = 0; from < columns.length; from += SLICE) {
		const to = Math.min(columns.length, from + SLICE);
		let chunk = '';
		for (const o of observationsOf(columns, from, to)) chunk += `${toJsonLine(o)}\n`;
		if (!(await out(chunk))) return false;
	}
	return true;
}

/** The statistic of a conflict, for a person: `E_ESELL PC_ENT 10-249 FR 2023`. */
function conflictKey(c: Conflict): string {
	const o = c.observation;
	const extra = o.extra ? Object.entries(o.extra).map(([k, v]) => `${k}=${v}`) : [];
	return [o.indicator, o.unit, o.sizeClass, o.nace, o.geo, o.period, ...extra]
		.filter(Boolean)
		.join(' ');
}

/** Most conflicts listed; the rest are counted. */
const MAX_CONFLICTS = 50;

/**
 * Runs the command; returns the exit status. `await main(['a.tsv'])` → `0`.
 */
export async function main(
	args: string[],
	out: Out = stdoutWriter(),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		err(`${HELP}\n`);
		return 0;
	}
	const json = args.includes('--json');
	let locale: Locale = 'en';
	let decimal: DecimalMark | undefined;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--json') continue;
		if (a === '--lang' || a === '--decimal') {
			const value = args[++i];
			if (a === '--lang' && (value === 'fr' || value === 'en')) locale = value;
			else if (a === '--decimal' && (value === '.' || value === ',')) decimal = value;
			else {
				err(`${a} takes ${a === '--lang' ? '"fr" or "en"' : '"." or ","'}.\n\n${HELP}\n`);
				return 2;
			}
			continue;
		}
		if (a.startsWith('--')) {
			err(`Unknown option ${a}.\n\n${HELP}\n`);
			return 2;
		}
		files.push(a);
	}
	if (files.length === 0) {
		err(`No file given.\n\n${HELP}\n`);
		return 2;
	}
	let status = 0;
	let open = true;
	// Per dataset code: two vintages of a series are different datasets, never merged; files
	// of one dataset (or one file's own rows) must agree, as the import page checks.
	const byDataset = new Map<string, { id: string; file: string; columns: ObservationColumns }[]>();
	for (const file of files) {
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await readFile(file));
		} catch (error) {
			err(
				`${file}: cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`
			);
			status = 2;
			continue;
		}
		const { columns, report } = await ingestBytesToColumns(file, bytes, {
			dialect: decimal ? { decimal } : 'auto'
		});
		err(`${formatReport(report, locale)}\n`);
		if (report.fatal !== null) status = 2;
		else if (
			report.rowsRejected > 0 ||
			report.cellsRejected > 0 ||
			report.issues.some((i) => i.code === 'ambiguous-decimal')
		) {
			status = Math.max(status, 1);
		}
		const group = byDataset.get(report.dataset) ?? [];
		group.push({ id: file, file, columns });
		byDataset.set(report.dataset, group);
		if (json && open) open = await writeJson(columns, out);
	}
	// The same figure with two values (in one file or across files), as the import page finds.
	const conflicts: Conflict[] = [];
	for (const group of byDataset.values()) {
		conflicts.push(...(await planMerge(group, { yieldEvery: Infinity })).conflicts);
	}
	for (const c of conflicts.slice(0, MAX_CONFLICTS)) {
		const values = c.options
			.map((o) => `${o.value ?? ':'}${o.flags ? ` ${o.flags}` : ''} (${o.file})`)
			.join(', ');
		const message = issueText(
			{ code: 'conflicting-duplicate', params: { key: conflictKey(c), values } },
			locale
		);
		err(`${c.options[0]!.file}: error: ${message}\n`);
	}
	if (conflicts.length > MAX_CONFLICTS) {
		err(`${conflicts.length - MAX_CONFLICTS} more conflicting figures are not listed.\n`);
	}
	if (conflicts.length > 0) status = Math.max(status, 1);
	return status;
}

/**
 * Writes to stdout with backpressure; once the reader has gone (EPIPE: `| head -1`), says
 * `false` and stays quiet instead of throwing.
 */
function stdoutWriter(): Out {
	let closed = false;
	let waiting: (() => void) | null = null;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') {
			process.stderr.write(`validate: cannot write the output (${error.code ?? error.message}).\n`);
		}
		closed = true;
		waiting?.();
	});
	return (chunk) =>
		new Promise((resolve) => {
			if (closed) return resolve(false);
			const more = process.stdout.write(chunk);
			// On the next turn, so that an EPIPE reported meanwhile stops the writing.
			if (more) setImmediate(() => resolve(!closed));
			else {
				const done = () => {
					process.stdout.off('drain', done);
					waiting = null;
					resolve(!closed);
				};
				waiting = done;
				process.stdout.once('drain', done);
			}
		});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			// Never a stack trace for a person: one line, and the "unreadable" status.
			process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 2;
		}
	);
}
