import { describe, expect, it } from 'vitest';
import {
	compareVintages,
	DEFAULT_POPULATION,
	isPopulation,
	populationOf,
	POPULATIONS,
	resolveSeries,
	vintageOf
} from './population';
import { headlineFields, headlineSeries } from './headline';
import { labelOf } from './codes';

const tin = { dataset: 'tin00111', vintage: '2025' };
const esels = { dataset: 'isoc_ec_esels', vintage: '2026-02-27T11:00:00' };

describe('populations', () => {
	it('offers SMEs first, then 10+, 10-49, 50-249 and 250+, each with a label in both languages', () => {
		expect(POPULATIONS).toEqual(['10-249', 'GE10', '10-49', '50-249', 'GE250']);
		expect(DEFAULT_POPULATION).toBe('10-249');
		for (const p of POPULATIONS) {
			expect(labelOf('sizeClass', p, 'fr')).not.toBe(p);
			expect(labelOf('sizeClass', p, 'en')).not.toBe(p);
		}
	});

	it.each([
		['GE10', 'GE10'],
		['GE250', 'GE250'],
		[null, '10-249'],
		['', '10-249'],
		['0-9', '10-249'],
		['__proto__', '10-249']
	])('reads %j as %s', (given, expected) => {
		expect(populationOf(given)).toBe(expected);
		expect(isPopulation(expected)).toBe(true);
	});
});

describe('vintages', () => {
	it('prefers the file’s LAST UPDATE, then the manifest’s vintage, then its retrieval date', () => {
		expect(vintageOf({ retrievedAt: '2026', vintage: '2026-02-27' }, '2026-02-27T11:00:00')).toBe(
			'2026-02-27T11:00:00'
		);
		expect(vintageOf({ retrievedAt: '2026', vintage: '2026-02-27' }, null)).toBe('2026-02-27');
		expect(vintageOf({ retrievedAt: '2025' }, null)).toBe('2025');
	});

	it.each([
		['2025', '2026-02-27T11:00:00', -1],
		['2025', '2025-01-01', -1],
		['2026-02-27T11:00:00+01:00', '2026-02-27T11:00:00', 0],
		['2026-03-01', '2026-02-27T11:00:00', 1]
	])('orders %s against %s', (a, b, sign) => {
		expect(Math.sign(compareVintages(a, b))).toBe(sign);
	});
});

describe('resolveSeries', () => {
	const ge10 = headlineFields('GE10');

	it('reads the newest vintage by default, whatever the order of the files', () => {
		for (const carriers of [
			[tin, esels],
			[esels, tin]
		]) {
			const r = resolveSeries(ge10, carriers);
			expect(r).toMatchObject({ dataset: 'isoc_ec_esels', chosen: 'newest', sizeClass: 'GE10' });
			expect(r?.vintages).toEqual([tin, esels]);
		}
	});

	it('reads the pinned vintage when it carries the series, the newest otherwise', () => {
		expect(resolveSeries(ge10, [tin, esels], 'tin00111')).toMatchObject({
			dataset: 'tin00111',
			vintage: '2025',
			chosen: 'pinned'
		});
		// SMEs are only in isoc_ec_esels: a pin on tin00111 cannot apply.
		expect(headlineSeries('10-249', [esels], 'tin00111')).toMatchObject({
			dataset: 'isoc_ec_esels',
			chosen: 'newest'
		});
	});

	it('gives nothing when no file carries the series', () => {
		expect(resolveSeries(ge10, [])).toBeNull();
	});
});
