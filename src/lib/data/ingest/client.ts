/**
 * Main-thread side of the import worker. Each import gets its own worker, so that cancelling one
 * (terminating its worker: a synchronous parse cannot be interrupted otherwise) leaves the others
 * running, and a finished import gives its memory back at once.
 */
import { offerBlob } from '../store/idb';
import { columnArrays } from './columns';
import type { Coverage } from './coverage';
import type { IngestOptions } from './ingest';
import type { IngestInput } from './input';
import type { IngestColumnsResult, IngestProgress } from './types';

type Reply =
	| { id: number; result: IngestColumnsResult; coverage?: Coverage }
	| { id: number; error: string }
	| { id: number; progress: IngestProgress }
	| { id: number; arrow: Uint8Array }
	| { id: number; arrowError: string }
	| { id: number; blobs: Blob[] }
	| { id: number; blobsError: string };

/** Options of an import in the worker. */
export interface WorkerIngestOptions extends Omit<IngestOptions, 'onProgress'> {
	onProgress?: (progress: IngestProgress) => void;
	/** Aborting terminates the worker; the promise then rejects with an `AbortError`. */
	signal?: AbortSignal;
	/**
	 * The worker then also builds the rows' Arrow stream (for `insertArrowFromIPCStream`), after
	 * the result, so the page's thread does not (1M rows: about 0.5 s there, beside the check and
	 * the store's write, on a 2-core machine, issue #18); and then a Blob of each column, offered
	 * to the store (`offerBlob`), whose write of the columns then costs the page nothing.
	 */
	withArrow?: boolean;
}

/**
 * What the worker gives: the columns and report, and with `withArrow`, the rows' Arrow stream,
 * which comes a little later (it rejects when the stream could not be built or the import was
 * cancelled meanwhile; no stream for a file without rows).
 */
export interface WorkerIngestResult extends IngestColumnsResult {
	arrow?: Promise<Uint8Array>;
	/** The rows' areas and periods (`coverageOfColumns`), worked out in the worker. */
	coverage?: Coverage;
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
): Promise<WorkerIngestResult> {
	const { onProgress, signal, withArrow, ...rest } = options;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(new DOMException('Import cancelled', 'AbortError'));
			return;
		}
		// Vite bundles the worker from this exact `new URL(..., import.meta.url)` pattern.
		const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
		// Settle the stream and the columns' Blobs once the result came with them to wait for;
		// `null` before that.
		let stream: { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void } | null =
			null;
		let blobs: { resolve: (blobs: Blob[]) => void; reject: (error: Error) => void } | null = null;
		const failLater = (error: Error) => {
			stream?.reject(error);
			blobs?.reject(error);
		};
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			const cancelled = new DOMException('Import cancelled', 'AbortError');
			if (stream) failLater(cancelled);
			else reject(cancelled);
		};
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const reply = event.data;
			if ('progress' in reply) {
				onProgress?.(reply.progress);
				return;
			}
			if ('arrow' in reply || 'arrowError' in reply) {
				if ('arrow' in reply) stream?.resolve(reply.arrow);
				else stream?.reject(new Error(reply.arrowError));
				return;
			}
			// The worker's last message.
			if ('blobs' in reply || 'blobsError' in reply) {
				finish();
				if ('blobs' in reply) blobs?.resolve(reply.blobs);
				else blobs?.reject(new Error(reply.blobsError));
				return;
			}
			if ('error' in reply) {
				finish();
				reject(new Error(reply.error));
				return;
			}
			const read = reply.coverage ? { ...reply.result, coverage: reply.coverage } : reply.result;
			if (!withArrow || reply.result.columns.length === 0) {
				finish();
				resolve(read);
				return;
			}
			const arrow = new Promise<Uint8Array>((resolveStream, rejectStream) => {
				stream = { resolve: resolveStream, reject: rejectStream };
			});
			// Read when the rows go to the engine, or never (a file removed first).
			arrow.catch(() => undefined);
			const made = new Promise<Blob[]>((resolveBlobs, rejectBlobs) => {
				blobs = { resolve: resolveBlobs, reject: rejectBlobs };
			});
			columnArrays(reply.result.columns).forEach((array, i) =>
				offerBlob(
					array,
					made.then((all) => all[i]!)
				)
			);
			resolve({ ...read, arrow });
		};
		worker.onerror = (event) => {
			finish();
			const failed = new Error(event.message || 'import worker failed');
			if (stream) failLater(failed);
			else reject(failed);
		};
		const request = { id: 0, name: file.name, options: rest, ...(withArrow ? { withArrow } : {}) };
		if ('bytes' in file) worker.postMessage({ ...request, bytes: file.bytes }, [file.bytes.buffer]);
		else worker.postMessage({ ...request, blob: file.blob });
	});
}
