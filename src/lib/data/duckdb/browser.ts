import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Observation } from '../../domain/observation';
import { columnsOf, type ObservationColumns } from '../ingest/columns';
import { withQueryCache } from './cache';
import { sql, type Engine, type Row, type Sql, type SqlParam } from './engine';
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

let started: Promise<Engine> | null = null;

/**
 * The browser engine: DuckDB-WASM in its own Web Worker, started on first use and only once.
 * Nothing imports this module statically, so its ~34 MB of wasm stay off the first chart.
 */
export function getBrowserEngine(): Promise<Engine> {
	// Repeated questions (back to a view, same filter) are answered without a worker round trip.
	started ??= start()
		.then((engine) => withQueryCache(engine))
		.catch((error: unknown) => {
			started = null; // let a later call try again (e.g. after a network hiccup)
			throw error;
		});
	return started;
}

async function start(): Promise<Engine> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn: AsyncDuckDBConnection = await db.connect();

	// The worker answers one message at a time anyway; a queue keeps staging inserts atomic.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const next = queue.then(task, task);
		queue = next.catch(() => undefined);
		return next;
	};

	const run = async <R>(query: Sql, params: readonly SqlParam[] = []): Promise<R[]> => {
		const statement = await conn.prepare(query);
		try {
			const table = await statement.query(...params);
			return toPlainRows<R>(table.toArray());
		} finally {
			await statement.close();
		}
	};

	for (const ddl of CREATE_TABLES) await conn.query(ddl);
	const insertGroup = sql`INSERT INTO geo_group VALUES (?, ?)`;
	for (const [grp, geo] of geoGroupRows()) await run(insertGroup, [grp, geo]);

	return {
		all<R extends Row = Row>(query: Sql, params: readonly SqlParam[] = []) {
			return serial(() => run<R>(query, params));
		},
		insertObservations(rows: readonly Observation[] | ObservationColumns, sourceFile: string) {
			return serial(async () => {
				const columns = Array.isArray(rows) ? columnsOf(rows) : (rows as ObservationColumns);
				if (columns.length === 0) return 0;
				// In batches: each Arrow batch is built between two worker round trips, so a
				// million rows never hold the main thread for long. One transaction: the file is
				// in the table whole or not at all.
				await conn.query(BEGIN_INSERT);
				try {
					for (let from = 0; from < columns.length; from += INSERT_BATCH_ROWS) {
						const to = Math.min(columns.length, from + INSERT_BATCH_ROWS);
						await conn.insertArrowFromIPCStream(toArrowIpc(columns, sourceFile, from, to), {
							name: INSERT_TABLE,
							create: false
						});
					}
					await conn.query(COMMIT_INSERT);
				} catch (error) {
					await conn.query(ROLLBACK_INSERT).catch(() => undefined);
					throw error;
				}
				return columns.length;
			});
		},
		async close() {
			await conn.close();
			await db.terminate();
			started = null;
		}
	};
}
