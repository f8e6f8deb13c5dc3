import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriod, isPeriod, periodToNumber } from './period';

describe('periodToNumber', () => {
	it.each([
		['2023', 2023],
		['2023-Q1', 2023],
		['2023-Q2', 2023.25],
		['2023-Q4', 2023.75],
		['2023-S2', 2023.5],
		['2023-01', 2023],
		['2023-07', 2023.5],
		['2023-M07', 2023.5]
	])('%s → %s', (period, n) => {
		expect(periodToNumber(period)).toBeCloseTo(n, 10);
	});

	it.each(['', 'Q1 2023', '2023-Q5', '2023-13', '23', '2023-S3'])(
		'refuses %j with a message naming it',
		(period) => {
			expect(() => periodToNumber(period)).toThrow(`"${period}"`);
			expect(isPeriod(period)).toBe(false);
		}
	);
});

describe('comparePeriods', () => {
	it.each([
		[
			['2023-Q2', '2022', '2023-Q1'],
			['2022', '2023-Q1', '2023-Q2']
		],
		[
			['2023-10', '2023-02', '2023-01'],
			['2023-01', '2023-02', '2023-10']
		],
		[
			['2024', '2013', '2019'],
			['2013', '2019', '2024']
		],
		// Same start: the longer period first.
		[
			['2023-01', '2023-Q1', '2023', '2023-S1'],
			['2023', '2023-S1', '2023-Q1', '2023-01']
		],
		// Not periods: after the periods, in string order.
		[
			['zz', '2020', 'aa'],
			['2020', 'aa', 'zz']
		]
	])('sorts %j as %j', (input, sorted) => {
		expect([...input].sort(comparePeriods)).toEqual(sorted);
	});

	it('is 0 only for equal strings', () => {
		expect(comparePeriods('2023', '2023')).toBe(0);
		expect(comparePeriods('2023-Q1', '2023-Q2')).toBeLessThan(0);
		expect(comparePeriods('2023-Q2', '2023-Q1')).toBeGreaterThan(0);
	});
});

describe('formatPeriod', () => {
	it.each([
		['2023', '2023', '2023'],
		['2023-Q1', 'T1 2023', 'Q1 2023'],
		['2023-S2', 'S2 2023', 'H2 2023'],
		['2023-02', 'févr. 2023', 'Feb 2023'],
		['nonsense', 'nonsense', 'nonsense']
	])('%s → fr %s, en %s', (period, fr, en) => {
		expect(formatPeriod(period, 'fr')).toBe(fr);
		expect(formatPeriod(period, 'en')).toBe(en);
	});
});
