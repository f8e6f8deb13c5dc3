/**
 * Module Web Worker: reads one stored dataset's arrays out of IndexedDB and joins their slices,
 * off the page's thread. Reading a million-row dataset back (deserialising ~80 slices, then
 * copying them into whole arrays) held the page for 50–60 ms at every opening, 200 ms on a slow
 * laptop. Receives `{ id }`; posts `{ parts }` (their buffers transferred, not copied),
 * `{ missing }` (the names of parts that lack slices) or `{ error }`.
 */
import { MissingSlicesError, readParts, type PartArray } from './idb';

/** What the worker answers; `parts-reader.ts` turns it back into a result or an error. */
export type PartsReply =
	{ parts: Record<string, PartArray> } | { missing: string[] } | { error: string };

self.onmessage = async (event: MessageEvent<{ id: string }>) => {
	let reply: PartsReply;
	try {
		const parts = await readParts(event.data.id, { yieldEvery: Infinity });
		const buffers = new Set(Object.values(parts).map((part) => part.buffer as ArrayBuffer));
		self.postMessage({ parts } satisfies PartsReply, { transfer: [...buffers] });
		return;
	} catch (error) {
		reply =
			error instanceof MissingSlicesError
				? { missing: error.parts }
				: { error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
