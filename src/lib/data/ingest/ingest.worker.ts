/**
 * Module Web Worker: runs the importer off the main thread, so a big file never freezes the page.
 * Receives `{ id, name, bytes | blob, options, withArrow? }` (bytes transferred, a blob read here);
 * posts `{ id, progress }` while it parses (ten times a second at most), then `{ id, result,
 * coverage }` (the result's column buffers transferred, not copied) or `{ id, error }`. With
 * `withArrow`, it then builds the rows' Arrow stream and posts `{ id, arrow }` (transferred) or
 * `{ id, arrowError }`, and last `{ id, blobs }`: a Blob of each column's bytes (in
 * `columnArrays` order), which the page's store writes instead of copying the arrays on its own
 * thread (or `{ id, blobsError }`). Cancelling is the client terminating the worker: a
 * synchronous parse cannot read messages anyway.
 */
import { columnArrays, copyColumns, transferables } from './columns';
import { coverageOfColumns } from './coverage';
import { ingestBytesToColumns, type IngestOptions } from './ingest';
import { bytesOf, type IngestInput } from './input';
import { throttledProgress } from './progress';

type Request = IngestInput & {
	id: number;
	options?: Omit<IngestOptions, 'onProgress'>;
	withArrow?: boolean;
};

self.onmessage = async (event: MessageEvent<Request>) => {
	const { id, name, options, withArrow } = event.data;
	// apache-arrow is fetched and compiled while the file is read (this thread waits on the disk
	// then), not once it is parsed; a file read for its report alone never loads it.
	const schema = withArrow ? import('../duckdb/schema') : null;
	schema?.catch(() => undefined);
	let result;
	try {
		result = await ingestBytesToColumns(name, await bytesOf(event.data), {
			...options,
			onProgress: throttledProgress((progress) => self.postMessage({ id, progress }))
		});
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		return;
	}
	const wantsArrow = withArrow === true && result.columns.length > 0;
	// The page gets its buffers now; this copy (milliseconds) is what the stream is built from.
	const kept = wantsArrow ? copyColumns(result.columns) : null;
	// Its areas and periods too: a pass over every row, 54 ms of the page's thread for 1M rows at
	// CPU ×4 in the task that shows the report.
	const coverage = coverageOfColumns(result.columns);
	self.postMessage({ id, result, coverage }, { transfer: transferables(result.columns) });
	if (!kept || !schema) return;
	try {
		const { arrowStream } = await schema;
		const arrow = await arrowStream(kept);
		self.postMessage({ id, arrow }, { transfer: [arrow.buffer as ArrayBuffer] });
	} catch (error) {
		self.postMessage({ id, arrowError: error instanceof Error ? error.message : String(error) });
	}
	// After the stream, which the engine's insert (the longer of the two) waits for. The copy into
	// a Blob is 6–10 ms a MB; on the page's thread, writing the arrays into IndexedDB was 20–40.
	// The columns' buffers are plain ArrayBuffers (never shared), which `Blob` asks for.
	try {
		self.postMessage({
			id,
			blobs: columnArrays(kept).map((array) => new Blob([array as ArrayBufferView<ArrayBuffer>]))
		});
	} catch (error) {
		self.postMessage({ id, blobsError: error instanceof Error ? error.message : String(error) });
	}
};
