import { scaleBand, scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatPercentPoints, formatValue } from '../core/format';
import { frame as makeFrame, type Frame, type Margin } from '../core/frame';
import { formatPeriod } from '../../domain/period';
import { colon as colonOf, semicolon } from '../../i18n/punctuation';
import { tCharts } from '../../i18n/charts';
import { clampX, placeLabel, textBox, type Box } from '../core/labels';
import { xTicks, type XTick } from '../core/ticks';
import type { GapPoint } from './series';

/** A column of the gap chart, or the mark of a period without a gap. */
export interface PlacedGap {
	period: string;
	x: number;
	/** Centre of the column. */
	cx: number;
	width: number;
	/** Top of the column and its height (columns below zero start at zero). */
	y: number;
	height: number;
	gap: number | null;
	text: string;
	flags: string;
	confStatus: string | null;
	/** What a screen reader says, e.g. `2023 : −6,31 pts (France 13,43 %, moyenne UE 19,74 %)`. */
	ariaLabel: string;
}

export interface GapLayout {
	frame: Frame;
	domain: [number, number];
	/** y of the zero line. */
	zero: number;
	yTicks: { value: number; y: number; label: string }[];
	xTicks: XTick[];
	columns: PlacedGap[];
	/**
	 * Where the reference line's name is written: on the line, in the first stretch free of columns
	 * above it (or under it when there is none), inside the chart.
	 */
	referenceAt: { x: number; y: number };
	/** The last known gap written by its column, moved in from the edge when it would run past. */
	lastAt: { x: number; y: number; text: string } | null;
}

/** Font sizes of the gap chart's texts, in viewBox units. */
export const GAP_TEXT = { tick: 13, flag: 12, reference: 13, last: 13 } as const;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Where a column's flag letters are written: under a column below zero, over one above.
 * `flagY({ gap: -2, y: 50, height: 30 })` → `94`.
 */
export function flagY(c: { gap: number | null; y: number; height: number }): number {
	return c.gap !== null && c.gap < 0 ? c.y + c.height + 14 : c.y - 5;
}

function flagBox(c: PlacedGap, size: number): Box {
	return textBox(c.flags, { x: c.cx, y: flagY(c), size, bold: true, anchor: 'middle' });
}

/**
 * The y domain of a gap chart: always includes zero (the EU average, the reference line) and is
 * symmetric-free but rounded outwards. `gapDomain([-6.3, -1.2])` → `[-7, 0]`; `gapDomain([2, -3])`
 * → `[-3, 2]`; `gapDomain([])` → `[-1, 1]`.
 */
export function gapDomain(values: readonly (number | null)[]): [number, number] {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	let lo = Math.min(0, ...known);
	let hi = Math.max(0, ...known);
	if (lo === hi) {
		lo = -1;
		hi = 1;
	}
	const nice = scaleLinear().domain([lo, hi]).nice(6).domain();
	return [nice[0]!, nice[1]!];
}

/**
 * Columns of France − EU per period, in viewBox units, up when France is above the average and
 * down when below, with the words each column is read by.
 * `placeGaps(points, { width: 720, height: 320, margin, locale: 'fr', focusLabel: 'France',
 * referenceLabel: 'moyenne UE' }).columns[0]` → `{ period: '2013', gap: -2.34, y: 160, height: 30, ... }`
 */
export function placeGaps(
	points: readonly GapPoint[],
	opts: {
		width: number;
		height: number;
		margin: Margin;
		locale: Locale;
		focusLabel: string;
		referenceLabel: string;
		/** The reference line's name as drawn, when it differs from `referenceLabel`. */
		referenceText?: string;
	}
): GapLayout {
	const { locale } = opts;
	const f = makeFrame(opts.width, opts.height, opts.margin);
	const domain = gapDomain(points.map((p) => p.gap));
	const y = scaleLinear().domain(domain).range([f.bottom, f.top]);
	const x = scaleBand<string>()
		.domain(points.map((p) => p.period))
		.range([f.left, f.right])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	const zero = round(y(0));
	const colon = colonOf(locale);
	const na = tCharts(locale).gapNotAvailable;
	const columns = points.map((p) => {
		const left = x(p.period) ?? f.left;
		const top = p.gap === null ? zero : Math.min(zero, y(p.gap));
		const bottom = p.gap === null ? zero : Math.max(zero, y(p.gap));
		const text = p.gap === null ? '—' : formatPercentPoints(p.gap, locale);
		const parts = [
			`${opts.focusLabel} ${p.focus === null ? '—' : formatValue(p.focus, locale)}`,
			`${opts.referenceLabel} ${p.reference === null ? '—' : formatValue(p.reference, locale)}`
		];
		return {
			period: p.period,
			x: round(left),
			cx: round(left + x.bandwidth() / 2),
			width: round(x.bandwidth()),
			y: round(top),
			height: round(bottom - top),
			gap: p.gap,
			text,
			flags: p.flags,
			confStatus: p.confStatus,
			ariaLabel: `${formatPeriod(p.period, locale)}${colon} ${p.gap === null ? na : text} (${parts.join(', ')})${p.flags ? `, flags ${p.flags}` : ''}`
		};
	});
	const ticks = y.ticks(6);
	// What the labels keep clear of: the columns and the flag letters under or over them.
	const marks: Box[] = columns.flatMap((c) => {
		if (c.gap === null) return [{ x0: c.cx - 7, y0: zero - 7, x1: c.cx + 7, y1: zero + 7 }];
		const bar = { x0: c.x, y0: c.y, x1: c.x + c.width, y1: c.y + Math.max(1, c.height) };
		return c.flags ? [bar, flagBox(c, GAP_TEXT.flag)] : [bar];
	});
	const bounds = { x0: 0, y0: 0, x1: opts.width, y1: opts.height };
	const refText = opts.referenceText ?? opts.referenceLabel;
	const starts = [f.left + 4, ...columns.map((c) => c.x + c.width + 3)];
	const refFont = { size: GAP_TEXT.reference, bold: true };
	const referenceAt = placeLabel(
		refText,
		[
			...starts.map((x) => ({ x, y: zero - 6 })),
			...starts.map((x) => ({ x, y: zero + 6 + GAP_TEXT.reference }))
		],
		refFont,
		{ boxes: marks, lines: [] },
		bounds
	) ?? { x: f.left + 4, y: zero - 6 };
	const last = columns.filter((c) => c.gap !== null).at(-1);
	let lastAt: GapLayout['lastAt'] = null;
	if (last) {
		const below = last.gap! < 0;
		const y0 = below
			? last.y + last.height + (last.flags ? 28 : 15)
			: last.y - (last.flags ? 20 : 6);
		const font = { size: GAP_TEXT.last, bold: true, anchor: 'middle' as const };
		lastAt = {
			x: round(clampX(last.text, last.cx, font, 2, opts.width - 2)),
			y: round(y0),
			text: last.text
		};
	}
	return {
		referenceAt: { x: round(referenceAt.x), y: round(referenceAt.y) },
		lastAt,
		frame: f,
		domain,
		zero,
		yTicks: ticks.map((value) => ({
			value,
			y: round(y(value)),
			label: value === 0 ? '0' : formatPercentPoints(value, locale, 0)
		})),
		xTicks: xTicks(
			points.map((p) => p.period),
			(period) => round((x(period) ?? 0) + x.bandwidth() / 2),
			locale,
			Math.max(2, Math.min(12, Math.floor(f.innerWidth / 44)))
		),
		columns
	};
}

/**
 * The sentence a screen reader hears for the gap chart: first and last gaps with their years and
 * the periods without one. `describeGaps(points, 'fr', 'France', 'la moyenne UE')` → `Écart entre
 * France et la moyenne UE : −2,34 pts en 2013, −6,31 pts en 2023 ; non calculable en 2024.`
 */
export function describeGaps(
	points: readonly GapPoint[],
	locale: Locale,
	focusLabel: string,
	referenceLabel: string
): string {
	const known = points.filter((p): p is GapPoint & { gap: number } => p.gap !== null);
	const at = (p: GapPoint & { gap: number }) =>
		`${formatPercentPoints(p.gap, locale)} ${tCharts(locale).inPeriod} ${formatPeriod(p.period, locale)}`;
	const head = `${tCharts(locale).gapBetween(focusLabel, referenceLabel)}${colonOf(locale)}`;
	if (known.length === 0) {
		return `${head} ${tCharts(locale).noCommonYear}.`;
	}
	const first = known[0]!;
	const last = known.at(-1)!;
	let text = `${head} ${first === last ? at(first) : `${at(first)}, ${at(last)}`}`;
	const missing = points.filter((p) => p.gap === null).map((p) => formatPeriod(p.period, locale));
	if (missing.length > 0) {
		text += `${semicolon(locale)}${tCharts(locale).notAvailableFor} ${missing.join(', ')}`;
	}
	return `${text}.`;
}
