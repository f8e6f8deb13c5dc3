/**
 * Main-thread side of `parts.worker.ts`: a stored dataset's arrays, read and joined in a Worker
 * and handed over without a copy. Where a Worker cannot run (tests, a browser without module
 * workers, a worker script that fails to load), the page reads them itself, in small tasks.
 * `await readPartsOffThread('x')` → `{ values: Float64Array(1000000), ... }`; rejects with
 * `MissingSlicesError` when slices are missing, as `readParts` does.
 */
import { MissingSlicesError, readParts, type PartArray } from './idb';
import type { PartsReply } from './parts.worker';

export function readPartsOffThread(id: string): Promise<Record<string, PartArray>> {
	if (typeof Worker === 'undefined') return readParts(id);
	let worker: Worker;
	try {
		// Vite bundles the worker from this exact `new URL(..., import.meta.url)` pattern.
		worker = new Worker(new URL('./parts.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return readParts(id);
	}
	return new Promise((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<PartsReply>) => {
			worker.terminate();
			const reply = event.data;
			if ('parts' in reply) resolve(reply.parts);
			else if ('missing' in reply) reject(new MissingSlicesError(reply.missing));
			else reject(new Error(reply.error));
		};
		// The worker did not run (its script could not be loaded, say offline on an old cache):
		// the page reads the store itself.
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			readParts(id).then(resolve, reject);
		};
		worker.postMessage({ id });
	});
}
