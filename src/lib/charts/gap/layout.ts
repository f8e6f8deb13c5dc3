import { scaleBand, scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatPercentPoints, formatValue, VALUE_DECIMALS } from '../core/format';
import { frame as makeFrame, type Frame, type Margin } from '../core/frame';
import { formatPeriod } from '../../domain/period';
import { colon as colonOf, semicolon } from '../../i18n/punctuation';
import { tCharts } from '../../i18n/charts';
import { flagLines } from '../core/tooltip';
import { tWords } from '../../i18n/words';
import { clampX, placeLabel, textBox, type Anchor, type Box } from '../core/labels';
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
	/** The imported files its figures were read from (its edge dashed); empty when none. */
	imported: readonly string[];
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
	/**
	 * The last known gap written by its column (moved in from the edge when it would run past),
	 * or across the zero line when a neighbour's flag letters or a column leave no room there.
	 */
	lastAt: { x: number; y: number; text: string; anchor: Anchor } | null;
}

/** Font sizes of the gap chart's texts, in viewBox units. */
export const GAP_TEXT = { tick: 13, flag: 12, reference: 13, last: 13 } as const;

/** Space around the plot: at the chart's own width, and once it measures less (a phone). */
export const GAP_MARGIN: Margin = { top: 24, right: 24, bottom: 36, left: 70 };
export const GAP_MARGIN_NARROW: Margin = { ...GAP_MARGIN, left: 60, right: 12 };

/** Where the x tick labels' baseline sits under the plot. */
export const GAP_X_TICK_DY = 22;

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

function tickBoxes(f: Frame, yTicks: GapLayout['yTicks'], xTickList: XTick[]): Box[] {
	return [
		...yTicks.map((t) =>
			textBox(t.label, {
				x: f.left - 8,
				y: t.y,
				size: GAP_TEXT.tick,
				anchor: 'end',
				baseline: 'middle'
			})
		),
		...xTickList.map((t) =>
			textBox(t.label, {
				x: t.x,
				y: f.bottom + GAP_X_TICK_DY,
				size: GAP_TEXT.tick,
				anchor: 'middle'
			})
		)
	];
}

// Baselines of the last value's label from its column's end, cleared of the column's own flag
// letters (flag box: 14 px under the end, or 5 px over it, plus its ascent or descent) by 2 px.
const LAST_OFF_BELOW = { plain: 15, flagged: 31 };
const LAST_OFF_ABOVE = { plain: 6, flagged: 22 };

/**
 * Where the last known gap is written: by its column's end, centred (moved in from the chart's
 * edge), else at the same height but aligned on one side of its column, else across the zero
 * line (the other side of its own column is empty), so that it never meets a neighbour's flag
 * letters, a column or a tick label (on a phone the label is three columns wide). `null`
 * placement falls back to the first position.
 */
function placeLast(
	last: PlacedGap,
	at: {
		zero: number;
		width: number;
		bounds: Box;
		obstacles: Box[];
		/** What the value says away from its column: `2025 : −4,39 pts`. */
		named: string;
	}
): NonNullable<GapLayout['lastAt']> {
	const below = last.gap! < 0;
	const end = below
		? last.y + last.height + (last.flags ? LAST_OFF_BELOW.flagged : LAST_OFF_BELOW.plain)
		: last.y - (last.flags ? LAST_OFF_ABOVE.flagged : LAST_OFF_ABOVE.plain);
	const across = below ? at.zero - 6 : at.zero + 6 + GAP_TEXT.last;
	const font = { size: GAP_TEXT.last, bold: true };
	const around = (text: string, y: number) => [
		{
			x: clampX(text, last.cx, { ...font, anchor: 'middle' }, 2, at.width - 2),
			y,
			anchor: 'middle' as const
		},
		{ x: last.x + last.width, y, anchor: 'end' as const },
		{ x: last.x, y, anchor: 'start' as const }
	];
	const clear = { boxes: at.obstacles, lines: [] };
	const byEnd = placeLabel(last.text, around(last.text, end), font, clear, at.bounds);
	if (byEnd) return { x: round(byEnd.x), y: round(byEnd.y), text: last.text, anchor: byEnd.anchor };
	// By the zero line, away from its column's end, the value says its year: beside the reference
	// line's name, "−4,39 pts" alone reads as the average's own value.
	const candidates = around(at.named, across);
	const placed = placeLabel(at.named, candidates, font, clear, at.bounds) ?? candidates[0]!;
	return { x: round(placed.x), y: round(placed.y), text: at.named, anchor: placed.anchor };
}

/**
 * Every text the gap chart writes, with its box: tick labels, flag letters, the reference
 * line's name and the last value (what `GapChart.svelte` draws, at the same places), for
 * checking that none meets another. `gapTextBoxes(layout, 'moyenne UE')[0]` →
 * `{ kind: 'tick', text: '−7 pts', box: {...} }`.
 */
export function gapTextBoxes(
	layout: GapLayout,
	referenceText: string
): { kind: 'tick' | 'flag' | 'reference' | 'last'; text: string; box: Box }[] {
	const f = layout.frame;
	const ticks = tickBoxes(f, layout.yTicks, layout.xTicks);
	const labels = [...layout.yTicks.map((t) => t.label), ...layout.xTicks.map((t) => t.label)];
	return [
		...ticks.map((box, i) => ({ kind: 'tick' as const, text: labels[i]!, box })),
		...layout.columns
			.filter((c) => c.flags)
			.map((c) => ({ kind: 'flag' as const, text: c.flags, box: flagBox(c, GAP_TEXT.flag) })),
		{
			kind: 'reference' as const,
			text: referenceText,
			box: textBox(referenceText, {
				x: layout.referenceAt.x,
				y: layout.referenceAt.y,
				size: GAP_TEXT.reference,
				bold: true
			})
		},
		...(layout.lastAt
			? [
					{
						kind: 'last' as const,
						text: layout.lastAt.text,
						box: textBox(layout.lastAt.text, {
							x: layout.lastAt.x,
							y: layout.lastAt.y,
							size: GAP_TEXT.last,
							bold: true,
							anchor: layout.lastAt.anchor
						})
					}
				]
			: [])
	];
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
		/** The decimals of the values and their gaps: the series' own (`seriesDecimals`). */
		decimals?: number;
	}
): GapLayout {
	const { locale } = opts;
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const domain = gapDomain(points.map((p) => p.gap));
	// A series all below the average puts the zero line at the plot's top: one more line there
	// lets the reference line's name stand above the last value's, not beside it.
	const margin =
		domain[1] <= 0
			? { ...opts.margin, top: opts.margin.top + GAP_TEXT.reference + 6 }
			: opts.margin;
	const f = makeFrame(opts.width, opts.height, margin);
	const y = scaleLinear().domain(domain).range([f.bottom, f.top]);
	const x = scaleBand<string>()
		.domain(points.map((p) => p.period))
		.range([f.left, f.right])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	const zero = round(y(0));
	const colon = colonOf(locale);
	const words = tCharts(locale);
	const na = words.gapNotAvailable;
	// A column's flags read out in the page's language, each with its meaning.
	const flagsSaid = (flags: string) =>
		flags ? `, ${words.flagWord(flags.length)} ${flagLines(flags, null, locale).join(', ')}` : '';
	const columns = points.map((p) => {
		const left = x(p.period) ?? f.left;
		const top = p.gap === null ? zero : Math.min(zero, y(p.gap));
		const bottom = p.gap === null ? zero : Math.max(zero, y(p.gap));
		const text = p.gap === null ? '—' : formatPercentPoints(p.gap, locale, decimals);
		const parts = [
			`${opts.focusLabel} ${p.focus === null ? '—' : formatValue(p.focus, locale, { decimals })}`,
			`${opts.referenceLabel} ${p.reference === null ? '—' : formatValue(p.reference, locale, { decimals })}`
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
			imported: p.imported ?? [],
			ariaLabel: `${formatPeriod(p.period, locale)}${colon} ${p.gap === null ? na : text} (${parts.join(', ')})${flagsSaid(p.flags)}${(p.imported ?? []).map((file) => `, ${tWords(locale).importedFrom(file)}`).join('')}`
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
	const refFont = { size: GAP_TEXT.reference, bold: true };
	const yTicks = ticks.map((value) => ({
		value,
		y: round(y(value)),
		label: value === 0 ? '0' : formatPercentPoints(value, locale, 0)
	}));
	const xTickList = xTicks(
		points.map((p) => p.period),
		(period) => round((x(period) ?? 0) + x.bandwidth() / 2),
		locale,
		Math.max(2, Math.min(12, Math.floor(f.innerWidth / 44)))
	);
	// The last value is placed first: it belongs by its column, where the reference line's name
	// has more choice (on a phone, across the zero line is the last value's only free place).
	const last = columns.filter((c) => c.gap !== null).at(-1);
	const lastAt = last
		? placeLast(last, {
				named: `${formatPeriod(last.period, locale)}${colon} ${last.text}`,
				zero,
				width: opts.width,
				bounds,
				obstacles: [...marks, ...tickBoxes(f, yTicks, xTickList)]
			})
		: null;
	const lastBox = lastAt
		? [textBox(lastAt.text, { size: GAP_TEXT.last, bold: true, ...lastAt })]
		: [];
	const starts = [f.left + 4, ...columns.map((c) => c.x + c.width + 3)];
	// On the line, above it then under it; failing both, one line higher, over the columns. Never
	// on the line where the last value had to go (across the zero line, away from its column's
	// end): "Moyenne UE à 27 … −4,39 pts" would read as the average's own value.
	// When nothing else is free (a series all below the average leaves one line over the zero
	// line), the two share it: the last value then says its year (`placeLast`).
	const lineOfLast = lastAt && Math.abs(lastAt.y - zero) < GAP_TEXT.last + 8 ? lastAt.y : null;
	const referenceCandidates = [
		...starts.map((x) => ({ x, y: zero - 6 })),
		...starts.map((x) => ({ x, y: zero + 6 + GAP_TEXT.reference })),
		...starts.map((x) => ({ x, y: zero - 12 - GAP_TEXT.reference }))
	];
	const clearOfMarks = { boxes: [...marks, ...lastBox], lines: [] };
	const referenceAt = placeLabel(
		refText,
		referenceCandidates.filter((c) => c.y !== lineOfLast),
		refFont,
		clearOfMarks,
		bounds
	) ??
		placeLabel(refText, referenceCandidates, refFont, clearOfMarks, bounds) ?? {
			x: f.left + 4,
			y: zero - 6
		};
	return {
		referenceAt: { x: round(referenceAt.x), y: round(referenceAt.y) },
		lastAt,
		frame: f,
		domain,
		zero,
		yTicks,
		xTicks: xTickList,
		columns
	};
}

/**
 * The sentence a screen reader hears for the gap chart: first and last gaps with their years and
 * the periods without one. `describeGaps(points, 'fr', 'France', 'la moyenne UE')` → `Écart entre
 * France et la moyenne UE : −2,34 pts en 2013, −6,31 pts en 2023 ; non calculable en 2024.`
 * The gaps have `decimals`, those of the values (`seriesDecimals`), two unless said.
 */
export function describeGaps(
	points: readonly GapPoint[],
	locale: Locale,
	focusLabel: string,
	referenceLabel: string,
	decimals = VALUE_DECIMALS
): string {
	const known = points.filter((p): p is GapPoint & { gap: number } => p.gap !== null);
	const at = (p: GapPoint & { gap: number }) =>
		`${formatPercentPoints(p.gap, locale, decimals)} ${tCharts(locale).inPeriod} ${formatPeriod(p.period, locale)}`;
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
