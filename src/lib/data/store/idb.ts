/**
 * A small IndexedDB wrapper for the datasets a person imported: one database, a `datasets` store
 * of small records keyed by id, and a `parts` store of the typed arrays that go with them (the
 * columns of a dataset). IndexedDB (rather than OPFS) because every browser the site supports has
 * it, it stores typed arrays without a serialisation step of ours, and it survives restarts.
 *
 * Writing a typed array into IndexedDB costs the calling thread 20–40 ms per MB in Chromium here:
 * one 20 MB record would freeze the page for the better part of a second. So an array whose bytes
 * were already put in a `Blob` elsewhere (the import Worker does, `offerBlob`) is stored as that
 * Blob, which costs the page nothing (the browser writes its bytes); any other array is cut into
 * slices of at most `SLICE_BYTES`, and each slice is written (or read) from the previous request's
 * callback, a task of its own, inside one transaction: still all or nothing.
 *
 * Every function resolves to a harmless value when IndexedDB is missing (private modes, tests).
 */

const DB_NAME = 'observatoire-pme';
// 1: `datasets` only (records held their observations); 2: adds `parts`.
const DB_VERSION = 2;
const STORE = 'datasets';
const PARTS = 'parts';

/**
 * Largest slice of a typed array written in one go. Measured in Chromium on 19 MB (a 1M-row
 * dataset): 1 MB slices took 500–750 ms of the page's thread to write, in tasks up to 100 ms,
 * and 1.45 s to read back; 256 kB slices 356 ms in tasks of at most 16 ms, read back in 0.48 s;
 * 60 kB slices wrote a little faster but read back in 1.75 s.
 */
export const SLICE_BYTES = 256 * 1024;

/** Typed arrays a record can carry as parts. */
export type PartArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A record and its typed arrays by name: `{ record: { id: 'x', ... }, parts: { values: f64 } }`. */
export interface RecordWithParts<T extends { id: string }> {
	record: T;
	parts?: Readonly<Record<string, PartArray>>;
}

/** The typed array a Blob part is read back as. */
type PartType = 'Uint8Array' | 'Uint16Array' | 'Uint32Array' | 'Int32Array' | 'Float64Array';

const PART_TYPES: Record<PartType, new (buffer: ArrayBuffer) => PartArray> = {
	Uint8Array,
	Uint16Array,
	Uint32Array,
	Int32Array,
	Float64Array
};

/** A slice of a typed array, or a whole array as a Blob of its bytes (`index` 0, with `type`). */
interface StoredSlice {
	id: string;
	name: string;
	index: number;
	data: PartArray | Blob;
	type?: PartType;
}

/** Blobs of arrays' bytes made off the page's thread, by array: see `offerBlob`. */
const offered = new WeakMap<PartArray, Promise<Blob>>();

/**
 * Says that `blob` will hold exactly the bytes of `array` (made from a copy of it in a Worker,
 * where it costs the page nothing): a later write of `array` stores that Blob instead of
 * copying slices on the page's thread. A Blob that fails, or whose size differs, is not used.
 * `offerBlob(columns.values, blobFromWorker)`
 */
export function offerBlob(array: PartArray, blob: Promise<Blob>): void {
	blob.catch(() => undefined);
	offered.set(array, blob);
}

/**
 * The offered Blob of `array`, once made, when it is usable; `null` otherwise (none offered, it
 * failed, or its size is not the array's). `await offeredBlob(columns.values)` → `Blob`
 */
export async function offeredBlob(array: PartArray): Promise<Blob | null> {
	const blob = await offered.get(array)?.catch(() => null);
	const type = array.constructor.name;
	return blob && blob.size === array.byteLength && type in PART_TYPES ? blob : null;
}

let opening: Promise<IDBDatabase | null> | null = null;

/** How long a tab waits for other tabs to let an upgrade through before doing without a store. */
const BLOCKED_WAIT_MS = 3000;

function open(): Promise<IDBDatabase | null> {
	if (typeof indexedDB === 'undefined') return Promise.resolve(null);
	opening ??= new Promise((resolve) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		let timer: ReturnType<typeof setTimeout> | undefined;
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(PARTS)) {
				db.createObjectStore(PARTS, { keyPath: ['id', 'name', 'index'] });
			}
		};
		request.onsuccess = () => {
			clearTimeout(timer);
			const db = request.result;
			// Another tab (a newer release) wants to upgrade, or the store is being deleted: let go
			// at once, so it is not blocked; the next call here opens the database again.
			db.onversionchange = () => {
				db.close();
				opening = null;
			};
			// Closed by the browser (storage cleared, disk error): open again next time.
			db.onclose = () => {
				opening = null;
			};
			resolve(db);
		};
		// A refused or broken store must not break the page: imports then last for the visit.
		request.onerror = () => {
			clearTimeout(timer);
			opening = null;
			resolve(null);
		};
		// A tab of an older release holds the database open: wait for it a little (every tab of
		// this release closes on `versionchange`), then do without, and try again next time.
		request.onblocked = () => {
			timer = setTimeout(() => {
				opening = null;
				resolve(null);
			}, BLOCKED_WAIT_MS);
		};
	});
	return opening;
}

/** The store could not keep what was given: the browser's quota is used up. */
export function isQuotaError(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		'name' in error &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
	);
}

/** What another tab wrote since this one last read the store: the write was not made. */
export class StaleStoreError extends Error {
	constructor() {
		super('The imported datasets were changed in another tab.');
		this.name = 'StaleStoreError';
	}
}

/** A record whose parts lack slices (a write cut short, a damaged profile). */
export class MissingSlicesError extends Error {
	constructor(readonly parts: string[]) {
		super(`missing slices of ${parts.join(', ')}`);
		this.name = 'MissingSlicesError';
	}
}

function done<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
	});
}

function transactionDone(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

/** Every key of one record's parts: `[id]` ≤ key < `[id, []]` (arrays sort after strings). */
function partsOf(id: string): IDBKeyRange {
	return IDBKeyRange.bound([id], [id, []]);
}

/**
 * `slices(new Float64Array(n))` → one function per slice of at most SLICE_BYTES, each giving a
 * copy of it. Copies, not views: the clone of a view takes its whole underlying buffer with it.
 * Made when the slice is written, not all at once: copying a 1M-row dataset up front was one
 * 200 ms task.
 */
function slices(data: PartArray): (() => PartArray)[] {
	const per = Math.max(1, Math.floor(SLICE_BYTES / data.BYTES_PER_ELEMENT));
	const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
	if (data.length <= per) return [() => (whole ? data : data.slice())];
	const out: (() => PartArray)[] = [];
	for (let at = 0; at < data.length; at += per) out.push(() => data.slice(at, at + per));
	return out;
}

/** Every stored record (without parts). `await allRecords<Meta>()` → `[{ id: 'x', ... }]` (or `[]`). */
export async function allRecords<T>(): Promise<T[]> {
	const db = await open();
	if (!db) return [];
	return done(db.transaction(STORE, 'readonly').objectStore(STORE).getAll()) as Promise<T[]>;
}

/** One stored record as read: its value, or why it could not be read. */
export type ReadRecord = { id: string; value: unknown } | { id: string; error: string };

/**
 * Every stored record, each read on its own, so that one that cannot be read is named and the
 * others still come back. `await eachRecord()` → `[{ id: 'x', value: {...} }, { id: 'y', error: 'DataCloneError' }]`
 * (`null` without IndexedDB).
 */
export async function eachRecord(): Promise<ReadRecord[] | null> {
	const db = await open();
	if (!db) return null;
	const store = db.transaction(STORE, 'readonly').objectStore(STORE);
	const keys = await done(store.getAllKeys());
	return Promise.all(
		keys.map(
			(key) =>
				new Promise<ReadRecord>((resolve) => {
					const id = String(key);
					const request = store.get(key);
					request.onsuccess = () => resolve({ id, value: request.result });
					request.onerror = (event) => {
						// Handled here: the transaction goes on for the other records.
						event.preventDefault();
						resolve({ id, error: request.error?.name ?? 'UnknownError' });
					};
				})
		)
	);
}

/**
 * Deletes parts that no record owns (left by a write of an older release cut short), so they do
 * not take space unseen. `await deleteOrphanParts()` → number of records' parts deleted.
 */
export async function deleteOrphanParts(): Promise<number> {
	const db = await open();
	if (!db) return 0;
	const tx = db.transaction([STORE, PARTS], 'readwrite');
	const finished = transactionDone(tx);
	const [records, parts] = await Promise.all([
		done(tx.objectStore(STORE).getAllKeys()),
		done(tx.objectStore(PARTS).getAllKeys())
	]);
	const owned = new Set(records.map(String));
	const orphans = new Set(
		parts.map((k) => String((k as IDBValidKey[])[0])).filter((id) => !owned.has(id))
	);
	for (const id of orphans) tx.objectStore(PARTS).delete(partsOf(id));
	await finished;
	return orphans.size;
}

/** Bytes of slices copied into a whole array before the page gets the thread back. */
const JOIN_BYTES_PER_TASK = 2 * 1024 * 1024;

/**
 * One record's parts, put back together, read slice by slice (one task each). In a page, the
 * slices are joined a few megabytes per task (`yieldEvery`); a Worker (`parts.worker.ts`) joins
 * them in one go (`yieldEvery: Infinity`).
 * `await readParts('x')` → `{ values: Float64Array(1000000), ... }` (`{}` without IndexedDB).
 */
export async function readParts(
	id: string,
	{ yieldEvery = JOIN_BYTES_PER_TASK }: { yieldEvery?: number } = {}
): Promise<Record<string, PartArray>> {
	const db = await open();
	if (!db) return {};
	const cursor = db.transaction(PARTS, 'readonly').objectStore(PARTS).openCursor(partsOf(id));
	const found = new Map<string, PartArray[]>();
	const blobs: { name: string; blob: Blob; type: PartType }[] = [];
	await new Promise<void>((resolve, reject) => {
		cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
		cursor.onsuccess = () => {
			const at = cursor.result;
			if (!at) return resolve();
			const slice = at.value as StoredSlice;
			if (slice.data instanceof Blob) {
				if (!slice.type || !(slice.type in PART_TYPES)) {
					return reject(new Error(`part ${slice.name} of an unknown type`));
				}
				blobs.push({ name: slice.name, blob: slice.data, type: slice.type });
			} else {
				const list = found.get(slice.name) ?? [];
				list[slice.index] = slice.data;
				found.set(slice.name, list);
			}
			at.continue();
		};
	});
	const parts: Record<string, PartArray> = Object.create(null) as Record<string, PartArray>;
	// Read once the transaction is over: a Blob read back is the browser reading a file, off
	// this thread, and the array is a view of what it gives (no copy). A part whose bytes do not
	// make whole items throws (a damaged profile).
	for (const { name, blob, type } of blobs) {
		parts[name] = new PART_TYPES[type](await blob.arrayBuffer());
	}
	// A slice missing (a hole in the list, or the first one) would give a short array: name it.
	const holes = [...found].filter(([, list]) => Array.from(list).some((s) => !s));
	if (holes.length > 0) throw new MissingSlicesError(holes.map(([name]) => name));
	for (const [name, list] of found) {
		if (list.length === 1) {
			parts[name] = list[0]!;
			continue;
		}
		const total = list.reduce((sum, s) => sum + s.length, 0);
		const whole = new (list[0]!.constructor as new (n: number) => PartArray)(total);
		let offset = 0;
		let copied = 0;
		for (const s of list) {
			// Put together a few megabytes per task: a 1M-row dataset in one go held the page
			// for 250 ms on every page opened.
			if (copied >= yieldEvery) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				copied = 0;
			}
			whole.set(s, offset);
			offset += s.length;
			copied += s.byteLength;
		}
		parts[name] = whole;
	}
	return parts;
}

/**
 * Writes records and their parts (insert or replace by id) in one transaction: all or nothing.
 * The record goes first, then each part's offered Blob or slices, each from the previous write's
 * callback. With `unchanged`, the store's records are read first inside the same transaction, and
 * nothing is written unless `unchanged(records)` holds: a tab finds at commit what another tab
 * committed meanwhile.
 * `await putRecords([{ record: { id: 'x', ... }, parts: { values } }])` → `true` when stored,
 * `false` without IndexedDB; rejects with `StaleStoreError`, or the browser's error (quota).
 */
export async function putRecords<T extends { id: string }>(
	entries: readonly RecordWithParts<T>[],
	unchanged?: (records: unknown[]) => boolean
): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	// Awaited before the transaction opens: it would commit at the first wait with no request.
	const blobs = new Map<PartArray, Blob | null>();
	for (const { parts } of entries) {
		for (const data of Object.values(parts ?? {})) blobs.set(data, await offeredBlob(data));
	}
	const tx = db.transaction([STORE, PARTS], 'readwrite');
	const records = tx.objectStore(STORE);
	const parts = tx.objectStore(PARTS);
	const writes: (() => IDBRequest)[] = [];
	let stale = false;
	if (unchanged) {
		writes.push(() => {
			const request = records.getAll();
			request.addEventListener('success', () => {
				if (unchanged(request.result)) return;
				stale = true;
				tx.abort();
			});
			return request;
		});
	}
	for (const { record, parts: arrays } of entries) {
		writes.push(() => parts.delete(partsOf(record.id)));
		writes.push(() => records.put(record));
		for (const [name, data] of Object.entries(arrays ?? {})) {
			const blob = blobs.get(data);
			if (blob) {
				const type = data.constructor.name as PartType;
				writes.push(() => parts.put({ id: record.id, name, index: 0, data: blob, type }));
				continue;
			}
			slices(data).forEach((slice, index) => {
				writes.push(() => {
					const value: StoredSlice = { id: record.id, name, index, data: slice() };
					return parts.put(value);
				});
			});
		}
	}
	const finished = transactionDone(tx);
	let next = 0;
	const write = () => {
		if (!stale && next < writes.length) writes[next++]!().addEventListener('success', write);
	};
	write();
	try {
		await finished;
		// Written: the browser holds the bytes for the store now; the Blob (the whole file's
		// columns again, in the browser's memory) need not live as long as the arrays.
		for (const [data, blob] of blobs) if (blob) offered.delete(data);
	} catch (error) {
		if (stale) throw new StaleStoreError();
		throw error;
	}
	return true;
}

/**
 * Deletes one record and its parts, whatever state they are in (a record that cannot be read, parts
 * without their record). `await deleteRecord('x')` → `true` when the store was reachable.
 */
export async function deleteRecord(id: string): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	const tx = db.transaction([STORE, PARTS], 'readwrite');
	tx.objectStore(STORE).delete(id);
	tx.objectStore(PARTS).delete(partsOf(id));
	await transactionDone(tx);
	return true;
}
