/**
 * The home page's figures as the export layer needs them: the trend chart's input, the rows of
 * its CSV and its flag legend, computed once so the page, the report and the embed agree.
 */
import { colon as colonIn } from '../../i18n/punctuation';
import type { TrendInput } from '../../charts/trend/series';
import { headlineSentence } from '../../charts/core/sentence';
import { comparePeriods } from '../../domain/period';
import { pointsBetween } from '../../domain/points';
import type { Bilingual, Locale } from '../../domain/locale';
import { flagMeaning } from '../../i18n/flags';
import { FOCUS_GEO, REFERENCE_GEO } from '../../domain/headline';
import {
	DEFAULT_POPULATION,
	POPULATION_PARAM,
	populationOf,
	type Population
} from '../../domain/population';
import type { HeadlineComparison } from '../../data/queries/headline';
import type { SeriesRow } from '../../data/queries/series';
import { assess, type Assessment } from '../../kpi/measures';
import type { Target } from '../../kpi/targets';
import type { TimelineEvent } from '../../kpi/events';
import { ANNOTATION_PARAM, EVENTS_PARAM } from '../../state/timeline';
import { t } from '../../i18n/messages';
import { tExport } from '../../i18n/export';
import { tHome } from '../../i18n/home';
import type { CsvColumn } from '../csv';
import type { FlagLegendEntry } from '../svg';

/** The file a series was read from, as source lines print it. */
export interface HomeSource {
	file: string;
	dataset: string;
	title: { fr: string; en: string };
	source: { publisher: string; url: string | null };
	retrievedAt: string;
	lastUpdate: string | null;
}

/** A gap (France − EU, points, 2 decimals) at one survey. */
export interface DatedGap {
	period: string;
	gap: number;
}

/** Everything the home page shows for one population, every figure from one file. */
export interface HomeFigures {
	population: Population;
	comparison: HeadlineComparison;
	rows: SeriesRow[];
	/** Whether another EU member has France's value in the compared period (rank shared). */
	tied: boolean;
	/** The gap at the previous survey where both have a value, before `comparison.period`. */
	previous: DatedGap | null;
	/** The gap at the target's baseline survey (2016 for the CNNum plan), when both have a value. */
	baseline: DatedGap | null;
	/** The target's assessment on this population's series; `null` without a target. */
	verdict: Assessment | null;
	source: HomeSource;
}

/**
 * The address parameters the home trend keeps (in reports, embeds, links): the population and
 * the timeline's markers. `pickChoices('pop=GE10&x=1&ann=2020~Covid', HOME_TREND_KEYS)` → `pop=GE10&ann=2020~Covid`
 */
export const HOME_TREND_KEYS = [POPULATION_PARAM, EVENTS_PARAM, ANNOTATION_PARAM] as const;

/** What the home page's server load returns, and what the home views of a report receive. */
export interface HomeData {
	/** The target the home page leads with (the first of data/targets.json): its name and years. */
	target: { id: string; name: Bilingual; baseline: string; deadline: string } | null;
	/** One entry per population, SMEs first. */
	populations: HomeFigures[];
	/** The events of `data/events.json` the trend marks (none when absent). */
	events?: TimelineEvent[];
}

/**
 * The figures of one population, the default (SMEs) when it is absent.
 * `homeFigures(data, 'GE10').comparison.focus?.value` → `16.04`
 */
export function homeFigures(data: HomeData, population: string | null | undefined): HomeFigures {
	const wanted = populationOf(population);
	return (
		data.populations.find((p) => p.population === wanted) ??
		data.populations.find((p) => p.population === DEFAULT_POPULATION) ??
		data.populations[0]!
	);
}

/**
 * The gap at each period where France and the EU both have a value, oldest first.
 * `gapsOf(rows)` → `[{ period: '2010', gap: -0.95 }, …, { period: '2025', gap: -4.39 }]`
 */
export function gapsOf(rows: readonly SeriesRow[]): DatedGap[] {
	const eu = new Map(
		rows.filter((r) => r.geo === REFERENCE_GEO && r.value !== null).map((r) => [r.period, r.value!])
	);
	return rows
		.filter((r) => r.geo === FOCUS_GEO && r.value !== null && eu.has(r.period))
		.map((r) => ({ period: r.period, gap: pointsBetween(r.value!, eu.get(r.period)!) }))
		.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The gap at the survey before `period` where both have a value (a survey without both is skipped,
 * and the sentence then names the year it compares with). `previousGap(rows, '2025')` → `{ period: '2024', gap: -6.24 }`
 */
export function previousGap(rows: readonly SeriesRow[], period: string | null): DatedGap | null {
	if (period === null) return null;
	return (
		gapsOf(rows)
			.filter((g) => comparePeriods(g.period, period) < 0)
			.at(-1) ?? null
	);
}

/**
 * Surveys after `from`, up to `to`, where France's or the EU average's series breaks (Eurostat's
 * `b`): a change across one compares figures measured differently, and says so.
 * `breaksBetween(rows, '2016', '2025')` → `['2022']`
 */
export function breaksBetween(rows: readonly SeriesRow[], from: string, to: string): string[] {
	const periods = rows
		.filter(
			(r) =>
				(r.geo === FOCUS_GEO || r.geo === REFERENCE_GEO) &&
				r.flags.includes('b') &&
				comparePeriods(r.period, from) > 0 &&
				comparePeriods(r.period, to) <= 0
		)
		.map((r) => r.period);
	return [...new Set(periods)].sort(comparePeriods);
}

/** The gap at one survey, or null. `gapAt(rows, '2016')` → `{ period: '2016', gap: -1.11 }` */
export function gapAt(rows: readonly SeriesRow[], period: string): DatedGap | null {
	return gapsOf(rows).find((g) => g.period === period) ?? null;
}

/**
 * The target's verdict on the home series: the one call to the target measures, so that the home
 * page follows whatever kpi/ judges. `homeVerdict(rows, cnnum)?.outcome` → `missed`
 */
export function homeVerdict(rows: readonly SeriesRow[], target: Target): Assessment {
	const points = (geo: string) =>
		rows
			.filter((r) => r.geo === geo)
			.map((r) => ({ period: r.period, value: r.value, flags: r.flags }));
	const periods = rows
		.filter((r) => r.value !== null)
		.map((r) => r.period)
		.sort(comparePeriods);
	return assess({
		unit: points(FOCUS_GEO),
		reference: points(REFERENCE_GEO),
		target,
		lastDataPeriod: periods.at(-1) ?? null
	});
}

/**
 * The home chart's title with the years it spans. `homeChartTitle(rows, 'en')` → `France and the EU average, 2010–2025`
 */
export function homeChartTitle(rows: readonly SeriesRow[], locale: Locale): string {
	const periods = rows.map((r) => r.period).sort(comparePeriods);
	return tHome(locale).chartTitle(periods[0] ?? '', periods.at(-1) ?? '');
}

/**
 * The home chart's sentence, from the figures the cards show.
 * `homeSentence(figures, 'fr')` → `En 2025, 15,20 % des PME françaises … la France est au 21e rang sur 27, à −4,39 pts de la moyenne, un écart réduit de 1,85 pt depuis 2024.`
 */
export function homeSentence(f: HomeFigures, locale: Locale): string | null {
	const c = f.comparison;
	if (
		c.period === null ||
		!c.focus ||
		!c.reference ||
		c.focus.value === null ||
		c.reference.value === null
	)
		return null;
	return headlineSentence(
		{
			population: f.population,
			period: c.period,
			focus: c.focus.value,
			reference: c.reference.value,
			rank: c.rank === null ? null : { rank: c.rank, of: c.ranked, tied: f.tied },
			previous: f.previous
		},
		locale
	);
}

/** Label of a home series. `homeLabel('FR', 'en')` → `France` */
export function homeLabel(geo: string, locale: Locale): string {
	const m = t(locale);
	return geo === FOCUS_GEO ? m.france : geo === REFERENCE_GEO ? m.euAverage : geo;
}

/**
 * France and the EU average as the trend chart takes them.
 * `homeTrend(rows, 'fr')` → `[{ geo: 'FR', label: 'France', emphasis: 'focus', points }, { geo: 'EU27_2020', ... }]`
 */
export function homeTrend(rows: readonly SeriesRow[], locale: Locale): TrendInput[] {
	return [FOCUS_GEO, REFERENCE_GEO].map((geo) => ({
		geo,
		label: homeLabel(geo, locale),
		emphasis: geo === FOCUS_GEO ? ('focus' as const) : ('reference' as const),
		points: rows
			.filter((r) => r.geo === geo)
			.map((r) => ({ period: r.period, value: r.value, flags: r.flags, confStatus: r.confStatus }))
	}));
}

/** Columns of the trend's CSV, flags in their own column. */
export function trendColumns(): CsvColumn[] {
	const fr = tExport('fr').columns;
	const en = tExport('en').columns;
	return (['geo', 'label', 'period', 'value', 'flags'] as const).map((key) => ({
		key,
		fr: fr[key],
		en: en[key]
	}));
}

/**
 * One CSV row per point of the chart, France first, missing values kept (empty value, their flag).
 * `trendRows(rows, 'fr')[0]` → `{ geo: 'FR', label: 'France', period: '2013', value: 13.6, flags: '' }`
 */
export function trendRows(
	rows: readonly SeriesRow[],
	locale: Locale
): Record<string, string | number | null>[] {
	return [FOCUS_GEO, REFERENCE_GEO].flatMap((geo) =>
		rows
			.filter((r) => r.geo === geo)
			.map((r) => ({
				geo: r.geo,
				label: homeLabel(geo, locale),
				period: r.period,
				value: r.value,
				flags: `${r.flags}${r.confStatus ?? ''}`
			}))
	);
}

/**
 * The flags the rows carry, each with its meaning, for the picture's legend.
 * `flagLegend([{ flags: 'bu' }, { flags: 'b' }], 'en')` → `[{ flag: 'b', meaning: 'break in time series' }, { flag: 'u', ... }]`
 */
export function flagLegend(rows: readonly { flags: string }[], locale: Locale): FlagLegendEntry[] {
	const letters = [...new Set(rows.flatMap((r) => [...r.flags]))].sort();
	return letters.map((flag) => ({ flag, meaning: flagMeaning(flag, locale) }));
}

/**
 * When a bundled table's figures were published, in words: the day it was downloaded (or the year
 * it was published), with the publisher's own update date when the file carries one.
 * `sourceDate({ retrievedAt: '2026', lastUpdate: '2026-02-27T11:00:00' }, 'fr')` →
 * `version publiée en 2026 (mise à jour 2026-02-27)`
 */
export function sourceDate(
	source: { retrievedAt: string; lastUpdate?: string | null },
	locale: Locale
): string {
	const retrieved = t(locale).retrieved(source.retrievedAt);
	return source.lastUpdate
		? `${retrieved} (${tExport(locale).lastUpdate(source.lastUpdate.slice(0, 10))})`
		: retrieved;
}

/**
 * The source line of the home series, with the date of its figures; an export printing that date
 * on a line of its own (`homeDataDate`: pictures, workbooks) asks for it `{ dated: false }`.
 * `homeSource(data.source, 'fr')` → `Source : Eurostat, tableau isoc_ec_esels (…), version publiée en 2026 (mise à jour Eurostat 2026-02-27)`
 */
export function homeSource(
	source: HomeSource,
	locale: Locale,
	{ dated = true }: { dated?: boolean } = {}
): string {
	const m = t(locale);
	const colon = colonIn(locale);
	const line = `${m.source}${colon} ${source.source.publisher}, ${m.table} ${source.dataset} (${source.title[locale]})`;
	return dated ? `${line}, ${sourceDate(source, locale)}` : line;
}

/** The date of the data in words. `homeDataDate(source, 'en')` → `Data: as published in 2026 (updated 2026-02-27)` */
export function homeDataDate(source: HomeSource, locale: Locale): string {
	return tExport(locale).dataDate(sourceDate(source, locale));
}
