import { sql, type Engine } from '../duckdb/engine';

const COUNT_SOURCE = sql`SELECT CAST(count(*) AS INTEGER) AS n FROM observations WHERE source_file = ?`;

/** Rows the engine holds for one loaded file. `await countSourceFile(engine, 'a.tsv')` → `432` */
export async function countSourceFile(engine: Engine, sourceFile: string): Promise<number> {
	const rows = await engine.all<{ n: number }>(COUNT_SOURCE, [sourceFile]);
	return rows[0]?.n ?? 0;
}
