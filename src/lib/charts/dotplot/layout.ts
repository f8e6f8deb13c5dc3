import { scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { STATUS_ORDER, type Status } from '../../kpi/summary';
import { formatPercentPoints } from '../core/format';
import type { LegendItem } from '../core/legend';
import { COLOURS } from '../core/theme';
import { STATUS_STYLE } from '../tilegrid/status';
import { compareLabels } from '../../domain/text';

export interface DotInput {
	key: string;
	label: string;
	status: Status;
	/** Gap to the reference at the start and now, in percentage points (null when unknown). */
	gapStart: number | null;
	gapNow: number | null;
	description: string;
}

export interface PlacedDot extends DotInput {
	y: number;
	/** Baseline of the row's label: on the row's line, or the line above it (`labelAbove`). */
	labelY: number;
	/** x of the start (hollow) and now (filled) marks; null when that gap is unknown. */
	xStart: number | null;
	xNow: number | null;
	fill: string;
	stroke: string;
}

export interface DotPlotLayout {
	width: number;
	height: number;
	left: number;
	right: number;
	domain: [number, number];
	zeroX: number;
	ticks: { value: number; x: number; label: string }[];
	rows: PlacedDot[];
}

/**
 * One row per unit, widest gap now first (unknown gaps last); x is the gap in percentage points
 * with 0 (the reference) always in view. `placeDots(rows, { width: 640, rowHeight: 30, left: 220,
 * right: 20, top: 30, locale: 'fr' }).zeroX` → where the EU average sits.
 */
export function placeDots(
	units: readonly DotInput[],
	opts: {
		width: number;
		rowHeight: number;
		left: number;
		right: number;
		top: number;
		locale: Locale;
		/** About how many x ticks (fewer on a phone). */
		ticks?: number;
		/**
		 * Each label on a line of its own above its marks, from `left`: on a phone a column of
		 * labels beside the axis leaves them a third of the width, and cuts them ("Commerce (G4…").
		 */
		labelAbove?: boolean;
	}
): DotPlotLayout {
	const rows = [...units].sort((a, b) => {
		if (a.gapNow === null && b.gapNow === null) return compareLabels(a.label, b.label);
		if (a.gapNow === null) return 1;
		if (b.gapNow === null) return -1;
		return a.gapNow - b.gapNow || compareLabels(a.label, b.label);
	});
	const values = rows.flatMap((r) => [r.gapStart, r.gapNow]).filter((v): v is number => v !== null);
	const lo = Math.min(0, ...values);
	const hi = Math.max(0, ...values);
	const x = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.range([opts.left, opts.width - opts.right])
		.nice(6);
	const domain = x.domain() as [number, number];
	const r2 = (v: number) => Math.round(v * 100) / 100;
	return {
		width: opts.width,
		height: opts.top + rows.length * opts.rowHeight + 10,
		left: opts.left,
		right: opts.width - opts.right,
		domain,
		zeroX: r2(x(0)),
		ticks: x
			.ticks(opts.ticks ?? 6)
			.map((v) => ({ value: v, x: r2(x(v)), label: formatPercentPoints(v, opts.locale, 0) })),
		rows: rows.map((u, i) => ({
			...u,
			// Label above: its baseline 14 under the row's top, the marks 16 over its bottom.
			y: opts.labelAbove
				? opts.top + (i + 1) * opts.rowHeight - 16
				: opts.top + (i + 0.5) * opts.rowHeight,
			labelY: opts.labelAbove
				? opts.top + i * opts.rowHeight + 14
				: opts.top + (i + 0.5) * opts.rowHeight,
			xStart: u.gapStart === null ? null : r2(x(u.gapStart)),
			xNow: u.gapNow === null ? null : r2(x(u.gapNow)),
			fill: STATUS_STYLE[u.status].fill,
			stroke: STATUS_STYLE[u.status].stroke
		}))
	};
}

/**
 * The dot plot's legend: the hollow mark of the start, the filled mark of now, and, when the
 * statuses' words are given, the colour of each status a row is drawn in now (in the scale's order),
 * so that a red dot says "moving away" on the page and in its picture alike.
 * `dotLegend([{ status: 'widening', gapNow: -2 }], { start: 'départ', now: 'dernier point' }, labels)`
 * → `[départ (hollow), dernier point (grey), s'éloigne (red)]`
 */
export function dotLegend(
	rows: readonly Pick<DotInput, 'status' | 'gapNow'>[],
	marks: { start: string; now: string },
	statusLabels?: Record<Status, string>
): LegendItem[] {
	const drawn = new Set(rows.filter((r) => r.gapNow !== null).map((r) => r.status));
	return [
		{ swatch: { kind: 'dot', fill: COLOURS.paper, stroke: COLOURS.muted }, label: marks.start },
		{
			swatch: { kind: 'dot', fill: COLOURS.connector, stroke: COLOURS.connector },
			label: marks.now
		},
		...(statusLabels
			? STATUS_ORDER.filter((s) => drawn.has(s)).map((s) => ({
					swatch: {
						kind: 'dot' as const,
						fill: STATUS_STYLE[s].fill,
						stroke: STATUS_STYLE[s].stroke
					},
					label: statusLabels[s]
				}))
			: [])
	];
}
