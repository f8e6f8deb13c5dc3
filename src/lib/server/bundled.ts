import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestBytes } from '../data/ingest/ingest';
import type { ImportReport } from '../data/ingest/types';
import { parseManifest, type Manifest, type ManifestEntry } from '../data/manifest';
import type { Engine } from '../data/duckdb/engine';
import { createNodeEngine } from '../data/duckdb/node';
import { datasetsCarrying } from '../data/queries/vintages';
import {
	resolveSeries,
	vintageOf,
	type DatasetVintage,
	type ResolvedSeries,
	type SeriesFields
} from '../domain/population';
import { FOCUS_GEO, REFERENCE_GEO } from '../domain/headline';

/** The bundled data as the build sees it: one engine holding every file of the manifest. */
export interface Bundled {
	engine: Engine;
	manifest: Manifest;
	/** One import report per manifest entry, in manifest order. */
	reports: { entry: ManifestEntry; report: ImportReport }[];
	/** When each real (not illustrative) file was published, in manifest order. */
	vintages: DatasetVintage[];
}

let loading: Promise<Bundled> | null = null;

/** Folder of the bundled files; the build runs from the project root. */
export const DATA_DIR = path.resolve(process.env.OBSERVATOIRE_DATA_DIR ?? 'data');

/**
 * Reads `data/manifest.json` and every file it lists through the same importer as the browser,
 * into the Node twin of the engine. Done once per build, shared by every prerendered page.
 */
export function loadBundled(): Promise<Bundled> {
	loading ??= load();
	return loading;
}

async function load(): Promise<Bundled> {
	const manifestFile = path.join(DATA_DIR, 'manifest.json');
	const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
	const engine = await createNodeEngine();
	const reports: Bundled['reports'] = [];
	for (const entry of manifest.files) {
		// Bytes, not text: the same decoding (BOM, encoding, gzip) as a file dropped in the browser.
		const bytes = new Uint8Array(await readFile(path.join(DATA_DIR, entry.file)));
		const { observations, report } = await ingestBytes(entry.file, bytes, {
			dataset: entry.dataset
		});
		if (report.fatal) {
			// A bundled file that cannot be read is a build error, not a page with holes.
			throw new Error(`data/${entry.file}: ${report.fatal}`);
		}
		await engine.insertObservations(observations, entry.file);
		reports.push({ entry, report });
	}
	const vintages = reports
		.filter((r) => !r.entry.synthetic)
		.map((r) => ({ dataset: r.entry.dataset, vintage: vintageOf(r.entry, r.report.lastUpdate) }));
	// Closing the shared engine forgets it, so a later caller (another test file of the same
	// worker) loads the data again instead of querying a closed database.
	const close = engine.close;
	engine.close = async () => {
		loading = null;
		await close();
	};
	return { engine, manifest, reports, vintages };
}

/**
 * The one bundled file a series is read from: among the real files that publish it for France
 * or the EU average, the pinned one, else the newest vintage. `null` when none publishes it.
 * `resolveBundled(bundled, headlineFields('GE10'))?.dataset` → `isoc_ec_esels`;
 * `resolveBundled(bundled, headlineFields('GE10'), 'tin00111')?.dataset` → `tin00111`
 */
export async function resolveBundled(
	bundled: Bundled,
	fields: SeriesFields,
	pinned: string | null = null,
	geos: readonly string[] = [FOCUS_GEO, REFERENCE_GEO]
): Promise<ResolvedSeries | null> {
	const carrying = new Set(await datasetsCarrying(bundled.engine, fields, geos));
	return resolveSeries(
		fields,
		bundled.vintages.filter((v) => carrying.has(v.dataset)),
		pinned
	);
}
