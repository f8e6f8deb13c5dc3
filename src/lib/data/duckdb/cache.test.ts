import { afterAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { withQueryCache } from './cache';
import { sql, type Engine, type Row, type Sql, type SqlParam } from './engine';
import { testEngine } from './testing';

const obs = (geo: string, value: number): Observation => ({
	dataset: 'd',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K',
	geo,
	period: '2023',
	value,
	flags: '',
	confStatus: null
});

const COUNT = sql`SELECT CAST(count(*) AS INTEGER) AS n FROM observations WHERE geo = ?`;

describe('query cache in front of the real engine', () => {
	let inner: Engine;
	let calls = 0;
	afterAll(async () => inner?.close());

	it('answers a repeated question from memory and forgets everything when rows are added or removed', async () => {
		inner = await testEngine();
		const counting: Engine = {
			all: (q, p) => {
				calls++;
				return inner.all(q, p);
			},
			insertObservations: (o, f) => inner.insertObservations(o, f),
			removeSource: (f) => inner.removeSource(f),
			close: () => inner.close()
		};
		const engine = withQueryCache(counting);
		await engine.insertObservations([obs('FR', 13.43), obs('DE', 19.56)], 'a.tsv');

		expect(await engine.all(COUNT, ['FR'])).toEqual([{ n: 1 }]);
		expect(await engine.all(COUNT, ['FR'])).toEqual([{ n: 1 }]);
		expect(calls).toBe(1);
		expect(await engine.all(COUNT, ['DE'])).toEqual([{ n: 1 }]);
		expect(calls).toBe(2);

		await engine.insertObservations([obs('FR', 12)], 'b.tsv');
		expect(engine.cacheSize()).toBe(0);
		expect(await engine.all(COUNT, ['FR'])).toEqual([{ n: 2 }]);
		expect(calls).toBe(3);

		await engine.removeSource('a.tsv');
		expect(engine.cacheSize()).toBe(0);
		expect(await engine.all(COUNT, ['FR'])).toEqual([{ n: 1 }]);
		expect(calls).toBe(4);
	});

	it('tells a number from the same digits as text, and evicts the least recently used', async () => {
		const seen: unknown[] = [];
		const fake: Engine = {
			all: async <R extends Row = Row>(_q: Sql, p: readonly SqlParam[] = []) => {
				seen.push(p[0]);
				return [{ v: String(p[0]) }] as unknown as R[];
			},
			insertObservations: async () => 0,
			removeSource: async () => {},
			close: async () => {}
		};
		const engine = withQueryCache(fake, 2);
		await engine.all(COUNT, [1]);
		await engine.all(COUNT, ['1']);
		expect(seen).toEqual([1, '1']);
		await engine.all(COUNT, [1]); // hit: now the most recent
		await engine.all(COUNT, ['x']); // evicts '1'
		await engine.all(COUNT, [1]); // still cached
		await engine.all(COUNT, ['1']); // asked again
		expect(seen).toEqual([1, '1', 'x', '1']);
	});
});
