import type { Observation } from '../../domain/observation';
import type { ObservationColumns } from '../ingest/columns';

/**
 * SQL text that can only come from a literal in our own source: the `sql` tag refuses
 * interpolation at the type level, so user text can reach a query only as a bound parameter.
 * One exception, in `schema.ts`: the view `observations` lists each file's values, and its name,
 * to read the file's codes as text (a view takes no parameters), each quoted by `sqlText`.
 */
export type Sql = string & { readonly __brand: 'Sql' };

/** `sql\`SELECT 1\`` → the branded string `SELECT 1`; `sql\`... ${x}\`` does not compile. */
export function sql(strings: TemplateStringsArray, ...noInterpolation: never[]): Sql {
	if (noInterpolation.length > 0 || strings.length !== 1) {
		throw new TypeError('sql`` takes no interpolation: pass values as parameters.');
	}
	return strings[0] as Sql;
}

export type SqlParam = string | number | boolean | null;

/** How an insert ends. */
export interface InsertOptions {
	/**
	 * The rows are appended in a transaction of their own (other questions do not see them),
	 * committed when this settles to `true`, rolled back when it settles to `false` or rejects:
	 * the import page loads a file beside keeping it in IndexedDB, and the engine shows it only
	 * once the store said it was added. Absent: committed at once.
	 */
	commitWhen?: Promise<boolean>;
	/**
	 * The rows as `arrowStream(columns)` gives them, built by the caller beforehand (the
	 * import page builds them while the engine starts): used as they are, not built again.
	 */
	arrow?: Uint8Array;
}

/** A row as it comes back from the engine: plain JSON values (BIGINTs become numbers). */
export type Row = Record<string, string | number | boolean | null>;

/**
 * What the query functions need from DuckDB, whichever build runs it: the browser one
 * (DuckDB-WASM in a Web Worker) or its Node twin (same wasm engine, for tests and prerendering).
 */
export interface Engine {
	/** Runs one prepared statement with positional `?` parameters. */
	all<R extends Row = Row>(query: Sql, params?: readonly SqlParam[]): Promise<R[]>;
	/**
	 * Adds observations (objects, or columns as the importer gives them) to the `observations`
	 * view, tagged with their source file, all or none. Resolves to the rows
	 * added (0 when `commitWhen` said no).
	 */
	insertObservations(
		rows: readonly Observation[] | ObservationColumns,
		sourceFile: string,
		options?: InsertOptions
	): Promise<number>;
	/**
	 * Takes out every committed row of one source file (its tables, and their place in
	 * `observations`); a file still waiting for `commitWhen` is not touched.
	 */
	removeSource(sourceFile: string): Promise<void>;
	close(): Promise<void>;
}
