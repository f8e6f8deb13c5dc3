import { describe, expect, it } from 'vitest';
import { sameItems } from './imported.svelte';

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
