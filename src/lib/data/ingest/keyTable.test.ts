import { describe, expect, it } from 'vitest';
import { DirectTable, KeyTable, keyTableSlots, statisticTable } from './keyTable';

describe('KeyTable', () => {
	it('keeps the first value of each key and answers it later, like a Map, for keys past 2^32 too', () => {
		const table = new KeyTable(2000);
		const reference = new Map<number, number>();
		// Keys as planMerge makes them: mixed-radix numbers up to 2^53 − 2, with neighbours and
		// multiples of 2^32 that a careless hash would send to one slot; each key comes twice.
		const keys = [0, 1, 2 ** 32, 2 ** 33, 2 ** 32 + 1, 2 ** 53 - 2, 2 ** 52, 123_456_789_012];
		for (let i = 0; i < 600; i++) keys.push(i * 2 ** 32, i * 65_536 + 7);
		[...keys, ...keys].forEach((key, i) => {
			const first = reference.get(key);
			if (first === undefined) reference.set(key, i);
			expect(table.setIfAbsent(key, i)).toBe(first ?? -1);
		});
		expect(table.size).toBe(reference.size);
		expect(table.setIfAbsent(5, 1)).toBe(-1);
		expect(table.setIfAbsent(2 ** 40 + 3, 2)).toBe(-1);
		expect(table.setIfAbsent(2 ** 40 + 3, 3)).toBe(2);
	});

	it('refuses more keys than its capacity instead of degrading', () => {
		const table = new KeyTable(2);
		expect(table.setIfAbsent(1, 1)).toBe(-1);
		expect(table.setIfAbsent(2, 2)).toBe(-1);
		expect(table.setIfAbsent(2, 3)).toBe(2); // a known key: no new room needed
		expect(() => table.setIfAbsent(3, 3)).toThrow(/more than 2 keys/);
	});

	it('touches a large table a slice at a time, and is still empty afterwards', async () => {
		const table = new KeyTable(1_000_000);
		let pauses = 0;
		await table.touch(async () => void pauses++);
		// 2^21 slots (≥ 1.5 times the capacity, a power of two) of two cells, 2^15 cells a slice.
		expect(pauses).toBe(128);
		expect(table.setIfAbsent(7, 1)).toBe(-1);
		expect(table.setIfAbsent(7, 2)).toBe(1);
		expect(table.size).toBe(1);
	});
});

describe('DirectTable', () => {
	it('keeps the first value of each key in its own slot, like a Map, values past 2^32 too', () => {
		const table = new DirectTable(1000);
		const reference = new Map<number, number>();
		const keys = Array.from({ length: 700 }, (_, i) => (i * 37) % 1000);
		[...keys, ...keys].forEach((key, i) => {
			const value = i * 2 ** 32 + i; // planMerge packs the source above 2^32
			const first = reference.get(key);
			if (first === undefined) reference.set(key, value);
			expect(table.setIfAbsent(key, value)).toBe(first ?? -1);
		});
		expect(table.size).toBe(reference.size);
		expect(table.setIfAbsent(0, 5)).toBe(0); // the value 0 is a value, not an empty slot
	});

	it('refuses a key outside its space instead of writing past it', () => {
		const table = new DirectTable(4);
		expect(table.setIfAbsent(3, 1)).toBe(-1);
		expect(() => table.setIfAbsent(4, 1)).toThrow(/outside 0–3/);
	});

	it('touches its memory a slice at a time, and is still empty afterwards', async () => {
		const table = new DirectTable(100_000);
		let pauses = 0;
		await table.touch(async () => void pauses++);
		expect(pauses).toBe(Math.ceil(100_000 / 2 ** 15));
		expect(table.setIfAbsent(99_999, 1)).toBe(-1);
		expect(table.size).toBe(1);
	});
});

describe('statisticTable', () => {
	it('gives a slot per possible key when that is no larger than the hash table, a KeyTable otherwise', () => {
		// 1M rows whose codes span 1.8M keys (a near-complete cube): 14 MB against 32 MB.
		expect(statisticTable(1_000_000, 1_806_624)).toBeInstanceOf(DirectTable);
		expect(statisticTable(1_000_000, 2 * keyTableSlots(1_000_000))).toBeInstanceOf(DirectTable);
		expect(statisticTable(1_000_000, 2 * keyTableSlots(1_000_000) + 1)).toBeInstanceOf(KeyTable);
		// Three rows with distinct codes in six columns: 3^6 possible keys, a sparse space.
		expect(statisticTable(3, 729)).toBeInstanceOf(KeyTable);
		expect(keyTableSlots(1_000_000)).toBe(2 ** 21);
	});
});
