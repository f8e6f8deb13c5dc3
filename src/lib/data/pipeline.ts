import type { Engine } from './duckdb/engine';
import { ingestInWorker } from './ingest/client';
import type { ImportReport } from './ingest/types';
import { parseManifest, type ManifestEntry } from './manifest';

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
	const manifest = parseManifest(await fetchText(`${base}/data/manifest.json`), 'manifest.json');
	onStep({ step: 'engine' });
	const { getBrowserEngine } = await import('./duckdb/browser');
	const engine = await getBrowserEngine();
	const reports: BrowserLoad['reports'] = [];
	for (const entry of manifest.files) {
		onStep({ step: 'file', file: entry.file });
		const response = await fetch(`${base}/data/${entry.file}`);
		if (!response.ok) throw new Error(`${entry.file}: HTTP ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const { columns, report } = await ingestInWorker({ name: entry.file, bytes });
		await engine.insertObservations(columns, entry.file);
		reports.push({ entry, report });
	}
	return { engine, reports };
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response.text();
}
