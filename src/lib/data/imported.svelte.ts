/**
 * Datasets a person imported in this browser, as every view sees them: a reactive list next to
 * the bundled data that pages receive from prerendering. Views merge the two with
 * `withImported(bundled)`; the import page fills the list with `addImported`, which also keeps it
 * in IndexedDB; `restoreImported()` (called once by the root layout) brings it back after a
 * reload or a browser restart. Bundled data is never touched by any of this.
 */
import type { Observation } from '../domain/observation';
import {
	columnsOf,
	isObservationColumns,
	matchesWhere,
	observationsWhere,
	TEXT_COLUMNS,
	type ObservationColumns,
	type RowWhere
} from './ingest/columns';
import type { ImportReport } from './ingest/types';
import {
	allRecords,
	deleteRecord,
	putRecords,
	readParts,
	type PartArray,
	type RecordWithParts
} from './store/idb';

/**
 * An imported dataset, its rows kept as columns (IndexedDB stores them as such, see `toStored`):
 * views pick the rows they need with `withImported` or `observationsWhere`, so a million-row
 * file never becomes a million objects.
 */
export interface ImportedDataset {
	/** Stable id in the browser store. */
	id: string;
	/** File name as the person gave it. */
	file: string;
	/** Dataset code from the file (or its name). */
	dataset: string;
	/** ISO 8601 timestamp of the import. */
	importedAt: string;
	/** Set by the person at import time when the file is not real statistics. */
	synthetic: boolean;
	columns: ObservationColumns;
	report: ImportReport;
}

// `$state.raw`: the list is replaced, never mutated, so Svelte does not wrap every observation
// of a large file in a proxy. The array is frozen so that a `push` fails loudly instead of
// silently not updating the views.
let datasets = $state.raw<readonly ImportedDataset[]>(Object.freeze([]));

/** The reactive list: `imported.datasets` → every imported dataset, oldest first. */
export const imported: { readonly datasets: readonly ImportedDataset[] } = {
	get datasets() {
		return datasets;
	}
};

/**
 * The bundled and imported observations that pass `where`, for views that compute in the page.
 * Imported rows are picked column-wise, so only the rows a view needs become objects (a view of
 * one target's series reads a few thousand rows of a million-row file, not the million).
 * `withImported(data.observations, seriesWhere(target))` → `[...bundledKept, ...importedKept]`
 */
export function withImported(bundled: readonly Observation[], where: RowWhere): Observation[] {
	const kept = bundled.filter((o) => matchesWhere(o, where));
	if (datasets.length === 0) return kept;
	return [...kept, ...datasets.flatMap((d) => observationsWhere(d.columns, where))];
}

/** What IndexedDB keeps of a dataset besides its arrays (`parts`). */
interface StoredMeta extends Omit<ImportedDataset, 'columns'> {
	layout: 'columns';
	length: number;
	dictionaries: ObservationColumns['dictionaries'];
}

/** The record and the arrays to store: the dataset without its object rows. */
function toStored(d: ImportedDataset): RecordWithParts<StoredMeta> {
	const { id, file, dataset, importedAt, synthetic, columns, report } = d;
	const parts: Record<string, PartArray> = { values: columns.values, missing: columns.missing };
	for (const column of TEXT_COLUMNS) parts[`codes.${column}`] = columns.codes[column];
	return {
		record: {
			id,
			file,
			dataset,
			importedAt,
			synthetic,
			report,
			layout: 'columns',
			length: columns.length,
			dictionaries: columns.dictionaries
		},
		parts
	};
}

/**
 * A record read back from IndexedDB, in today's shape: its arrays are read from `parts`;
 * records of the first release (an `observations` array) are converted, and `migrated` says they
 * should be written again. A damaged record gives `null` and is left alone.
 */
async function fromRecord(
	record: unknown
): Promise<{ dataset: ImportedDataset; migrated: boolean } | null> {
	if (typeof record !== 'object' || record === null) return null;
	const r = record as Partial<StoredMeta> & { observations?: unknown };
	if (typeof r.id !== 'string' || typeof r.importedAt !== 'string' || !r.report) return null;
	const meta = {
		id: r.id,
		file: String(r.file ?? ''),
		dataset: String(r.dataset ?? ''),
		importedAt: r.importedAt,
		synthetic: r.synthetic === true,
		report: r.report
	};
	if (r.layout === 'columns') {
		const parts = await readParts(r.id);
		const codes: Record<string, unknown> = {};
		for (const column of TEXT_COLUMNS) codes[column] = parts[`codes.${column}`];
		const columns: unknown = {
			length: r.length,
			dictionaries: r.dictionaries,
			codes,
			values: parts.values,
			missing: parts.missing
		};
		if (!isObservationColumns(columns)) return null;
		return { dataset: { ...meta, columns }, migrated: false };
	}
	if (Array.isArray(r.observations)) {
		const columns = columnsOf(r.observations as Observation[]);
		return { dataset: { ...meta, columns }, migrated: true };
	}
	return null;
}

let restoring: Promise<void> | null = null;

/**
 * Loads the datasets kept in IndexedDB into `imported`, once per page life.
 * `await restoreImported()` → `imported.datasets` holds what was there before the reload.
 */
export function restoreImported(): Promise<void> {
	restoring ??= (async () => {
		try {
			const records: { dataset: ImportedDataset; migrated: boolean }[] = [];
			for (const record of await allRecords<unknown>()) {
				const read = await fromRecord(record);
				if (read) records.push(read);
			}
			records.sort((a, b) =>
				a.dataset.importedAt < b.dataset.importedAt
					? -1
					: a.dataset.importedAt > b.dataset.importedAt
						? 1
						: 0
			);
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not state
			const known = new Set(datasets.map((d) => d.id));
			const revived = records.filter((r) => !known.has(r.dataset.id));
			if (revived.length > 0) {
				datasets = Object.freeze([...revived.map((r) => r.dataset), ...datasets]);
			}
			const migrated = revived.filter((r) => r.migrated).map((r) => toStored(r.dataset));
			// Written back in today's shape, so the next visit reads typed arrays, not objects.
			if (migrated.length > 0) await putRecords(migrated).catch(() => false);
		} catch {
			// An unreadable store leaves the session without earlier imports, not broken.
		}
	})();
	return restoring;
}

/**
 * Adds (or replaces, by id) datasets and stores them. Resolves to whether they were stored
 * (false when the browser refuses IndexedDB: they then last for this visit only).
 * `await addImported([dataset])` → `true`
 */
export async function addImported(added: readonly ImportedDataset[]): Promise<boolean> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not state
	const ids = new Set(added.map((d) => d.id));
	datasets = Object.freeze([...datasets.filter((d) => !ids.has(d.id)), ...added]);
	let stored: boolean;
	try {
		stored = await putRecords(added.map(toStored));
	} catch {
		stored = false;
	}
	// A replaced dataset (a conflict settled against it) must not keep its old rows in the engine.
	const engine = await engineIfStarted();
	for (const d of added) {
		if (!inEngine.has(d.id)) continue;
		inEngine.delete(d.id);
		if (engine) {
			const { deleteSourceFile } = await import('./queries/imported');
			await deleteSourceFile(engine, sourceFileOf(d.id)).catch(() => undefined);
		}
	}
	return stored;
}

/** Removes one imported dataset from the views, the store and the in-browser engine. */
export async function removeImported(id: string): Promise<void> {
	datasets = Object.freeze(datasets.filter((d) => d.id !== id));
	inEngine.delete(id);
	await deleteRecord(id).catch(() => false);
	const engine = await engineIfStarted();
	if (engine) {
		const { deleteSourceFile } = await import('./queries/imported');
		await deleteSourceFile(engine, sourceFileOf(id)).catch(() => undefined);
	}
}

/** Name of an imported dataset's rows in the engine (`source_file`), apart from bundled files. */
export function sourceFileOf(id: string): string {
	return `imported:${id}`;
}

/** Which imported datasets the in-browser engine holds, so each is loaded once (not state). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
const inEngine = new Set<string>();
let engineStarted = false;

async function engineIfStarted() {
	if (!engineStarted) return null;
	const { getBrowserEngine } = await import('./duckdb/browser');
	return getBrowserEngine();
}

/**
 * Loads imported datasets into DuckDB-WASM, in the background: the engine module is imported
 * only now (its wasm stays off the first page load) and the page never waits for it.
 * `await loadIntoEngine(imported.datasets)` → number of observations inserted.
 */
export async function loadIntoEngine(list: readonly ImportedDataset[] = datasets): Promise<number> {
	if (typeof window === 'undefined') return 0;
	const { getBrowserEngine } = await import('./duckdb/browser');
	const engine = await getBrowserEngine();
	engineStarted = true;
	let inserted = 0;
	for (const d of list) {
		if (inEngine.has(d.id)) continue;
		inEngine.add(d.id);
		inserted += await engine.insertObservations(d.columns, sourceFileOf(d.id));
	}
	return inserted;
}
