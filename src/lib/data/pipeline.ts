import type { Engine } from './duckdb/engine';
import { ingestInWorker } from './ingest/client';
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
 * what the import page checks a new file against, so a figure they have is not kept twice.
 * `realBundledColumns('')` → `[{ file: 'estat_tin00111.tsv', columns }, ...]`
 */
export function realBundledColumns(base: string): Promise<BundledSource[]> {
	realColumns ??= (async () => {
		const out: BundledSource[] = [];
		for (const entry of (await fetchManifest(base)).files.filter((f) => !f.synthetic)) {
			out.push({ file: entry.file, columns: (await readBundledFile(base, entry.file)).columns });
		}
		return out;
	})().catch((error: unknown) => {
		realColumns = null;
		throw error;
	});
	return realColumns;
}

async function fetchManifest(base: string): Promise<Manifest> {
	const url = `${base}/data/manifest.json`;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return parseManifest(await response.text(), 'manifest.json');
}
