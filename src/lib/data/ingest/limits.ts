/**
 * How much the browser importer accepts. A tab holds the file, its decoded text (up to twice the
 * bytes), the parsed rows and the observations at once; past these sizes a typical laptop tab
 * runs out of memory or V8 refuses the string (about 512 million characters), so we stop early
 * with a message instead of freezing. The command line (`npm run validate`) has the same limits.
 */

/** Largest file accepted, as given (compressed or not): 200 MiB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Largest text after decompression: 400 MiB (a `.gz` may expand ten times). */
export const MAX_TEXT_BYTES = 400 * 1024 * 1024;

/**
 * Largest JSON-stat cube (the product of its declared sizes) the reader accepts: checked before
 * anything is allocated, so a small file declaring 10^10 cells is refused at once.
 */
export const MAX_CUBE_CELLS = 50_000_000;

/** Rejected lines kept as read, for the rejected-rows download; the rest are only counted. */
export const MAX_REJECTED_ROWS = 10_000;

/**
 * A size in whole mebibytes, the number messages give (their words and unit, Mo or MB, are
 * src/lib/i18n's `megabytesIn`): `wholeMegabytes(MAX_FILE_BYTES)` → `200`.
 */
export function wholeMegabytes(bytes: number): number {
	return Math.round(bytes / (1024 * 1024));
}
