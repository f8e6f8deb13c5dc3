import { createRequire } from 'node:module';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import type { Observation } from '../../domain/observation';
import { columnsOf, type ObservationColumns } from '../ingest/columns';
import { duckdbDist, slimEngineFile } from './engine-file';
import type { Engine, InsertOptions, Row, Sql, SqlParam } from './engine';
import {
	BEGIN_INSERT,
	COMMIT_INSERT,
	ROLLBACK_INSERT,
	RowTables,
	arrowStream,
	engineSetup,
	rowsTable,
	toPlainRows
} from './schema';

/**
 * The Node twin of the browser engine: DuckDB-WASM's own Node build, so unit tests and
 * prerendering run the very engine (same version, same SQL behaviour) that the browser runs.
 */
export async function createNodeEngine(): Promise<Engine> {
	const require = createRequire(import.meta.url);
	const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof DuckDBBlocking;
	const dist = duckdbDist();
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			// The module the site serves, not the published one: tests run the bytes readers get.
			eh: { mainModule: slimEngineFile(dist), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();
	// As in the browser: files are appended through connections of their own, so a file waiting
	// for `commitWhen` is seen by no question asked meanwhile.
	const loader = db.connect();
	let loads: Promise<unknown> = Promise.resolve();

	const run = <R>(query: Sql, params: readonly SqlParam[] = []): R[] => {
		const statement = conn.prepare(query);
		try {
			return toPlainRows<R>(statement.query(...params).toArray());
		} finally {
			statement.close();
		}
	};

	conn.query(engineSetup());
	const tables = new RowTables();

	return {
		async all<R extends Row = Row>(query: Sql, params: readonly SqlParam[] = []) {
			return run<R>(query, params);
		},
		insertObservations(
			rows: readonly Observation[] | ObservationColumns,
			sourceFile: string,
			{ commitWhen, arrow }: InsertOptions = {}
		) {
			const append = async (connection: typeof loader) => {
				const columns = Array.isArray(rows) ? columnsOf(rows) : (rows as ObservationColumns);
				if (columns.length === 0) return 0;
				const bytes = arrow ?? (await arrowStream(columns));
				const table = tables.name();
				const layout = rowsTable(table, columns, sourceFile);
				connection.query(BEGIN_INSERT);
				try {
					connection.query(layout.create);
					connection.insertArrowFromIPCStream(bytes, { name: table, create: false });
					if (commitWhen && !(await commitWhen)) {
						connection.query(ROLLBACK_INSERT);
						return 0;
					}
					connection.query(COMMIT_INSERT);
				} catch (error) {
					connection.query(ROLLBACK_INSERT);
					throw error;
				}
				conn.query(tables.added(table, sourceFile, layout.select));
				return columns.length;
			};
			// As in the browser: a file waiting for a word has a connection of its own; the others
			// go one at a time through `loader`, so that each transaction stays whole.
			if (commitWhen) {
				const own = db.connect();
				return append(own).finally(() => own.close());
			}
			const insert = () => append(loader);
			const next = loads.then(insert, insert);
			loads = next.catch(() => undefined);
			return next;
		},
		async removeSource(sourceFile: string) {
			for (const statement of tables.removed(sourceFile)) conn.query(statement);
		},
		async close() {
			conn.close();
			loader.close();
			db.reset();
		}
	};
}
