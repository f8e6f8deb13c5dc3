/** What the data table shows: columns, and rows of cells that carry their sort key and flags. */
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
					: String(x).localeCompare(String(y), 'fr');
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
