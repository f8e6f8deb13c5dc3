import { describe, expect, it } from 'vitest';
import {
	assess,
	cagr,
	closingYear,
	gapDirection,
	gapPace,
	gapStatus,
	progressClass,
	reliabilityFlags,
	requiredGapPace,
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
		// Three observations in the window: the SDG class needs them; the middle one changes no ratio.
		assess({
			unit: pts({ 2020: 10, 2022: 10.5, 2025: now }),
			reference: [],
			target,
			lastDataPeriod: '2025'
		});

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

describe('gap measures', () => {
	it.each([
		// CNNum on SMEs: −1.11 in 2016, −1.36 in 2019: the gap widened by 0.25 pt over 3 years.
		[-1.11, 2016, -1.36, 2019, -0.083333],
		// −6.24 in 2024, −4.93 in 2025: 1.31 pt narrowed in one year.
		[-6.24, 2024, -4.93, 2025, 1.31],
		[-2, 2016, -2, 2019, 0]
	])('gapPace(%d, %d, %d, %d) → %d', (g0, y0, g1, y1, expected) => {
		expect(gapPace(g0, y0, g1, y1)).toBeCloseTo(expected, 6);
	});
	it('gapPace is undefined when no time passed', () => {
		expect(gapPace(-1, 2019, -2, 2019)).toBeNull();
	});

	it.each([
		// −1.11 to close in 3 years: 0.37 pt a year.
		[-1.11, 2016, 2019, 0.37],
		// −4.93 in 2025 to close by 2026: all of it in one year.
		[-4.93, 2025, 2026, 4.93],
		// no gap left: nothing required
		[0.4, 2020, 2026, 0],
		[0, 2020, 2026, 0]
	])('requiredGapPace(%d, %d, %d) → %d', (gap, from, deadline, expected) => {
		expect(requiredGapPace(gap, from, deadline)).toBeCloseTo(expected, 10);
	});
	it('requiredGapPace is undefined once the deadline is reached with a gap left', () => {
		expect(requiredGapPace(-1.36, 2019, 2019)).toBeNull();
		expect(requiredGapPace(-1.36, 2020, 2019)).toBeNull();
	});

	it.each([
		[-1.11, -1.36, 'widening'],
		[-6.24, -4.93, 'narrowing'],
		[-1, 0, 'closed'],
		[-1, 0.2, 'closed'],
		[-1, -1.004, 'unchanged'],
		[-1, -0.996, 'unchanged'],
		[-1, -0.99, 'narrowing']
	] as const)('gapDirection(%d, %d) → %s', (g0, g1, expected) => {
		expect(gapDirection(g0, g1)).toBe(expected);
	});

	it.each([
		['widening', -0.08, 0.37, 'widening'],
		['narrowing', 1.31, 3.12, 'too-slow'],
		['narrowing', 0.4, 0.37, 'on-pace'],
		['narrowing', 0.37, 0.37, 'on-pace'],
		['narrowing', null, 0.37, 'too-slow'],
		['closed', 1, 0.5, 'closed'],
		['unchanged', 0, 0.5, 'unchanged']
	] as const)('gapStatus(%s, %s, %s) → %s', (direction, pace, required, expected) => {
		expect(gapStatus(direction, pace, required)).toBe(expected);
	});

	it('keeps only flags u and e', () => {
		expect(reliabilityFlags('bu')).toBe('u');
		expect(reliabilityFlags('ep')).toBe('e');
		expect(reliabilityFlags('b')).toBe('');
	});
});

describe('assess: the gap-based verdict', () => {
	const target = { baseline: '2016', deadline: '2019', rule: 'eu-average-at-deadline' as const };

	it('judges the CNNum shape on its gap: widening, missed, with the paces', () => {
		const a = assess({
			unit: pts({ 2016: 15.92, 2017: 15.78, 2018: 15.42, 2019: 15.22 }),
			reference: pts({ 2016: 17.03, 2017: 16.85, 2018: 16.17, 2019: 16.58 }),
			target,
			lastDataPeriod: '2025'
		});
		expect(a.gapStart).toBe(-1.11);
		expect(a.gapNow).toBe(-1.36);
		expect(a.gapChange).toBe(-0.25);
		expect(a.gapPace).toBeCloseTo(-0.083333, 6);
		expect(a.requiredGapPace).toBeCloseTo(0.37, 10);
		// At the deadline there is no time left: no pace can be required any more.
		expect(a.requiredGapPaceFromLatest).toBeNull();
		expect(a.direction).toBe('widening');
		expect(a.gapStatus).toBe('widening');
		expect(a.outcome).toBe('missed');
		expect(a.closing).toEqual({ kind: 'not-at-current-pace' });
		expect(a.observations).toBe(4);
		expect(a.progress).toBe('away');
		expect(a.awayWhileNarrowing).toBe(false);
	});

	it('says why when the value fell but the gap narrowed (the reference fell faster)', () => {
		const a = assess({
			unit: pts({ 2016: 15, 2017: 14.8, 2018: 14.6 }),
			reference: pts({ 2016: 18, 2017: 17, 2018: 16 }),
			target: { ...target, deadline: '2020' },
			lastDataPeriod: '2018'
		});
		expect(a.direction).toBe('narrowing');
		expect(a.progress).toBe('away');
		expect(a.awayWhileNarrowing).toBe(true);
		// Gap −3 → −1.4: 0.8 pt a year against 0.75 required: on pace on the gap.
		expect(a.gapStatus).toBe('on-pace');
	});

	it('computes no SDG class from fewer than three observations, but rates the gap', () => {
		const a = assess({
			unit: pts({ 2024: 13.89, 2025: 15.2 }),
			reference: pts({ 2024: 20.13, 2025: 19.59 }),
			target: { baseline: '2024', deadline: '2026', rule: 'eu-average-frozen-at-baseline' },
			lastDataPeriod: '2025'
		});
		expect(a.rated).toBe(true);
		expect(a.observations).toBe(2);
		expect(a.progress).toBeNull();
		expect(a.classNote).toBe('too-few-observations');
		expect(a.ratio).toBeNull();
		// Frozen at the 2024 EU average 20.13: −6.24 → −4.93, 1.31 pt a year, 3.12 needed.
		expect(a.gapStart).toBe(-6.24);
		expect(a.gapNow).toBe(-4.93);
		expect(a.gapPace).toBeCloseTo(1.31, 10);
		expect(a.requiredGapPace).toBeCloseTo(3.12, 10);
		expect(a.requiredGapPaceFromLatest).toBeCloseTo(4.93, 10);
		expect(a.latestPeriod).toBe('2025');
		expect(a.gapStatus).toBe('too-slow');
		expect(a.outcome).toBe('pending');
	});

	it('shows the pace still required before anything follows the start', () => {
		// France 10+ in tin00111: 2024 missing (u), start 2023 13.43; EU 2024 frozen 20.75.
		const a = assess({
			unit: pts({ 2023: 13.43, 2024: null }, { 2024: 'u' }),
			reference: pts({ 2023: 19.74, 2024: 20.75 }),
			target: { baseline: '2024', deadline: '2026', rule: 'eu-average-frozen-at-baseline' },
			lastDataPeriod: '2024'
		});
		expect(a.rated).toBe(false);
		expect(a.reason).toBe('too-few-points');
		expect(a.gapStart).toBe(-7.32);
		expect(a.latestPeriod).toBe('2023');
		// 7.32 points in three years (2023 → 2026).
		expect(a.requiredGapPaceFromLatest).toBeCloseTo(2.44, 10);
	});

	it('gives a verdict from a starting value of 0', () => {
		const a = assess({
			unit: pts({ 2016: 0, 2017: 1, 2018: 2, 2019: 3 }),
			reference: pts({ 2016: 5, 2017: 5, 2018: 5, 2019: 5.5 }),
			target,
			lastDataPeriod: '2019'
		});
		expect(a.rated).toBe(true);
		expect(a.gapStart).toBe(-5);
		expect(a.gapNow).toBe(-2.5);
		expect(a.direction).toBe('narrowing');
		expect(a.outcome).toBe('missed');
		expect(a.gapStatus).toBe('too-slow');
		expect(a.shareClosed).toBeCloseTo(0.5, 10);
		// No growth rate from 0: the SDG class says why it is missing instead of "moving away".
		expect(a.progress).toBeNull();
		expect(a.classNote).toBe('zero-start');
		expect(a.yearsBehind).toBeNull();
	});

	it('lists flags u and e of the values used, from the unit and the reference', () => {
		const a = assess({
			unit: pts({ 2016: 15.92, 2017: 15.78, 2019: 15.22 }, { 2016: 'e', 2017: 'u', 2019: 'bu' }),
			reference: pts({ 2016: 17.03, 2019: 16.58 }, { 2019: 'e' }),
			target,
			lastDataPeriod: '2019'
		});
		// 2017 is not used by the verdict (only the start and now are): its flag stays off it.
		expect(a.flagged).toEqual([
			{ role: 'unit', period: '2016', flags: 'e' },
			{ role: 'unit', period: '2019', flags: 'u' },
			{ role: 'reference', period: '2019', flags: 'e' }
		]);
	});
});
