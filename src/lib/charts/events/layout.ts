/**
 * Event and annotation markers on a time chart, as a pure layout step: any chart that knows where
 * two survey years sit on its x axis (its ticks) can place them, without handing over its scale.
 * A marker is a numbered badge above the plot on a thin vertical rule; badges that would overlap
 * are stacked in lanes, and the numbers refer to the list printed under the chart.
 */
import { compareCodes } from '../../domain/text';
import type { Box, Point } from '../core/labels';

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
	/** What the badge says: `6`, or `2–5` for markers too close to stand apart. */
	text: string;
	/** The ids the badge stands for (several when grouped). */
	members: string[];
	/**
	 * The x of each member's date, in order: one rule each, so that a grouped badge (drawn in the
	 * middle of its run) never moves a date; the chart brackets them under the badge.
	 */
	memberXs: number[];
}

/** Diameter of a badge and the gap between two, in viewBox units. */
export const BADGE = 16;
export const BADGE_GAP = 3;

/**
 * The x of each marker inside `[left, right]`, by linear interpolation between the first and last
 * tick (survey years on a linear axis); markers outside the axis's years are left out, never
 * pinned to an edge. Badges closer than a badge apart go to the next lane, up to `maxLanes`; a
 * longer run becomes one badge naming its range (`2–5`), read out with every member.
 * `placeMarkers([{ id: 'plan', year: 2017.18, kind: 'event' }], [{ period: '2013', x: 60 },
 * { period: '2023', x: 660 }], { left: 50, right: 670 })` → `[{ …, n: 1, x: 310.85, lane: 0, text: '1', … }]`
 */
export function placeMarkers(
	markers: readonly MarkerInput[],
	ticks: readonly { period: string; x: number }[],
	frame: { left: number; right: number },
	maxLanes = 4
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
	const xOf = (year: number) => Math.round((a.x + (year - a.year) * slope) * 100) / 100;
	// Runs of markers closer than a badge apart: stacked in lanes when few, else one badge "2–5".
	const runs: (typeof inside)[] = [];
	for (const m of inside) {
		const run = runs.at(-1);
		const prev = run?.at(-1);
		if (run && prev && xOf(m.year) - xOf(prev.year) < BADGE + BADGE_GAP) run.push(m);
		else runs.push([m]);
	}
	return runs.flatMap((run): PlacedMarker[] => {
		if (run.length <= maxLanes) {
			return run.map((m, lane) => ({
				...m,
				x: xOf(m.year),
				lane,
				text: String(m.n),
				members: [m.id],
				memberXs: [xOf(m.year)]
			}));
		}
		const first = run[0]!;
		const last = run.at(-1)!;
		const xs = run.map((m) => xOf(m.year));
		return [
			{
				...first,
				// A run can span a year or more (each step under a badge apart): its badge sits over
				// the middle of it, not on its first date, and each date keeps its own rule.
				x: Math.round(((xs[0]! + xs.at(-1)!) / 2) * 100) / 100,
				lane: 0,
				text: `${first.n}–${last.n}`,
				members: run.map((m) => m.id),
				memberXs: xs
			}
		];
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
		.sort((p, q) => p.year - q.year || compareCodes(p.id, q.id))
		.map((m, i) => ({ ...m, n: i + 1 }));
}

/**
 * The centre of a badge's circle in its lane, below the plot's top.
 * `badgeY(1, { top: 16 })` → 44 (16 + 8 + 1 + 19).
 */
export function badgeY(lane: number, frame: { top: number }): number {
	return frame.top + BADGE / 2 + 1 + lane * (BADGE + 3);
}

/** Where a member's rule starts: under its badge, or under the bracket of a grouped one. */
export function ruleTop(
	m: Pick<PlacedMarker, 'lane' | 'memberXs'>,
	frame: { top: number }
): number {
	return badgeY(m.lane, frame) + BADGE / 2 + (m.memberXs.length > 1 ? 3 : 0);
}

/**
 * What placed markers take on a chart, for a label to keep clear of: each badge's box and each
 * rule down to the axis. `markerObstacles(placed, { top: 16, bottom: 300 }).lines[0]` →
 * `[{ x: 310.85, y: 33 }, { x: 310.85, y: 300 }]`.
 */
export function markerObstacles(
	placed: readonly PlacedMarker[],
	frame: { top: number; bottom: number }
): { boxes: Box[]; lines: Point[][] } {
	const r = BADGE / 2;
	return {
		boxes: placed.map((m) => {
			const cy = badgeY(m.lane, frame);
			return { x0: m.x - r, y0: cy - r, x1: m.x + r, y1: cy + r };
		}),
		lines: placed.flatMap((m) =>
			m.memberXs.map((x) => [
				{ x, y: ruleTop(m, frame) },
				{ x, y: frame.bottom }
			])
		)
	};
}
