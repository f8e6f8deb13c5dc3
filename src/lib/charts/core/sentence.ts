/**
 * The one plain sentence a chart carries: generated from the figures the chart shows, in French
 * and English, to be quoted by a journalist, printed above the chart, put into its SVG/PNG export
 * and read out as its accessible description. Pure functions on plain numbers: every figure a
 * sentence states comes from its input, so a test can check each one against the query results.
 */
import { colon as colonIn } from '../../i18n/punctuation';
import type { Locale } from '../../domain/codes';
import { tSentence } from '../../i18n/sentence';
import {
	formatNumber,
	formatValue,
	NBSP,
	pointUnit,
	roundHalfAway,
	VALUE_DECIMALS
} from './format';
import { comparePeriods, formatPeriod } from './period';
import { hundredths, pointsBetween } from '../../domain/points';

/**
 * An ordinal number as written in each language: French `1er` (`1re` feminine), `2e`, `21e`;
 * English `1st`, `2nd`, `3rd`, `11th`, `21st`, `112th`.
 * `ordinal(21, 'fr')` → `21e`; `ordinal(22, 'en')` → `22nd`
 */
export function ordinal(n: number, locale: Locale, gender: 'm' | 'f' = 'm'): string {
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`ordinal: ${n} is not a rank`);
	if (locale === 'fr') return n === 1 ? (gender === 'f' ? '1re' : '1er') : `${n}e`;
	const mod100 = n % 100;
	const suffix =
		mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * A place in a ranking, ties said: French on the masculine « rang » so that it reads right for any
 * country, English plain. `rankPlace(21, 27, false, 'fr')` → `21e rang sur 27`;
 * `rankPlace(12, 27, true, 'en')` → `tied 12th of 27`
 */
export function rankPlace(rank: number, of: number, tied: boolean, locale: Locale): string {
	return tSentence(locale).rankPlace(ordinal(rank, locale), of, tied);
}

/**
 * A difference in percentage points, as a sentence writes it: French `pt` below two and `pts`
 * from two (the rule for « point »), English `pp`; signed unless `signed` is false; with the
 * decimals of the values it is a difference of (two unless said: `seriesDecimals`).
 * `points(-4.39, 'fr')` → `−4,39 pts`; `points(1.85, 'fr', false)` → `1,85 pt`;
 * `points(1.85, 'en')` → `+1.85 pp`; `points(-4, 'fr', true, 0)` → `−4 pts`
 */
export function points(
	v: number,
	locale: Locale,
	signed = true,
	decimals = VALUE_DECIMALS
): string {
	const r = roundHalfAway(hundredths(v), decimals);
	const shown = signed ? r : Math.abs(r);
	const text = formatNumber(shown, locale, decimals);
	const sign = signed && r > 0 ? '+' : '';
	const unit = pointUnit(r, locale);
	return `${sign}${text}${NBSP}${unit}`;
}

/** What the home chart and cards show for one population, as the sentence needs it. */
export interface HeadlineFacts {
	/** Eurostat `size_emp` code of the population (`10-249`). */
	population: string;
	/** The one period of every figure of the sentence. */
	period: string;
	focus: number;
	reference: number;
	/** France's place among the EU members with a value that period; `null` when unknown. */
	rank: { rank: number; of: number; tied: boolean } | null;
	/** The gap at the previous survey where both had a value, to say its direction. */
	previous: { period: string; gap: number } | null;
}

/**
 * How the gap (France − EU, points) moved since an earlier survey, in words: narrowed or widened
 * while behind, grew or shrank while ahead, or crossed the average.
 * `gapMovement(-4.39, { period: '2024', gap: -6.24 }, 'fr')` → `un écart réduit de 1,85 pt depuis 2024`
 */
export function gapMovement(
	gap: number,
	earlier: { period: string; gap: number },
	locale: Locale
): string {
	const w = tSentence(locale);
	const since = formatPeriod(earlier.period, locale);
	const now = hundredths(gap);
	const then = hundredths(earlier.gap);
	const by = points(now - then, locale, false);
	if (now === then) return w.unchanged(since);
	if (then < 0 && now >= 0) return w.crossedAbove(since, points(then, locale));
	if (then >= 0 && now < 0) return w.crossedBelow(since, points(then, locale));
	if (now < 0) return now > then ? w.narrowed(by, since) : w.widened(by, since);
	return now > then ? w.leadGrew(by, since) : w.leadShrank(by, since);
}

/**
 * The home sentence: France's share and the EU's for one period, France's rank, the gap and how it
 * moved since the previous survey.
 * `headlineSentence({ population: '10-249', period: '2025', focus: 15.2, reference: 19.59, rank: {
 * rank: 21, of: 27, tied: false }, previous: { period: '2024', gap: -6.24 } }, 'fr')` →
 * `En 2025, 15,20 % des PME françaises (10 à 249 personnes occupées) réalisent au moins 1 % de leur
 * chiffre d’affaires par des ventes électroniques, contre 19,59 % en moyenne dans l’UE à 27 : la
 * France est au 21e rang sur 27, à −4,39 pts de la moyenne, un écart réduit de 1,85 pt depuis 2024.`
 */
export function headlineSentence(f: HeadlineFacts, locale: Locale): string {
	const w = tSentence(locale);
	const colon = colonIn(locale);
	const who = w.frenchPopulation[f.population] ?? f.population;
	const gap = pointsBetween(f.focus, f.reference);
	// Behind: the signed gap the cards show (−4,39 pts); ahead: « 2,42 pts au-dessus », unsigned.
	const gapText =
		gap === 0
			? w.gapEven
			: gap < 0
				? w.gapBehind(points(gap, locale))
				: w.gapAhead(points(gap, locale, false));
	const parts: string[] = [];
	if (f.rank) {
		parts.push(w.rank(rankPlace(f.rank.rank, f.rank.of, f.rank.tied, locale)));
		parts.push(gapText);
	} else parts.push(`${w.franceIs} ${gapText}`);
	if (f.previous) parts.push(gapMovement(gap, f.previous, locale));
	const head = w.headline(
		formatPeriod(f.period, locale),
		formatValue(f.focus, locale),
		who,
		formatValue(f.reference, locale)
	);
	return `${head}${colon} ${parts.join(', ')}.`;
}

/** One size class of the by-size chart: its latest period where France and the EU both have a value. */
export interface SizeGap {
	/** Eurostat `size_emp` code. */
	sizeClass: string;
	period: string;
	focus: number;
	reference: number;
}

/**
 * The by-size sentence: the range of France's gap to the EU across the size classes shown, and the
 * SMEs' gap when SMEs are among them. A class whose latest common period differs from the
 * sentence's says its own year.
 * `bySizeSentence([{ sizeClass: '10-49', period: '2025', focus: 13.27, reference: 18.28 }, {
 * sizeClass: 'GE250', period: '2025', focus: 45.36, reference: 42.94 }], 'fr')` →
 * `En 2025, l’écart entre la France et la moyenne de l’UE à 27 va de −5,01 pts (10 à 49 personnes) à +2,42 pts (250 personnes ou plus).`
 */
export function bySizeSentence(classes: readonly SizeGap[], locale: Locale): string {
	const w = tSentence(locale);
	if (classes.length === 0) return w.noData;
	const periods = classes.map((c) => c.period).sort();
	const period = periods.at(-1)!;
	const withGap = classes.map((c) => ({ ...c, gap: pointsBetween(c.focus, c.reference) }));
	const item = (c: (typeof withGap)[number]) =>
		w.item(
			points(c.gap, locale),
			w.sizeShort[c.sizeClass] ?? c.sizeClass,
			c.period === period ? null : formatPeriod(c.period, locale)
		);
	// The aggregates (SMEs, 10+) overlap the classes they sum: the range is over what is drawn.
	const sorted = [...withGap].sort((a, b) => a.gap - b.gap);
	const low = sorted[0]!;
	const high = sorted.at(-1)!;
	const shownPeriod = formatPeriod(period, locale);
	const head =
		low === high || low.gap === high.gap
			? w.bySizeOne(shownPeriod, item(low))
			: w.bySizeRange(shownPeriod, item(low), item(high));
	const smes = withGap.find((c) => c.sizeClass === '10-249');
	const tail =
		smes && smes !== low && smes !== high
			? `${w.semicolon} ${w.bySizeSmes(
					`${points(smes.gap, locale)}${smes.period === period ? '' : ` (${formatPeriod(smes.period, locale)})`}`
				)}`
			: '';
	return `${head}${tail}.`;
}

/** A series as the comparison sentences read it: its name and its points, gaps included. */
export interface NamedSeries {
	label: string;
	points: readonly { period: string; value: number | null }[];
}

function knownPoints(s: NamedSeries) {
	return s.points
		.filter((p): p is { period: string; value: number } => p.value !== null)
		.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The trend view's sentence: the focus series from its first to its last known value, then each
 * other series over the same periods when it has them.
 * `trendSentence({ label: 'La France', points }, [{ label: 'la moyenne de l’UE à 27', points }], 'fr')`
 * → `La France passe de 10,77 % en 2013 à 15,20 % en 2025 ; sur la même période, la moyenne de l’UE à 27, de 13,24 % à 19,59 %.`
 * The values have `decimals`, their series' (`seriesDecimals`), two unless said.
 */
export function trendSentence(
	focus: NamedSeries,
	others: readonly NamedSeries[],
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	const w = tSentence(locale);
	const known = knownPoints(focus);
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return w.noValue;
	const v = (x: number) => formatValue(x, locale, { decimals });
	const p = (x: string) => formatPeriod(x, locale);
	if (first === last) return `${w.trendOne(focus.label, v(last.value), p(last.period))}.`;
	const head = w.trendFocus(
		focus.label,
		v(first.value),
		p(first.period),
		v(last.value),
		p(last.period)
	);
	// Only others with a value at both ends of the focus's span: never two periods unlabelled.
	const same = others.flatMap((o) => {
		const a = o.points.find((q) => q.period === first.period)?.value ?? null;
		const b = o.points.find((q) => q.period === last.period)?.value ?? null;
		return a !== null && b !== null ? [w.trendOther(o.label, v(a), v(b))] : [];
	});
	return same.length > 0
		? `${head}${w.semicolon} ${w.trendOthersSame}, ${same.join(`${w.semicolon} `)}.`
		: `${head}.`;
}

/** A ranked geo as the ranking and map sentences read it. */
export interface RankedFigure {
	geo: string;
	label: string;
	value: number;
	rank: number;
	tied: boolean;
}

/**
 * The ranking view's sentence: the focus's place and value, the first and the last, the EU average.
 * `rankingSentence('2023', bars, 27, 'FR', 19.74, 'fr')` → `En 2023, la France est au 24e rang
 * sur 27 des pays de l’UE (13,43 %) : en tête, Danemark (…) ; en dernier, Roumanie (…) ; moyenne de
 * l’UE à 27 : 19,74 %.` The values have `decimals`, their series', two unless said.
 */
export function rankingSentence(
	period: string,
	bars: readonly RankedFigure[],
	ranked: number,
	focus: { geo: string; label: string },
	reference: number | null,
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	const w = tSentence(locale);
	const v = (x: number) => formatValue(x, locale, { decimals });
	const p = formatPeriod(period, locale);
	const me = bars.find((b) => b.geo === focus.geo);
	const head = me
		? w.rankingHead(p, focus.label, rankPlace(me.rank, ranked, me.tied, locale), v(me.value))
		: w.rankingMissing(p, focus.label);
	const parts: string[] = [];
	const top = bars[0];
	const bottom = bars.at(-1);
	if (top && bottom && top !== bottom)
		parts.push(w.rankingEnds(top.label, v(top.value), bottom.label, v(bottom.value)));
	if (reference !== null) parts.push(w.rankingReference(v(reference)));
	return parts.length > 0 ? `${head}${w.semicolon} ${parts.join(`${w.semicolon} `)}.` : `${head}.`;
}

/**
 * The map's sentence: the range of the countries drawn, then the focus's value and place.
 * `mapSentence('2023', bars, 27, { geo: 'FR', label: 'France' }, 'fr')` → `En 2023, la part va de
 * 6,12 % (Roumanie) à 37,20 % (Irlande) ; France : 13,43 %, 24e rang sur 27.` The values have
 * `decimals`, their series', two unless said.
 */
export function mapSentence(
	period: string,
	bars: readonly RankedFigure[],
	ranked: number,
	focus: { geo: string; label: string },
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	const w = tSentence(locale);
	const top = bars[0];
	const bottom = bars.at(-1);
	if (!top || !bottom) return w.noValue;
	const v = (x: number) => formatValue(x, locale, { decimals });
	const head = w.mapHead(
		formatPeriod(period, locale),
		v(bottom.value),
		bottom.label,
		v(top.value),
		top.label
	);
	const me = bars.find((b) => b.geo === focus.geo);
	return me
		? `${head}${w.semicolon} ${w.mapFocus(focus.label, v(me.value), rankPlace(me.rank, ranked, me.tied, locale))}.`
		: `${head}.`;
}

/**
 * The gap view's sentence: the gap at the first and last periods where both have a value, and
 * the period where it was narrowest. `gapViewSentence([{ period: '2013', gap: -2.47 }, …], 'fr')`
 * → `L’écart entre la France et la moyenne de l’UE à 27 passe de −2,47 pts en 2013 à −4,39 pts en 2025 ; il était le plus faible en 2015 (+0,24 pt).`
 * The gaps have `decimals`, those of the values they are differences of, two unless said.
 */
export function gapViewSentence(
	gaps: readonly { period: string; gap: number | null }[],
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	const w = tSentence(locale);
	const known = gaps
		.filter((g): g is { period: string; gap: number } => g.gap !== null)
		.sort((a, b) => comparePeriods(a.period, b.period));
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return w.noValue;
	const p = (x: string) => formatPeriod(x, locale);
	if (first === last)
		return `${w.gapOne(points(last.gap, locale, true, decimals), p(last.period))}.`;
	const head = w.gapHead(
		points(first.gap, locale, true, decimals),
		p(first.period),
		points(last.gap, locale, true, decimals),
		p(last.period)
	);
	// Narrowest: the gap closest to zero, the latest such period on a tie.
	const narrowest = known.reduce((best, g) => (Math.abs(g.gap) <= Math.abs(best.gap) ? g : best));
	return narrowest === first || narrowest === last
		? `${head}.`
		: `${head}${w.semicolon} ${w.gapNarrowest(points(narrowest.gap, locale, true, decimals), p(narrowest.period))}.`;
}

/** What the target tracker shows of one unit, as its sentence needs it (from kpi's Assessment). */
export interface TrackerFacts {
	gapStart: number | null;
	gapNow: number | null;
	periods: { start: string | null; now: string | null; deadline: string };
	outcome: 'met' | 'missed' | 'pending' | 'unknown' | null;
}

/**
 * The target tracker's sentence: the unit's gap to `reference` (what the target's rule measures it
 * to: the EU average each year, or a frozen or fixed target value) at the start and at the latest
 * point up to the deadline, then the outcome. `who` is the unit as a complement (`la France`).
 * `trackerSentence('la France', { gapStart: -1.11, gapNow: -1.36, periods: { start: '2016', now:
 * '2019', deadline: '2019' }, outcome: 'missed' }, 'fr', 'la moyenne de l’UE à 27')` → `L’écart de
 * la France à la moyenne de l’UE à 27 passe de −1,11 pt en 2016 à −1,36 pt en 2019 : objectif
 * manqué à l’échéance (2019).`
 */
export function trackerSentence(
	who: string,
	a: TrackerFacts,
	locale: Locale,
	reference: string
): string {
	const w = tSentence(locale);
	const { start, now, deadline } = a.periods;
	if (a.gapStart === null || a.gapNow === null || start === null || now === null)
		return w.trackerNone(who);
	const colon = colonIn(locale);
	const p = (x: string) => formatPeriod(x, locale);
	const head = w.trackerHead(
		who,
		reference,
		points(a.gapStart, locale),
		p(start),
		points(a.gapNow, locale),
		p(now)
	);
	return a.outcome ? `${head}${colon} ${w.trackerOutcome[a.outcome](p(deadline))}.` : `${head}.`;
}
