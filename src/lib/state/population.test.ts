import { describe, expect, it } from 'vitest';
import { readPopulation, writePopulation } from './population';

describe('population in the address', () => {
	it.each([
		['', '10-249', null],
		['pop=GE10', 'GE10', null],
		['pop=GE10&ds=tin00111', 'GE10', 'tin00111'],
		['pop=0-9&ds=../x', '10-249', null],
		['pop=50-249&ds=ISOC', '50-249', null]
	])('reads %j', (search, population, pinned) => {
		expect(readPopulation(new URLSearchParams(search))).toEqual({ population, pinned });
	});

	it('writes only what differs from the default and keeps the other parameters', () => {
		const base = new URLSearchParams('cible=cnnum-2019&pop=GE250&ds=tin00111');
		expect(writePopulation(base, { population: '10-249', pinned: null }).toString()).toBe(
			'cible=cnnum-2019'
		);
		expect(writePopulation(base, { population: 'GE10', pinned: 'tin00111' }).toString()).toBe(
			'cible=cnnum-2019&pop=GE10&ds=tin00111'
		);
		// Round trip.
		const choice = { population: 'GE250', pinned: 'isoc_ec_esels' } as const;
		expect(readPopulation(writePopulation(new URLSearchParams(), choice))).toEqual(choice);
	});
});
