import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Observation } from '../../domain/observation';
import { columnsOf, type ObservationColumns } from '../ingest/columns';
import { withQueryCache } from './cache';
import { Slicer } from '../ingest/slicer';
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

let started: Promise<Engine> | null = null;

/**
 * The browser engine: DuckDB-WASM in its own Web Worker, started on first use and only once.
 * Nothing imports this module statically, so its 27 MB of wasm stay off the first chart. The
 * build serves the engine's module without the exports only run-time extensions use
 * (`wasm-exports.ts`, `vite.config.ts`): its loader walked all 75,011 at every start.
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
	// Files are appended through connections of their own (`loader`, or one per file waiting for
	// a word: `commitWhen`), so the pages' questions go on through `conn` without seeing rows
	// not yet committed, nor waiting for them.
	const loader: AsyncDuckDBConnection = await db.connect();

	// The worker answers one message at a time anyway; a queue per connection keeps each
	// statement, and each file's transaction, whole.
	const queue = () => {
		let last: Promise<unknown> = Promise.resolve();
		return <T>(task: () => Promise<T>): Promise<T> => {
			const next = last.then(task, task);
			last = next.catch(() => undefined);
			return next;
		};
	};
	const serial = queue();
	const loads = queue();

	const run = async <R>(query: Sql, params: readonly SqlParam[] = []): Promise<R[]> => {
		const statement = await conn.prepare(query);
		try {
			const table = await statement.query(...params);
			return toPlainRows<R>(table.toArray());
		} finally {
			await statement.close();
		}
	};

	await conn.query(engineSetup());
	const tables = new RowTables();

	return {
		all<R extends Row = Row>(query: Sql, params: readonly SqlParam[] = []) {
			return serial(() => run<R>(query, params));
		},
		insertObservations(
			rows: readonly Observation[] | ObservationColumns,
			sourceFile: string,
			{ commitWhen, arrow }: InsertOptions = {}
		) {
			const append = async (connection: AsyncDuckDBConnection) => {
				const columns = Array.isArray(rows) ? columnsOf(rows) : (rows as ObservationColumns);
				if (columns.length === 0) return 0;
				// One Arrow stream, built on this thread a batch at a time (the page draws and
				// answers between two), handed over (transferred) in one message.
				const slicer = new Slicer({});
				const bytes = arrow ?? (await arrowStream(columns, () => slicer.tick()));
				// One transaction: the file is in the engine whole or not at all.
				const table = tables.name();
				const layout = rowsTable(table, columns, sourceFile);
				await connection.query(BEGIN_INSERT);
				try {
					await connection.query(layout.create);
					await connection.insertArrowFromIPCStream(bytes, { name: table, create: false });
					if (commitWhen && !(await commitWhen)) {
						await connection.query(ROLLBACK_INSERT);
						return 0;
					}
					await connection.query(COMMIT_INSERT);
				} catch (error) {
					await connection.query(ROLLBACK_INSERT).catch(() => undefined);
					throw error;
				}
				// Shown to the pages' questions once committed, between two of them.
				await serial(() => conn.query(tables.added(table, sourceFile, layout.select)));
				return columns.length;
			};
			if (!commitWhen) return loads(() => append(loader));
			// A file waiting for a word holds its transaction on a connection of its own: the
			// import page loads a file as soon as it is read, while the reader looks at its report
			// (`stageInEngine`), and that wait must not hold back another file's load.
			return (async () => {
				const own = await db.connect();
				try {
					return await append(own);
				} finally {
					await own.close().catch(() => undefined);
				}
			})();
		},
		removeSource(sourceFile: string) {
			return serial(async () => {
				for (const statement of tables.removed(sourceFile)) await conn.query(statement);
			});
		},
		async close() {
			await conn.close();
			await loader.close();
			await db.terminate();
			started = null;
		}
	};
}
