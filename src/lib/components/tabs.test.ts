import { describe, expect, it } from 'vitest';
import { tabMove } from './tabs';

describe('tabMove', () => {
	it.each([
		['ArrowRight', 0, 4, 1],
		['ArrowRight', 3, 4, 0],
		['ArrowLeft', 2, 4, 1],
		['ArrowLeft', 0, 4, 3],
		['Home', 3, 4, 0],
		['End', 0, 4, 3],
		['ArrowRight', 0, 1, 0]
	])('%s from tab %i of %i goes to tab %i (the arrows wrap round)', (key, from, count, to) => {
		expect(tabMove(key, from, count)).toBe(to);
	});

	it('ignores keys that do not move (Tab goes on to the panel), and an empty bar', () => {
		expect(tabMove('Tab', 1, 4)).toBeNull();
		expect(tabMove('ArrowDown', 1, 4)).toBeNull();
		expect(tabMove('Enter', 1, 4)).toBeNull();
		expect(tabMove('Home', 0, 0)).toBeNull();
	});
});
