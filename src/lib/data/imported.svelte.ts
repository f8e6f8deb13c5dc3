/**
 * Datasets a person imported in this browser, as every view sees them: a reactive list next to
 * the bundled data that pages receive from prerendering. Views merge the two with
 * `withImported(bundled)`; the import page fills the list with `addImported`, which also keeps it
 * in IndexedDB; `restoreImported()` (called once by the root layout) brings it back after a
 * reload or a browser restart. Bundled data is never touched by any of this.
 *
 * Several tabs share one store, and the store is the truth: every write and removal is announced
 * to the other tabs (BroadcastChannel), which read the store again at once; a commit checks,
 * inside its own transaction, that the store is still what this tab last read (each record
 * carries a `revision`), so a conflict with what another tab committed is found before anything
 * is written, and a dataset another tab removed is never written back. A record that cannot be
 * read is listed in `imported.broken` (named, removable), never hiding the others.
 */
import type { Observation } from '../domain/observation';
import {
	columnsOf,
	isObservationColumns,
	matchesWhere,
	observationsAt,
	releaseBuffers,
	rowsWhere,
	rowsWhereSliced,
	TEXT_COLUMNS,
	transferables,
	type ObservationColumns,
	type RowWhere
} from './ingest/columns';
import type { ImportReport } from './ingest/types';
import { withoutOverridden, type SetAside } from './ingest/merge';
import {
	deleteOrphanParts,
	deleteRecord,
	eachRecord,
	isQuotaError,
	MissingSlicesError,
	putRecords,
	StaleStoreError,
	type PartArray,
	type RecordWithParts
} from './store/idb';
import { readPartsOffThread } from './store/parts-reader';
import type { Engine } from './duckdb/engine';

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
	/**
	 * The figures (`statisticKey`) of bundled files this dataset replaces: conflicts with a
	 * bundled value that the reader settled for this file at import. Views then drop the bundled
	 * row, so one figure is never drawn twice (`withoutOverridden`). Absent: replaces none.
	 */
	overrides?: readonly string[];
	/**
	 * Its figures that another imported dataset keeps instead (a repeat of that one's row, or a
	 * conflict settled for it), counted per keeper: removing the keeper takes them with it, and the
	 * catalogue says so and which file to import again. Absent: none.
	 */
	setAside?: readonly SetAside[];
}

/** A stored dataset that cannot be read back: named, so that it can be removed. */
export interface BrokenDataset {
	id: string;
	/** File name when the record still says it. */
	file: string | null;
	/** `partial`: slices of its arrays are missing; `shape`: the record is not one we wrote;
	 * `unreadable`: the browser could not read the record at all. */
	reason: 'partial' | 'shape' | 'unreadable';
}

// `$state.raw`: the list is replaced, never mutated, so Svelte does not wrap every observation
// of a large file in a proxy. The array is frozen so that a `push` fails loudly instead of
// silently not updating the views.
let datasets = $state.raw<readonly ImportedDataset[]>(Object.freeze([]));
let broken = $state.raw<readonly BrokenDataset[]>(Object.freeze([]));

/**
 * The reactive lists: `imported.datasets` → every imported dataset, oldest first;
 * `imported.broken` → the stored ones that cannot be read (`[]` when all is well).
 */
export const imported: {
	readonly datasets: readonly ImportedDataset[];
	readonly broken: readonly BrokenDataset[];
} = {
	get datasets() {
		return datasets;
	},
	get broken() {
		return broken;
	}
};

/**
 * The store as this tab last read or wrote it: id → revision of every record (broken ones too).
 * A commit writes only if the store still matches it. Bookkeeping, never rendered.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
const synced = new Map<string, string>();

function newRevision(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A record's revision; records written before revisions existed count by their import date. */
function revisionOf(record: unknown): string {
	const r = (typeof record === 'object' && record !== null ? record : {}) as {
		revision?: unknown;
		importedAt?: unknown;
	};
	return String(r.revision ?? r.importedAt ?? '');
}

function sameAsSynced(records: unknown[]): boolean {
	if (records.length !== synced.size) return false;
	return records.every((r) => {
		const id = (r as { id?: unknown } | null)?.id;
		return typeof id === 'string' && synced.get(id) === revisionOf(r);
	});
}

const CHANNEL = 'observatoire-pme-imports';
let channel: BroadcastChannel | null = null;

/** Tells the other tabs the store changed; they read it again. */
function announce() {
	try {
		channel?.postMessage({ type: 'changed' });
	} catch {
		// A closed channel (page being unloaded): the other tabs will read the store on their next write.
	}
}

/**
 * The bundled and imported observations that pass `where`, for views that compute in the page.
 * Imported rows are picked column-wise, so only the rows a view needs become objects (a view of
 * one target's series reads a few thousand rows of a million-row file, not the million). With a
 * `key` that `wantImported` was told, a dataset read back from the store has its rows picked
 * already (in slices, before it was shown).
 * `withImported(data.observations, seriesWhere(target))` → `[...bundledKept, ...importedKept]`
 */
export function withImported(
	bundled: readonly Observation[],
	where: RowWhere,
	key?: string
): Observation[] {
	const kept = withoutOverridden(bundled, datasets).filter((o) => matchesWhere(o, where));
	if (datasets.length === 0) return kept;
	return [
		...kept,
		...datasets.flatMap((d) =>
			observationsAt(
				d.columns,
				(key && picked.get(d.columns)?.get(key)) || rowsWhere(d.columns, where)
			)
		)
	];
}

// The picks the views of this page life make (`wantImported`), by a key that names their tests;
// and, per dataset read back from the store, the rows each kept. A kept million-row file is read
// back as a page opens, and picking a target's rows out of it took one task of 25–45 ms on a
// 2-core machine (four times that on a slow laptop): it is done in slices before the dataset is
// shown (issue #18). A dataset's columns never change once made, so a pick stays true for them.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read when a store is read back, not state
const wanted = new Map<string, RowWhere>();
const picked = new WeakMap<ObservationColumns, Map<string, Uint32Array>>();

/**
 * Tells the store that a view picks `where` out of the imported rows, under a `key` that names
 * its tests (the same key, the same tests). `wantImported('series:E_ESELL|PC_ENT|10-249', where)`
 */
export function wantImported(key: string, where: RowWhere): void {
	wanted.set(key, where);
}

/** Makes the picks the views want for datasets just read back, in slices. */
async function pickWanted(read: readonly ImportedDataset[]): Promise<void> {
	for (const d of read) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- filled before the dataset is shown
		const picks = new Map<string, Uint32Array>();
		for (const [key, where] of wanted) picks.set(key, await rowsWhereSliced(d.columns, where));
		picked.set(d.columns, picks);
	}
}

/** What IndexedDB keeps of a dataset besides its arrays (`parts`). */
interface StoredMeta extends Omit<ImportedDataset, 'columns'> {
	layout: 'columns';
	length: number;
	dictionaries: ObservationColumns['dictionaries'];
	/** New at every write: how tabs tell that a record changed. */
	revision: string;
}

/** The record and the arrays to store: the dataset without its object rows. */
function toStored(d: ImportedDataset, revision = newRevision()): RecordWithParts<StoredMeta> {
	const { id, file, dataset, importedAt, synthetic, columns, report, overrides, setAside } = d;
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
			...(overrides && overrides.length > 0 ? { overrides: [...overrides] } : {}),
			...(setAside && setAside.length > 0 ? { setAside: setAside.map((x) => ({ ...x })) } : {}),
			layout: 'columns',
			length: columns.length,
			dictionaries: columns.dictionaries,
			revision
		},
		parts
	};
}

const isSetAside = (x: unknown): x is SetAside =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as SetAside).by === 'string' &&
	typeof (x as SetAside).file === 'string' &&
	Number.isInteger((x as SetAside).figures);

/**
 * What removing a dataset takes from the others: per dataset still imported, how many of its
 * figures only `id` kept. `lostWith('b-id')` → `[{ file: 'a.csv', figures: 1 }]`
 */
export function lostWith(id: string): { file: string; figures: number }[] {
	return datasets.flatMap((d) =>
		d.id === id
			? []
			: (d.setAside ?? [])
					.filter((x) => x.by === id)
					.map((x) => ({ file: d.file, figures: x.figures }))
	);
}

type ReadBack =
	| { dataset: ImportedDataset; migrated: boolean; revision: string }
	| { broken: BrokenDataset; revision: string };

/**
 * A record read back from IndexedDB, in today's shape: its arrays are read from `parts`;
 * records of the first release (an `observations` array) are converted, and `migrated` says they
 * should be written again. A damaged record is named, with what is wrong with it.
 */
async function fromRecord(id: string, record: unknown): Promise<ReadBack> {
	const revision = revisionOf(record);
	const r = (typeof record === 'object' && record !== null ? record : {}) as Partial<StoredMeta> & {
		observations?: unknown;
	};
	const file = typeof r.file === 'string' && r.file !== '' ? r.file : null;
	const damaged = (reason: BrokenDataset['reason']): ReadBack => ({
		broken: { id, file, reason },
		revision
	});
	if (typeof r.id !== 'string' || typeof r.importedAt !== 'string' || !r.report) {
		return damaged('shape');
	}
	const meta = {
		id: r.id,
		file: String(r.file ?? ''),
		dataset: String(r.dataset ?? ''),
		importedAt: r.importedAt,
		synthetic: r.synthetic === true,
		report: r.report,
		...(Array.isArray(r.overrides) && r.overrides.every((k) => typeof k === 'string')
			? { overrides: r.overrides }
			: {}),
		...(Array.isArray(r.setAside) && r.setAside.every(isSetAside) ? { setAside: r.setAside } : {})
	};
	if (r.layout === 'columns') {
		let parts: Record<string, PartArray>;
		try {
			parts = await readPartsOffThread(r.id);
		} catch (error) {
			return damaged(error instanceof MissingSlicesError ? 'partial' : 'unreadable');
		}
		const codes: Record<string, unknown> = {};
		for (const column of TEXT_COLUMNS) codes[column] = parts[`codes.${column}`];
		const columns: unknown = {
			length: r.length,
			dictionaries: r.dictionaries,
			codes,
			values: parts.values,
			missing: parts.missing
		};
		// Arrays shorter than the record says, or absent: slices were lost.
		if (!isObservationColumns(columns)) return damaged('partial');
		return { dataset: { ...meta, columns }, migrated: false, revision };
	}
	if (Array.isArray(r.observations)) {
		try {
			const columns = columnsOf(r.observations as Observation[]);
			return { dataset: { ...meta, columns }, migrated: true, revision };
		} catch {
			return damaged('shape');
		}
	}
	return damaged('shape');
}

/**
 * Whether two lists hold the same items in the same order (`same` compares two items; identity by
 * default). `sameItems([a], [a])` → true; `sameItems([], [a])` → false
 */
export function sameItems<T>(
	a: readonly T[],
	b: readonly T[],
	same: (x: T, y: T) => boolean = (x, y) => x === y
): boolean {
	return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

const byImportDate = (a: ImportedDataset, b: ImportedDataset) =>
	a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0;

/**
 * Makes the lists what the store holds. A dataset whose revision this tab already has is kept as
 * it is (not read again); one the store no longer has is dropped (another tab removed it); one
 * never stored (the browser refused it) stays for this visit. Resolves to the datasets to write
 * back in today's shape.
 */
async function syncFromStore(): Promise<ImportedDataset[]> {
	const records = await eachRecord();
	if (records === null) return [];
	const current = new Map(datasets.map((d) => [d.id, d]));
	const kept: ImportedDataset[] = [];
	const damaged: BrokenDataset[] = [];
	const migrated: ImportedDataset[] = [];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not state
	const seen = new Map<string, string>();
	for (const entry of records) {
		if ('error' in entry) {
			damaged.push({ id: entry.id, file: null, reason: 'unreadable' });
			seen.set(entry.id, '');
			continue;
		}
		const revision = revisionOf(entry.value);
		const mine = current.get(entry.id);
		if (mine && synced.get(entry.id) === revision) {
			kept.push(mine);
			seen.set(entry.id, revision);
			continue;
		}
		const read = await fromRecord(entry.id, entry.value);
		seen.set(entry.id, read.revision);
		if ('broken' in read) damaged.push(read.broken);
		else {
			kept.push(read.dataset);
			if (read.migrated) migrated.push(read.dataset);
		}
	}
	await pickWanted(kept.filter((d) => current.get(d.id) !== d));
	// Kept in memory only (never stored: no IndexedDB, quota): they stay for this visit.
	const unsaved = datasets.filter((d) => !synced.has(d.id) && !seen.has(d.id));
	const next = [...kept, ...unsaved].sort(byImportDate);
	const gone = datasets.filter((d) => !next.some((n) => n === d));
	synced.clear();
	for (const [id, revision] of seen) synced.set(id, revision);
	// The same lists are kept as they are: every view that reads them would otherwise compute and
	// draw again for nothing (a first visit reads an empty store after the first paint).
	if (!sameItems(next, datasets)) datasets = Object.freeze(next);
	if (
		!sameItems(
			damaged,
			broken,
			(a, b) => a.id === b.id && a.file === b.file && a.reason === b.reason
		)
	)
		broken = Object.freeze(damaged);
	await forgetInEngine(gone.map((d) => d.id));
	return migrated;
}

// One read of the store at a time: a burst of messages from other tabs gives one read after another.
let syncing: Promise<unknown> = Promise.resolve();
function resync(): Promise<ImportedDataset[]> {
	const run = syncing.then(syncFromStore, syncFromStore);
	syncing = run.catch(() => undefined);
	return run;
}

let restoring: Promise<void> | null = null;

/**
 * Loads the datasets kept in IndexedDB into `imported`, once per page life, and from then on
 * follows what other tabs write. `await restoreImported()` → `imported.datasets` holds what was
 * there before the reload; `imported.broken` names what could not be read.
 */
export function restoreImported(): Promise<void> {
	restoring ??= (async () => {
		if (typeof addEventListener === 'function') addEventListener('pagehide', releaseOnLeaving);
		if (typeof BroadcastChannel !== 'undefined' && channel === null) {
			channel = new BroadcastChannel(CHANNEL);
			channel.onmessage = () => void resync().catch(() => undefined);
		}
		try {
			const migrated = await resync();
			// Written back in today's shape, so the next visit reads typed arrays, not objects.
			if (migrated.length > 0) {
				const stored = migrated.map((d) => toStored(d));
				if (await putRecords(stored).catch(() => false)) {
					for (const { record } of stored) synced.set(record.id, record.revision);
					announce();
				}
			}
			await deleteOrphanParts().catch(() => 0);
		} catch {
			// An unreadable store leaves the session without earlier imports, not broken.
		}
	})();
	return restoring;
}

/**
 * The page is going (not into the back-forward cache, where it may come back): the kept files'
 * columns are freed now. Left to the collector, a million rows' 19 MB of typed arrays were still
 * counted when the next page of the tab loaded, and V8 collected for them in the middle of its
 * first task: a 60 ms task opening `/rapport/` after another page with 1M rows kept (issue #18).
 */
function releaseOnLeaving(event: PageTransitionEvent): void {
	if (event.persisted) return;
	releaseBuffers(datasets.flatMap((d) => transferables(d.columns)));
}

/**
 * What became of a commit in the browser's store. `stored`: kept; `unavailable` (no IndexedDB),
 * `quota` (storage full) and `failed`: shown for this visit only, nothing of it kept; `stale`:
 * another tab changed the store since this one read it, nothing was added at all.
 */
export type StoreOutcome =
	| { status: 'stored' }
	| { status: 'unavailable' }
	| { status: 'quota' }
	| { status: 'failed'; reason: string }
	| { status: 'stale' };

/**
 * Adds (or replaces, by id) datasets and stores them, in one transaction that first checks the
 * store is still what this tab last read. On `stale`, nothing changes here but the lists, read
 * again from the store (the page's check then runs again against them).
 * `await addImported([dataset])` → `{ status: 'stored' }`
 */
export async function addImported(added: readonly ImportedDataset[]): Promise<StoreOutcome> {
	// Read before anything is awaited: the import page loads its new files into the engine beside
	// this store, and those rows must not be taken for the replaced ones below.
	const replaced = added.map((d) => d.id).filter((id) => inEngine.has(id));
	const stored = added.map((d) => toStored(d));
	let outcome: StoreOutcome;
	try {
		outcome = (await putRecords(stored, sameAsSynced))
			? { status: 'stored' }
			: { status: 'unavailable' };
	} catch (error) {
		if (error instanceof StaleStoreError) {
			await resync().catch(() => undefined);
			return { status: 'stale' };
		}
		outcome = isQuotaError(error)
			? { status: 'quota' }
			: { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
	}
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not state
	const ids = new Set(added.map((d) => d.id));
	datasets = Object.freeze([...datasets.filter((d) => !ids.has(d.id)), ...added]);
	if (outcome.status === 'stored') {
		for (const { record } of stored) synced.set(record.id, record.revision);
		announce();
	}
	// A replaced dataset (a conflict settled against it) must not keep its old rows in the engine.
	await forgetInEngine(replaced);
	return outcome;
}

/**
 * Removes one imported dataset, readable or not, from the views, the store, the engine and every
 * other tab. `await removeImported('id')`
 */
export async function removeImported(id: string): Promise<void> {
	datasets = Object.freeze(datasets.filter((d) => d.id !== id));
	broken = Object.freeze(broken.filter((b) => b.id !== id));
	if (await deleteRecord(id).catch(() => false)) {
		synced.delete(id);
		announce();
	}
	await forgetInEngine([id]);
}

/** Takes datasets' rows out of the in-browser engine, if it has them. */
async function forgetInEngine(ids: readonly string[]): Promise<void> {
	const held = ids.filter((id) => inEngine.has(id));
	if (held.length === 0) return;
	for (const id of held) inEngine.delete(id);
	const engine = await engineIfStarted();
	if (!engine) return;
	for (const id of held) {
		await engine.removeSource(sourceFileOf(id)).catch(() => undefined);
	}
}

/**
 * Name of an imported dataset's rows in the engine (`source_file`), apart from bundled files
 * (whose names have no colon): `imp:1`, `imp:2`… in the order asked, the same for an id as long
 * as the page lives, which the engine does not outlive. Short since the engine kept it whole in
 * every row (40 MB for 1M rows with the id in it; issue #18); it now keeps it once, and a code a
 * row.
 * `sourceFileOf('3f…')` → `'imp:1'`; `sourceFileOf('9a…')` → `'imp:2'`; `sourceFileOf('3f…')` → `'imp:1'`
 */
export function sourceFileOf(id: string): string {
	let name = sourceNames.get(id);
	if (name === undefined) sourceNames.set(id, (name = `imp:${sourceNames.size + 1}`));
	return name;
}
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
const sourceNames = new Map<string, string>();

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
 * Starts DuckDB-WASM (fetch, compile, instantiate, create the tables) without loading anything:
 * the import page calls it as soon as it has a file, so the engine comes up while the ingest
 * Worker parses instead of after "Ajouter au tableau de bord". Resolves `true` once the engine is
 * up, `false` when it could not start (the later load reports the error) or outside a browser.
 * `void startEngineEarly()` → the engine's Worker is starting; `loadIntoEngine` finds it ready.
 */
export async function startEngineEarly(): Promise<boolean> {
	if (typeof window === 'undefined') return false;
	try {
		const { getBrowserEngine } = await import('./duckdb/browser');
		await getBrowserEngine();
		engineStarted = true;
		return true;
	} catch {
		return false;
	}
}

/**
 * The browser engine, started, and each file's Arrow stream: the one given (`built`, from the
 * import worker), or built here (a batch per task) meanwhile, also when the given one failed.
 */
async function engineWithStreams(
	list: readonly Pick<ImportedDataset, 'id' | 'columns'>[],
	built?: readonly (Promise<Uint8Array> | undefined)[]
): Promise<{ engine: Engine; streams: Uint8Array[] }> {
	const [{ getBrowserEngine }, { arrowStream }, { Slicer }] = await Promise.all([
		import('./duckdb/browser'),
		import('./duckdb/schema'),
		import('./ingest/slicer')
	]);
	const starting = getBrowserEngine();
	// Its failure is read below, once the streams are built.
	starting.catch(() => undefined);
	// The Arrow streams are built on this thread while the engine starts in its Worker (the
	// start takes seconds on a 2-core machine), a batch per task; not after it.
	const streams: Uint8Array[] = [];
	const slicer = new Slicer({});
	for (const [i, d] of list.entries()) {
		const given = await built?.[i]?.catch(() => undefined);
		streams.push(given ?? (await arrowStream(d.columns, () => slicer.tick())));
	}
	const engine = await starting;
	engineStarted = true;
	return { engine, streams };
}

/**
 * Loads imported datasets into DuckDB-WASM, in the background: the engine module is imported
 * only now (its wasm stays off the first page load) and the page never waits for it. With
 * `commitWhen`, the rows go in beside the store's write and are shown by the engine only once it
 * settles to `true` (see `InsertOptions`); a dataset left out is not counted as held.
 * `await loadIntoEngine(imported.datasets)` → number of observations inserted.
 */
export async function loadIntoEngine(
	list: readonly ImportedDataset[] = datasets,
	commitWhen?: Promise<boolean>
): Promise<number> {
	if (typeof window === 'undefined') return 0;
	const todo = list.filter((d) => !inEngine.has(d.id));
	for (const d of todo) inEngine.add(d.id);
	let ready: Awaited<ReturnType<typeof engineWithStreams>>;
	try {
		ready = await engineWithStreams(todo);
	} catch (error) {
		for (const d of todo) inEngine.delete(d.id);
		throw error;
	}
	let inserted = 0;
	for (const [i, d] of todo.entries()) {
		try {
			const rows = await ready.engine.insertObservations(d.columns, sourceFileOf(d.id), {
				arrow: ready.streams[i]!,
				...(commitWhen ? { commitWhen } : {})
			});
			if (rows === 0 && d.columns.length > 0) inEngine.delete(d.id);
			inserted += rows;
		} catch (error) {
			// Neither this dataset nor the ones after it are in the engine.
			for (const left of todo.slice(i)) inEngine.delete(left.id);
			throw error;
		}
	}
	return inserted;
}

/**
 * A file's rows loaded into the engine before anyone decided to keep them, in a transaction that
 * no view sees. The import page stages a file as soon as it is read, while the reader looks at
 * its report and the check runs; adding it then only commits (issue #18: on the 2-core machine
 * 1M rows took 0.9–1.2 s to insert and 2–7 ms to commit, Node twin).
 */
export interface StagedLoad {
	/**
	 * The reader's word, once: `true` when the dataset was added as staged (the engine shows its
	 * rows), `false` when it was not, or not as staged (they are taken out). Later calls, and
	 * calls after the load failed, do nothing.
	 */
	settle(keep: boolean): void;
	/** The rows the engine shows once settled (0 when taken out); rejects when the load failed. */
	loaded: Promise<number>;
}

/**
 * Stages `columns` as the imported dataset `id` in the engine (`engine`, or DuckDB-WASM, started
 * if need be), from their Arrow stream when given (`arrow`: built in the import worker), built
 * here otherwise. `const s = stageInEngine(uid, result.columns); ...; s.settle(true); await s.loaded`
 * → the number of rows, shown under `sourceFileOf(uid)`.
 */
export function stageInEngine(
	id: string,
	columns: ObservationColumns,
	{ engine, arrow }: { engine?: () => Promise<Engine>; arrow?: Promise<Uint8Array> } = {}
): StagedLoad {
	let decide!: (keep: boolean) => void;
	const decided = new Promise<boolean>((resolve) => (decide = resolve));
	// Typed wide: `settle` changes it while the load below awaits.
	let state = 'staged' as 'staged' | 'kept' | 'dropped' | 'failed';
	const loaded = (async () => {
		if (!engine && typeof window === 'undefined') return 0;
		const { engine: target, streams } = engine
			? { engine: await engine(), streams: [await arrow?.catch(() => undefined)] }
			: await engineWithStreams([{ id, columns }], arrow && [arrow]);
		// Taken out before it went in (removed, read again, the page left): nothing to insert.
		if (state === 'dropped') return 0;
		return target.insertObservations(columns, sourceFileOf(id), {
			...(streams[0] ? { arrow: streams[0] } : {}),
			commitWhen: decided
		});
	})().then(
		(rows) => {
			if (state === 'kept' && rows === 0) inEngine.delete(id);
			return rows;
		},
		(error: unknown) => {
			if (state === 'kept') inEngine.delete(id);
			state = 'failed';
			throw error;
		}
	);
	// Read at the commit, or never (a file removed): a failure before then is not unhandled.
	loaded.catch(() => undefined);
	return {
		settle(keep) {
			if (state !== 'staged') return;
			state = keep ? 'kept' : 'dropped';
			// Held from now on: a view that loads the kept datasets meanwhile must not load it twice.
			if (keep) inEngine.add(id);
			decide(keep);
		},
		loaded
	};
}
