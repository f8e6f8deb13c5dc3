/**
 * What the import page checks a new file against, made once at build time: the real (not
 * illustrative) bundled files read by the very importer the page's Worker runs, with the same
 * options (none), as columns in JSON. The page then fetches one small file instead of starting
 * three import Workers beside a big file's parse (issue #18).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { columnsToJson, type ColumnsJson } from '../data/ingest/columns';
import { ingestBytesToColumns } from '../data/ingest/ingest';
import { parseManifest } from '../data/manifest';
import { DATA_DIR } from './bundled';
import { vintageOf } from '../domain/population';

/** One bundled file as the check reads it. */
export interface CheckColumns {
	file: string;
	/** The edition the file is (its LAST UPDATE, else the manifest's vintage or retrieval date). */
	vintage: string;
	columns: ColumnsJson;
}

/**
 * The real bundled files' columns, in manifest order; a file that cannot be read is a build error.
 * `await bundledCheckColumns()` → `[{ file: 'estat_tin00111.tsv', columns }, ...]`
 */
export async function bundledCheckColumns(dir = DATA_DIR): Promise<CheckColumns[]> {
	const manifestFile = path.join(dir, 'manifest.json');
	const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
	const out: CheckColumns[] = [];
	for (const entry of manifest.files.filter((f) => !f.synthetic)) {
		const bytes = new Uint8Array(await readFile(path.join(dir, entry.file)));
		const { columns, report } = await ingestBytesToColumns(entry.file, bytes);
		if (report.fatal) throw new Error(`data/${entry.file}: ${report.fatal}`);
		out.push({
			file: entry.file,
			vintage: vintageOf(entry, report.lastUpdate),
			columns: columnsToJson(columns)
		});
	}
	return out;
}
