/**
 * The measures of progress towards a target, on plain numbers. Everything here is arithmetic on
 * published values: a missing value stays missing, and a unit that cannot be rated is said to be
 * unrated, with the reason, rather than rated on a guess.
 *
 * Progress classes follow Eurostat's SDG monitoring method for indicators with a quantified
 * target (monitoring report "Sustainable development in the European Union", methodological
 * annex): compare the compound annual growth rate actually observed since the baseline with the
 * one required to reach the target at the deadline; the ratio actual / required gives the class.
 * That class is secondary: a catch-up target is about a gap, so the primary verdict reads the gap
 * (at the start, now, its change, its pace and the pace the deadline requires). The class is only
 * computed from at least {@link MIN_OBSERVATIONS_FOR_CLASS} observations in the window.
 */
import type { Rule } from './targets';

/** One published value of a unit or of the reference. */
export interface KpiPoint {
	period: string;
	value: number | null;
	flags: string;
}

/** Eurostat SDG progress classes, plus "met" when the target value is reached. */
export type ProgressClass = 'met' | 'significant' | 'moderate' | 'insufficient' | 'away';

/** Why a unit is not rated. */
export type UnratedReason =
	| 'non-annual'
	| 'no-baseline'
	| 'no-target-value'
	| 'too-few-points'
	| 'no-reference-at-baseline'
	/** A sector without the EU value of the same sector (never judged on all activities). */
	| 'no-sector-reference';

/** Where a target stands: reached or missed at its deadline, still running, or unknown. */
export type Outcome = 'met' | 'missed' | 'pending' | 'unknown';

export type Closing =
	{ kind: 'closed' } | { kind: 'year'; year: number } | { kind: 'not-at-current-pace' };

/** How the gap moved between the start and now: closed (no gap left), narrowing, unchanged, widening. */
export type GapDirection = 'closed' | 'narrowing' | 'unchanged' | 'widening';

/**
 * The primary verdict on a catch-up target, read on its gap: closed, narrowing fast enough to
 * close by the deadline (`on-pace`), narrowing too slowly, unchanged, or widening (moving away).
 */
export type GapStatus = 'closed' | 'on-pace' | 'too-slow' | 'unchanged' | 'widening';

/** Why the secondary SDG class is not computed for a rated unit. */
export type ClassNote = 'too-few-observations' | 'zero-start';

/** A value used by the verdict that carries flag `u` (low reliability) or `e` (estimated). */
export interface FlaggedValue {
	role: 'unit' | 'reference';
	period: string;
	flags: string;
}

export interface Assessment {
	rated: boolean;
	reason: UnratedReason | null;
	/** The periods the figures come from, so that every page can say which were used. */
	periods: {
		baseline: string;
		deadline: string;
		/** Period of the starting value: the baseline, or the survey before it when the baseline is missing. */
		start: string | null;
		/** Latest period up to the deadline with a value (and a reference value when the rule needs one). */
		now: string | null;
		/** Period of the reference value that sets the target. */
		target: string | null;
	};
	/** The baseline value is missing (with its flags) and the start moved to an earlier survey. */
	baselineMissing: { period: string; flags: string } | null;
	/** The target value is the latest reference value, because the deadline is still ahead. */
	targetProvisional: boolean;
	start: number | null;
	now: number | null;
	targetValue: number | null;
	/** Unit − reference at the start and now, in percentage points (reference = target for fixed and frozen rules). */
	gapStart: number | null;
	gapNow: number | null;
	/** Share of the starting gap closed since (0.25 = a quarter; negative = the gap widened). */
	shareClosed: number | null;
	/** gapNow − gapStart, in points: positive when the gap narrowed. */
	gapChange: number | null;
	/** Change in the gap per year since the start (positive: narrowing), in points a year. */
	gapPace: number | null;
	/** Gap pace (points a year) the deadline requires from the start. */
	requiredGapPace: number | null;
	/**
	 * Gap pace the deadline requires from the latest value known (now, or the start when nothing
	 * followed it yet): what remains to do, shown even before anything can be rated.
	 */
	requiredGapPaceFromLatest: number | null;
	/** Period of the latest value that `requiredGapPaceFromLatest` starts from. */
	latestPeriod: string | null;
	direction: GapDirection | null;
	/** The primary verdict, on the gap. */
	gapStatus: GapStatus | null;
	/** Observations of the unit (with a reference where the rule needs one) from the start to now. */
	observations: number;
	/** Why `progress` is null although the gap is rated. */
	classNote: ClassNote | null;
	/**
	 * The SDG class says "moving away" (the value fell) while the gap narrowed (the reference
	 * fell faster): pages must say so next to the class.
	 */
	awayWhileNarrowing: boolean;
	/** Values used (start, now, the reference at both, the target value) flagged `u` or `e`. */
	flagged: FlaggedValue[];
	/** Percentage points per year, start → deadline (required) and start → now (actual). */
	requiredPace: number | null;
	actualPace: number | null;
	/** Compound annual growth rates (0.011 = 1.1 % a year) and their ratio actual / required. */
	requiredGrowth: number | null;
	actualGrowth: number | null;
	ratio: number | null;
	progress: ProgressClass | null;
	outcome: Outcome | null;
	closing: Closing | null;
	/** Years the unit is behind the required path (negative: ahead); `atLeast` when it fell below its start. */
	yearsBehind: number | null;
	yearsBehindAtLeast: boolean;
	/** Periods in (start, now] where the unit or the reference carries a break in series (`b`). */
	breaks: string[];
	/** The required path, one point per survey year, start → deadline. */
	trajectory: { period: string; value: number }[];
	/** The unit's path continued at its actual compound pace from now to the deadline (empty once the deadline is reached). */
	projection: { period: string; value: number }[];
}

/** How far back the start may move when the baseline value is missing: one survey. */
export const BASELINE_FALLBACK_YEARS = 1;

/** The SDG class needs a trend, not two points: at least three observations in the window. */
export const MIN_OBSERVATIONS_FOR_CLASS = 3;

/**
 * Published values have two decimals: a gap that moved by less than half a hundredth of a point
 * did not move.
 */
export const GAP_TOLERANCE = 0.005;

/** Significant progress from 95 % of the required pace, moderate from 60 %, insufficient from 0. */
export const THRESHOLDS = { significant: 0.95, moderate: 0.6 } as const;

/** `yearOf('2019')` → 2019; `yearOf('2019-Q1')` → null (targets follow annual surveys). */
export function yearOf(period: string): number | null {
	return /^\d{4}$/.test(period) ? Number(period) : null;
}

/**
 * Compound annual growth rate from `from` to `to` over `years`. `cagr(10, 20, 10)` → 0.0718
 * (2^(1/10) − 1). Null when a value is not positive or no time passed: a growth rate is
 * undefined there.
 */
export function cagr(from: number, to: number, years: number): number | null {
	if (!(from > 0) || !(to > 0) || !(years > 0)) return null;
	return Math.pow(to / from, 1 / years) - 1;
}

/**
 * Eurostat SDG class of a ratio actual / required growth. `progressClass(0.95)` → `significant`;
 * `progressClass(0.6)` → `moderate`; `progressClass(0)` → `insufficient`; `progressClass(-0.1)` → `away`.
 */
export function progressClass(ratio: number): Exclude<ProgressClass, 'met'> {
	if (ratio >= THRESHOLDS.significant) return 'significant';
	if (ratio >= THRESHOLDS.moderate) return 'moderate';
	if (ratio >= 0) return 'insufficient';
	return 'away';
}

/**
 * Below this starting gap (in points) a share of it says nothing: a 0.05-point gap that becomes
 * 1 point would read as "−1 900 % closed". The gaps themselves are still shown.
 */
export const MIN_GAP_FOR_SHARE = 0.5;

/**
 * Share of a negative gap closed. `shareOfGapClosed(-10, -7)` → 0.3; `shareOfGapClosed(-0.97,
 * -1.16)` → −0.196 (the gap widened); null when there was no gap to close, or one smaller than
 * {@link MIN_GAP_FOR_SHARE}.
 */
export function shareOfGapClosed(gapStart: number, gapNow: number): number | null {
	if (!(gapStart <= -MIN_GAP_FOR_SHARE)) return null;
	return (gapNow - gapStart) / -gapStart;
}

/**
 * Survey year in which the gap closes if it keeps narrowing at its average pace since the start.
 * `closingYear(-10, 2020, -7, 2025)` → `{ kind: 'year', year: 2037 }` (0.6 pt a year, 7 pts left:
 * 2036.7, so the 2037 survey); a gap that did not narrow → `not-at-current-pace`.
 */
export function closingYear(
	gapStart: number,
	startYear: number,
	gapNow: number,
	nowYear: number
): Closing {
	if (gapNow >= 0) return { kind: 'closed' };
	const pace = (gapNow - gapStart) / (nowYear - startYear);
	if (!(pace > 0)) return { kind: 'not-at-current-pace' };
	// A tiny epsilon keeps 2036.0000000001 (binary noise) from becoming 2037.
	return { kind: 'year', year: Math.ceil(nowYear + -gapNow / pace - 1e-9) };
}

/**
 * Change in the gap per year, positive when it narrows. `gapPace(-1.11, 2016, -1.36, 2019)` →
 * −0.0833 (the gap widened by a twelfth of a point a year); null when no time passed.
 */
export function gapPace(
	gapStart: number,
	startYear: number,
	gapNow: number,
	nowYear: number
): number | null {
	if (!(nowYear > startYear)) return null;
	return (gapNow - gapStart) / (nowYear - startYear);
}

/**
 * Gap pace (points a year) needed to close a gap by the deadline. `requiredGapPace(-1.36, 2019,
 * 2021)` → 0.68; 0 when there is no gap left; null when the deadline is not after `fromYear`
 * (nothing can be done in no time).
 */
export function requiredGapPace(
	gap: number,
	fromYear: number,
	deadlineYear: number
): number | null {
	if (gap >= 0) return 0;
	if (!(deadlineYear > fromYear)) return null;
	return -gap / (deadlineYear - fromYear);
}

/**
 * How the gap moved. `gapDirection(-1.11, -1.36)` → `widening`; `gapDirection(-6, -5)` →
 * `narrowing`; `gapDirection(-1, 0.2)` → `closed`; a move under {@link GAP_TOLERANCE} → `unchanged`.
 */
export function gapDirection(gapStart: number, gapNow: number): GapDirection {
	if (gapNow >= 0) return 'closed';
	const change = gapNow - gapStart;
	if (change > GAP_TOLERANCE) return 'narrowing';
	if (change < -GAP_TOLERANCE) return 'widening';
	return 'unchanged';
}

/**
 * The primary verdict from the gap's direction and paces: narrowing is `on-pace` when the actual
 * gap pace reaches the pace required from the start (or no pace is required any more), else
 * `too-slow`. `gapStatus('narrowing', 1.2, 1)` → `on-pace`; `gapStatus('widening', -0.08, 0.37)` → `widening`.
 */
export function gapStatus(
	direction: GapDirection,
	pace: number | null,
	required: number | null
): GapStatus {
	if (direction !== 'narrowing') return direction;
	if (pace === null || required === null) return 'too-slow';
	return pace >= required - 1e-9 ? 'on-pace' : 'too-slow';
}

/**
 * Flags `u` (low reliability) and `e` (estimated) among `flags`, in order. `reliabilityFlags('bu')`
 * → `u`; `reliabilityFlags('b')` → ''.
 */
export function reliabilityFlags(flags: string): string {
	return [...flags].filter((f) => f === 'u' || f === 'e').join('');
}

/**
 * Years between now and the year the required compound path reached today's value: positive
 * when behind, negative when ahead. When the value fell below its start, the path was there
 * before the baseline: the delay is at least `now − start`, flagged `atLeast`.
 * `yearsBehindPath(10, 2020, 0.0718, 13, 2025)` → `{ years: 1.21, atLeast: false }`.
 */
export function yearsBehindPath(
	start: number,
	startYear: number,
	requiredGrowth: number,
	now: number,
	nowYear: number
): { years: number; atLeast: boolean } {
	if (now < start) return { years: nowYear - startYear, atLeast: true };
	if (!(requiredGrowth > 0)) return { years: 0, atLeast: false };
	const reached = startYear + Math.log(now / start) / Math.log(1 + requiredGrowth);
	return { years: nowYear - reached, atLeast: false };
}

function valueAt(points: readonly KpiPoint[], period: string): KpiPoint | undefined {
	return points.find((p) => p.period === period);
}

function known(p: KpiPoint | undefined): p is KpiPoint & { value: number } {
	return p !== undefined && typeof p.value === 'number' && Number.isFinite(p.value);
}

const round = (v: number, d = 10) => Math.round(v * 10 ** d) / 10 ** d;
const nullableRound = (v: number | null) => (v === null ? null : round(v));

/**
 * Every measure of one unit against one target. `unit` and `reference` are the unit's and the
 * reference geo's published points (any order, gaps included); `lastDataPeriod` is the newest
 * survey in the data, which tells whether the deadline has passed.
 * `assess({ unit: fr, reference: eu, target: { baseline: '2016', deadline: '2019', rule:
 * 'eu-average-at-deadline' }, lastDataPeriod: '2024' })` → `{ outcome: 'missed', progress: 'away', … }`.
 */
export function assess(input: {
	unit: readonly KpiPoint[];
	reference: readonly KpiPoint[];
	target: { baseline: string; deadline: string; rule: Rule };
	lastDataPeriod: string | null;
}): Assessment {
	const { unit, reference, target } = input;
	const base: Assessment = {
		rated: false,
		reason: null,
		periods: {
			baseline: target.baseline,
			deadline: target.deadline,
			start: null,
			now: null,
			target: null
		},
		baselineMissing: null,
		targetProvisional: false,
		start: null,
		now: null,
		targetValue: null,
		gapStart: null,
		gapNow: null,
		shareClosed: null,
		gapChange: null,
		gapPace: null,
		requiredGapPace: null,
		requiredGapPaceFromLatest: null,
		latestPeriod: null,
		direction: null,
		gapStatus: null,
		observations: 0,
		classNote: null,
		awayWhileNarrowing: false,
		flagged: [],
		requiredPace: null,
		actualPace: null,
		requiredGrowth: null,
		actualGrowth: null,
		ratio: null,
		progress: null,
		outcome: null,
		closing: null,
		yearsBehind: null,
		yearsBehindAtLeast: false,
		breaks: [],
		trajectory: [],
		projection: []
	};
	const unrated = (reason: UnratedReason): Assessment => ({ ...base, reason });

	const y0 = yearOf(target.baseline);
	const yT = yearOf(target.deadline);
	if (y0 === null || yT === null) return unrated('non-annual');
	const lastYear = input.lastDataPeriod === null ? null : yearOf(input.lastDataPeriod);

	// Start: the baseline value, or, when it is missing, the survey just before, said plainly.
	let startPoint = valueAt(unit, target.baseline);
	if (!known(startPoint)) {
		const missing = startPoint ?? { period: target.baseline, value: null, flags: '' };
		base.baselineMissing = { period: missing.period, flags: missing.flags };
		startPoint = undefined;
		for (let k = 1; k <= BASELINE_FALLBACK_YEARS && !startPoint; k++) {
			const earlier = valueAt(unit, String(y0 - k));
			if (known(earlier)) startPoint = earlier;
		}
		if (!known(startPoint)) return unrated('no-baseline');
	}
	const start = startPoint.value!;
	const t0 = yearOf(startPoint.period)!;
	base.periods.start = startPoint.period;
	base.start = start;

	// The level the reference sets at a period, by rule.
	const fixed = typeof target.rule === 'object' ? target.rule.fixed : null;
	const frozen = valueAt(reference, target.baseline);
	const referenceAt = (period: string): number | null => {
		if (fixed !== null) return fixed;
		if (target.rule === 'eu-average-frozen-at-baseline') return known(frozen) ? frozen.value : null;
		const r = valueAt(reference, period);
		return known(r) ? r.value : null;
	};
	const needsReferenceEachYear = target.rule === 'eu-average-at-deadline';

	// Now: the latest survey after the start, up to the deadline, with what the rule needs.
	const candidates = unit
		.filter((p) => {
			const y = yearOf(p.period);
			return y !== null && y > t0 && y <= yT && known(p);
		})
		.filter((p) => !needsReferenceEachYear || referenceAt(p.period) !== null)
		.sort((a, b) => Number(a.period) - Number(b.period));
	const nowPoint = candidates.at(-1);

	// The target value.
	let targetValue: number | null = null;
	if (fixed !== null) targetValue = fixed;
	else if (target.rule === 'eu-average-frozen-at-baseline') {
		if (known(frozen)) {
			targetValue = frozen.value;
			base.periods.target = target.baseline;
		}
	} else {
		const atDeadline = valueAt(reference, target.deadline);
		if (known(atDeadline)) {
			targetValue = atDeadline.value;
			base.periods.target = target.deadline;
		} else if (nowPoint) {
			// Deadline ahead (or its reference missing): the latest reference value stands in, labelled provisional.
			targetValue = referenceAt(nowPoint.period);
			base.periods.target = nowPoint.period;
			base.targetProvisional = true;
		}
	}
	base.targetValue = targetValue;

	const refStart = referenceAt(startPoint.period);
	base.gapStart = refStart === null ? null : round(start - refStart);

	// Flags u and e of the values the verdict uses: they travel with it.
	const flaggedAt = (role: FlaggedValue['role'], p: KpiPoint | undefined) => {
		const f = p ? reliabilityFlags(p.flags) : '';
		if (p && f && !base.flagged.some((x) => x.role === role && x.period === p.period)) {
			base.flagged.push({ role, period: p.period, flags: f });
		}
	};
	const referencePoint = (period: string): KpiPoint | undefined =>
		fixed !== null
			? undefined
			: valueAt(
					reference,
					target.rule === 'eu-average-frozen-at-baseline' ? target.baseline : period
				);
	flaggedAt('unit', startPoint);
	flaggedAt('reference', referencePoint(startPoint.period));

	// What remains to do from the latest value known, even when nothing can be rated yet.
	const remaining = (gap: number | null, period: string) => {
		base.latestPeriod = period;
		base.requiredGapPaceFromLatest =
			gap === null ? null : nullableRound(requiredGapPace(gap, yearOf(period)!, yT));
	};
	remaining(base.gapStart, startPoint.period);

	if (targetValue === null) return unrated('no-target-value');
	if (!nowPoint) return { ...base, reason: 'too-few-points' };
	if (refStart === null) return unrated('no-reference-at-baseline');

	const now = nowPoint.value!;
	const t = yearOf(nowPoint.period)!;
	const refNow = referenceAt(nowPoint.period)!;
	base.periods.now = nowPoint.period;
	base.now = now;
	base.gapNow = round(now - refNow);
	flaggedAt('unit', nowPoint);
	flaggedAt('reference', referencePoint(nowPoint.period));
	if (base.periods.target) flaggedAt('reference', valueAt(reference, base.periods.target));
	// Gaps as published (two decimals) so that a reader can redo every figure from the table.
	const gapStart = base.gapStart!;
	const gapNow = base.gapNow;
	base.shareClosed = shareOfGapClosed(gapStart, gapNow);
	base.gapChange = round(gapNow - gapStart);
	base.gapPace = nullableRound(gapPace(gapStart, t0, gapNow, t));
	base.requiredGapPace = nullableRound(requiredGapPace(gapStart, t0, yT));
	remaining(gapNow, nowPoint.period);
	base.direction = gapDirection(gapStart, gapNow);
	base.gapStatus = gapStatus(base.direction, base.gapPace, base.requiredGapPace);
	base.requiredPace = round((targetValue - start) / (yT - t0));
	base.actualPace = round((now - start) / (t - t0));
	base.requiredGrowth = cagr(start, targetValue, yT - t0);
	base.actualGrowth = cagr(start, now, t - t0);
	base.observations = unit.filter((p) => {
		const y = yearOf(p.period);
		return (
			y !== null &&
			y >= t0 &&
			y <= t &&
			known(p) &&
			(!needsReferenceEachYear || referenceAt(p.period) !== null)
		);
	}).length;

	// The SDG class, secondary: a trend needs three points, and a growth rate needs a start above 0.
	const met = now >= targetValue;
	if (met) base.progress = 'met';
	else if (base.observations < MIN_OBSERVATIONS_FOR_CLASS) base.classNote = 'too-few-observations';
	else if (!(start > 0)) base.classNote = 'zero-start';
	else if (base.requiredGrowth !== null && base.requiredGrowth > 0 && base.actualGrowth !== null) {
		base.ratio = base.actualGrowth / base.requiredGrowth;
		base.progress = progressClass(base.ratio);
	} else {
		// Started at or above the target and fell below it: moving away by construction.
		base.progress = 'away';
	}
	base.awayWhileNarrowing =
		base.progress === 'away' && (base.direction === 'narrowing' || base.direction === 'closed');

	if (t >= yT) base.outcome = met ? 'met' : 'missed';
	else if (lastYear !== null && lastYear >= yT) base.outcome = 'unknown';
	else base.outcome = 'pending';

	base.closing = closingYear(gapStart, t0, gapNow, t);
	if (met) {
		base.yearsBehind = 0;
	} else if (!(start > 0)) {
		// No compound path grows from 0: the delay on it is undefined, the gap measures still hold.
		base.yearsBehind = null;
	} else {
		const behind = yearsBehindPath(start, t0, base.requiredGrowth ?? 0, now, t);
		base.yearsBehind = round(behind.years, 2);
		base.yearsBehindAtLeast = behind.atLeast;
	}

	const inRange = (p: KpiPoint) => {
		const y = yearOf(p.period);
		return y !== null && y > t0 && y <= t && p.flags.includes('b');
	};
	base.breaks = [
		...new Set([...unit.filter(inRange), ...reference.filter(inRange)].map((p) => p.period))
	].sort();

	const g = base.requiredGrowth;
	for (let y = t0; y <= yT; y++) {
		const value =
			g === null
				? start + ((targetValue - start) * (y - t0)) / (yT - t0)
				: start * (1 + g) ** (y - t0);
		base.trajectory.push({ period: String(y), value: round(value, 4) });
	}
	const a = base.actualGrowth;
	if (t < yT) {
		for (let y = t; y <= yT; y++) {
			const value = a === null ? now + (base.actualPace ?? 0) * (y - t) : now * (1 + a) ** (y - t);
			base.projection.push({ period: String(y), value: round(value, 4) });
		}
	}
	base.rated = true;
	return base;
}
