import { describe, expect, it } from 'vitest';
import { nationalSeries } from './national';
import { observation, TEST_TARGET } from './testing';

const vintages = [
	{ dataset: 'tin00111', vintage: '2025' },
	{ dataset: 'isoc_ec_esels', vintage: '2026-02-27T11:00:00' }
];
const rows = [
	observation({ dataset: 'tin00111', geo: 'FR', period: '2016', value: 16.62 }),
	observation({ dataset: 'tin00111', geo: 'EU27_2020', period: '2016', value: 17.59 }),
	observation({ dataset: 'isoc_ec_esels', geo: 'FR', period: '2016', value: 16.62 }),
	observation({ dataset: 'isoc_ec_esels', geo: 'EU27_2020', period: '2016', value: 17.59 }),
	observation({
		dataset: 'isoc_ec_esels',
		geo: 'FR',
		period: '2016',
		value: 15.92,
		sizeClass: '10-249'
	}),
	observation({
		dataset: 'isoc_ec_esels',
		geo: 'EU28',
		period: '2016',
		value: 17.24,
		sizeClass: '10-249'
	})
];

describe('nationalSeries', () => {
	it('reads 10+ from the newest file, or from the pinned one, never both', () => {
		const newest = nationalSeries(rows, vintages, TEST_TARGET, 'GE10', null);
		expect(newest.resolved?.dataset).toBe('isoc_ec_esels');
		expect(newest.rows.map((r) => `${r.dataset} ${r.geo}`)).toEqual([
			'isoc_ec_esels FR',
			'isoc_ec_esels EU27_2020'
		]);
		const pinned = nationalSeries(rows, vintages, TEST_TARGET, 'GE10', 'tin00111');
		expect(pinned.resolved?.dataset).toBe('tin00111');
		expect(pinned.rows.every((r) => r.dataset === 'tin00111')).toBe(true);
	});

	it('restates the target on the population, keeps only France and its reference, lists what exists', () => {
		const s = nationalSeries(rows, vintages, TEST_TARGET, '10-249', 'tin00111');
		// tin00111 has no SMEs: the pin does not apply, the newest file that has them is read.
		expect(s.resolved?.dataset).toBe('isoc_ec_esels');
		expect(s.target.sizeClass).toBe('10-249');
		expect(s.rows.map((r) => r.geo)).toEqual(['FR']);
		expect(s.available).toEqual(['10-249', 'GE10']);
		expect(nationalSeries(rows, vintages, TEST_TARGET, 'GE250', null).rows).toEqual([]);
	});
});
