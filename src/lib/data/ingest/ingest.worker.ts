/**
 * Module Web Worker: runs the importer off the main thread, so a big file never freezes the page.
 * Receives `{ id, name, bytes | blob, options }` (bytes transferred, a blob read here); posts `{ id, progress }` while it
 * parses, then `{ id, result }` (the result's column buffers transferred, not copied) or
 * `{ id, error }`. Cancelling is the client terminating the
 * worker: a synchronous parse cannot read messages anyway.
 */
import { transferables } from './columns';
import { ingestBytesToColumns, type IngestOptions } from './ingest';
import { bytesOf, type IngestInput } from './input';

type Request = IngestInput & { id: number; options?: Omit<IngestOptions, 'onProgress'> };

self.onmessage = async (event: MessageEvent<Request>) => {
	const { id, name, options } = event.data;
	try {
		const result = await ingestBytesToColumns(name, await bytesOf(event.data), {
			...options,
			onProgress: (progress) => self.postMessage({ id, progress })
		});
		self.postMessage({ id, result }, { transfer: transferables(result.columns) });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
