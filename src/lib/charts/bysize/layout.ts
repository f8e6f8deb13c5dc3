import { line, scaleLinear } from 'd3';
import type { Locale } from '../../domain/codes';
import { tBySize } from '../../i18n/bysize';
import { formatValue } from '../core/format';
import { frame as makeFrame, type Frame } from '../core/frame';
import { comparePeriods, formatPeriod, periodToNumber } from '../core/period';
import { points } from '../core/sentence';
import { xTicks as makeXTicks, yTicks as makeYTicks, type XTick, type YTick } from '../core/ticks';
import { markerOf, yDomain, type Marker } from '../trend/layout';
import { segments, type TrendPoint } from '../trend/series';
import type { SizePanel } from './series';

/** A point with a value, placed in its panel's coordinates. */
export interface PanelPoint {
	x: number;
	y: number;
	period: string;
	value: number;
	flags: string;
	confStatus: string | null;
	marker: Marker;
}

/** A missing value, marked on the panel's x axis (never at an invented height). */
export interface PanelGap {
	x: number;
	y: number;
	period: string;
	flags: string;
	confStatus: string | null;
}

/** One line of a panel: France or the reference. */
export interface PanelLine {
	paths: string[];
	points: PanelPoint[];
	missing: PanelGap[];
}

export interface PlacedPanel {
	sizeClass: string;
	/** The panel's own box (its `<svg>`'s viewBox): header above `frame.top`, axes around the plot. */
	frame: Frame;
	/** Baselines of the three header lines (name; figures; gap), in panel coordinates. */
	header: [number, number, number];
	focus: PanelLine;
	reference: PanelLine;
	yTicks: YTick[];
	xTicks: XTick[];
	latest: SizePanel['latest'];
}

export interface BySizeLayout {
	/** Size of every panel's viewBox: the same for all, so that the page's grid scales them alike. */
	width: number;
	height: number;
	/** One y domain for every panel, so that heights compare across size classes. */
	domain: [number, number];
	panels: PlacedPanel[];
}

/** Header height above each plot: three lines of text. */
export const HEADER_LINE = 17;
const HEADER = 3 * HEADER_LINE + 8;
const MISSING_MARK = 10;

/**
 * Width of a panel's viewBox: a third of the 840-unit picture the chart was drawn as before its
 * panels were split, less two gaps, so that three across on a desktop (and in the exported
 * picture) read as they did. The page's grid never draws a panel narrower than this many px, so its
 * text is never smaller than its size (12 px ticks); a phone gets one panel a row.
 */
export const PANEL_WIDTH = 260;

/**
 * How the exported picture places the panels: three a row, 840 units wide in all as the chart
 * was (3 × 260 + 2 × 30; its gaps were 28 and 22).
 */
export const BY_SIZE_PICTURE = { columns: 3, gap: { x: 30, y: 22 } } as const;

const round = (v: number) => Math.round(v * 100) / 100;

function placeLine(
	points: readonly TrendPoint[],
	xOf: (period: string) => number,
	yOf: (value: number) => number,
	bottom: number,
	stackBelow: Map<string, number>
): PanelLine {
	const path = line<{ period: string; value: number }>()
		.x((p) => xOf(p.period))
		.y((p) => yOf(p.value))
		.digits(2);
	return {
		paths: segments(points).map((run) => path(run) ?? ''),
		points: points.flatMap((p) =>
			p.value === null
				? []
				: [
						{
							x: xOf(p.period),
							y: yOf(p.value),
							period: p.period,
							value: p.value,
							flags: p.flags,
							confStatus: p.confStatus,
							marker: markerOf(p.flags)
						}
					]
		),
		missing: points
			.filter((p) => p.value === null)
			.map((p) => {
				// Two series missing the same year: the second mark sits above the first.
				const k = stackBelow.get(p.period) ?? 0;
				stackBelow.set(p.period, k + 1);
				return {
					x: xOf(p.period),
					y: round(bottom - MISSING_MARK * (k + 0.5) - 2 * k),
					period: p.period,
					flags: p.flags,
					confStatus: p.confStatus
				};
			})
	};
}

/**
 * Small multiples: one panel per size class, each in its own box of the same size (the page's
 * grid places them, as many a row as fit), all on one y scale from 0 and one x scale over every
 * period shown, each with its header (class, latest common figures, gap), its lines, gaps on the
 * axis and quality marks.
 * `layoutBySize(toPanels(rows, BY_SIZE_CLASSES, 'FR', 'EU27_2020'), { locale: 'fr' })`
 * → `{ width: 260, height: 225, domain: [0, 50], panels: [{ sizeClass: '10-49', frame, ... }, ...] }`
 */
export function layoutBySize(
	panels: readonly SizePanel[],
	opts: { locale: Locale; plotHeight?: number }
): BySizeLayout {
	const { locale } = opts;
	const plotHeight = opts.plotHeight ?? 140;
	const panelHeight = HEADER + plotHeight + 26;
	const margin = { top: HEADER, right: 10, bottom: 26, left: 44 };
	const f = makeFrame(PANEL_WIDTH, panelHeight, margin);

	const domain = yDomain(
		panels.flatMap((p) => [
			{ geo: 'f', label: '', emphasis: 'focus' as const, points: p.focus },
			{ geo: 'r', label: '', emphasis: 'reference' as const, points: p.reference }
		])
	);
	const y = scaleLinear().domain(domain).range([f.bottom, f.top]);
	const periods = [
		...new Set(panels.flatMap((p) => [...p.focus, ...p.reference].map((q) => q.period)))
	].sort(comparePeriods);
	const nums = periods.map(periodToNumber);
	const lo = nums[0] ?? 0;
	const hi = nums.at(-1) ?? 1;
	const inset = 6;
	const x = scaleLinear()
		.domain(lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi])
		.range([f.left + inset, f.right - inset]);
	const xOf = (period: string) => round(x(periodToNumber(period)));
	const yOf = (value: number) => round(y(value));
	const yTicks = makeYTicks(y, locale, 3).map((t) => ({ ...t, y: round(t.y) }));
	// About one year label per 56 units, at most four: the first and the newest stay readable.
	const xTicks = makeXTicks(
		periods,
		xOf,
		locale,
		Math.max(2, Math.min(4, Math.floor(f.innerWidth / 56)))
	);

	return {
		width: PANEL_WIDTH,
		height: panelHeight,
		domain,
		panels: panels.map((p): PlacedPanel => {
			const stack = new Map<string, number>();
			return {
				sizeClass: p.sizeClass,
				frame: f,
				header: [HEADER_LINE - 3, 2 * HEADER_LINE - 1, 3 * HEADER_LINE + 1],
				focus: placeLine(p.focus, xOf, yOf, f.bottom, stack),
				reference: placeLine(p.reference, xOf, yOf, f.bottom, stack),
				yTicks,
				xTicks,
				latest: p.latest
			};
		})
	};
}

/**
 * The three header lines of a panel: the class and the year of its figures, France and the EU
 * that year, the gap. `panelHeader(panel, 'fr')` → `['10 à 49 personnes · 2025', 'France 13,27 % ·
 * UE 18,28 %', 'Écart : −5,01 pts']`
 */
export function panelHeader(
	panel: Pick<SizePanel, 'sizeClass' | 'latest'>,
	locale: Locale
): [string, string, string] {
	const w = tBySize(locale);
	const label = w.classLabel[panel.sizeClass] ?? panel.sizeClass;
	const l = panel.latest;
	if (!l) return [label, w.noCommon, ''];
	return [
		w.headerYear(label, formatPeriod(l.period, locale)),
		w.headerValues(formatValue(l.focus, locale), formatValue(l.reference, locale)),
		w.headerGap(points(l.gap, locale))
	];
}

/**
 * A generous estimate of a text's width in viewBox units (0.6 em a character, bold 0.64): what the
 * tests hold the panel headers to, so that none runs into the next panel.
 * `textWidth('France', 13)` → `46.8`
 */
export function textWidth(text: string, size: number, bold = false): number {
	return round(text.length * size * (bold ? 0.64 : 0.6));
}
