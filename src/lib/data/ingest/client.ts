/**
 * Main-thread side of the import worker: one worker for the page, replies matched by id.
 */
import type { IngestResult } from './types';

type Reply = { id: number; result: IngestResult } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<
	number,
	{ resolve: (r: IngestResult) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
	if (worker) return worker;
	// Vite bundles the worker from this exact `new URL(..., import.meta.url)` pattern.
	worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<Reply>) => {
		const reply = event.data;
		const waiting = pending.get(reply.id);
		if (!waiting) return;
		pending.delete(reply.id);
		if ('error' in reply) waiting.reject(new Error(reply.error));
		else waiting.resolve(reply.result);
	};
	worker.onerror = (event) => {
		// A worker that fails to start fails every waiting import, rather than hanging them.
		for (const waiting of pending.values())
			waiting.reject(new Error(event.message || 'import worker failed'));
		pending.clear();
		worker = null;
	};
	return worker;
}

/**
 * Imports one file in the worker; the bytes are transferred (the caller's copy is emptied).
 * `await ingestInWorker({ name: 'estat_tin00111.tsv', bytes })` → `{ observations, report }`.
 */
export function ingestInWorker(file: { name: string; bytes: Uint8Array }): Promise<IngestResult> {
	const id = nextId++;
	const target = getWorker();
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		target.postMessage({ id, name: file.name, bytes: file.bytes }, [file.bytes.buffer]);
	});
}
