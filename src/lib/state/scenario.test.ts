import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, tidyPace, withScenario } from './scenario';

describe('scenario ⇄ URL', () => {
	it.each([
		['scenario=0.8,0.35,peer', { france: 0.8, eu: 0.35, preset: 'peer' }],
		['scenario=-0.5,0', { france: -0.5, eu: 0, preset: null }],
		['scenario=0.8,0.35,nonsense', { france: 0.8, eu: 0.35, preset: null }],
		['scenario=40,0', { france: 10, eu: 0, preset: null }],
		['scenario=abc', null],
		['scenario=1', null],
		['scenario=1e3,0', null],
		['cible=x', null]
	])('%s', (query, expected) => {
		expect(decodeScenario(query)).toEqual(expected);
	});

	it('round-trips through the address, keeping other parameters', () => {
		const s = { france: 1.23, eu: 0.25, preset: 'france' as const };
		expect(encodeScenario(s)).toBe('1.23,0.25,france');
		const search = withScenario('cible=cnnum-2019', s);
		expect(search).toBe('cible=cnnum-2019&scenario=1.23,0.25,france');
		expect(decodeScenario(search)).toEqual(s);
		expect(withScenario(search, null)).toBe('cible=cnnum-2019');
	});

	it('keeps two decimals and no negative zero', () => {
		expect(tidyPace(0.126)).toBe(0.13);
		expect(Object.is(tidyPace(-0.001), 0)).toBe(true);
	});
});
