/**
 * A small IndexedDB wrapper for the datasets a person imported: one database, one object store,
 * records keyed by id. IndexedDB (rather than OPFS) because every browser the site supports has
 * it, it stores structured objects without a serialisation step, and it survives restarts.
 * Every function resolves to a harmless value when IndexedDB is missing (private modes, tests).
 */

const DB_NAME = 'observatoire-pme';
const DB_VERSION = 1;
const STORE = 'datasets';

let opening: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
	if (typeof indexedDB === 'undefined') return Promise.resolve(null);
	opening ??= new Promise((resolve) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
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

/** Every stored record. `await allRecords<ImportedDataset>()` → `[{ id: 'x', ... }]` (or `[]`). */
export async function allRecords<T>(): Promise<T[]> {
	const db = await open();
	if (!db) return [];
	return done(db.transaction(STORE, 'readonly').objectStore(STORE).getAll()) as Promise<T[]>;
}

/**
 * Writes records (insert or replace by id) in one transaction: all or nothing.
 * `await putRecords([dataset])` → `true` when stored, `false` without IndexedDB.
 */
export async function putRecords<T extends { id: string }>(
	records: readonly T[]
): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	const tx = db.transaction(STORE, 'readwrite');
	const store = tx.objectStore(STORE);
	for (const record of records) store.put(record);
	await transactionDone(tx);
	return true;
}

/** Deletes one record by id. `await deleteRecord('x')` → `true` when the store was reachable. */
export async function deleteRecord(id: string): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	const tx = db.transaction(STORE, 'readwrite');
	tx.objectStore(STORE).delete(id);
	await transactionDone(tx);
	return true;
}
