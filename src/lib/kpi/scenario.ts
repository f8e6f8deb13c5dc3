/**
 * What-if scenarios on a catch-up target, on plain numbers: France and the EU average each move by
 * a chosen number of percentage points a year from their last published value. Nothing here is
 * data: the paths are hypotheses, labelled as such wherever they are drawn or exported, and never
 * mixed with observations.
 *
 * Presets give the paces a reader would try first: France's own pace over its last three surveys,
 * the EU's, the pace of the peer that closed most of its gap from a similar start, and the pace the
 * target's deadline requires.
 */
import type { KpiPoint } from './measures';
import { yearOf } from './measures';
import { compareCodes } from '../domain/text';
import { breakWithin } from '../domain/flags';

/** Points per year of France and of the EU average under a scenario. */
export interface ScenarioPaces {
	france: number;
	eu: number;
}

/** A published value a scenario starts from. */
export interface Anchor {
	period: string;
	value: number;
}

/** When the gap to the EU average closes under a scenario. */
export type ScenarioClosing =
	{ kind: 'closed'; year: number } | { kind: 'year'; year: number } | { kind: 'never' };

export interface ScenarioPath {
	france: { period: string; value: number }[];
	eu: { period: string; value: number }[];
	/** First year both paths exist: the later of the two last observations. */
	from: number;
	closing: ScenarioClosing;
}

/** Shares are percentages of enterprises: a path never goes below 0 or above 100. */
const clamp = (v: number) => Math.min(100, Math.max(0, v));
const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * How far ahead a closing year is looked for; beyond it the gap "never" closes at these paces (a
 * path that reaches the 100 % ceiling a century on says nothing about a policy).
 */
export const SCENARIO_LIMIT_YEARS = 75;

/**
 * The value of a path at `year`, moving `pace` points a year from its anchor, within 0–100.
 * `valueAt({ period: '2025', value: 15.2 }, 0.5, 2030)` → 17.7
 */
export function valueAt(anchor: Anchor, pace: number, year: number): number {
	return clamp(anchor.value + pace * (year - Number(anchor.period)));
}

/**
 * The first survey year, from the later anchor on, in which France's path reaches the EU's: that
 * year (or `closed` when it is already reached at the start), or `never` when the gap does not
 * shrink. Paths are clamped to 0–100, so an EU path stuck at 100 is caught up by any rising France.
 * `closingUnder({ period: '2025', value: 15.2 }, { period: '2025', value: 19.59 }, { france: 1,
 * eu: 0.4 })` → `{ kind: 'year', year: 2033 }` (4.39 pts at 0.6 a year: 7.3 years)
 */
export function closingUnder(france: Anchor, eu: Anchor, paces: ScenarioPaces): ScenarioClosing {
	const from = Math.max(Number(france.period), Number(eu.period));
	const gapAt = (y: number) => valueAt(france, paces.france, y) - valueAt(eu, paces.eu, y);
	// A tiny epsilon keeps binary noise (−1e−15) from moving the year.
	if (gapAt(from) >= -1e-9) return { kind: 'closed', year: from };
	for (let y = from + 1; y <= from + SCENARIO_LIMIT_YEARS; y++) {
		if (gapAt(y) >= -1e-9) return { kind: 'year', year: y };
		// Both paths flat from here on (clamped, or zero paces): the gap is what it is for good.
		const f = valueAt(france, paces.france, y);
		const e = valueAt(eu, paces.eu, y);
		const frozen =
			(paces.france === 0 || f === 0 || f === 100) && (paces.eu === 0 || e === 0 || e === 100);
		if (frozen) return { kind: 'never' };
	}
	return { kind: 'never' };
}

/**
 * Both paths, one point a year from each anchor to `until`, and when the gap closes.
 * `scenarioPath(fr2025, eu2025, { france: 1, eu: 0.4 }, 2035).france[0]` → `{ period: '2025', value: 15.2 }`
 */
export function scenarioPath(
	france: Anchor,
	eu: Anchor,
	paces: ScenarioPaces,
	until: number
): ScenarioPath {
	const line = (a: Anchor, pace: number) => {
		const out: { period: string; value: number }[] = [];
		for (let y = Number(a.period); y <= until; y++) {
			out.push({ period: String(y), value: round(valueAt(a, pace, y)) });
		}
		return out;
	};
	return {
		france: line(france, paces.france),
		eu: line(eu, paces.eu),
		from: Math.max(Number(france.period), Number(eu.period)),
		closing: closingUnder(france, eu, paces)
	};
}

/**
 * The France pace that closes the gap exactly by `deadline`, the EU moving at `euPace`; null when
 * the deadline is not after the start (no time left to close anything).
 * `requiredScenarioPace(fr2025, eu2025, 0.4, 2030)` → 1.278 (4.39 pts in 5 years, plus the EU's 0.4)
 */
export function requiredScenarioPace(
	france: Anchor,
	eu: Anchor,
	euPace: number,
	deadline: number
): number | null {
	const from = Math.max(Number(france.period), Number(eu.period));
	if (!(deadline > from)) return null;
	// France reaches the EU's value at the deadline: F + p·(D − tF) = E + pEU·(D − tEU).
	const euThen = valueAt(eu, euPace, deadline);
	return round((euThen - france.value) / (deadline - Number(france.period)));
}

/**
 * The latest published value of a series (any order, gaps included), or null.
 * `lastKnown([{ period: '2024', value: null, flags: 'u' }, { period: '2023', value: 13.4, flags: '' }])`
 * → `{ period: '2023', value: 13.4 }`
 */
export function lastKnown(points: readonly KpiPoint[]): Anchor | null {
	const known = points
		.filter((p) => yearOf(p.period) !== null && typeof p.value === 'number')
		.sort((a, b) => Number(a.period) - Number(b.period));
	const last = known.at(-1);
	return last ? { period: last.period, value: last.value as number } : null;
}

/** A pace measured between two published values, saying which. */
export interface MeasuredPace {
	pace: number;
	from: string;
	to: string;
	/** `b` when the series breaks after `from` and up to `to`: the pace spans two methods. */
	flags: string;
}

/**
 * Points per year between the first and the last of the last `surveys` published values.
 * `recentPace(fr, 3)` on 2023 13.43, 2024 (missing), 2025 15.2 and 2022 12.1 → from 2022 to 2025:
 * `{ pace: 1.0333, from: '2022', to: '2025', flags: '' }`; null with fewer than two values.
 */
export function recentPace(points: readonly KpiPoint[], surveys = 3): MeasuredPace | null {
	const known = points
		.filter((p) => yearOf(p.period) !== null && typeof p.value === 'number')
		.sort((a, b) => Number(a.period) - Number(b.period))
		.slice(-surveys);
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last || first === last) return null;
	return {
		pace: round((last.value! - first.value!) / (Number(last.period) - Number(first.period))),
		from: first.period,
		to: last.period,
		flags: breakWithin(points, first.period, last.period)
	};
}

/** A peer that started about where France did and closed most of its gap since. */
export interface PeerPace extends MeasuredPace {
	geo: string;
	gapStart: number;
	gapEnd: number;
	/** Share of its starting gap closed (1 = closed, more = overtook). */
	shareClosed: number;
}

/**
 * Among the countries below the reference at `baseline`, the `nearest` whose starting gap was
 * closest to France's, the one that closed the largest share of its gap by its latest value
 * with a reference value the same year; its pace is its own yearly change over that span.
 * `bestPeerPace(series, 'FR', 'EU27_2020', '2016')?.geo` → e.g. `HR`; null when none qualifies.
 */
export function bestPeerPace(
	series: ReadonlyMap<string, readonly KpiPoint[]>,
	focus: string,
	reference: string,
	baseline: string,
	nearest = 6
): PeerPace | null {
	const ref = series.get(reference) ?? [];
	const at = (points: readonly KpiPoint[], period: string) => {
		const p = points.find((x) => x.period === period);
		return p && typeof p.value === 'number' ? p.value : null;
	};
	const refAt = (period: string) => at(ref, period);
	const r0 = refAt(baseline);
	const f0 = at(series.get(focus) ?? [], baseline);
	if (r0 === null || f0 === null) return null;
	const focusGap = f0 - r0;
	const candidates: PeerPace[] = [];
	for (const [geo, points] of series) {
		if (geo === focus || geo === reference) continue;
		const v0 = at(points, baseline);
		if (v0 === null || v0 >= r0) continue;
		const end = points
			.filter((p) => typeof p.value === 'number' && Number(p.period) > Number(baseline))
			.filter((p) => refAt(p.period) !== null)
			.sort((a, b) => Number(a.period) - Number(b.period))
			.at(-1);
		if (!end) continue;
		const gapStart = v0 - r0;
		const gapEnd = end.value! - refAt(end.period)!;
		candidates.push({
			geo,
			gapStart: round(gapStart),
			gapEnd: round(gapEnd),
			shareClosed: round((gapEnd - gapStart) / -gapStart),
			pace: round((end.value! - v0) / (Number(end.period) - Number(baseline))),
			from: baseline,
			to: end.period,
			// Its own yearly change: a break of its series within the span is the pace's.
			flags: breakWithin(points, baseline, end.period)
		});
	}
	const similar = candidates
		.sort(
			(a, b) =>
				Math.abs(a.gapStart - focusGap) - Math.abs(b.gapStart - focusGap) ||
				compareCodes(a.geo, b.geo)
		)
		.slice(0, nearest);
	return (
		similar.sort((a, b) => b.shareClosed - a.shareClosed || compareCodes(a.geo, b.geo))[0] ?? null
	);
}

/** The presets a reader can start a scenario from. */
export type PresetId = 'france' | 'eu' | 'peer' | 'required';
export const PRESET_IDS: readonly PresetId[] = ['france', 'eu', 'peer', 'required'];

/** A France pace to try, with what it was measured on. */
export interface ScenarioPreset {
	id: PresetId;
	pace: number;
	/** Span it was measured over (France's, the EU's, the peer's own values). */
	from: string | null;
	/** `b` when the measured series breaks within that span; '' for the required pace. */
	flags: string;
	to: string | null;
	/** The peer whose pace it is. */
	geo: string | null;
	/** For `required`: the deadline aims at and whether it has passed (then the plan's own required pace). */
	deadline: string | null;
	passed: boolean;
}

/** Everything the presets of a target page need. */
export interface PresetInput {
	france: readonly KpiPoint[];
	reference: readonly KpiPoint[];
	/** Countries of the target's series (France and the reference may be in it; they are skipped). */
	countries: ReadonlyMap<string, readonly KpiPoint[]>;
	focus: string;
	referenceGeo: string;
	target: { baseline: string; deadline: string; rule: unknown };
	/** The target value (frozen or fixed rules) and the pace the plan required from its start. */
	targetValue: number | null;
	requiredPace: number | null;
}

/**
 * The presets that can be computed, in a fixed order, and the EU's own recent pace (the EU half of
 * every preset). `scenarioPresets(input).presets.map((p) => p.id)` → `['france', 'eu', 'peer', 'required']`
 */
export function scenarioPresets(input: PresetInput): {
	presets: ScenarioPreset[];
	euPace: MeasuredPace | null;
} {
	const none = { geo: null, deadline: null, passed: false };
	const presets: ScenarioPreset[] = [];
	const fr = recentPace(input.france);
	const eu = recentPace(input.reference);
	if (fr) presets.push({ id: 'france', ...fr, ...none });
	if (eu) presets.push({ id: 'eu', ...eu, ...none });
	const peer = bestPeerPace(
		new Map([
			...input.countries,
			[input.focus, input.france],
			[input.referenceGeo, input.reference]
		]),
		input.focus,
		input.referenceGeo,
		input.target.baseline
	);
	if (peer)
		presets.push({
			id: 'peer',
			pace: peer.pace,
			from: peer.from,
			to: peer.to,
			flags: peer.flags,
			geo: peer.geo,
			deadline: null,
			passed: false
		});
	const franceNow = lastKnown(input.france);
	const euNow = lastKnown(input.reference);
	const deadline = Number(input.target.deadline);
	if (franceNow && euNow) {
		const from = Math.max(Number(franceNow.period), Number(euNow.period));
		if (deadline > from) {
			// The deadline is ahead: the pace that gets there from today's value.
			const pace =
				input.target.rule === 'eu-average-at-deadline' || input.targetValue === null
					? requiredScenarioPace(franceNow, euNow, eu?.pace ?? 0, deadline)
					: round((input.targetValue - franceNow.value) / (deadline - Number(franceNow.period)));
			if (pace !== null)
				presets.push({
					id: 'required',
					pace,
					from: franceNow.period,
					to: input.target.deadline,
					flags: '',
					geo: null,
					deadline: input.target.deadline,
					passed: false
				});
		} else if (input.requiredPace !== null) {
			// Passed: the pace the plan asked for between its start and its deadline.
			presets.push({
				id: 'required',
				pace: input.requiredPace,
				from: input.target.baseline,
				to: input.target.deadline,
				flags: '',
				geo: null,
				deadline: input.target.deadline,
				passed: true
			});
		}
	}
	return { presets, euPace: eu };
}

/**
 * The last year a scenario chart draws: the year the gap closes (one after, for the label), at
 * least the deadline and a few years on, at most `span` years after the start.
 * `scenarioHorizon(2025, { kind: 'year', year: 2033 }, 2019)` → 2034
 */
export function scenarioHorizon(
	from: number,
	closing: ScenarioClosing,
	deadline: number,
	span = 15
): number {
	const wanted =
		closing.kind === 'year' ? closing.year + 1 : closing.kind === 'closed' ? from + 5 : from + 10;
	return Math.min(from + span, Math.max(wanted, deadline));
}
