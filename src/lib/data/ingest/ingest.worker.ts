/**
 * Module Web Worker: runs the importer off the main thread, so a big file never freezes the page.
 * Receives `{ id, name, bytes }` (bytes transferred), answers `{ id, result }` or `{ id, error }`.
 */
import { ingestBytes } from './ingest';

self.onmessage = async (event: MessageEvent<{ id: number; name: string; bytes: Uint8Array }>) => {
	const { id, name, bytes } = event.data;
	try {
		const result = await ingestBytes(name, bytes);
		self.postMessage({ id, result });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
