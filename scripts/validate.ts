/**
 * Import report for Eurostat files, the same importer the dashboard uses.
 *
 *   npm run validate -- FILE... [--json]
 *
 * Prints a report per file to stderr; with --json, every observation as one JSON line on stdout.
 * Exit 0: every file read, no row rejected. 1: a row or cell was rejected. 2: a file unreadable.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ingestBytes, toJsonLine } from '../src/lib/data/ingest/ingest';
import type { ImportReport } from '../src/lib/data/ingest/types';

const HELP = `Usage: npm run validate -- FILE... [--json]

Reads each Eurostat file (TSV, SDMX-CSV 1.0/2.0, JSON-stat 2.0; .gz accepted; an .xlsx
workbook's first sheet in a known layout) with the
dashboard's importer and prints an import report per file to stderr.

  --json    also write every observation as one JSON line to stdout
  --help    show this help

Exit status: 0 every file read and no row rejected; 1 a row or a cell was rejected;
2 a file could not be read at all (missing, unrecognised layout...).`;

/**
 * The readable report of one file, one line per fact and per issue.
 * `formatReport(report)` → `'data.tsv: format tsv, dataset tin00111\n  rows read 41...'`.
 */
export function formatReport(r: ImportReport): string {
	const lines = [`${r.file}: format ${r.format ?? 'unknown'}, dataset ${r.dataset}`];
	if (r.fatal !== null) lines.push(`  not read: ${r.fatal}`);
	else {
		lines.push(
			`  rows read ${r.rowsRead}, accepted ${r.rowsAccepted}, rejected ${r.rowsRejected}; cells rejected ${r.cellsRejected}`,
			`  observations ${r.observations}, missing values ${r.missingValues}${r.lastUpdate ? `, last update ${r.lastUpdate}` : ''}`
		);
		if (r.unknownCodes.length > 0) {
			const list = r.unknownCodes.map((u) => `${u.dimension} ${u.code} (${u.count})`).join(', ');
			lines.push(`  unknown codes: ${list}`);
		}
	}
	for (const i of r.issues) {
		if (i.code === 'fatal') continue;
		// `file:line:column:` as compilers write it, so editors can jump there; no column for a whole line.
		const at = i.cell
			? `${i.file}:${i.cell}`
			: i.column === null
				? `${i.file}:${i.line}`
				: `${i.file}:${i.line}:${i.column}`;
		lines.push(`${at}: ${i.severity}: ${i.message}`);
	}
	return lines.join('\n');
}

/**
 * Runs the command; returns the exit status. `await main(['a.tsv'])` → `0`.
 */
export async function main(
	args: string[],
	out: (s: string) => void = (s) => process.stdout.write(s),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		err(`${HELP}\n`);
		return 0;
	}
	const json = args.includes('--json');
	const unknownOption = args.find((a) => a.startsWith('--') && a !== '--json');
	if (unknownOption) {
		err(`Unknown option ${unknownOption}.\n\n${HELP}\n`);
		return 2;
	}
	const files = args.filter((a) => !a.startsWith('--'));
	if (files.length === 0) {
		err(`No file given.\n\n${HELP}\n`);
		return 2;
	}
	let status = 0;
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
		const { observations, report } = await ingestBytes(file, bytes);
		err(`${formatReport(report)}\n`);
		if (report.fatal !== null) status = 2;
		else if (report.rowsRejected > 0 || report.cellsRejected > 0) status = Math.max(status, 1);
		if (json) {
			// One write per file: millions of tiny writes would dominate the run time.
			const chunk = observations.map((o) => `${toJsonLine(o)}\n`).join('');
			if (chunk) out(chunk);
		}
	}
	return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv.slice(2)).then((code) => {
		process.exitCode = code;
	});
}
