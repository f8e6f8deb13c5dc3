import type { Engine } from './duckdb/engine';
import { ingestInWorker } from './ingest/client';
import { columnsFromJson } from './ingest/columns';
import type { BundledSource } from './ingest/session.svelte';
import type { ImportReport } from './ingest/types';
import { parseManifest, type Manifest, type ManifestEntry } from './manifest';

export interface BrowserLoad {
	engine: Engine;
	reports: { entry: ManifestEntry; report: ImportReport }[];
}

/** A step of the load, for a progress line: `{ step: 'engine' }`, `{ step: 'file', file: 'a.tsv' }`. */
export type LoadStep = { step: 'manifest' } | { step: 'engine' } | { step: 'file'; file: string };

/**
 * The whole pipeline in the browser: fetch each bundled file → parse and validate in a Worker
 * (PapaParse) → DuckDB-WASM (its own Worker). DuckDB is imported here, on demand, so that no
 * page pays for its wasm before it asks a question the prerendered figures cannot answer.
 * `loadBundledInBrowser('')` → `{ engine, reports: [{ entry: { file: 'estat_tin00111.tsv' ... }, report }] }`
 */
export function loadBundledInBrowser(
	base: string,
	onStep: (step: LoadStep) => void = () => {}
): Promise<BrowserLoad> {
	// Once per page life: a second call must not load the same rows twice.
	loaded ??= load(base, onStep).catch((error: unknown) => {
		loaded = null;
		throw error;
	});
	return loaded;
}

let loaded: Promise<BrowserLoad> | null = null;

async function load(base: string, onStep: (step: LoadStep) => void): Promise<BrowserLoad> {
	onStep({ step: 'manifest' });
	const manifest = await fetchManifest(base);
	onStep({ step: 'engine' });
	const { getBrowserEngine } = await import('./duckdb/browser');
	const engine = await getBrowserEngine();
	const reports: BrowserLoad['reports'] = [];
	for (const entry of manifest.files) {
		onStep({ step: 'file', file: entry.file });
		const { columns, report } = await readBundledFile(base, entry.file);
		await engine.insertObservations(columns, entry.file);
		reports.push({ entry, report });
	}
	return { engine, reports };
}

/** One bundled file fetched and read by the importer, in its Worker. */
async function readBundledFile(base: string, file: string) {
	const response = await fetch(`${base}/data/${file}`);
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	return ingestInWorker({ name: file, blob: await response.blob() });
}

let realColumns: Promise<BundledSource[]> | null = null;

/**
 * The real (not illustrative) bundled files as columns, once per page life, without the engine:
 * what the import page checks a new file against, so a figure they have is not kept twice. Read
 * at build time by the same importer (`checkColumns.ts`) and fetched as one file: three import
 * Workers started beside a 1M-row file's parse cost it 0.3–0.5 s (issue #18).
 * `realBundledColumns('')` → `[{ file: 'estat_tin00111.tsv', columns }, ...]`
 */
export function realBundledColumns(base: string): Promise<BundledSource[]> {
	realColumns ??= (async () => {
		const url = `${base}/data/check-columns.json`;
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return checkSourcesOf(await response.json(), url);
	})().catch((error: unknown) => {
		realColumns = null;
		throw error;
	});
	return realColumns;
}

/**
 * The sources of `check-columns.json`, or an error naming the file when it is not what the build
 * writes (never a check against half a file). `checkSourcesOf({ files: [] }, 'a.json')` → `[]`
 */
export function checkSourcesOf(value: unknown, url: string): BundledSource[] {
	const files = (value as { files?: unknown } | null)?.files;
	if (!Array.isArray(files)) throw new Error(`${url}: no list of files`);
	return files.map((entry: unknown, i) => {
		const { file, vintage, columns } = (entry ?? {}) as {
			file?: unknown;
			vintage?: unknown;
			columns?: unknown;
		};
		const read = columnsFromJson(columns);
		if (typeof file !== 'string' || read === null)
			throw new Error(`${url}: entry ${i + 1} is not a file's columns`);
		// An older build wrote no vintage: the check still runs, its options undated.
		return { file, vintage: typeof vintage === 'string' ? vintage : null, columns: read };
	});
}

async function fetchManifest(base: string): Promise<Manifest> {
	const url = `${base}/data/manifest.json`;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return parseManifest(await response.text(), 'manifest.json');
}
