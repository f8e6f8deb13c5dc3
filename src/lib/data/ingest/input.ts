/**
 * What the importer reads, on the page or in its worker (no worker code here: the worker imports
 * this module). A file to import: its bytes, or a `Blob` (a chosen `File`, a fetched body) that the worker reads
 * itself. Reading 90 MB into memory on the page was a 0.6 s task on its main thread.
 */
export type IngestInput = { name: string; bytes: Uint8Array } | { name: string; blob: Blob };

/** The bytes of an input, read if it is a blob: `await bytesOf({ name: 'a.csv', blob })` → `Uint8Array`. */
export async function bytesOf(input: IngestInput): Promise<Uint8Array> {
	return 'bytes' in input ? input.bytes : new Uint8Array(await input.blob.arrayBuffer());
}
