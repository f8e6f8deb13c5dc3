import { describe, expect, it } from 'vitest';
import { sameItems, sourceFileOf } from './imported.svelte';

describe('sameItems: the lists of imports are replaced only when what they hold changed', () => {
	const a = { id: 'a' };
	const b = { id: 'b' };
	it('finds two empty lists, or the same items in the same order, the same', () => {
		expect(sameItems([], [])).toBe(true);
		expect(sameItems([a, b], [a, b])).toBe(true);
	});
	it('tells a list apart from one longer, shorter, reordered or holding a copy', () => {
		expect(sameItems([], [a])).toBe(false);
		expect(sameItems([a, b], [a])).toBe(false);
		expect(sameItems([a, b], [b, a])).toBe(false);
		expect(sameItems([a], [{ id: 'a' }])).toBe(false);
	});
	it('compares with the test given', () => {
		expect(sameItems([a], [{ id: 'a' }], (x, y) => x.id === y.id)).toBe(true);
		expect(sameItems([a], [b], (x, y) => x.id === y.id)).toBe(false);
	});
});

describe("sourceFileOf: the name of an import's rows in the engine", () => {
	it('is the same for an id every time it is asked, and another for another id', () => {
		const ids = Array.from({ length: 500 }, () => crypto.randomUUID());
		const names = ids.map(sourceFileOf);
		expect(new Set(names).size).toBe(ids.length);
		expect(ids.map(sourceFileOf)).toEqual(names);
	});
	it('fits inside a DuckDB row (12 bytes at most) and never looks like a bundled file name', () => {
		for (const name of Array.from({ length: 50 }, () => sourceFileOf(crypto.randomUUID()))) {
			expect(new TextEncoder().encode(name).byteLength).toBeLessThanOrEqual(12);
			expect(name).toMatch(/^imp:\d+$/);
		}
	});
});
