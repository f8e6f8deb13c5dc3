import { describe, expect, it } from 'vitest';
import { breakWithin, CONF_STATUS, FLAGS, flagCode, mergeFlags } from './flags';

describe('the flag code lists', () => {
	it('marks the letters retired in 2025 as legacy and only those', () => {
		const legacy = [...FLAGS].filter(([, e]) => e.legacy).map(([k]) => k);
		expect(legacy.sort()).toEqual(['c', 'r', 's', 'z']);
		expect(
			[...FLAGS.keys()]
				.filter((k) => !FLAGS.get(k)!.legacy)
				.sort()
				.join('')
		).toBe('bdefimnpu');
	});

	it.each([
		['b', 'flag'],
		['c', 'flag'],
		['C', 'conf'],
		['P', 'conf'],
		['B', 'unknown'],
		['F', 'unknown'],
		['bu', 'unknown'],
		['__proto__', 'unknown'],
		['toString', 'unknown']
	] as const)('%j is a code of kind %s', (code, kind) => {
		expect(flagCode(code)).toEqual({ kind, code });
	});

	it('keeps the confidentiality codes upper case (lower-case c is the retired flag)', () => {
		expect([...CONF_STATUS].sort()).toEqual(['C', 'N', 'P']);
		expect(CONF_STATUS.has('c')).toBe(false);
	});
});

describe('mergeFlags', () => {
	it.each([
		[['b', 'bu'], 'bu'],
		[['', 'e'], 'e'],
		[['pu', 'up', ''], 'pu'],
		[[], '']
	] as const)('%j → %j', (flags, expected) => {
		expect(mergeFlags(...flags)).toBe(expected);
	});
});

describe('breakWithin', () => {
	const points = [
		{ period: '2021', flags: '' },
		{ period: '2022', flags: 'b' },
		{ period: '2023', flags: 'e' }
	];
	it('is b for a span crossing a break, not for one starting on it', () => {
		expect(breakWithin(points, '2021', '2023')).toBe('b');
		expect(breakWithin(points, '2021', '2022')).toBe('b');
		expect(breakWithin(points, '2022', '2023')).toBe('');
	});
	it('orders quarters as periods, not as numbers', () => {
		const quarters = [{ period: '2023-Q3', flags: 'b' }];
		expect(breakWithin(quarters, '2023-Q1', '2023-Q4')).toBe('b');
		expect(breakWithin(quarters, '2023-Q3', '2023-Q4')).toBe('');
	});
});
