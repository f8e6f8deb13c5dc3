/**
 * A small IndexedDB wrapper for the datasets a person imported: one database, a `datasets` store
 * of small records keyed by id, and a `parts` store of the typed arrays that go with them (the
 * columns of a dataset). IndexedDB (rather than OPFS) because every browser the site supports has
 * it, it stores typed arrays without a serialisation step of ours, and it survives restarts.
 *
 * Cloning a value into IndexedDB happens on the calling thread, ~4 ms per MB here: one 20 MB
 * record would freeze the page for 70–100 ms. So arrays are cut into slices of at most
 * `SLICE_BYTES`, and each slice is written (or read) from the previous request's callback,
 * a task of its own, inside one transaction: still all or nothing.
 *
 * Every function resolves to a harmless value when IndexedDB is missing (private modes, tests).
 */

const DB_NAME = 'observatoire-pme';
// 1: `datasets` only (records held their observations); 2: adds `parts`.
const DB_VERSION = 2;
const STORE = 'datasets';
const PARTS = 'parts';

/** Largest slice of a typed array written in one go (about 15 ms of cloning). */
export const SLICE_BYTES = 4 * 1024 * 1024;

/** Typed arrays a record can carry as parts. */
export type PartArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A record and its typed arrays by name: `{ record: { id: 'x', ... }, parts: { values: f64 } }`. */
export interface RecordWithParts<T extends { id: string }> {
	record: T;
	parts?: Readonly<Record<string, PartArray>>;
}

interface StoredSlice {
	id: string;
	name: string;
	index: number;
	data: PartArray;
}

let opening: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
	if (typeof indexedDB === 'undefined') return Promise.resolve(null);
	opening ??= new Promise((resolve) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(PARTS)) {
				db.createObjectStore(PARTS, { keyPath: ['id', 'name', 'index'] });
			}
		};
		request.onsuccess = () => resolve(request.result);
		// A refused or broken store must not break the page: imports then last for the visit.
		request.onerror = () => resolve(null);
		request.onblocked = () => resolve(null);
	});
	return opening;
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
 * `slices(new Float64Array(n))` → copies of at most SLICE_BYTES each. Copies, not views: the clone
 * of a view takes its whole underlying buffer with it.
 */
function slices(data: PartArray): PartArray[] {
	const per = Math.max(1, Math.floor(SLICE_BYTES / data.BYTES_PER_ELEMENT));
	const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
	if (data.length <= per) return [whole ? data : data.slice()];
	const out: PartArray[] = [];
	for (let at = 0; at < data.length; at += per) out.push(data.slice(at, at + per));
	return out;
}

/** Every stored record (without parts). `await allRecords<Meta>()` → `[{ id: 'x', ... }]` (or `[]`). */
export async function allRecords<T>(): Promise<T[]> {
	const db = await open();
	if (!db) return [];
	return done(db.transaction(STORE, 'readonly').objectStore(STORE).getAll()) as Promise<T[]>;
}

/**
 * One record's parts, put back together, read slice by slice (one task each).
 * `await readParts('x')` → `{ values: Float64Array(1000000), ... }` (`{}` without IndexedDB).
 */
export async function readParts(id: string): Promise<Record<string, PartArray>> {
	const db = await open();
	if (!db) return {};
	const cursor = db.transaction(PARTS, 'readonly').objectStore(PARTS).openCursor(partsOf(id));
	const found = new Map<string, PartArray[]>();
	await new Promise<void>((resolve, reject) => {
		cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
		cursor.onsuccess = () => {
			const at = cursor.result;
			if (!at) return resolve();
			const slice = at.value as StoredSlice;
			const list = found.get(slice.name) ?? [];
			list[slice.index] = slice.data;
			found.set(slice.name, list);
			at.continue();
		};
	});
	const parts: Record<string, PartArray> = Object.create(null) as Record<string, PartArray>;
	for (const [name, list] of found) {
		if (list.length === 1) {
			parts[name] = list[0]!;
			continue;
		}
		const total = list.reduce((sum, s) => sum + (s?.length ?? 0), 0);
		const whole = new (list[0]!.constructor as new (n: number) => PartArray)(total);
		let offset = 0;
		for (const s of list) {
			// A missing slice leaves the array short: the caller's shape check turns it away.
			if (!s) return parts;
			whole.set(s, offset);
			offset += s.length;
		}
		parts[name] = whole;
	}
	return parts;
}

/**
 * Writes records and their parts (insert or replace by id) in one transaction: all or nothing.
 * The record goes first, then each slice from the previous write's callback.
 * `await putRecords([{ record: { id: 'x', ... }, parts: { values } }])` → `true` when stored,
 * `false` without IndexedDB.
 */
export async function putRecords<T extends { id: string }>(
	entries: readonly RecordWithParts<T>[]
): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	const tx = db.transaction([STORE, PARTS], 'readwrite');
	const records = tx.objectStore(STORE);
	const parts = tx.objectStore(PARTS);
	const writes: (() => IDBRequest)[] = [];
	for (const { record, parts: arrays } of entries) {
		writes.push(() => parts.delete(partsOf(record.id)));
		writes.push(() => records.put(record));
		for (const [name, data] of Object.entries(arrays ?? {})) {
			slices(data).forEach((slice, index) => {
				const value: StoredSlice = { id: record.id, name, index, data: slice };
				writes.push(() => parts.put(value));
			});
		}
	}
	const finished = transactionDone(tx);
	let next = 0;
	const write = () => {
		if (next < writes.length) writes[next++]!().onsuccess = write;
	};
	write();
	await finished;
	return true;
}

/** Deletes one record and its parts. `await deleteRecord('x')` → `true` when the store was reachable. */
export async function deleteRecord(id: string): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	const tx = db.transaction([STORE, PARTS], 'readwrite');
	tx.objectStore(STORE).delete(id);
	tx.objectStore(PARTS).delete(partsOf(id));
	await transactionDone(tx);
	return true;
}
