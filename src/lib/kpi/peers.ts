/**
 * Comparable countries, on plain numbers: the named peer sets the comparison page offers beside
 * the free choice, and "who caught up": the countries below the EU average in the baseline year
 * that reached it later, when, and at what pace. Pure, so the page computes them from the rows it
 * already holds (bundled or imported) and the tests run them on the bundled file.
 */
import type { KpiPoint } from './measures';
import { compareCodes } from '../domain/text';
import { breakWithin, mergeFlags } from '../domain/flags';

/** The baseline of the CNNum plan (survey 2016), which the sets "closest" and "climbers" use. */
export const PEER_BASELINE = '2016';

/** The peers the CNNum plan names. */
export const PLAN_PEERS: readonly string[] = Object.freeze(['DE', 'IE', 'LT', 'HR']);

/** France's EU neighbours by land. */
export const NEIGHBOURS: readonly string[] = Object.freeze(['BE', 'DE', 'ES', 'IT', 'LU']);

export const PEER_SETS = ['plan', 'closest', 'neighbours', 'top', 'climbers'] as const;
export type PeerSet = (typeof PEER_SETS)[number];

/** How many countries the computed sets hold. */
export const SET_SIZE = { closest: 4, top: 3, climbers: 4 } as const;

type Series = ReadonlyMap<string, readonly KpiPoint[]>;

const flagsAt = (points: readonly KpiPoint[] | undefined, period: string): string =>
	points?.find((x) => x.period === period)?.flags ?? '';

const valueAt = (points: readonly KpiPoint[] | undefined, period: string): number | null => {
	const p = points?.find((x) => x.period === period);
	return p && typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
};

/** Latest survey year in which `geo` has a value. */
function latestOf(points: readonly KpiPoint[] | undefined): KpiPoint | null {
	return (
		[...(points ?? [])]
			.filter((p) => typeof p.value === 'number' && /^\d{4}$/.test(p.period))
			.sort((a, b) => Number(a.period) - Number(b.period))
			.at(-1) ?? null
	);
}

/**
 * The countries of a named set, among `members` (France never, it is always shown).
 * - `plan`: Germany, Ireland, Lithuania, Croatia;
 * - `closest`: the four nearest France's value in the baseline year;
 * - `neighbours`: Belgium, Germany, Spain, Italy, Luxembourg;
 * - `top`: the three highest in `year`;
 * - `climbers`: the four that gained the most points from the baseline to `year`.
 * Ties are broken by code, so a set is the same on every machine.
 * `peerSet('top', series, members, { focus: 'FR', baseline: '2016', year: '2025' })` → `['DK', 'IE', 'SE']`
 */
export function peerSet(
	set: PeerSet,
	series: Series,
	members: readonly string[],
	opts: { focus: string; baseline: string; year: string }
): string[] {
	const others = members.filter((g) => g !== opts.focus);
	if (set === 'plan') return PLAN_PEERS.filter((g) => others.includes(g));
	if (set === 'neighbours') return NEIGHBOURS.filter((g) => others.includes(g));
	const ranked = (score: (geo: string) => number | null, n: number) =>
		others
			.map((geo) => ({ geo, s: score(geo) }))
			.filter((x): x is { geo: string; s: number } => x.s !== null)
			.sort((a, b) => a.s - b.s || compareCodes(a.geo, b.geo))
			.slice(0, n)
			.map((x) => x.geo);
	if (set === 'closest') {
		const f = valueAt(series.get(opts.focus), opts.baseline);
		if (f === null) return [];
		return ranked((g) => {
			const v = valueAt(series.get(g), opts.baseline);
			return v === null ? null : Math.round(Math.abs(v - f) * 1e6);
		}, SET_SIZE.closest);
	}
	if (set === 'top') {
		return ranked((g) => {
			const v = valueAt(series.get(g), opts.year);
			return v === null ? null : -v;
		}, SET_SIZE.top);
	}
	return ranked((g) => {
		const a = valueAt(series.get(g), opts.baseline);
		const b = valueAt(series.get(g), opts.year);
		return a === null || b === null ? null : -Math.round((b - a) * 1e6);
	}, SET_SIZE.climbers);
}

/** One country below the EU average in the baseline year, and what became of its gap. */
export interface CatchUpRow {
	geo: string;
	/** Value and gap (value − EU average) in the baseline year. */
	start: number;
	gapStart: number;
	/** First later survey with a value at or above the EU average; null if none yet. */
	reached: string | null;
	/** The latest survey with both values (or the year reached): its gap and the years since the baseline. */
	end: string;
	gapEnd: number;
	/** Points of gap closed per year, baseline → `end` (positive: narrowing). */
	pace: number;
	/** Still at or above the average in its latest survey, once reached. */
	stillAbove: boolean | null;
	/** Eurostat's flags of the country's value in the baseline year. */
	startFlags: string;
	/** Flags of the country's value and of the average at `end`: the gap there rests on both. */
	endFlags: string;
	/** Flags of the country's and the average's values in the latest survey, once reached (`stillAbove`'s). */
	lastFlags: string;
	/** Surveys after the baseline, up to the latest, where the country's or the average's series breaks. */
	breaks: string[];
	/**
	 * `b` when the series breaks between the baseline and `end`, the span the pace measures: it
	 * then compares figures measured differently. A break after `end` (a later survey the "still
	 * above" column reads) is not the pace's.
	 */
	paceFlags: string;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * The countries below the reference in `baseline`: those that reached it later first (earliest
 * first), then the others by latest gap, narrowest first; `focus` is always listed when it has a
 * baseline value, even when it started above.
 * `whoCaughtUp(series, 'EU27_2020', members, '2016', 'FR')[0]` → `{ geo: 'HR', reached: '2018', … }`
 */
export function whoCaughtUp(
	series: Series,
	reference: string,
	members: readonly string[],
	baseline: string,
	focus: string
): CatchUpRow[] {
	const ref = series.get(reference);
	const r0 = valueAt(ref, baseline);
	if (r0 === null) return [];
	const rows: CatchUpRow[] = [];
	for (const geo of members) {
		const points = series.get(geo);
		const v0 = valueAt(points, baseline);
		if (v0 === null || (v0 >= r0 && geo !== focus)) continue;
		const later = [...(points ?? [])]
			.filter((p) => /^\d{4}$/.test(p.period) && Number(p.period) > Number(baseline))
			.map((p) => ({ period: p.period, v: valueAt(points, p.period), r: valueAt(ref, p.period) }))
			.filter((x): x is { period: string; v: number; r: number } => x.v !== null && x.r !== null)
			.sort((a, b) => Number(a.period) - Number(b.period));
		const last = later.at(-1);
		if (!last) continue;
		const hit = v0 >= r0 ? null : (later.find((x) => x.v >= x.r) ?? null);
		const end = hit ?? last;
		const gapStart = v0 - r0;
		const gapEnd = end.v - end.r;
		const breaks = later
			.filter((x) => `${flagsAt(points, x.period)}${flagsAt(ref, x.period)}`.includes('b'))
			.map((x) => x.period);
		rows.push({
			geo,
			start: v0,
			gapStart: round(gapStart),
			reached: hit?.period ?? null,
			end: end.period,
			gapEnd: round(gapEnd),
			pace: round((gapEnd - gapStart) / (Number(end.period) - Number(baseline))),
			stillAbove: hit ? last.v >= last.r : null,
			startFlags: flagsAt(points, baseline),
			endFlags: mergeFlags(flagsAt(points, end.period), flagsAt(ref, end.period)),
			lastFlags: hit ? mergeFlags(flagsAt(points, last.period), flagsAt(ref, last.period)) : '',
			breaks,
			paceFlags: breakWithin([...(points ?? []), ...(ref ?? [])], baseline, end.period)
		});
	}
	return rows.sort((a, b) => {
		if (a.reached && b.reached)
			return Number(a.reached) - Number(b.reached) || compareCodes(a.geo, b.geo);
		if (a.reached || b.reached) return a.reached ? -1 : 1;
		return b.gapEnd - a.gapEnd || compareCodes(a.geo, b.geo);
	});
}

/** Latest survey year with a value in any of `geos`. `latestYear(series, ['FR'])` → `'2025'` */
export function latestYear(series: Series, geos: readonly string[]): string | null {
	const years = geos.map((g) => latestOf(series.get(g))?.period).filter((p): p is string => !!p);
	return years.sort().at(-1) ?? null;
}

/**
 * The peers a named set gives for a series' rows, the reference after them (the comparison always
 * draws the EU average). `setPeers('plan', rows, { focus: 'FR', reference: 'EU27_2020', members,
 * year: '2025' })` → `['DE', 'IE', 'LT', 'HR', 'EU27_2020']`
 */
export function setPeers(
	set: PeerSet,
	rows: readonly { geo: string; period: string; value: number | null; flags: string }[],
	opts: { focus: string; reference: string; members: readonly string[]; year: string }
): string[] {
	return [
		...peerSet(set, seriesByGeo(rows), opts.members, {
			focus: opts.focus,
			baseline: PEER_BASELINE,
			year: opts.year
		}),
		opts.reference
	];
}

/** Rows grouped by geo, for `whoCaughtUp`. `seriesByGeo(rows).get('FR')?.[0]` → `{ period: '2010', … }` */
export function seriesByGeo(
	rows: readonly { geo: string; period: string; value: number | null; flags: string }[]
): Map<string, KpiPoint[]> {
	const series = new Map<string, KpiPoint[]>();
	for (const r of rows) {
		const list = series.get(r.geo) ?? [];
		list.push({ period: r.period, value: r.value, flags: r.flags });
		series.set(r.geo, list);
	}
	return series;
}
