/**
 * Main-thread side of the import worker. Each import gets its own worker, so that cancelling one
 * (terminating its worker: a synchronous parse cannot be interrupted otherwise) leaves the others
 * running, and a finished import gives its memory back at once.
 */
import type { IngestOptions } from './ingest';
import type { IngestInput } from './input';
import type { IngestColumnsResult, IngestProgress } from './types';

type Reply =
	| { id: number; result: IngestColumnsResult }
	| { id: number; error: string }
	| { id: number; progress: IngestProgress };

/** Options of an import in the worker. */
export interface WorkerIngestOptions extends Omit<IngestOptions, 'onProgress'> {
	onProgress?: (progress: IngestProgress) => void;
	/** Aborting terminates the worker; the promise then rejects with an `AbortError`. */
	signal?: AbortSignal;
}

/** True for the rejection of a cancelled import: `isAbort(error)` → `true`. */
export function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Imports one file in a worker; bytes are transferred (the caller's copy is emptied), a blob is
 * read by the worker. `await ingestInWorker({ name: 'estat_tin00111.tsv', blob: file },
 * { dialect: 'auto', onProgress })` → `{ columns, report }`.
 */
export function ingestInWorker(
	file: IngestInput,
	options: WorkerIngestOptions = {}
): Promise<IngestColumnsResult> {
	const { onProgress, signal, ...rest } = options;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(new DOMException('Import cancelled', 'AbortError'));
			return;
		}
		// Vite bundles the worker from this exact `new URL(..., import.meta.url)` pattern.
		const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(new DOMException('Import cancelled', 'AbortError'));
		};
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const reply = event.data;
			if ('progress' in reply) {
				onProgress?.(reply.progress);
				return;
			}
			finish();
			if ('error' in reply) reject(new Error(reply.error));
			else resolve(reply.result);
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'import worker failed'));
		};
		if ('bytes' in file)
			worker.postMessage({ id: 0, name: file.name, bytes: file.bytes, options: rest }, [
				file.bytes.buffer
			]);
		else worker.postMessage({ id: 0, name: file.name, blob: file.blob, options: rest });
	});
}
