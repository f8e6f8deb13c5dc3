import { describe, expect, it } from 'vitest';
import { moveIndex, startIndex } from './roving';

describe('moving between points with the keyboard', () => {
	it.each([
		['ArrowRight', 2, 3],
		['ArrowDown', 2, 3],
		['ArrowLeft', 2, 1],
		['ArrowUp', 2, 1],
		['Home', 3, 0],
		['End', 0, 4],
		['ArrowRight', 4, 4],
		['ArrowLeft', 0, 0],
		['Tab', 2, null],
		['a', 2, null]
	])('%s from %i of 5 goes to %s', (key, from, to) => {
		expect(moveIndex(key, from, 5)).toBe(to);
	});

	it('has nowhere to go without points', () => {
		expect(moveIndex('Home', 0, 0)).toBeNull();
	});

	it('starts on France, else on the first point', () => {
		expect(startIndex(['DE', 'FR', 'IT'], 'FR')).toBe(1);
		expect(startIndex(['DE', null, 'IT'], 'FR')).toBe(0);
		expect(startIndex([], 'FR')).toBe(-1);
	});
});
