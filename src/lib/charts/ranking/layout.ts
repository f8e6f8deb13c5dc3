import { COLOURS } from '../core/theme';
import { max, min, scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatValue, VALUE_DECIMALS } from '../core/format';
import { frame as makeFrame, type Frame, type Margin } from '../core/frame';
import { formatPeriod } from '../../domain/period';
import { colon as colonOf, semicolon } from '../../i18n/punctuation';
import { tCharts } from '../../i18n/charts';
import { tWords } from '../../i18n/words';
import { grow, textBox, textWidth, type Anchor, type Box } from '../core/labels';
import { yTicks, type YTick } from '../core/ticks';
import { rankText, type Ranking } from './series';

/** How much a bar stands out: France, a chosen peer, or any other member. */
export type BarEmphasis = 'focus' | 'peer' | 'other';

/**
 * Fill per emphasis: three clearly different lightnesses of one blue-grey family, so they stay
 * apart in greyscale print and for every colour vision; the focus is also outlined and in bold.
 */
export const BAR_STYLE: Record<BarEmphasis, { fill: string; text: string }> = {
	focus: { fill: COLOURS.focus, text: COLOURS.focus },
	peer: { fill: COLOURS.peer, text: COLOURS.ink },
	other: { fill: COLOURS.other, text: COLOURS.ink }
};

/**
 * What the chosen countries' middle tone and the others' mean, for a legend beside the chart and
 * in its exported picture; none when no chosen country is drawn (France is named in bold, the EU
 * average on its line). `peerLegend(true, 'fr')` → `[{ label: 'pays choisis', fill }, …]`
 */
export function peerLegend(peersDrawn: boolean, locale: Locale): { label: string; fill: string }[] {
	if (!peersDrawn) return [];
	const words = tWords(locale);
	return [
		{ label: words.chosenCountries, fill: BAR_STYLE.peer.fill },
		{ label: words.otherCountries, fill: BAR_STYLE.other.fill }
	];
}

export interface PlacedBar {
	geo: string;
	label: string;
	rank: number;
	tied: boolean;
	emphasis: BarEmphasis;
	/** Top of the bar's band and its centre line. */
	y: number;
	cy: number;
	height: number;
	x: number;
	width: number;
	/** Where the value is written, just past the end of the bar. */
	labelX: number;
	/** The box the value label covers (value and flags), kept clear of the reference line. */
	labelBox: Box;
	value: number;
	valueText: string;
	flags: string;
	confStatus: string | null;
	/** The imported file the value was read from (the bar's edge dashed), or `null`. */
	imported: string | null;
	/** Name read by a screen reader, e.g. `France, 12e sur 27 en 2015 : 16,50 %`. */
	ariaLabel: string;
}

export interface RankingLayout {
	frame: Frame;
	domain: [number, number];
	ticks: (YTick & { x: number })[];
	bars: PlacedBar[];
	/**
	 * The reference line (EU average), or `null` when it has no value that year. The line is drawn
	 * as `segments` (y ranges) that stop short of every value label it would cross, and its label
	 * is anchored so that it stays inside the chart.
	 */
	reference: {
		x: number;
		value: number;
		label: string;
		text: string;
		anchor: Anchor;
		segments: { y1: number; y2: number }[];
	} | null;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Font sizes of the ranking's texts, in viewBox units: names, values, the reference label. */
export const NAME_SIZE = 13;
export const VALUE_SIZE = 12;
export const REFERENCE_SIZE = 13;

/**
 * A vertical line at `x` from `top` to `bottom`, cut where it would cross a label: the parts to
 * draw, top to bottom. A graphics desk would rather break the line than let it strike a figure.
 * A part between two labels shorter than `minLength` is left out: between the labels of
 * neighbouring bars it was a crumb of dash touching both figures.
 * `referenceSegments(100, 0, 50, [{ x0: 90, y0: 10, x1: 120, y1: 20 }])` →
 * `[{ y1: 0, y2: 8 }, { y1: 22, y2: 50 }]`.
 */
export function referenceSegments(
	x: number,
	top: number,
	bottom: number,
	labels: readonly Box[],
	pad = 2,
	minLength = 8
): { y1: number; y2: number }[] {
	const cuts = labels
		.map((b) => grow(b, pad))
		.filter((b) => b.x0 < x && x < b.x1)
		.sort((a, b) => a.y0 - b.y0);
	const out: { y1: number; y2: number }[] = [];
	let from = top;
	for (const c of cuts) {
		// The line's two ends stay, however short: they tie it to its label and to the axis.
		const crumb = from > top && c.y0 - from < minLength;
		if (c.y0 > from && !crumb) out.push({ y1: round(from), y2: round(c.y0) });
		from = Math.max(from, c.y1);
	}
	if (from < bottom) out.push({ y1: round(from), y2: round(bottom) });
	return out;
}

/**
 * The value domain: from 0 (or below, for negative values) to a round number above every value
 * and every `include` value, such as the EU average line, so a reference line is never off the
 * chart. `valueDomain([24.6, 16.5], [30])` → `[0, 30]`; `valueDomain([], [])` → `[0, 1]`.
 */
export function valueDomain(
	values: readonly number[],
	include: readonly number[] = []
): [number, number] {
	const all = [...values, ...include].filter((v) => Number.isFinite(v));
	const lo = Math.min(0, min(all) ?? 0);
	let hi = Math.max(0, max(all) ?? 0);
	if (hi === lo) hi = lo + 1;
	const nice = scaleLinear().domain([lo, hi]).nice(5).domain();
	return [nice[0]!, nice[1]!];
}

/**
 * Every bar, tick and the reference line of a horizontal ranking, in viewBox units; the height
 * grows with the number of bars (`band` units each). `placeRanking(ranking, { width: 720, band:
 * 22, margin, locale: 'fr', focus: 'FR', peers: ['DE'] }).bars[0]` → `{ geo: 'IE', rank: 1, y: 30,
 * x: 130, width: 512, ... }`
 */
export function placeRanking(
	ranking: Ranking,
	opts: {
		width: number;
		band: number;
		margin: Margin;
		locale: Locale;
		focus: string;
		peers?: readonly string[];
		reference?: { label: string; value: number | null } | null;
		/** The decimals of the values written: the series' own (`seriesDecimals`). */
		decimals?: number;
	}
): RankingLayout {
	const { locale } = opts;
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const n = ranking.bars.length;
	// Room left of the bars for the longest « 27. Luxembourg », whatever the width.
	const longest = Math.max(
		0,
		...ranking.bars.map((b) => textWidth(`${b.rank}. ${b.label}`, NAME_SIZE, b.geo === opts.focus))
	);
	const margin = { ...opts.margin, left: Math.max(opts.margin.left, Math.ceil(longest) + 12) };
	const height = margin.top + margin.bottom + Math.max(1, n) * opts.band;
	const f = makeFrame(opts.width, height, margin);
	const refValue =
		opts.reference && opts.reference.value !== null && Number.isFinite(opts.reference.value)
			? opts.reference.value
			: null;
	const domain = valueDomain(
		ranking.bars.map((b) => b.value),
		refValue === null ? [] : [refValue]
	);
	const x = scaleLinear().domain(domain).range([f.left, f.right]);
	const zero = x(0);
	const peers = new Set(opts.peers ?? []);
	const colon = colonOf(locale);
	const words = tCharts(locale);
	const period = formatPeriod(ranking.period, locale);
	const bars = ranking.bars.map((b, i) => {
		const y = f.top + i * opts.band;
		const end = x(b.value);
		const valueText = formatValue(b.value, locale, { decimals });
		const labelX = round(Math.max(zero, end) + 5);
		const where = words.inPeriod;
		return {
			geo: b.geo,
			label: b.label,
			rank: b.rank,
			tied: b.tied,
			emphasis: (b.geo === opts.focus
				? 'focus'
				: peers.has(b.geo)
					? 'peer'
					: 'other') as BarEmphasis,
			y: round(y),
			cy: round(y + opts.band / 2),
			height: round(opts.band * 0.72),
			x: round(Math.min(zero, end)),
			width: round(Math.abs(end - zero)),
			labelX,
			labelBox: textBox(`${valueText}${b.flags ? ` ${b.flags}` : ''}`, {
				x: labelX,
				y: y + opts.band / 2,
				size: VALUE_SIZE,
				bold: b.geo === opts.focus,
				baseline: 'middle'
			}),
			value: b.value,
			valueText,
			flags: b.flags,
			confStatus: b.confStatus,
			imported: b.imported ?? null,
			ariaLabel: `${b.label}, ${rankText(b.rank, ranking.ranked, locale, b.tied)} ${where} ${period}${colon} ${valueText}${b.imported ? `, ${tWords(locale).importedFrom(b.imported)}` : ''}`
		};
	});
	// About one tick per 80 units, so labels never run into each other on a phone.
	const ticks = yTicks(x, locale, Math.max(2, Math.min(5, Math.floor(f.innerWidth / 80)))).map(
		(t) => ({ ...t, x: round(t.y) })
	);
	let reference: RankingLayout['reference'] = null;
	if (refValue !== null && opts.reference) {
		const rx = round(x(refValue));
		const text = `${opts.reference.label} ${formatValue(refValue, locale, { decimals })}`;
		const w = textWidth(text, REFERENCE_SIZE, true);
		// Start at the line when the label fits to its right, else end there; never past an edge.
		const anchor: Anchor = rx + w <= opts.width - 2 ? 'start' : rx - w >= 0 ? 'end' : 'middle';
		reference = {
			x: rx,
			value: refValue,
			label: opts.reference.label,
			text,
			anchor,
			segments: referenceSegments(
				rx,
				f.top - 6,
				f.bottom,
				bars.map((b) => b.labelBox)
			)
		};
	}
	return { frame: f, domain, ticks, bars, reference };
}

/**
 * The sentence a screen reader hears instead of the bars: the year, the focus geo's place, the
 * top and bottom, the reference and who has no value.
 * `describeRanking(ranking, 'FR', 'fr', { label: 'Moyenne UE', value: 16.2 })` → `2015 : France
 * 12e sur 27 avec 16,50 % ; en tête Irlande (32,18 %), dernier Bulgarie (5,84 %) ; Moyenne UE 16,20 %.`
 * The values have `decimals`, their series' (`seriesDecimals`), two unless said.
 */
export function describeRanking(
	ranking: Ranking,
	focus: string,
	locale: Locale,
	reference?: { label: string; value: number | null } | null,
	decimals = VALUE_DECIMALS
): string {
	const v = (x: number) => formatValue(x, locale, { decimals });
	const colon = colonOf(locale);
	const sep = semicolon(locale);
	const words = tCharts(locale);
	const head = `${formatPeriod(ranking.period, locale)}${colon}`;
	if (ranking.bars.length === 0) {
		return `${head} ${words.noValue}.`;
	}
	const parts: string[] = [];
	const f = ranking.bars.find((b) => b.geo === focus);
	if (f) {
		parts.push(
			`${f.label} ${rankText(f.rank, ranking.ranked, locale, f.tied)} ${words.with} ${v(f.value)}`
		);
	}
	const top = ranking.bars[0]!;
	const bottom = ranking.bars.at(-1)!;
	parts.push(
		`${words.highest} ${top.label} (${v(top.value)}), ${words.lowest} ${bottom.label} (${v(bottom.value)})`
	);
	if (reference && reference.value !== null) {
		parts.push(`${reference.label} ${v(reference.value)}`);
	}
	if (ranking.missing.length > 0) {
		const names = ranking.missing.map((m) => m.label).join(', ');
		parts.push(`${words.withoutValue}${colon} ${names}`);
	}
	return `${head} ${parts.join(sep)}.`;
}
