import { createRequire } from 'node:module';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import type { Observation } from '../../domain/observation';
import { columnsOf, type ObservationColumns } from '../ingest/columns';
import type { Engine, Row, Sql, SqlParam } from './engine';
import {
	BEGIN_INSERT,
	COMMIT_INSERT,
	CREATE_TABLES,
	INSERT_TABLE,
	ROLLBACK_INSERT,
	geoGroupRows,
	INSERT_BATCH_ROWS,
	toArrowIpc,
	toPlainRows
} from './schema';
import { sql } from './engine';

/**
 * The Node twin of the browser engine: DuckDB-WASM's own Node build, so unit tests and
 * prerendering run the very engine (same version, same SQL behaviour) that the browser runs.
 */
export async function createNodeEngine(): Promise<Engine> {
	const require = createRequire(import.meta.url);
	const entry = require.resolve('@duckdb/duckdb-wasm/blocking');
	const duckdb = require(entry) as typeof DuckDBBlocking;
	const dist = path.dirname(entry);
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();

	const run = <R>(query: Sql, params: readonly SqlParam[] = []): R[] => {
		const statement = conn.prepare(query);
		try {
			return toPlainRows<R>(statement.query(...params).toArray());
		} finally {
			statement.close();
		}
	};

	for (const ddl of CREATE_TABLES) conn.query(ddl);
	const insertGroup = sql`INSERT INTO geo_group VALUES (?, ?)`;
	for (const [grp, geo] of geoGroupRows()) run(insertGroup, [grp, geo]);

	return {
		async all<R extends Row = Row>(query: Sql, params: readonly SqlParam[] = []) {
			return run<R>(query, params);
		},
		async insertObservations(
			rows: readonly Observation[] | ObservationColumns,
			sourceFile: string
		) {
			const columns = Array.isArray(rows) ? columnsOf(rows) : (rows as ObservationColumns);
			if (columns.length === 0) return 0;
			conn.query(BEGIN_INSERT);
			try {
				for (let from = 0; from < columns.length; from += INSERT_BATCH_ROWS) {
					const to = Math.min(columns.length, from + INSERT_BATCH_ROWS);
					conn.insertArrowFromIPCStream(toArrowIpc(columns, sourceFile, from, to), {
						name: INSERT_TABLE,
						create: false
					});
				}
				conn.query(COMMIT_INSERT);
			} catch (error) {
				conn.query(ROLLBACK_INSERT);
				throw error;
			}
			return columns.length;
		},
		async close() {
			conn.close();
			db.reset();
		}
	};
}
