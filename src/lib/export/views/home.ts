/**
 * The home page's figures as the export layer needs them: the trend chart's input, the rows of
 * its CSV and its flag legend, computed once so the page, the report and the embed agree.
 */
import type { TrendInput } from '../../charts/trend/series';
import type { Locale } from '../../domain/locale';
import { flagMeaning } from '../../domain/flags';
import { FOCUS_GEO, REFERENCE_GEO } from '../../domain/headline';
import type { HeadlineComparison } from '../../data/queries/headline';
import type { SeriesRow } from '../../data/queries/series';
import { t } from '../../i18n/messages';
import { tExport } from '../../i18n/export';
import type { CsvColumn } from '../csv';
import type { FlagLegendEntry } from '../svg';

/** What the home page's server load returns, and what the home views of a report receive. */
export interface HomeData {
	comparison: HeadlineComparison;
	rows: SeriesRow[];
	source: {
		file: string;
		dataset: string;
		title: { fr: string; en: string };
		source: { publisher: string; url: string | null };
		retrievedAt: string;
		lastUpdate: string | null;
	};
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
 * The source line of the home series, as printed under the chart and in exported pictures.
 * `homeSource(data.source, 'fr')` → `Source : Eurostat, tableau tin00111 (…), version publiée en 2025`
 */
export function homeSource(source: HomeData['source'], locale: Locale): string {
	const m = t(locale);
	const colon = locale === 'fr' ? ' :' : ':';
	return `${m.source}${colon} ${source.source.publisher}, ${m.table} ${source.dataset} (${source.title[locale]}), ${m.retrieved(source.retrievedAt)}`;
}

/** The date of the data in words. `homeDataDate(source, 'en')` → `Data: as published in 2025` */
export function homeDataDate(source: HomeData['source'], locale: Locale): string {
	const when = source.lastUpdate
		? `${t(locale).retrieved(source.retrievedAt)} (${tExport(locale).lastUpdate(source.lastUpdate)})`
		: t(locale).retrieved(source.retrievedAt);
	return tExport(locale).dataDate(when);
}
