/**
 * One comparison view (trend, ranking, map or gap) computed alone from the comparison page's rows
 * and a state of its address, for the report and the embeds: the same figures as /comparer/, with
 * no controls around them. Pure: the view component only draws what this returns.
 */
import { colon as colonIn } from '../../i18n/punctuation';
import {
	gapViewSentence,
	mapSentence,
	rankingSentence,
	trendSentence
} from '../../charts/core/sentence';
import { tSentence } from '../../i18n/sentence';
import { seriesDecimals } from '../../charts/core/format';
import type { Locale } from '../../domain/locale';
import {
	PEER_BASELINE,
	seriesByGeo,
	setPeers,
	whoCaughtUp,
	type CatchUpRow
} from '../../kpi/peers';
import { tExplore } from '../../i18n/explore';
import { labelOf } from '../../domain/codes';
import { EU27_2020_MEMBERS, geoKind, RANKING_GROUPS } from '../../domain/geo';
import {
	DEFAULT_POPULATION,
	isPopulation,
	resolveSeries,
	type ResolvedSeries
} from '../../domain/population';
import { tPopulation, vintageText } from '../../i18n/population';
import type { Observation } from '../../domain/observation';
import { PEER_LINES } from '../../charts/core/theme';
import type { TrendInput } from '../../charts/trend/series';
import { rankFigures, rankOf, rankText, type Ranking } from '../../charts/ranking/series';
import { gapSeries, type GapPoint } from '../../charts/gap/series';
import {
	decodeState,
	FOCUS,
	TABS,
	type ComparisonState,
	type Group,
	type Tab
} from '../../state/comparison';
import {
	chooseSeries,
	defaultYear,
	periodsOf,
	columnsSeriesIndex,
	joinIndexes,
	packedSeriesIndex,
	seriesIndex,
	seriesGroup,
	optionsOfSeries,
	seriesOptions,
	seriesRows as seriesRowsOf,
	withOrigin,
	type SeriesChoice,
	type SeriesGroup,
	type SeriesIndex
} from '../../state/options';
import {
	observationsOf,
	ownDimensionMask,
	unpackColumns,
	type ObservationColumns,
	type PackedColumns
} from '../../data/ingest/columns';
import { withoutOverridden } from '../../data/ingest/merge';

export const REFERENCE = 'EU27_2020';

/** Imported rows the comparison does not draw because they carry a dimension of their own. */
export interface BreakdownRows {
	rows: number;
	/** The extra dimensions' names, sorted. */
	dimensions: string[];
	files: string[];
}

/**
 * How many imported rows are broken down by a dimension of their own (a `secteur` column): the
 * series index leaves them out (`columnsSeriesIndex`), and the page says so rather than drop them
 * silently. A file without such a column costs a look at its dictionary, not at its rows.
 * `breakdownRows([{ file: 'a.csv', columns }])` → `{ rows: 2, dimensions: ['secteur'], files: ['a.csv'] }`
 */
export function breakdownRows(
	datasets: readonly { file: string; columns: ObservationColumns }[]
): BreakdownRows {
	let rows = 0;
	const dimensions = new Set<string>();
	const files: string[] = [];
	for (const { file, columns } of datasets) {
		const broken = ownDimensionMask(columns);
		if (!broken.includes(1)) continue;
		for (const e of columns.dictionaries.extra)
			if (e) for (const [name] of JSON.parse(e) as [string, string][]) dimensions.add(name);
		const codes = columns.codes.extra;
		let count = 0;
		for (let i = 0; i < columns.length; i++) count += broken[codes[i]!]!;
		if (count === 0) continue;
		rows += count;
		files.push(file);
	}
	return { rows, dimensions: [...dimensions].sort(), files };
}

/** A bundled file as the comparison page describes it. */
export interface ComparisonSource {
	dataset: string;
	file: string;
	title: { fr: string; en: string };
	publisher: string;
	url: string | null;
	retrievedAt: string;
	/** When this edition was published (Eurostat's LAST UPDATE, else the manifest's date). */
	vintage: string;
	synthetic: boolean;
	/** An imported file's id in the browser store; absent for a bundled file. */
	id?: string;
}

/** The origin of the bundled rows in a comparison's series index (imported files use their id). */
export const BUNDLED_ORIGIN = 'bundled';

/**
 * Imported files as comparison sources, so that a series read from one names its file.
 * `importedSources([{ dataset: 'isoc_ec_esels', file: 'mine.csv', importedAt: '2026-11-23T…',
 * synthetic: false }])[0].title.fr` → `fichier importé le 2026-11-23`
 */
export function importedSources(
	datasets: readonly {
		id?: string;
		dataset: string;
		file: string;
		importedAt: string;
		synthetic: boolean;
		report?: { lastUpdate: string | null };
	}[]
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
			// Eurostat's LAST UPDATE when the file has one: an imported copy of a bundled table is
			// then dated as published, not as imported.
			vintage: d.report?.lastUpdate ?? day,
			synthetic: d.synthetic,
			...(d.id !== undefined ? { id: d.id } : {})
		};
	});
}

/** What the comparison loader of report-data.server.ts returns (as /comparer/ does). */
export interface ComparisonData {
	/**
	 * Every comparable row, packed (`unpackColumns` gives them back): the page is prerendered
	 * with them, and 23,630 rows as objects made 3.6 MB of script to parse before hydrating.
	 */
	columns: PackedColumns;
	sources: ComparisonSource[];
}

/** Messages the view needs (a subset of tComparison). */
export interface ComparisonWords {
	euAverage: string;
	trendTitle: (series: string) => string;
	rankingTitle: (year: string) => string;
	mapTitle: (year: string) => string;
	gapTitle: string;
	franceRank: (rank: string, year: string) => string;
	franceMissing: (year: string) => string;
}

export interface ComparisonFigures {
	tab: Tab;
	series: SeriesChoice;
	/** The file the series is read from, why (pinned or newest), and every file that has it. */
	resolved: ResolvedSeries;
	/** True when the state pinned a file that does not publish this series (the newest is read). */
	pinIgnored: boolean;
	/** True when the series comes from an illustrative (synthetic) file. */
	synthetic: boolean;
	/** The view's title, without the population. */
	title: string;
	/** The title with whom it counts: `Classement des pays de l’UE à 28, 2015 — PME (10 à 249 …)`. */
	heading: string;
	/** Who the figures count, in words (`PME (10 à 249 personnes occupées)`). */
	population: string;
	/** The rows of the series, every geo, in file order. */
	rows: readonly Observation[];
	/** Every period of the series, oldest first. */
	periods: string[];
	year: string;
	/** The EU the ranking counts: the one asked for when its average exists that year. */
	group: Group;
	/** The EUs a ranking can count that year (EU28 only where its average is published). */
	groups: Group[];
	/** France's place, naming the EU counted: `France : 13e sur 28 en 2015 (UE à 28)`. */
	rankLine: string;
	/** The peers of the state that this series has, in the state's order (or its named set's). */
	peers: string[];
	/** The years a named set is computed on: the plan's baseline and the latest common survey. */
	setYears: { baseline: string; year: string };
	/** "Who caught up": filled on the catch-up tab only. */
	catchup: CatchUpRow[];
	trend: TrendInput[];
	ranking: Ranking;
	reference: { label: string; value: number | null };
	mapValues: {
		geo: string;
		value: number | null;
		flags: string;
		confStatus: string | null;
		imported?: string;
	}[];
	mapScale: (number | null)[];
	gaps: GapPoint[];
	/** The first of `sources`: the imported file when the series comes from imported files only. */
	source: ComparisonSource | null;
	/**
	 * Every file whose rows the series draws (a bundled table and imported files completing it),
	 * found from where the rows come, not from the dataset code an imported copy may share.
	 */
	sources: ComparisonSource[];
	/**
	 * The imported file each figure was read from, by `figureKey(geo, period)`, when the series
	 * joins several files; a figure not in it comes from the first of `sources`. Empty when the
	 * series is one file's, which its source line names.
	 */
	importedFrom: ReadonlyMap<string, string>;
	/** The view's plain sentence (charts/core/sentence.ts), from the figures it draws. */
	sentence: string;
	/**
	 * The decimals every view writes the series' values and gaps with: those it is published with
	 * (`seriesDecimals` over every geo and period), so E_AESELL's whole percentages read `14 %`.
	 */
	decimals: number;
}

/** The geos a comparison ranks and draws: countries and aggregates (regions are elsewhere). */
export function comparableGeo(geo: string): boolean {
	const kind = geoKind(geo);
	return kind === 'country' || kind === 'aggregate';
}

/**
 * The series a comparison offers, from the bundled rows and imported columns at once (each
 * grouped column-wise, so a large file never becomes a million objects, and only the series
 * shown becomes objects). Imported files given with their id are remembered as the origin of
 * their rows, so that a series names the file it is read from even when that file carries a
 * bundled dataset code.
 * `comparableSeries(data.columns, imported.datasets)` (packed columns are grouped as they are)
 */
export function comparableSeries(
	bundled: readonly Observation[] | ObservationColumns | PackedColumns,
	imported: readonly (
		| ObservationColumns
		| { id: string; dataset?: string; columns: ObservationColumns; overrides?: readonly string[] }
	)[]
): SeriesIndex {
	// A figure an imported copy of a bundled table replaced (a conflict settled for it at import)
	// is read from that file only: the bundled row is left out, so France 2023 is never there twice.
	const replacing = imported.filter((i) => 'columns' in i);
	// Bundled columns are grouped as they are (no object per row) unless a figure is replaced.
	const overriding = replacing.some((i) => (i.overrides?.length ?? 0) > 0);
	// The page's packed columns are grouped as packed (run by run), and unpacked only when a
	// figure must be left out.
	const packed = !Array.isArray(bundled) && 'runs' in bundled ? (bundled as PackedColumns) : null;
	const asObjects = (): readonly Observation[] =>
		Array.isArray(bundled)
			? bundled
			: observationsOf(packed ? unpackColumns(packed) : (bundled as ObservationColumns));
	return joinIndexes([
		packed && !overriding
			? packedComparableIndex(packed)
			: withOrigin(
					overriding
						? seriesIndex(withoutOverridden(asObjects(), replacing, { sameTable: true }), (r) =>
								comparableGeo(r.geo)
							)
						: Array.isArray(bundled)
							? seriesIndex(bundled as readonly Observation[], (r) => comparableGeo(r.geo))
							: columnsSeriesIndex(bundled as ObservationColumns, comparableGeo),
					BUNDLED_ORIGIN
				),
		...imported.map((i) =>
			'columns' in i
				? withOrigin(columnsSeriesIndex(i.columns, comparableGeo), i.id)
				: columnsSeriesIndex(i, comparableGeo)
		)
	]);
}

// The bundled rows' index, kept per packed columns (a page's data, which never changes). The
// page works its figures out again when the imported files kept come in (grouped after it has
// drawn): the bundled series are then grouped already, and the rows of the one shown unpacked
// already (with 1M rows kept, /comparer/'s opening at CPU ×4 had a second task of 86 ms, half of
// it grouping and unpacking the bundled rows again; issue #18).
const packedIndexes = new WeakMap<PackedColumns, SeriesIndex>();

function packedComparableIndex(packed: PackedColumns): SeriesIndex {
	let index = packedIndexes.get(packed);
	if (!index) {
		index = withOrigin(packedSeriesIndex(packed, comparableGeo), BUNDLED_ORIGIN);
		packedIndexes.set(packed, index);
	}
	return index;
}

/** The key of one figure of a series (its geo and period) in `importedFrom`. */
export const figureKey = (geo: string, period: string): string => `${geo}\u0000${period}`;

/**
 * The first row of each figure (geo and period), by `figureKey`: the row a search in order
 * finds, without a search per figure. `firstRows(rows).get(figureKey('FR', '2023'))?.value` → `16.5`
 */
export function firstRows<R extends { geo: string; period: string }>(
	rows: readonly R[]
): ReadonlyMap<string, R> {
	const first = new Map<string, R>();
	for (const r of rows) {
		const key = figureKey(r.geo, r.period);
		if (!first.has(key)) first.set(key, r);
	}
	return first;
}

/**
 * The imported file of each figure of a series that joins several files (a bundled table that an
 * imported copy corrects or completes): the source line names every file, this says which figure
 * came from which. Empty when the rows come from one file, or the index does not know their files.
 * `importedFrom(seriesGroup(index, key), sources).get(figureKey('FR', '2023'))` → `esels-revise.csv`
 */
export function importedFrom(
	group: SeriesGroup | undefined,
	sources: readonly ComparisonSource[]
): ReadonlyMap<string, string> {
	const found = new Map<string, string>();
	const origins = group?.rowOrigins?.();
	if (!group || !origins || (group.origins?.length ?? 0) < 2) return found;
	const files = new Map(sources.flatMap((s) => (s.id === undefined ? [] : [[s.id, s.file]])));
	const rows = group.rows();
	// The views read the first row of a geo and period (`find`): its file is the figure's.
	const seen = new Set<string>();
	for (let i = 0; i < rows.length; i++) {
		const key = figureKey(rows[i]!.geo, rows[i]!.period);
		if (seen.has(key)) continue;
		seen.add(key);
		const file = files.get(origins[i]!);
		if (file !== undefined) found.set(key, file);
	}
	return found;
}

/**
 * The files a series' rows come from: the bundled file of its dataset code when bundled rows
 * are among them, and each imported file by its id; without origins (an index built without
 * ids), the first source of its dataset code, as before.
 * `drawnComparisonSources(['import-1'], 'isoc_ec_esels', sources)` → the imported file only
 */
export function drawnComparisonSources(
	origins: readonly string[] | undefined,
	dataset: string,
	sources: readonly ComparisonSource[]
): ComparisonSource[] {
	if (!origins) return sources.filter((s) => s.dataset === dataset).slice(0, 1);
	const bundled = origins.includes(BUNDLED_ORIGIN)
		? sources.filter((s) => s.id === undefined && s.dataset === dataset).slice(0, 1)
		: [];
	return [...bundled, ...sources.filter((s) => s.id !== undefined && origins.includes(s.id))];
}

/**
 * The series a state shows, read from one file: the options closest to what it asks (its
 * population, SMEs when it names none), then among the files publishing exactly that series
 * the pinned one, else the newest vintage (real files before illustrative ones). Two files are
 * never merged. `null` when nothing can be compared.
 * `pickComparedSeries(options, sources, defaultState())?.series.dataset` → `isoc_ec_esels`
 */
export function pickComparedSeries<O extends SeriesChoice & { synthetic?: boolean }>(
	options: readonly O[],
	sources: readonly ComparisonSource[],
	state: Pick<ComparisonState, keyof SeriesChoice>
): { series: O; resolved: ResolvedSeries; pinIgnored: boolean } | null {
	const wanted = { ...state, sizeClass: state.sizeClass ?? DEFAULT_POPULATION };
	const first = chooseSeries(options, wanted);
	if (!first) return null;
	const same = optionsOfSeries(options, first);
	// Illustrative files are candidates only when pinned or alone: never "newer" than a statistic.
	const real = same.filter((o) => !o.synthetic);
	const pool = same.some((o) => o.dataset === state.dataset) || real.length === 0 ? same : real;
	const vintageOf = (dataset: string) => sources.find((s) => s.dataset === dataset)?.vintage ?? '';
	const resolved = resolveSeries(
		first,
		pool.map((o) => ({ dataset: o.dataset, vintage: vintageOf(o.dataset) })),
		state.dataset
	)!;
	return {
		series: pool.find((o) => o.dataset === resolved.dataset)!,
		resolved,
		pinIgnored: state.dataset !== null && resolved.chosen !== 'pinned'
	};
}

/**
 * What the comparison state becomes when the reader picks a new value in one of the series
 * controls (indicator, population, sector, vintage): the closest series with that value, and the
 * pinned vintage kept only when that file publishes the new series.
 * `afterPick(options, state, current, 'sizeClass', 'GE10')` → `{ sizeClass: 'GE10', dataset: null, … }`
 */
export function afterPick(
	options: readonly SeriesChoice[],
	state: Pick<ComparisonState, 'dataset'>,
	current: SeriesChoice,
	field: 'indicator' | 'sizeClass' | 'nace' | 'dataset',
	value: string
): Partial<ComparisonState> {
	if (field === 'dataset') {
		const pinned = optionsOfSeries(options, current).some((o) => o.dataset === value);
		return pinned ? { ...current, dataset: value } : {};
	}
	const next = chooseSeries(options, { ...current, [field]: value }, [field]);
	if (!next) return {};
	const keepsPin =
		state.dataset !== null &&
		optionsOfSeries(options, next).some((o) => o.dataset === state.dataset);
	return {
		indicator: next.indicator,
		unit: next.unit,
		sizeClass: next.sizeClass,
		nace: next.nace,
		dataset: keepsPin ? state.dataset : null
	};
}

/**
 * The source line of a comparison: publisher, dataset, title and vintage, and the illustrative
 * mark; without the vintage when an export prints it on a line of its own (`{ dated: false }`).
 * `comparisonSourceLine(source, 'fr', 'données illustratives')` →
 * `Source : Eurostat, isoc_ec_esels (Ventes électroniques …). Millésime : isoc_ec_esels, mis à jour le 2026-02-27`
 */
export function comparisonSourceLine(
	source: ComparisonSource,
	locale: Locale,
	illustrative: string,
	{ dated = true }: { dated?: boolean } = {}
): string {
	const colon = colonIn(locale);
	const line = `Source${colon} ${source.publisher}, ${source.dataset} (${source.title[locale]})${source.synthetic ? `, ${illustrative}` : ''}`;
	return dated ? `${line}. ${vintageText(source.dataset, source.vintage, locale)}` : line;
}

/**
 * The source line of a comparison drawn from one or more files: each file's line, in order, each
 * a sentence (several read as one otherwise: `…le 2026-02-27 Source : mine.csv…`). `datedApart`:
 * the file whose vintage an export's date line gives (`comparisonSource`), named without it here.
 * `comparisonSourcesLine([imported], 'fr', 'données illustratives')` →
 * `Source : mine.csv, isoc_ec_esels (fichier importé le 2026-11-23). Millésime : ….`
 */
export function comparisonSourcesLine(
	sources: readonly ComparisonSource[],
	locale: Locale,
	illustrative: string,
	datedApart: Pick<ComparisonSource, 'dataset' | 'file'> | null = null
): string {
	const apart = (s: ComparisonSource) =>
		s.dataset === datedApart?.dataset && s.file === datedApart.file;
	return sources
		.map((s) => `${comparisonSourceLine(s, locale, illustrative, { dated: !apart(s) })}.`)
		.join(' ');
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
	const picked = pickComparedSeries(seriesOptions(index, syntheticSets), sources, state);
	if (!picked) return null;
	const series: SeriesChoice = {
		dataset: picked.series.dataset,
		indicator: picked.series.indicator,
		unit: picked.series.unit,
		sizeClass: picked.series.sizeClass,
		nace: picked.series.nace
	};
	const seriesRows = seriesRowsOf(index, series);
	const decimals = seriesDecimals(seriesRows.map((r) => r.value));
	const seriesOf = seriesGroup(index, series);
	const drawn = drawnComparisonSources(seriesOf?.origins, series.dataset, sources);
	const periods = periodsOf(seriesRows);
	const geos = new Set(seriesRows.map((r) => r.geo));
	const p = tPopulation(locale);
	const label = (geo: string) => comparisonGeoLabel(geo, words, locale);
	const figuresOf = (geo: string) => pointsOf(seriesRows, geo);
	const fromFiles = importedFrom(seriesOf, drawn);
	// A figure read from an imported file carries its name, for every chart's mark (the tables
	// mark their cells from `importedFrom`).
	const withFile = <T extends object>(figure: T, geo: string, period: string): T => {
		const file = fromFiles.get(figureKey(geo, period));
		return file === undefined ? figure : { ...figure, imported: file };
	};
	const drawnPoints = (geo: string) =>
		fromFiles.size === 0 ? figuresOf(geo) : figuresOf(geo).map((p) => withFile(p, geo, p.period));
	const year =
		state.year && periods.includes(state.year)
			? state.year
			: (defaultYear(seriesRows, FOCUS, REFERENCE) ?? '');
	// A named set (`set=`) is computed from the series itself: the same countries on the page, in
	// an embed and in a report. Its years: the plan's baseline and the latest common survey.
	const latest = defaultYear(seriesRows, FOCUS, REFERENCE) ?? year;
	const chosen = state.set
		? setPeers(state.set, seriesRows, {
				focus: FOCUS,
				reference: REFERENCE,
				members: EU27_2020_MEMBERS,
				year: latest
			})
		: state.peers;
	const peers = chosen.filter((g) => isPeer(g, geos));
	const catchup =
		state.tab === 'catchup'
			? whoCaughtUp(seriesByGeo(seriesRows), REFERENCE, EU27_2020_MEMBERS, PEER_BASELINE, FOCUS)
			: [];

	const trend: TrendInput[] = [
		{ geo: FOCUS, label: label(FOCUS), emphasis: 'focus', points: drawnPoints(FOCUS) },
		...(peers.includes(REFERENCE)
			? [
					{
						geo: REFERENCE,
						label: label(REFERENCE),
						emphasis: 'reference' as const,
						points: drawnPoints(REFERENCE)
					}
				]
			: []),
		...peers
			.filter((g) => g !== REFERENCE)
			.map((geo, i) => ({
				geo,
				label: label(geo),
				emphasis: 'peer' as const,
				points: drawnPoints(geo),
				style: PEER_LINES[i % PEER_LINES.length]
			}))
	];
	// Each geo's row of the year, read for every member of the ranking groups.
	const byFigure = firstRows(seriesRows);
	const ofYear = (geo: string) => byFigure.get(figureKey(geo, year));
	const valueAt = (geo: string) => ofYear(geo)?.value ?? null;
	// The EU of the time: EU28 is offered for the years where its average is published.
	const groups = RANKING_GROUPS.filter((g) => valueAt(g.code) !== null).map((g) => g.code);
	const group: Group = groups.includes(state.group) ? state.group : 'EU27_2020';
	const members = RANKING_GROUPS.find((g) => g.code === group)!.members;
	const ranking = rankFigures(
		year,
		members
			.map((geo) => {
				const r = ofYear(geo);
				const figure = {
					geo,
					label: label(geo),
					value: r?.value ?? null,
					flags: r?.flags ?? '',
					confStatus: r?.confStatus ?? null
				};
				return r ? withFile(figure, geo, year) : figure;
			})
			.filter((f) => f.value !== null || f.flags !== '' || geos.has(f.geo)),
		members
	);
	const countries = seriesRows.filter((r) => geoKind(r.geo) === 'country');
	const title =
		state.tab === 'trend'
			? words.trendTitle(labelOf('indicator', series.indicator, locale))
			: state.tab === 'ranking'
				? p.rankingTitle(year, group)
				: state.tab === 'map'
					? words.mapTitle(year)
					: state.tab === 'catchup'
						? tExplore(locale).catchupTitle(PEER_BASELINE)
						: words.gapTitle;
	const gaps = gapSeries(drawnPoints(FOCUS), drawnPoints(REFERENCE));
	const focus = { geo: FOCUS, label: labelOf('geo', FOCUS, locale) };
	const sentence =
		state.tab === 'trend'
			? trendSentence(trend[0]!, trend.slice(1), locale, decimals)
			: state.tab === 'ranking'
				? rankingSentence(
						year,
						ranking.bars,
						ranking.ranked,
						{ geo: FOCUS, label: tSentence(locale).france },
						// The sentence names the EU-27 average; under "UE à 28" it leaves the average out.
						group === 'EU27_2020' ? valueAt(group) : null,
						locale,
						decimals
					)
				: state.tab === 'map'
					? mapSentence(year, ranking.bars, ranking.ranked, focus, locale, decimals)
					: state.tab === 'catchup'
						? ''
						: gapViewSentence(gaps, locale, decimals);
	const france = rankOf(ranking, FOCUS);
	const rankLine = `${
		france
			? words.franceRank(rankText(france.rank, france.of, locale, france.tied), year)
			: words.franceMissing(year)
	} (${p.groupShort[group]})`;
	const population = isPopulation(series.sizeClass)
		? p.long[series.sizeClass]
		: labelOf('sizeClass', series.sizeClass, locale);
	return {
		tab: state.tab,
		series,
		resolved: picked.resolved,
		pinIgnored: picked.pinIgnored,
		// From the files drawn: an imported copy may share a real table's code and not its nature.
		synthetic:
			drawn.length > 0 ? drawn.some((s) => s.synthetic) : syntheticSets.has(series.dataset),
		title,
		heading: `${title} — ${population}`,
		population,
		rows: seriesRows,
		periods,
		year,
		group,
		groups,
		rankLine,
		peers,
		setYears: { baseline: PEER_BASELINE, year: latest },
		catchup,
		trend,
		ranking,
		reference: { label: label(group), value: valueAt(group) },
		mapValues: countries
			.filter((r) => r.period === year)
			.map((r) =>
				withFile(
					{ geo: r.geo, value: r.value, flags: r.flags, confStatus: r.confStatus },
					r.geo,
					year
				)
			),
		mapScale: countries.map((r) => r.value),
		gaps,
		source: drawn[0] ?? null,
		sources: drawn,
		importedFrom: fromFiles,
		sentence,
		decimals
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

/**
 * Whether a geo can be France's peer in a series: any geo of the series but France. The one
 * filter behind the peer picker's choices and the peers a state keeps (two copies once disagreed).
 * `isPeer('DE', new Set(['FR', 'DE']))` → `true`; `isPeer('FR', new Set(['FR']))` → `false`
 */
export function isPeer(geo: string, inSeries: ReadonlySet<string>): boolean {
	return geo !== FOCUS && inSeries.has(geo);
}

/**
 * A geo's name in a comparison, the same in its charts, tables and peer picker: the EU averages
 * by what they are, countries and aggregates by their names.
 * `comparisonGeoLabel('EU27_2020', tComparison('fr'), 'fr')` → `Moyenne UE à 27`;
 * `comparisonGeoLabel('DE', tComparison('fr'), 'fr')` → `Allemagne`
 */
export function comparisonGeoLabel(
	geo: string,
	words: Pick<ComparisonWords, 'euAverage'>,
	locale: Locale
): string {
	return geo === REFERENCE
		? words.euAverage
		: geo === 'EU28'
			? tPopulation(locale).eu28Average
			: labelOf('geo', geo, locale);
}

/**
 * One geo's points in a series, in file order, as the charts and tables take them.
 * `pointsOf(rows, 'FR')[0]` → `{ period: '2013', value: 13.4, flags: '', confStatus: null }`
 */
export function pointsOf(
	rows: readonly Observation[],
	geo: string
): { period: string; value: number | null; flags: string; confStatus: string | null }[] {
	return rows
		.filter((r) => r.geo === geo)
		.map((r) => ({ period: r.period, value: r.value, flags: r.flags, confStatus: r.confStatus }));
}
