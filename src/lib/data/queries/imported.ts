import { sql, type Engine } from '../duckdb/engine';

const COUNT_SOURCE = sql`SELECT CAST(count(*) AS INTEGER) AS n FROM observations WHERE source_file = ?`;

/**
 * Drops the rows of one loaded file from the engine.
 * `await deleteSourceFile(engine, 'imported:abc')` → rows of that import gone.
 */
export async function deleteSourceFile(engine: Engine, sourceFile: string): Promise<void> {
	await engine.removeSource(sourceFile);
}

/** Rows the engine holds for one loaded file. `await countSourceFile(engine, 'a.tsv')` → `432` */
export async function countSourceFile(engine: Engine, sourceFile: string): Promise<number> {
	const rows = await engine.all<{ n: number }>(COUNT_SOURCE, [sourceFile]);
	return rows[0]?.n ?? 0;
}
