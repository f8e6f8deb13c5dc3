import { describe, expect, it } from 'vitest';
import {
	assess,
	cagr,
	closingYear,
	progressClass,
	shareOfGapClosed,
	yearsBehindPath,
	type KpiPoint
} from './measures';

const pts = (
	values: Record<string, number | null>,
	flags: Record<string, string> = {}
): KpiPoint[] =>
	Object.entries(values).map(([period, value]) => ({ period, value, flags: flags[period] ?? '' }));

describe('cagr', () => {
	it.each([
		// (20/10)^(1/10) − 1 = 2^0.1 − 1 = 0.071773
		[10, 20, 10, 0.071773],
		// (14.5/10)^(1/5) − 1 = e^(ln 1.45 / 5) − 1 = e^0.0743128 − 1 = 0.077144
		[10, 14.5, 5, 0.077144],
		// (9/10)^(1/5) − 1 = e^(−0.0210721) − 1 = −0.020852
		[10, 9, 5, -0.020852]
	])('from %d to %d over %d years → %d', (from, to, years, expected) => {
		expect(cagr(from, to, years)).toBeCloseTo(expected, 6);
	});

	it('is undefined for a value at or below zero, or no time', () => {
		expect(cagr(0, 5, 3)).toBeNull();
		expect(cagr(5, 0, 3)).toBeNull();
		expect(cagr(5, 6, 0)).toBeNull();
	});
});

describe('progressClass (Eurostat SDG thresholds on actual / required growth)', () => {
	it.each([
		[1.2, 'significant'],
		[0.95, 'significant'],
		[0.9499, 'moderate'],
		[0.6, 'moderate'],
		[0.5999, 'insufficient'],
		[0, 'insufficient'],
		[-0.0001, 'away']
	] as const)('ratio %d → %s', (ratio, expected) => {
		expect(progressClass(ratio)).toBe(expected);
	});
});

describe('shareOfGapClosed', () => {
	it.each([
		[-10, -7, 0.3],
		[-10, 0, 1],
		[-10, 2, 1.2],
		// France 2016 → 2019: (−1.16 + 0.97) / 0.97 = −0.19588: the gap widened by a fifth.
		[-0.97, -1.16, -0.195876]
	])('gap %d → %d closes %d of it', (g0, g1, expected) => {
		expect(shareOfGapClosed(g0, g1)).toBeCloseTo(expected, 5);
	});
	it('is undefined when there was no gap', () => {
		expect(shareOfGapClosed(0.5, -1)).toBeNull();
	});
	it('is undefined for a starting gap under half a point, where a share would be noise', () => {
		expect(shareOfGapClosed(-0.05, -1.1)).toBeNull();
		expect(shareOfGapClosed(-0.49, -0.1)).toBeNull();
		expect(shareOfGapClosed(-0.5, -0.25)).toBeCloseTo(0.5, 10);
	});
});

describe('closingYear', () => {
	it('projects the average narrowing since the start', () => {
		// −10 in 2020, −7 in 2025: 0.6 pt a year; 7 / 0.6 = 11.67 years → 2036.67 → survey 2037.
		expect(closingYear(-10, 2020, -7, 2025)).toEqual({ kind: 'year', year: 2037 });
		// −6 in 2020, −4 in 2022: 1 pt a year, 4 years → exactly 2026.
		expect(closingYear(-6, 2020, -4, 2022)).toEqual({ kind: 'year', year: 2026 });
	});
	it('says "not at the current pace" when the gap did not narrow', () => {
		expect(closingYear(-0.97, 2016, -1.16, 2019)).toEqual({ kind: 'not-at-current-pace' });
		expect(closingYear(-2, 2016, -2, 2019)).toEqual({ kind: 'not-at-current-pace' });
	});
	it('says closed when the gap is gone', () => {
		expect(closingYear(-2, 2016, 0.1, 2019)).toEqual({ kind: 'closed' });
	});
});

describe('yearsBehindPath', () => {
	it('measures the delay against the required compound path', () => {
		// Path 10 → 20 over 10 years (g = 2^0.1 − 1). 13 is reached at 2020 + ln 1.3 / ln 1.071773
		// = 2020 + 0.262364 / 0.0693147 = 2023.785; in 2025 that is 1.215 years behind.
		const r = yearsBehindPath(10, 2020, Math.pow(2, 0.1) - 1, 13, 2025);
		expect(r.years).toBeCloseTo(1.215, 3);
		expect(r.atLeast).toBe(false);
		// 16 is reached at 2020 + ln 1.6 / ln 1.071773 = 2026.78: 1.78 years ahead in 2025.
		expect(yearsBehindPath(10, 2020, Math.pow(2, 0.1) - 1, 16, 2025).years).toBeCloseTo(-1.781, 3);
	});
	it('gives a lower bound when the value fell below its start', () => {
		expect(yearsBehindPath(16.62, 2016, 0.0113, 16.03, 2019)).toEqual({ years: 3, atLeast: true });
	});
});

describe('assess: hand-worked cases on a fixed target of 20 from 10 in 2020 by 2030', () => {
	const target = { baseline: '2020', deadline: '2030', rule: { fixed: 20 } };
	const run = (now: number) =>
		assess({ unit: pts({ 2020: 10, 2025: now }), reference: [], target, lastDataPeriod: '2025' });

	it.each([
		// required 0.071773; actual (14.5) 0.077143 → ratio 1.0748
		[14.5, 'significant', 1.0748],
		// actual (13) = 1.3^0.2 − 1 = 0.053874 → ratio 0.7506
		[13, 'moderate', 0.7506],
		// actual (11) = 1.1^0.2 − 1 = 0.019245 → ratio 0.2681
		[11, 'insufficient', 0.2681],
		// actual (9) = −0.020852 → ratio −0.2905
		[9, 'away', -0.2905]
	] as const)('now %d → %s (ratio %d)', (now, cls, ratio) => {
		const a = run(now);
		expect(a.rated).toBe(true);
		expect(a.progress).toBe(cls);
		expect(a.ratio).toBeCloseTo(ratio, 4);
		expect(a.outcome).toBe('pending');
	});

	it('works out gaps, paces, the closing year and the delay for 13 in 2025', () => {
		const a = run(13);
		expect(a.periods).toEqual({
			baseline: '2020',
			deadline: '2030',
			start: '2020',
			now: '2025',
			target: null
		});
		expect(a.targetValue).toBe(20);
		expect(a.gapStart).toBe(-10);
		expect(a.gapNow).toBe(-7);
		expect(a.shareClosed).toBeCloseTo(0.3, 10);
		// (20 − 10) / 10 = 1 pt a year required; (13 − 10) / 5 = 0.6 pt a year actual.
		expect(a.requiredPace).toBe(1);
		expect(a.actualPace).toBe(0.6);
		expect(a.closing).toEqual({ kind: 'year', year: 2037 });
		expect(a.yearsBehind).toBeCloseTo(1.21, 2);
		// Required path: 10 × 1.071773^k, ends on 20 at the deadline.
		expect(a.trajectory).toHaveLength(11);
		expect(a.trajectory[0]).toEqual({ period: '2020', value: 10 });
		expect(a.trajectory[10]!.value).toBeCloseTo(20, 6);
		// Projection: 13 × 1.053874^k from 2025 to 2030 → 13 × 1.3 = 16.9 in 2030.
		expect(a.projection[0]).toEqual({ period: '2025', value: 13 });
		expect(a.projection.at(-1)).toEqual({ period: '2030', value: 16.9 });
	});

	it('rates a unit at or above the target as met, with nothing left to close', () => {
		const a = run(21);
		expect(a.progress).toBe('met');
		expect(a.closing).toEqual({ kind: 'closed' });
		expect(a.yearsBehind).toBe(0);
	});
});

describe('assess: refusing to rate', () => {
	const target = { baseline: '2016', deadline: '2019', rule: 'eu-average-at-deadline' as const };
	const eu = pts({ 2015: 16.2, 2016: 17.59, 2017: 17.46, 2018: 16.76, 2019: 17.19 });

	it('refuses with only the baseline point', () => {
		const a = assess({ unit: pts({ 2016: 16.62 }), reference: eu, target, lastDataPeriod: '2019' });
		expect(a.rated).toBe(false);
		expect(a.reason).toBe('too-few-points');
		expect(a.progress).toBeNull();
	});

	it('refuses when the baseline and the survey before it are missing', () => {
		const a = assess({
			unit: pts({ 2015: null, 2016: null, 2019: 16.03 }, { 2016: 'u' }),
			reference: eu,
			target,
			lastDataPeriod: '2019'
		});
		expect(a.reason).toBe('no-baseline');
		expect(a.baselineMissing).toEqual({ period: '2016', flags: 'u' });
	});

	it('starts from the survey before a missing baseline, and says so', () => {
		const a = assess({
			unit: pts({ 2015: 16.5, 2016: null, 2019: 16.03 }, { 2016: 'u' }),
			reference: eu,
			target,
			lastDataPeriod: '2019'
		});
		expect(a.rated).toBe(true);
		expect(a.baselineMissing).toEqual({ period: '2016', flags: 'u' });
		expect(a.periods.start).toBe('2015');
		expect(a.start).toBe(16.5);
		// Gap at the start is read against the reference of the same survey (2015: 16.2).
		expect(a.gapStart).toBe(0.3);
	});

	it('refuses periods that are not survey years', () => {
		const a = assess({
			unit: pts({ '2016-Q1': 1 }),
			reference: [],
			target: { baseline: '2016-Q1', deadline: '2019-Q1', rule: { fixed: 2 } },
			lastDataPeriod: null
		});
		expect(a.reason).toBe('non-annual');
	});

	it('uses the latest reference as a provisional target before the deadline', () => {
		const a = assess({
			unit: pts({ 2016: 16.62, 2017: 16.5 }),
			reference: pts({ 2016: 17.59, 2017: 17.46 }),
			target,
			lastDataPeriod: '2017'
		});
		expect(a.targetProvisional).toBe(true);
		expect(a.periods.target).toBe('2017');
		expect(a.targetValue).toBe(17.46);
		expect(a.outcome).toBe('pending');
	});

	it('lists breaks in series between the start and now, from the unit or the reference', () => {
		const a = assess({
			unit: pts({ 2016: 16.62, 2018: 16.19, 2019: 16.03 }, { 2018: 'b' }),
			reference: pts({ 2016: 17.59, 2017: 17.46, 2019: 17.19 }, { 2017: 'b' }),
			target,
			lastDataPeriod: '2019'
		});
		expect(a.breaks).toEqual(['2017', '2018']);
	});
});
