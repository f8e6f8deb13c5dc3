/**
 * One comparison view (trend, ranking, map or gap) computed alone from the comparison page's rows
 * and a state of its address, for the report and the embeds: the same figures as /comparer/, with
 * no controls around them. Pure: the view component only draws what this returns.
 */
import {
	gapViewSentence,
	mapSentence,
	rankingSentence,
	trendSentence
} from '../../charts/core/sentence';
import { tSentence } from '../../i18n/sentence';
import type { Locale } from '../../domain/codes';
import { labelOf } from '../../domain/codes';
import { EU27_2020_MEMBERS, geoKind } from '../../domain/geo';
import type { Observation } from '../../domain/observation';
import type { TrendInput } from '../../charts/trend/series';
import { rankFigures, type Ranking } from '../../charts/ranking/series';
import { gapSeries, type GapPoint } from '../../charts/gap/series';
import { decodeState, FOCUS, TABS, type ComparisonState, type Tab } from '../../state/comparison';
import {
	chooseSeries,
	defaultYear,
	periodsOf,
	columnsSeriesIndex,
	joinIndexes,
	seriesIndex,
	seriesOptions,
	seriesRows as seriesRowsOf,
	type SeriesChoice,
	type SeriesIndex
} from '../../state/options';
import type { ObservationColumns } from '../../data/ingest/columns';

export const REFERENCE = 'EU27_2020';

/** A bundled file as the comparison page describes it. */
export interface ComparisonSource {
	dataset: string;
	file: string;
	title: { fr: string; en: string };
	publisher: string;
	url: string | null;
	retrievedAt: string;
	synthetic: boolean;
}

/**
 * Imported files as comparison sources, so that a series read from one names its file.
 * `importedSources([{ dataset: 'isoc_ec_esels', file: 'mine.csv', importedAt: '2026-11-23T…',
 * synthetic: false }])[0].title.fr` → `fichier importé le 2026-11-23`
 */
export function importedSources(
	datasets: readonly { dataset: string; file: string; importedAt: string; synthetic: boolean }[]
): ComparisonSource[] {
	return datasets.map((d) => {
		const day = d.importedAt.slice(0, 10);
		return {
			dataset: d.dataset,
			file: d.file,
			title: { fr: `fichier importé le ${day}`, en: `file imported on ${day}` },
			publisher: d.file,
			url: null,
			retrievedAt: day,
			synthetic: d.synthetic
		};
	});
}

/** What the comparison loader of report-data.server.ts returns (as /comparer/ does). */
export interface ComparisonData {
	rows: Observation[];
	sources: ComparisonSource[];
}

/** Messages the view needs (a subset of tComparison). */
export interface ComparisonWords {
	euAverage: string;
	trendTitle: (series: string) => string;
	rankingTitle: (year: string) => string;
	mapTitle: (year: string) => string;
	gapTitle: string;
}

export interface ComparisonFigures {
	tab: Tab;
	series: SeriesChoice;
	/** True when the series comes from an illustrative (synthetic) file. */
	synthetic: boolean;
	title: string;
	year: string;
	/** The peers of the state that this series has, in the state's order. */
	peers: string[];
	trend: TrendInput[];
	ranking: Ranking;
	reference: { label: string; value: number | null };
	mapValues: { geo: string; value: number | null; flags: string; confStatus: string | null }[];
	mapScale: (number | null)[];
	gaps: GapPoint[];
	source: ComparisonSource | null;
	/** The view's plain sentence (charts/core/sentence.ts), from the figures it draws. */
	sentence: string;
}

/** Peer lines: the same darkened Okabe–Ito hues and dashes as the comparison page. */
const PEER_STYLES = [
	{ stroke: '#a84b00', text: '#a84b00', dash: '6 3' },
	{ stroke: '#00735c', text: '#00735c', dash: '2 3' },
	{ stroke: '#9b3d78', text: '#9b3d78', dash: '9 3 2 3' },
	{ stroke: '#6b5d00', text: '#6b5d00', dash: '4 2' },
	{ stroke: '#2f6a9a', text: '#2f6a9a', dash: '12 4' },
	{ stroke: '#5a6172', text: '#5a6172', dash: '1 3' }
];

/** The geos a comparison ranks and draws: countries and aggregates (regions are elsewhere). */
export function comparableGeo(geo: string): boolean {
	const kind = geoKind(geo);
	return kind === 'country' || kind === 'aggregate';
}

/**
 * The series a comparison offers, from the bundled rows and imported columns at once (each
 * imported file grouped column-wise, so a large one never becomes a million objects).
 * `comparableSeries(data.rows, imported.datasets.map((d) => d.columns))`
 */
export function comparableSeries(
	bundled: readonly Observation[],
	imported: readonly ObservationColumns[]
): SeriesIndex {
	return joinIndexes([
		seriesIndex(bundled, (r) => comparableGeo(r.geo)),
		...imported.map((columns) => columnsSeriesIndex(columns, comparableGeo))
	]);
}

/**
 * The figures of one comparison view for a state; `null` when no series can be compared.
 * `comparisonFigures(comparableSeries(rows, []), sources, { ...defaultState(), tab: 'ranking',
 * year: '2015' }, words, 'fr')?.ranking.bars[0]` → the first EU member of 2015 with its value.
 */
export function comparisonFigures(
	index: SeriesIndex,
	sources: readonly ComparisonSource[],
	state: ComparisonState,
	words: ComparisonWords,
	locale: Locale
): ComparisonFigures | null {
	const syntheticSets = new Set(sources.filter((s) => s.synthetic).map((s) => s.dataset));
	const series = chooseSeries(seriesOptions(index, syntheticSets), state);
	if (!series) return null;
	const seriesRows = seriesRowsOf(index, series);
	const periods = periodsOf(seriesRows);
	const geos = new Set(seriesRows.map((r) => r.geo));
	const label = (geo: string) =>
		geo === REFERENCE ? words.euAverage : labelOf('geo', geo, locale);
	const figuresOf = (geo: string) =>
		seriesRows
			.filter((r) => r.geo === geo)
			.map((r) => ({ period: r.period, value: r.value, flags: r.flags, confStatus: r.confStatus }));
	const year =
		state.year && periods.includes(state.year)
			? state.year
			: (defaultYear(seriesRows, FOCUS, REFERENCE) ?? '');
	const peers = state.peers.filter((g) => g !== FOCUS && geos.has(g));

	const trend: TrendInput[] = [
		{ geo: FOCUS, label: label(FOCUS), emphasis: 'focus', points: figuresOf(FOCUS) },
		...(peers.includes(REFERENCE)
			? [
					{
						geo: REFERENCE,
						label: label(REFERENCE),
						emphasis: 'reference' as const,
						points: figuresOf(REFERENCE)
					}
				]
			: []),
		...peers
			.filter((g) => g !== REFERENCE)
			.map((geo, i) => ({
				geo,
				label: label(geo),
				emphasis: 'peer' as const,
				points: figuresOf(geo),
				style: PEER_STYLES[i % PEER_STYLES.length]
			}))
	];
	const ranking = rankFigures(
		year,
		EU27_2020_MEMBERS.map((geo) => {
			const r = seriesRows.find((o) => o.geo === geo && o.period === year);
			return {
				geo,
				label: label(geo),
				value: r?.value ?? null,
				flags: r?.flags ?? '',
				confStatus: r?.confStatus ?? null
			};
		}).filter((f) => f.value !== null || f.flags !== '' || geos.has(f.geo)),
		EU27_2020_MEMBERS
	);
	const referenceValue =
		seriesRows.find((r) => r.geo === REFERENCE && r.period === year)?.value ?? null;
	const countries = seriesRows.filter((r) => geoKind(r.geo) === 'country');
	const title =
		state.tab === 'trend'
			? words.trendTitle(labelOf('indicator', series.indicator, locale))
			: state.tab === 'ranking'
				? words.rankingTitle(year)
				: state.tab === 'map'
					? words.mapTitle(year)
					: words.gapTitle;
	const gaps = gapSeries(figuresOf(FOCUS), figuresOf(REFERENCE));
	const focus = { geo: FOCUS, label: labelOf('geo', FOCUS, locale) };
	const sentence =
		state.tab === 'trend'
			? trendSentence(trend[0]!, trend.slice(1), locale)
			: state.tab === 'ranking'
				? rankingSentence(
						year,
						ranking.bars,
						ranking.ranked,
						{ geo: FOCUS, label: tSentence(locale).france },
						referenceValue,
						locale
					)
				: state.tab === 'map'
					? mapSentence(year, ranking.bars, ranking.ranked, focus, locale)
					: gapViewSentence(gaps, locale);
	return {
		tab: state.tab,
		series,
		synthetic: syntheticSets.has(series.dataset),
		title,
		year,
		peers,
		trend,
		ranking,
		reference: { label: words.euAverage, value: referenceValue },
		mapValues: countries
			.filter((r) => r.period === year)
			.map((r) => ({ geo: r.geo, value: r.value, flags: r.flags, confStatus: r.confStatus })),
		mapScale: countries.map((r) => r.value),
		gaps,
		source: sources.find((s) => s.dataset === series.dataset) ?? null,
		sentence
	};
}

/**
 * The state an embed shows: the tab of the view, the chart, and what its address says; without
 * an address (prerendered, or before hydration) the comparison page's default state.
 * `embedState('ranking', '?year=2015&tab=map')` → `{ tab: 'ranking', view: 'chart', year: '2015', … }`
 */
export function embedState(tab: string | undefined, search: string): ComparisonState {
	return { ...decodeState(search), tab: tabOf(tab), view: 'chart' };
}

/** A view's tab from its registry params; anything else is the trend. `tabOf('map')` → `map` */
export function tabOf(tab: string | undefined): Tab {
	return (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'trend';
}
