import { describe, expect, it } from 'vitest';
import { readPopulation, viewChoices, writePopulation } from './population';

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

describe('viewChoices', () => {
	it('reads the report item first, then the address, and lets a population prop win', () => {
		expect(viewChoices(undefined, '?pop=GE10&ev=1')).toEqual({
			search: '?pop=GE10&ev=1',
			population: 'GE10'
		});
		expect(viewChoices({ choices: 'pop=50-249' }, '?pop=GE10')).toEqual({
			search: 'pop=50-249',
			population: '50-249'
		});
		expect(viewChoices({ pop: 'GE10', choices: 'pop=50-249' }, '')).toEqual({
			search: 'pop=50-249',
			population: 'GE10'
		});
		expect(viewChoices({ pop: 'GE10' }, '?pop=50-249', '10-249').population).toBe('10-249');
		expect(viewChoices(undefined, '')).toEqual({ search: '', population: null });
	});
});
