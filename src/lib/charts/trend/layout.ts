import { COLOURS } from '../core/theme';
import { line, max, min, scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatValue, VALUE_DECIMALS } from '../core/format';
import { frame as makeFrame, type Frame, type Margin } from '../core/frame';
import { textWidth } from '../core/labels';
import { colon as colonOf } from '../../i18n/punctuation';
import { tCharts } from '../../i18n/charts';
import { tWords } from '../../i18n/words';
import { confStatusMeaning, flagMeaning } from '../../i18n/flags';
import { flagLines, importedLine, type TipContent } from '../core/tooltip';
import { comparePeriods, formatPeriod, periodToNumber } from '../../domain/period';
import { xTicks as makeXTicks, yTicks as makeYTicks, type XTick, type YTick } from '../core/ticks';
import { segments, type Emphasis, type TrendSeries } from './series';

/** The quality mark drawn on a point, from its flags. */
export type Marker = 'break' | 'estimate' | 'provisional' | 'low-reliability' | null;

/** Gives the words for a flag letter; the chart is handed `flagMeaning` from i18n/flags. */
export type FlagMeaning = (flag: string, locale: Locale) => string;

/**
 * Line style per emphasis. Colours are those of app.css (`--france`, `--reference`, `--muted`);
 * width and dash differ too, so the lines stay apart in greyscale and for every colour vision.
 */
export const SERIES_STYLE: Record<
	Emphasis,
	{ stroke: string; text: string; width: number; dash: string | null; radius: number }
> = {
	focus: { stroke: COLOURS.focus, text: COLOURS.focus, width: 3, dash: null, radius: 4.5 },
	reference: {
		stroke: COLOURS.reference,
		text: COLOURS.reference,
		width: 2.5,
		dash: '7 4',
		radius: 4
	},
	// Peer lines are light so the focus stands out; their text stays dark enough to read (4.5:1).
	peer: { stroke: COLOURS.connector, text: COLOURS.muted, width: 1.5, dash: '2 3', radius: 3 }
};

/** Draw order: peers underneath, the focus series on top. */
export const DRAW_ORDER: Record<Emphasis, number> = { peer: 0, reference: 1, focus: 2 };

export interface PlacedPoint {
	x: number;
	y: number;
	period: string;
	value: number;
	flags: string;
	confStatus: string | null;
	marker: Marker;
	/** The flag letter drawn beside a marked point (`letterOf`), '' for an unmarked one. */
	letter: string;
	/** The imported file the value was read from (ringed on the chart), or `null`. */
	imported: string | null;
	/**
	 * What a screen reader says of the point (`pointLabel`): made once here, not by each drawn
	 * point as the chart is built.
	 */
	label: string;
}

export interface MissingMark {
	x: number;
	/**
	 * Centre of the mark, just above the x axis: a gap is marked on the axis, never at an invented
	 * height. When several series miss the same period their marks are stacked upwards.
	 */
	y: number;
	period: string;
	flags: string;
	confStatus: string | null;
	/** What a screen reader and the tooltip say of the gap (`missingLabel`). */
	label: string;
}

export interface EndLabel {
	x: number;
	y: number;
	/** Whole label, e.g. `France 13,43 %`, or `France 12,10 % (2022)` when it ends early. */
	text: string;
	/** The same text on two lines (name, then value), as drawn. */
	lines: [string, string];
	/** The last known point the label belongs to, for a leader line when the label had to move. */
	anchor: { x: number; y: number };
}

export interface PlacedSeries {
	geo: string;
	label: string;
	emphasis: Emphasis;
	/** One SVG path per run of known values (`d3.line`). */
	paths: string[];
	points: PlacedPoint[];
	missing: MissingMark[];
	/** `null` when the series has no known value at all. */
	endLabel: EndLabel | null;
}

export interface TrendLayout {
	frame: Frame;
	domain: [number, number];
	xTicks: XTick[];
	yTicks: YTick[];
	series: PlacedSeries[];
	/** The decimals its values are written with (labels, tooltips): the series' own. */
	decimals: number;
}

/** Line height of an end label, in viewBox units; two lines per label. */
export const LABEL_LINE_HEIGHT = 17;

/** Height of a missing-value mark, in viewBox units. */
export const MISSING_MARK_SIZE = 12;

/** Radius of the circle of a missing-value mark (its stroke fits in `MISSING_MARK_SIZE`). */
export const MISSING_MARK_RADIUS = MISSING_MARK_SIZE / 2 - 1;

const round = (v: number) => Math.round(v * 100) / 100;

/** Space between two stacked end labels, so that their text boxes never touch. */
export const LABEL_GAP = 4;

/**
 * The margin with room on the right for the end labels at `endLabelSize` (name in bold on the
 * first line, value and maybe a period on the second), 8 units from the plot and 4 from the edge;
 * never narrower than the margin given. `endLabelRoom([], { margin })` → `margin`.
 */
export function endLabelRoom(
	series: readonly TrendSeries[],
	opts: { margin: Margin; locale: Locale; endLabelSize?: number; decimals?: number }
): Margin {
	const size = opts.endLabelSize;
	if (size === undefined) return opts.margin;
	const lines = series.flatMap((s) => {
		const last = s.points.filter((p) => p.value !== null).at(-1);
		if (!last) return [];
		// The value line may carry the period in brackets: count the longest form.
		return [
			textWidth(s.label, size, true),
			textWidth(
				`${formatValue(last.value!, opts.locale, { decimals: opts.decimals })} (${last.period})`,
				size
			)
		];
	});
	const needed = Math.ceil(Math.max(0, ...lines)) + 8 + 4;
	return { ...opts.margin, right: Math.max(opts.margin.right, needed) };
}

/**
 * The quality mark of a point. A break matters most for reading a trend, then low reliability,
 * then estimates (`e`, or `s` for a Eurostat estimate), then provisional figures.
 * `markerOf('pb')` → `'break'`; `markerOf('')` → `null`.
 */
export function markerOf(flags: string): Marker {
	if (flags.includes('b')) return 'break';
	if (flags.includes('u')) return 'low-reliability';
	if (flags.includes('e') || flags.includes('s')) return 'estimate';
	if (flags.includes('p')) return 'provisional';
	return null;
}

/**
 * The flag letter drawn beside a marked point: the flag its mark stands for (`e` or `s` for an
 * estimate, whichever the point has); '' for an unmarked point.
 * `letterOf('break', 'bp')` → `'b'`; `letterOf('estimate', 's')` → `'s'`; `letterOf(null, '')` → `''`.
 */
export function letterOf(marker: Marker, flags: string): string {
	if (marker === 'break') return 'b';
	if (marker === 'low-reliability') return 'u';
	if (marker === 'estimate') return flags.includes('e') ? 'e' : 's';
	if (marker === 'provisional') return 'p';
	return '';
}

/**
 * The y domain: from 0 (a share is read against zero; a truncated axis exaggerates gaps) to a
 * round number above every value and every `include` value (a target, a reference level).
 * Negative values extend it below 0. With nothing to show it is `[0, 1]`.
 * `yDomain(series, { include: [75] })` with values up to 23 → `[0, 80]`.
 */
export function yDomain(
	series: readonly TrendSeries[],
	opts: { include?: readonly number[] } = {}
): [number, number] {
	const values = [
		...series.flatMap((s) => s.points.map((p) => p.value)),
		...(opts.include ?? [])
	].filter((v): v is number => v !== null && Number.isFinite(v));
	const lo = Math.min(0, min(values) ?? 0);
	let hi = Math.max(0, max(values) ?? 0);
	if (hi === lo) hi = lo + 1;
	const nice = scaleLinear().domain([lo, hi]).nice(5).domain();
	return [nice[0]!, nice[1]!];
}

/**
 * Moves labels apart vertically so that none overlaps another and all stay within
 * `[min, max]` (`y` is a label's centre), moving them as little as possible and never changing
 * their top-to-bottom order (ties keep input order). Returns copies in input order. When the
 * labels are taller together than the room, they are packed from `min` and the last ones overflow:
 * overlapping text would be worse than text past the edge, which the margin usually absorbs.
 * `resolveLabelCollisions([{ y: 10, height: 10 }, { y: 12, height: 10 }], { min: 0, max: 100 })`
 * → `[{ y: 6, height: 10 }, { y: 16, height: 10 }]`.
 */
export function resolveLabelCollisions<L extends { y: number; height: number }>(
	labels: readonly L[],
	bounds: { min: number; max: number }
): L[] {
	const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.y - b.l.y || a.i - b.i);
	// Blocks of labels stacked edge to edge; each block sits where its labels want to be on
	// average (least squares), clamped to the bounds; neighbouring blocks that overlap merge.
	interface Block {
		items: typeof order;
		height: number;
		/** Sum over items of (wanted top of block implied by that item). */
		wanted: number;
		top: number;
	}
	const place = (b: Block) => {
		const ideal = b.wanted / b.items.length;
		b.top = Math.max(bounds.min, Math.min(ideal, bounds.max - b.height));
	};
	const blocks: Block[] = [];
	for (const item of order) {
		const block: Block = {
			items: [item],
			height: item.l.height,
			wanted: item.l.y - item.l.height / 2,
			top: 0
		};
		place(block);
		blocks.push(block);
		for (;;) {
			const last = blocks.at(-1)!;
			const prev = blocks.at(-2);
			if (!prev || prev.top + prev.height <= last.top) break;
			// Each item of `last` now sits `prev.height` further down its block.
			prev.wanted += last.wanted - last.items.length * prev.height;
			prev.items.push(...last.items);
			prev.height += last.height;
			blocks.pop();
			place(prev);
		}
	}
	const out: L[] = new Array(labels.length);
	for (const b of blocks) {
		// Too tall for the room: start at `min`, as documented.
		let y = b.height > bounds.max - bounds.min ? bounds.min : b.top;
		for (const { l, i } of b.items) {
			out[i] = { ...l, y: y + l.height / 2 };
			y += l.height;
		}
	}
	return out;
}

/**
 * Screen-reader name of a point; `confMeaning` words the confidentiality status (upper-case
 * codes, a separate Eurostat list since 2025). `pointLabel('France', point, 'fr', flagMeaning)` for 13.43 in
 * 2023 flagged `b` → `France, 2023 : 13,43 %, indicateur de statut b : rupture de série`; read from an
 * imported file, it ends `, valeur lue dans votre fichier importé « mine.csv »`. The value has
 * `decimals` (its series': `seriesDecimals`), two unless said.
 */
export function pointLabel(
	seriesLabel: string,
	point: {
		period: string;
		value: number;
		flags: string;
		confStatus: string | null;
		imported?: string | null;
	},
	locale: Locale,
	meaning: FlagMeaning,
	confMeaning: FlagMeaning = meaning,
	decimals = VALUE_DECIMALS
): string {
	const colon = colonOf(locale);
	const head = `${seriesLabel}, ${formatPeriod(point.period, locale)}${colon} ${formatValue(point.value, locale, { decimals })}`;
	const flags = [
		...[...point.flags].map(
			(f) => `${tCharts(locale).flagWord(1)} ${f}${colon} ${meaning(f, locale)}`
		),
		...(point.confStatus
			? [`${point.confStatus}${colon} ${confMeaning(point.confStatus, locale)}`]
			: []),
		...(point.imported ? [tWords(locale).importedFrom(point.imported)] : [])
	];
	return [head, ...flags].join(', ');
}

/**
 * Screen-reader name and tooltip of a gap. `missingLabel('France', { period: '2024', flags: 'u',
 * confStatus: null }, 'fr', flagMeaning)` → `France, 2024 : valeur non disponible (u : faible
 * fiabilité)`.
 */
export function missingLabel(
	seriesLabel: string,
	gap: { period: string; flags: string; confStatus: string | null },
	locale: Locale,
	meaning: FlagMeaning,
	confMeaning: FlagMeaning = meaning
): string {
	const colon = colonOf(locale);
	const what = tCharts(locale).valueNotAvailable;
	const flags = [
		...[...gap.flags].map((f) => `${f}${colon} ${meaning(f, locale)}`),
		...(gap.confStatus ? [`${gap.confStatus}${colon} ${confMeaning(gap.confStatus, locale)}`] : [])
	];
	const why = flags.length > 0 ? ` (${flags.join(', ')})` : '';
	return `${seriesLabel}, ${formatPeriod(gap.period, locale)}${colon} ${what}${why}`;
}

/**
 * Everything the trend chart draws, in viewBox units: ticks, one path per segment, points with
 * their quality marker, gaps marked on the x axis and end labels that do not collide.
 * `placeSeries(toSeries(inputs), { width: 720, height: 360, margin, locale: 'fr' }).series[0].paths`
 * → `['M56,120L98,110', 'M182,100L560,80']` for a series with one gap.
 */
export function placeSeries(
	series: readonly TrendSeries[],
	opts: {
		width: number;
		height: number;
		margin: Margin;
		locale: Locale;
		include?: readonly number[];
		/** Horizontal room kept inside the plot so end points do not sit on its edges. */
		inset?: number;
		maxXTicks?: number;
		/**
		 * Font size of the end labels: when given, the right margin grows to hold the longest
		 * label line ("Moyenne UE à 27 20,75 %" ran past the chart with a fixed margin).
		 */
		endLabelSize?: number;
		/** The words of flags and confidentiality codes in labels (i18n/flags by default). */
		meaning?: FlagMeaning;
		confMeaning?: FlagMeaning;
		/** The decimals of the values in labels and tooltips: the series' own (`seriesDecimals`). */
		decimals?: number;
	}
): TrendLayout {
	const { locale } = opts;
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const meaning = opts.meaning ?? flagMeaning;
	const confMeaning = opts.confMeaning ?? (opts.meaning ? meaning : confStatusMeaning);
	const f = makeFrame(opts.width, opts.height, endLabelRoom(series, opts));
	const inset = Math.min(opts.inset ?? 10, f.innerWidth / 4);
	const domain = yDomain(series, { include: opts.include });
	const y = scaleLinear().domain(domain).range([f.bottom, f.top]);

	const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(
		comparePeriods
	);
	const nums = periods.map(periodToNumber);
	const lo = nums[0] ?? 0;
	const hi = nums.at(-1) ?? 1;
	// A single period is centred rather than put on an edge.
	const xDomain = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
	const x = scaleLinear()
		.domain(xDomain)
		.range([f.left + inset, f.right - inset]);
	const xOf = (period: string) => round(x(periodToNumber(period)));
	const yOf = (value: number) => round(y(value));
	const lastPeriod = periods.at(-1);

	const path = line<{ period: string; value: number }>()
		.x((p) => xOf(p.period))
		.y((p) => yOf(p.value))
		.digits(2);

	// When the series end in different periods, every end label says its year (not only the one
	// that ends early): two figures side by side never leave their periods to be guessed.
	const lastKnown = new Set(
		series.flatMap((s) => {
			const known = s.points.filter((p) => p.value !== null);
			return known.length > 0 ? [known.at(-1)!.period] : [];
		})
	);
	const sayEveryYear = lastKnown.size > 1;
	const gapsAt = new Map<string, number>();
	const placed: PlacedSeries[] = series.map((s) => {
		const points = s.points.flatMap((p): PlacedPoint[] => {
			if (p.value === null) return [];
			const marker = markerOf(p.flags);
			const known = { period: p.period, value: p.value, flags: p.flags, confStatus: p.confStatus };
			const imported = p.imported ?? null;
			return [
				{
					x: xOf(p.period),
					y: yOf(p.value),
					...known,
					marker,
					letter: letterOf(marker, p.flags),
					imported,
					label: pointLabel(s.label, { ...known, imported }, locale, meaning, confMeaning, decimals)
				}
			];
		});
		const missing = s.points
			.filter((p) => p.value === null)
			.map((p) => {
				const k = gapsAt.get(p.period) ?? 0;
				gapsAt.set(p.period, k + 1);
				return {
					x: xOf(p.period),
					y: f.bottom - MISSING_MARK_SIZE * (k + 0.5) - 2 * k,
					period: p.period,
					flags: p.flags,
					confStatus: p.confStatus,
					label: missingLabel(s.label, p, locale, meaning, confMeaning)
				};
			});
		const last = points.at(-1);
		let endLabel: EndLabel | null = null;
		if (last) {
			const value = formatValue(last.value, locale, { decimals });
			// Say which period the value is from when the series stops before the others.
			const second =
				last.period === lastPeriod && !sayEveryYear
					? value
					: `${value} (${formatPeriod(last.period, locale)})`;
			endLabel = {
				x: round(f.right + 8),
				y: last.y,
				text: `${s.label} ${second}`,
				lines: [s.label, second],
				anchor: { x: last.x, y: last.y }
			};
		}
		return {
			geo: s.geo,
			label: s.label,
			emphasis: s.emphasis,
			paths: segments(s.points).map((run) => path(run) ?? ''),
			points,
			missing,
			endLabel
		};
	});

	// End labels are spread out together, across series, so no two overlap.
	const withLabel = placed.filter((s) => s.endLabel !== null);
	const resolved = resolveLabelCollisions(
		withLabel.map((s) => ({ y: s.endLabel!.y, height: 2 * LABEL_LINE_HEIGHT + LABEL_GAP })),
		{ min: 0, max: f.height }
	);
	withLabel.forEach((s, i) => {
		s.endLabel!.y = round(resolved[i]!.y);
	});

	return {
		frame: f,
		domain,
		// About one year label per 48 units of plot width, so they never run into each other.
		xTicks: makeXTicks(
			periods,
			xOf,
			locale,
			opts.maxXTicks ?? Math.max(2, Math.min(8, Math.floor((f.right - f.left) / 48)))
		),
		yTicks: makeYTicks(y, locale, 5).map((t) => ({ ...t, y: round(t.y) })),
		series: placed,
		decimals
	};
}

/**
 * The tooltip of the point of `geo` at `period` (of its gap, with `missing`): where it goes and
 * its lines (the series, then period and value, then one line per flag; a gap, its label), or null
 * when the layout has no such point. Made when a point is hovered or focused, not for every point
 * as the chart is drawn.
 * `tipOf(layout, 'FR', '2022', false, 'fr')` → `{ x: 420, y: 96, lines: ['France', '2022 : 13,43 %'] }`.
 */
export function tipOf(
	layout: TrendLayout,
	geo: string,
	period: string,
	missing: boolean,
	locale: Locale
): TipContent | null {
	const s = layout.series.find((c) => c.geo === geo);
	if (!s) return null;
	if (missing) {
		const gap = s.missing.find((m) => m.period === period);
		// Lines as a point's tooltip has them, not the one long label a screen reader hears: on a
		// phone that ran off the screen.
		return gap
			? {
					x: gap.x,
					y: gap.y - MISSING_MARK_RADIUS,
					lines: [
						s.label,
						`${formatPeriod(gap.period, locale)}${colonOf(locale)} ${tCharts(locale).valueNotAvailable}`,
						...flagLines(gap.flags, gap.confStatus, locale)
					]
				}
			: null;
	}
	const p = s.points.find((q) => q.period === period);
	if (!p) return null;
	return {
		x: p.x,
		y: p.y,
		lines: [
			s.label,
			`${formatPeriod(p.period, locale)}${colonOf(locale)} ${formatValue(p.value, locale, { decimals: layout.decimals })}`,
			...flagLines(p.flags, p.confStatus, locale),
			...(p.imported ? [importedLine(p.imported, locale)] : [])
		]
	};
}
