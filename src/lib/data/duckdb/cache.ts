import type { Engine, Row, Sql, SqlParam } from './engine';

/**
 * An engine that answers a repeated question from memory: the same query with the same
 * parameters gives the same rows until observations are added or removed, so a person going
 * back to a view they saw does not wait for the worker again. Inserting or removing clears the
 * cache.
 * `const e = withQueryCache(engine); await e.all(q, ['FR']); await e.all(q, ['FR'])` → one query
 */
export function withQueryCache(engine: Engine, maxEntries = 200): Engine & { cacheSize(): number } {
	// Map keeps insertion order: re-setting a key on a hit makes eviction least-recently-used.
	const cache = new Map<string, Promise<Row[]>>();
	const keyOf = (query: Sql, params: readonly SqlParam[]) =>
		JSON.stringify([query, params.map((p) => [typeof p, p])]);
	return {
		all<R extends Row = Row>(query: Sql, params: readonly SqlParam[] = []): Promise<R[]> {
			const key = keyOf(query, params);
			let hit = cache.get(key);
			if (hit) {
				cache.delete(key);
			} else {
				hit = engine.all<R>(query, params);
				// A failed query is not remembered: the next call asks again.
				hit.catch(() => cache.delete(key));
			}
			cache.set(key, hit);
			while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
			return hit as Promise<R[]>;
		},
		async insertObservations(rows, sourceFile, options) {
			cache.clear();
			const count = await engine.insertObservations(rows, sourceFile, options);
			// Answers computed while the insert ran may predate it.
			cache.clear();
			return count;
		},
		async removeSource(sourceFile) {
			cache.clear();
			await engine.removeSource(sourceFile);
			// Answers computed while the rows went may predate it.
			cache.clear();
		},
		close() {
			cache.clear();
			return engine.close();
		},
		cacheSize: () => cache.size
	};
}
