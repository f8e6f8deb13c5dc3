/**
 * The by-size view's figures as the page, its embed, its report views and its exports need them:
 * panels, sentence, table rows, CSV rows and source line, computed once so that all agree.
 */
import {
	BY_SIZE_CLASSES,
	gapSeries,
	sizeGaps,
	toPanels,
	type SizePanel,
	type SizeRow
} from '../../charts/bysize/series';
import { formatPercentPoints, formatValue } from '../../charts/core/format';
import { bySizeSentence } from '../../charts/core/sentence';
import type { Column, TableRow } from './table-rows';
import type { Locale } from '../../domain/codes';
import { FOCUS_GEO, REFERENCE_GEO } from '../../domain/headline';
import { tBySize } from '../../i18n/bysize';
import type { CsvColumn } from '../csv';
import type { TimelineEvent } from '../../kpi/events';
import { ANNOTATION_PARAM, EVENTS_PARAM } from '../../state/timeline';
import type { FlagLegendEntry } from '../svg';
import { flagLegend, homeDataDate, homeSource, type HomeSource } from './home';

/**
 * The published series the view reads: E_ESELL, % of enterprises, all activities except the
 * financial sector, from the one bundled dataset that has every size class. Kept in one place so
 * that the population/vintage model (newest vintage of each series) can take it over.
 */
export const BY_SIZE_SERIES = {
	dataset: 'isoc_ec_esels',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	nace: 'C10-S951_X_K'
} as const;

/** What the by-size loader returns: every row of France and the EU per class, and the source. */
export interface BySizeData {
	rows: SizeRow[];
	source: HomeSource;
	/** The events of `data/events.json` each panel marks (none when absent). */
	events?: TimelineEvent[];
}

/**
 * The address parameters the by-size chart keeps (in reports, embeds, links): the timeline's
 * markers. `pickChoices('tab=x&ev=0', BY_SIZE_KEYS)` → `ev=0`
 */
export const BY_SIZE_KEYS = [EVENTS_PARAM, ANNOTATION_PARAM] as const;

/** The panels drawn, in reading order. `bySizePanels(data)[0].sizeClass` → `10-49` */
export function bySizePanels(data: BySizeData): SizePanel[] {
	return toPanels(data.rows, BY_SIZE_CLASSES, FOCUS_GEO, REFERENCE_GEO);
}

/**
 * The chart's sentence. `bySizeText(data, 'fr')` → `En 2025, l’écart entre la France et la moyenne
 * de l’UE à 27 va de −5,01 pts (10 à 49 personnes) à +2,42 pts (250 personnes ou plus) ; pour les
 * PME (10 à 249 personnes), il est de −4,39 pts.`
 */
export function bySizeText(data: BySizeData, locale: Locale): string {
	return bySizeSentence(sizeGaps(bySizePanels(data)), locale);
}

const pct = (v: number | null, locale: Locale) => (v === null ? '—' : formatValue(v, locale));

/**
 * The table tab: one row per size class and survey year, France, the EU and the gap, flags kept.
 * `bySizeTable(panels, 'en').rows[0].cells.size.text` → `10–49 persons`
 */
export function bySizeTable(
	panels: readonly SizePanel[],
	locale: Locale
): { columns: Column[]; rows: TableRow[] } {
	const w = tBySize(locale);
	const columns: Column[] = [
		{ id: 'size', label: w.sizeClass },
		{ id: 'period', label: w.period },
		{ id: 'fr', label: w.france, numeric: true },
		{ id: 'eu', label: w.euAverage, numeric: true },
		{ id: 'gap', label: w.gap, numeric: true }
	];
	const rows = panels.flatMap((p, order) => {
		const ref = new Map(p.reference.map((q) => [q.period, q]));
		const gaps = new Map(gapSeries(p).map((g) => [g.period, g.gap]));
		const periods = [...new Set([...p.focus, ...p.reference].map((q) => q.period))].sort();
		return periods.map((period): TableRow => {
			const f = p.focus.find((q) => q.period === period);
			const r = ref.get(period);
			const gap = gaps.get(period) ?? null;
			return {
				key: `${p.sizeClass}|${period}`,
				cells: {
					size: { text: w.classLabel[p.sizeClass] ?? p.sizeClass, sort: order },
					period: { text: period, sort: period },
					fr: {
						text: pct(f?.value ?? null, locale),
						sort: f?.value ?? null,
						flags: f?.flags ?? '',
						confStatus: f?.confStatus ?? null
					},
					eu: {
						text: pct(r?.value ?? null, locale),
						sort: r?.value ?? null,
						flags: r?.flags ?? '',
						confStatus: r?.confStatus ?? null
					},
					gap: { text: gap === null ? '—' : formatPercentPoints(gap, locale), sort: gap }
				}
			};
		});
	});
	return { columns, rows };
}

/** Columns of the by-size CSV, flags in their own columns. */
export function bySizeCsvColumns(): CsvColumn[] {
	const fr = tBySize('fr');
	const en = tBySize('en');
	const col = (key: string, f: string, e: string) => ({ key, fr: f, en: e });
	return [
		col('size_emp', 'size_emp', 'size_emp'),
		col('size_label', fr.sizeClass, en.sizeClass),
		col('period', fr.period, en.period),
		col('france', 'France (%)', 'France (%)'),
		col('france_flags', 'France (indicateurs de statut)', 'France (flags)'),
		col('eu', 'EU27_2020 (%)', 'EU27_2020 (%)'),
		col('eu_flags', 'EU27_2020 (indicateurs de statut)', 'EU27_2020 (flags)'),
		col('gap', fr.gap, en.gap)
	];
}

/**
 * One CSV row per size class and year, missing values kept empty with their flags.
 * `bySizeCsvRows(panels, 'fr')[0]` → `{ size_emp: '10-49', size_label: '10 à 49 personnes', period: '2010', france: 9.87, … }`
 */
export function bySizeCsvRows(
	panels: readonly SizePanel[],
	locale: Locale
): Record<string, string | number | null>[] {
	const w = tBySize(locale);
	return panels.flatMap((p) => {
		const ref = new Map(p.reference.map((q) => [q.period, q]));
		const gaps = new Map(gapSeries(p).map((g) => [g.period, g.gap]));
		const periods = [...new Set([...p.focus, ...p.reference].map((q) => q.period))].sort();
		return periods.map((period) => {
			const f = p.focus.find((q) => q.period === period);
			const r = ref.get(period);
			return {
				size_emp: p.sizeClass,
				size_label: w.classLabel[p.sizeClass] ?? p.sizeClass,
				period,
				france: f?.value ?? null,
				france_flags: `${f?.flags ?? ''}${f?.confStatus ?? ''}`,
				eu: r?.value ?? null,
				eu_flags: `${r?.flags ?? ''}${r?.confStatus ?? ''}`,
				gap: gaps.get(period) ?? null
			};
		});
	});
}

/** Source line, date of data and flag legend of the view, as exports print them. */
export function bySizeFooter(
	data: BySizeData,
	locale: Locale
): { source: string; dataDate: string; flags: FlagLegendEntry[] } {
	return {
		source: homeSource(data.source, locale, { dated: false }),
		dataDate: homeDataDate(data.source, locale),
		flags: flagLegend(data.rows, locale)
	};
}
