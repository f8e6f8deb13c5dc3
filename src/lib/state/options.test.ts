import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import { chooseSeries, choicesOf, defaultYear, seriesOptions } from './options';

const key = {
	dataset: 'tin00111',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K'
};
function obs(over: Partial<Observation>): Observation {
	return { ...key, geo: 'FR', period: '2023', value: 1, flags: '', confStatus: null, ...over };
}

describe('seriesOptions', () => {
	it('offers only series where two geos have a value, real data before illustrative', () => {
		const rows = [
			obs({ dataset: 'synth', geo: 'FR' }),
			obs({ dataset: 'synth', geo: 'DE' }),
			obs({ geo: 'FR' }),
			obs({ geo: 'DE' }),
			obs({ geo: 'IE', value: null }),
			obs({ nace: 'G47', geo: 'FR' }),
			obs({ nace: 'G47', geo: 'DE', value: null })
		];
		expect(
			seriesOptions(rows, new Set(['synth'])).map((o) => `${o.dataset} ${o.geos} ${o.synthetic}`)
		).toEqual(['tin00111 2 false', 'synth 2 true']);
	});
});

describe('chooseSeries', () => {
	const options = [
		{ ...key },
		{ ...key, sizeClass: '10-249' },
		{ ...key, indicator: 'E_AWSELL', sizeClass: '10-249', nace: 'C10-C33' }
	];
	const cases: {
		name: string;
		wanted: Partial<typeof key>;
		required?: (keyof typeof key)[];
		expected: string | null;
	}[] = [
		{ name: 'nothing wanted: the first one', wanted: {}, expected: 'E_ESELL GE10' },
		{ name: 'an exact match', wanted: { sizeClass: '10-249' }, expected: 'E_ESELL 10-249' },
		{
			name: 'the required field wins over the others',
			wanted: { indicator: 'E_AWSELL', sizeClass: 'GE10', nace: 'C10-S951_X_K' },
			required: ['indicator'],
			expected: 'E_AWSELL 10-249'
		},
		{
			name: 'an unknown wish keeps the closest series',
			wanted: { indicator: 'E_ESELL', sizeClass: '0-9' },
			expected: 'E_ESELL GE10'
		},
		{
			name: 'an impossible requirement falls back to the closest',
			wanted: { indicator: 'X' },
			required: ['indicator'],
			expected: 'E_ESELL GE10'
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const o = chooseSeries(options, c.wanted, c.required);
			expect(o ? `${o.indicator} ${o.sizeClass}` : null).toBe(c.expected);
		});
	}
	it('returns null when nothing is offered', () => {
		expect(chooseSeries([], { indicator: 'E_ESELL' })).toBeNull();
	});
	it('offers only the sizes and sectors that exist for the current choice', () => {
		expect(choicesOf(options, 'indicator', key)).toEqual(['E_ESELL', 'E_AWSELL']);
		expect(choicesOf(options, 'sizeClass', key)).toEqual(['GE10', '10-249']);
		expect(
			choicesOf(options, 'nace', { ...key, indicator: 'E_AWSELL', sizeClass: '10-249' })
		).toEqual(['C10-C33']);
	});
});

describe('defaultYear', () => {
	const r = (geo: string, period: string, value: number | null) => ({ geo, period, value });
	const cases = [
		{
			name: 'latest year both have, not the latest year',
			rows: [r('FR', '2023', 1), r('EU', '2023', 1), r('FR', '2024', null), r('EU', '2024', 2)],
			expected: '2023'
		},
		{
			name: 'no common year: the focus latest',
			rows: [r('FR', '2022', 1), r('EU', '2023', 1)],
			expected: '2022'
		},
		{ name: 'no focus value: the latest period', rows: [r('EU', '2021', 1)], expected: '2021' },
		{ name: 'nothing', rows: [], expected: null }
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(defaultYear(c.rows, 'FR', 'EU')).toBe(c.expected);
		});
	}
});
