/** What the data table shows: columns, and rows of cells that carry their sort key and flags. */
import { compareLabels } from '../../domain/text';
export interface Column {
	id: string;
	label: string;
	/** Right-aligned, sorted as numbers, highest first on the first click. */
	numeric?: boolean;
}

export interface Cell {
	text: string;
	/** Sort key; `null` (a missing value) always sorts last, whatever the direction. */
	sort: number | string | null;
	flags?: string;
	confStatus?: string | null;
	/** The imported file the value was read from, when the table mixes it with other files'. */
	imported?: string;
}

export interface TableRow {
	key: string;
	cells: Record<string, Cell>;
	/** Drawn in bold (France). */
	highlight?: boolean;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by one column; missing values last in both directions, ties kept in input order.
 * `sortRows(rows, 'value', 'descending')` → highest value first, `null` values at the end.
 */
export function sortRows(
	rows: readonly TableRow[],
	column: string | null,
	direction: SortDirection
): TableRow[] {
	if (column === null) return [...rows];
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => {
			const x = a.row.cells[column]?.sort ?? null;
			const y = b.row.cells[column]?.sort ?? null;
			if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
			const c =
				typeof x === 'number' && typeof y === 'number'
					? x - y
					: compareLabels(String(x), String(y));
			return c === 0 ? a.i - b.i : sign * c;
		})
		.map((e) => e.row);
}

/** Every flag letter and confidentiality code used in the rows, sorted, once each. */
export function flagsUsed(rows: readonly TableRow[]): string[] {
	const found = new Set<string>();
	for (const row of rows) {
		for (const cell of Object.values(row.cells)) {
			for (const f of cell.flags ?? '') found.add(f);
			if (cell.confStatus) found.add(cell.confStatus);
		}
	}
	return [...found].sort();
}

/**
 * Every imported file the rows' values were read from, once each, in order of first appearance:
 * the numbering of their marks, which a sort of the rows must not change.
 * `importedFilesUsed([{ key: 'FR', cells: { value: { text: '14', sort: 14, imported: 'mine.csv' } } }])`
 * → `['mine.csv']`
 */
export function importedFilesUsed(rows: readonly TableRow[]): string[] {
	const found = new Set<string>();
	for (const row of rows) {
		for (const cell of Object.values(row.cells)) if (cell.imported) found.add(cell.imported);
	}
	return [...found];
}

/** A flag or confidentiality code next to a value, with its meaning (read out, and on hover). */
export interface CellMark {
	code: string;
	meaning: string;
}

/** A cell as the table draws it. */
export interface BodyCell {
	column: string;
	text: string;
	numeric: boolean;
	marks: CellMark[];
	/** The index in `files` of the imported file the value was read from, or `null`. */
	imported: number | null;
}

/** A row as the table draws it: its first cell heads it (`<th scope="row">`). */
export interface BodyRow {
	key: string;
	highlight: boolean;
	head: BodyCell | null;
	cells: BodyCell[];
}

/**
 * The rows as drawn, every cell's text and marks worked out once: the table is then built with
 * one block per row and per cell, not a test and a lookup per cell at every build (a table of a
 * few hundred cells was a tenth of a page's hydration).
 * `tableBody([{ key: 'FR', cells: { geo: { text: 'France', sort: 'France' } } }], [{ id: 'geo', label: 'Pays' }], (f) => f)`
 * → `[{ key: 'FR', highlight: false, head: { column: 'geo', text: 'France', numeric: false, marks: [], imported: null }, cells: [] }]`
 */
export function tableBody(
	rows: readonly TableRow[],
	columns: readonly Column[],
	meaning: (code: string) => string,
	files: readonly string[] = importedFilesUsed(rows)
): BodyRow[] {
	const meanings = new Map<string, string>();
	const markOf = (code: string): CellMark => {
		let m = meanings.get(code);
		if (m === undefined) meanings.set(code, (m = meaning(code)));
		return { code, meaning: m };
	};
	return rows.map((row) => {
		const drawn = columns.map((c): BodyCell => {
			const cell = row.cells[c.id];
			const codes = [...(cell?.flags ?? ''), ...(cell?.confStatus ? [cell.confStatus] : [])];
			return {
				column: c.id,
				text: cell?.text ?? '—',
				numeric: c.numeric === true,
				// Each code once: a key of the marks' list.
				marks: [...new Set(codes)].map(markOf),
				imported: cell?.imported ? files.indexOf(cell.imported) : null
			};
		});
		return {
			key: row.key,
			highlight: row.highlight === true,
			head: drawn[0] ?? null,
			cells: drawn.slice(1)
		};
	});
}
