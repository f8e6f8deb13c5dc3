/**
 * Observation rows in a prerendered page's data. SvelteKit writes a page's server data into its
 * HTML as a script the browser must read, parse and run before it hydrates, and rows as objects
 * repeat every key and code: the /objectifs/ page carried 382 kB of data, 324 kB of it rows,
 * which made its opening task the longest of the site at CPU ×4 (issue #18). The rows travel as
 * packed columns (`packColumns`, a tenth of the size) and the page's universal load
 * (`+page.ts`) gives them back as the same rows, at prerender and in the browser alike, so the
 * views that compute on them are unchanged.
 */
import type { Observation } from '../domain/observation';
import {
	columnsOf,
	observationsOf,
	packColumns,
	unpackColumns,
	type PackedColumns
} from './ingest/columns';

/** The fields of page data that hold observation rows. */
export const ROW_FIELDS = ['observations', 'sectorObservations', 'nationalRows'] as const;
type RowField = (typeof ROW_FIELDS)[number];

type Packed<V> = V extends readonly Observation[] ? PackedColumns : V;
type Unpacked<V> = V extends PackedColumns ? Observation[] : V;

/** Page data with its row fields packed. */
export type PackedRows<T> = { [K in keyof T]: K extends RowField ? Packed<T[K]> : T[K] };
/** Page data with its packed row fields turned back into rows. */
export type UnpackedRows<P> = { [K in keyof P]: K extends RowField ? Unpacked<P[K]> : P[K] };

function isPacked(value: unknown): value is PackedColumns {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		'runs' in value &&
		'dictionaries' in value
	);
}

/**
 * The data with each row field (`ROW_FIELDS`) packed; other fields as they are.
 * `packRows({ observations: [fr2024], targets })` → `{ observations: { length: 1, runs, … }, targets }`
 */
export function packRows<T extends object>(data: T): PackedRows<T> {
	const out = { ...data } as Record<string, unknown>;
	for (const field of ROW_FIELDS) {
		const rows = out[field];
		if (Array.isArray(rows)) out[field] = packColumns(columnsOf(rows as Observation[]));
	}
	return out as PackedRows<T>;
}

/**
 * The data `packRows` packed, with the same rows (equal, in the same order).
 * `unpackRows(packRows(data))` → `data`
 */
export function unpackRows<P extends object>(data: P): UnpackedRows<P> {
	const out = { ...data } as Record<string, unknown>;
	for (const field of ROW_FIELDS) {
		const packed = out[field];
		if (isPacked(packed)) out[field] = observationsOf(unpackColumns(packed));
	}
	return out as UnpackedRows<P>;
}
