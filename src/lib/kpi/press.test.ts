import { describe, expect, it } from 'vitest';
import type { KpiPoint } from './measures';
import { matchHow, rankAmong, reconcile, type PressQuote } from './press';

describe('matchHow (in hundredths: rounded half up, or cut)', () => {
	it.each([
		[18.85, 18.9, 1, 'rounded'],
		[17.57, 17.6, 1, 'rounded'],
		[15.85, 15.8, 1, 'cut'],
		[23.81, 24, 0, 'rounded'],
		[31.52, 31, 0, 'cut'],
		[13.9, 13.8, 1, null],
		[14.12, 13.8, 1, null],
		[15.9, 15.8, 1, null],
		[30.25, 31, 0, null]
	] as const)('%d printed %d (%d decimals) → %s', (value, printed, decimals, expected) => {
		expect(matchHow(value, printed, decimals)).toBe(expected);
	});
});

describe('reconcile and rankAmong on hand-made series', () => {
	const data: Record<string, Record<string, KpiPoint[]>> = {
		'10-249': {
			FR: [
				{ period: '2015', value: 15.85, flags: '' },
				{ period: '2017', value: 15.78, flags: '' }
			],
			AA: [{ period: '2015', value: 20, flags: '' }],
			BB: [{ period: '2015', value: 15.85, flags: '' }],
			CC: [{ period: '2015', value: null, flags: 'u' }]
		},
		GE10: { FR: [{ period: '2015', value: 16.5, flags: '' }] }
	};
	const series = (p: string, g: string) => data[p]?.[g] ?? [];
	const quote = (value: number): PressQuote => ({
		id: String(value),
		geo: 'FR',
		value,
		decimals: 1,
		approx: false,
		source: { fr: 's', en: 's' }
	});

	it('finds every value that gives a figure in the periods searched, and none for 13.8', () => {
		const [a, b] = reconcile([quote(15.8), quote(13.8)], series, ['10-249', 'GE10'], ['2015']);
		// 2017's 15.78 would round to 15.8 but is outside the surveys searched.
		expect(a!.matches).toEqual([
			{ population: '10-249', period: '2015', value: 15.85, flags: '', how: 'cut' }
		]);
		expect(b!.matches).toEqual([]);
	});

	it('ranks among members with a value, ties sharing the better rank', () => {
		expect(rankAmong(series, '10-249', 'FR', ['FR', 'AA', 'BB', 'CC'], '2015')).toEqual({
			rank: 2,
			of: 3
		});
		expect(rankAmong(series, '10-249', 'CC', ['FR', 'AA', 'CC'], '2015')).toBeNull();
	});
});
