/**
 * Event and annotation markers on a time chart, as a pure layout step: any chart that knows where
 * two survey years sit on its x axis (its ticks) can place them, without handing over its scale.
 * A marker is a numbered badge above the plot on a thin vertical rule; badges that would overlap
 * are stacked in lanes, and the numbers refer to the list printed under the chart.
 */

/** One thing to mark: an event of `data/events.json` or a reader's annotation. */
export interface MarkerInput {
	id: string;
	/** Fractional year (`eventYear('2017-03-08')` → 2017.1808). */
	year: number;
	kind: 'event' | 'annotation';
}

export interface PlacedMarker extends MarkerInput {
	/** Order on the chart, from 1: the badge's text and the list's. */
	n: number;
	x: number;
	/** 0 for the top row of badges, 1 below it… */
	lane: number;
}

/** Diameter of a badge and the gap between two, in viewBox units. */
export const BADGE = 16;
export const BADGE_GAP = 3;

/**
 * The x of each marker inside `[left, right]`, by linear interpolation between the first and last
 * tick (survey years on a linear axis); markers outside the axis's years are left out, never
 * pinned to an edge. Badges closer than a badge apart go to the next lane.
 * `placeMarkers([{ id: 'plan', year: 2017.18, kind: 'event' }], [{ period: '2013', x: 60 },
 * { period: '2023', x: 660 }], { left: 50, right: 670 })` → `[{ …, n: 1, x: 310.85, lane: 0 }]`
 */
export function placeMarkers(
	markers: readonly MarkerInput[],
	ticks: readonly { period: string; x: number }[],
	frame: { left: number; right: number }
): PlacedMarker[] {
	const years = ticks
		.map((t) => ({ year: Number(t.period), x: t.x }))
		.filter((t) => /^\d{4}$/.test(String(t.year)));
	const a = years[0];
	const b = years.at(-1);
	if (!a || !b || a.year === b.year) return [];
	const slope = (b.x - a.x) / (b.year - a.year);
	const lo = a.year + (frame.left - a.x) / slope;
	const hi = a.year + (frame.right - a.x) / slope;
	const inside = numberMarkers(markers).filter((m) => m.year >= lo && m.year <= hi);
	const laneEnds: number[] = [];
	return inside.map((m) => {
		const x = Math.round((a.x + (m.year - a.year) * slope) * 100) / 100;
		let lane = laneEnds.findIndex((end) => x - end >= BADGE + BADGE_GAP);
		if (lane < 0) lane = laneEnds.length;
		laneEnds[lane] = x;
		return { ...m, x, lane };
	});
}

/**
 * Markers in date order, numbered from 1: the numbers the badges and the list under a chart share
 * (a marker outside the axis keeps its number in the list). `numberMarkers([{ id: 'b', year: 2017,
 * kind: 'event' }, { id: 'a', year: 2016, kind: 'event' }]).map((m) => m.n)` → `[1, 2]` for a, b
 */
export function numberMarkers<T extends MarkerInput>(markers: readonly T[]): (T & { n: number })[] {
	return [...markers]
		.filter((m) => Number.isFinite(m.year))
		.sort((p, q) => p.year - q.year || p.id.localeCompare(q.id))
		.map((m, i) => ({ ...m, n: i + 1 }));
}
