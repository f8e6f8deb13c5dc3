import { describe, expect, it } from 'vitest';
import { KeyTable } from './keyTable';

describe('KeyTable', () => {
	it('keeps, replaces and answers like a Map, for keys past 2^32 too', () => {
		const table = new KeyTable(2000);
		const reference = new Map<number, number>();
		// Keys as planMerge makes them: mixed-radix numbers up to 2^53, with neighbours and
		// multiples of 2^32 that a careless hash would send to one slot.
		const keys = [0, 1, 2 ** 32, 2 ** 33, 2 ** 32 + 1, 2 ** 53 - 2, 2 ** 52, 123_456_789_012];
		for (let i = 0; i < 600; i++) keys.push(i * 2 ** 32, i * 65_536 + 7);
		keys.forEach((key, i) => {
			table.set(key, i);
			reference.set(key, i);
		});
		table.set(1, 99);
		reference.set(1, 99);
		expect(table.size).toBe(reference.size);
		for (const [key, value] of reference) {
			expect(table.get(key)).toBe(value);
			expect(table.has(key)).toBe(true);
		}
		expect(table.get(5)).toBe(-1);
		expect(table.has(2 ** 40 + 3)).toBe(false);
	});

	it('refuses more keys than its capacity instead of degrading', () => {
		const table = new KeyTable(2);
		table.set(1, 1);
		table.set(2, 2);
		table.set(2, 3); // a known key: no new room needed
		expect(() => table.set(3, 3)).toThrow(/more than 2 keys/);
	});
});

describe('KeyTable.setIfAbsent', () => {
	it('keeps the first value of a key and answers it to later calls', () => {
		const table = new KeyTable(4);
		expect(table.setIfAbsent(2 ** 40, 7)).toBe(-1);
		expect(table.setIfAbsent(2 ** 40, 8)).toBe(7);
		expect(table.get(2 ** 40)).toBe(7);
		expect(table.size).toBe(1);
	});
});
