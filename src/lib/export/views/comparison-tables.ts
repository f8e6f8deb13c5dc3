/**
 * What the comparison page shows around its charts, as pure functions of the figures that
 * `comparisonFigures` (./comparison.ts) computes for the page, its embeds and the report: the
 * table behind each view, the change table of the gap tab, the peer picker's choices, the view a
 * download exports and the source line with its date. The page only wires these to its controls.
 */
import type { Locale } from '../../domain/locale';
import { comparePeriods } from '../../domain/period';
import { confStatusMeaning, flagMeaning } from '../../i18n/flags';
import { isPopulation } from '../../domain/population';
import type { ComparisonMessages } from '../../i18n/comparison';
import { tExplore } from '../../i18n/explore';
import { tExport } from '../../i18n/export';
import { labelled, semicolon } from '../../i18n/punctuation';
import { tPopulation } from '../../i18n/population';
import { sourceDate } from './home';
import { PEER_BASELINE } from '../../kpi/peers';
import { FOCUS, type ComparisonState } from '../../state/comparison';
import { formatPercentPoints, formatValue } from '../../charts/core/format';
import { rankText } from '../../charts/ranking/series';
import { changeRows } from '../../charts/gap/series';
import { catchupTable } from './catchup';
import { flagsUsed, type Cell, type Column, type TableRow } from './table-rows';
import {
	comparisonGeoLabel,
	comparisonSourcesLine,
	figureKey,
	firstRows,
	isPeer,
	pointsOf,
	REFERENCE,
	type ComparisonFigures
} from './comparison';
import { compareLabels } from '../../domain/text';

/** A table as DataTable and the CSV writer take it. */
export interface ComparisonTable {
	columns: Column[];
	rows: TableRow[];
}

/** Every table of the comparison page, and the two years its change table compares. */
export interface ComparisonTables {
	trend: ComparisonTable;
	ranking: ComparisonTable;
	map: ComparisonTable;
	gap: ComparisonTable;
	catchup: ComparisonTable;
	change: ComparisonTable;
	fromYear: string;
	toYear: string;
}

type Figure = { value: number | null; flags: string; confStatus: string | null } | null;

/**
 * A value cell: the value as published (`—` when missing, `decimals` its series'), with its
 * flags, and the imported file it was read from when the series joins several files.
 */
function valueCell(
	r: Figure | undefined,
	locale: Locale,
	imported: string | undefined,
	decimals: number
): Cell {
	return {
		text:
			r?.value === null || r?.value === undefined
				? '—'
				: formatValue(r.value, locale, { decimals }),
		sort: r?.value ?? null,
		flags: r?.flags ?? '',
		confStatus: r?.confStatus ?? null,
		...(imported !== undefined && r ? { imported } : {})
	};
}

const pointsCell = (v: number | null, locale: Locale, decimals: number): Cell => ({
	text: v === null ? '—' : formatPercentPoints(v, locale, decimals),
	sort: v
});

/**
 * The years the change table compares: those of the state when the series has them, else
 * France's first year with a value (the first period when France has none) and the view's year.
 * `changeYears(figures, { from: null, to: null })` → `{ fromYear: '2013', toYear: '2023' }`
 */
export function changeYears(
	figures: Pick<ComparisonFigures, 'rows' | 'periods' | 'year'>,
	state: Pick<ComparisonState, 'from' | 'to'>
): { fromYear: string; toYear: string } {
	const { rows, periods, year } = figures;
	const fromYear =
		state.from && periods.includes(state.from)
			? state.from
			: (rows
					.filter((r) => r.geo === FOCUS && r.value !== null)
					.map((r) => r.period)
					.sort(comparePeriods)[0] ??
				periods[0] ??
				'');
	const toYear = state.to && periods.includes(state.to) ? state.to : year;
	return { fromYear, toYear };
}

/**
 * The peer picker's choices: every geo of the series France can be compared with (`isPeer`),
 * the EU average first, the others by name.
 * `peerChoices(figures, tComparison('fr'), 'fr')[0]` → `{ geo: 'EU27_2020', label: 'Moyenne UE à 27' }`
 */
export function peerChoices(
	figures: Pick<ComparisonFigures, 'rows'>,
	m: Pick<ComparisonMessages, 'euAverage'>,
	locale: Locale
): { geo: string; label: string }[] {
	const inSeries = new Set(figures.rows.map((r) => r.geo));
	return [...inSeries]
		.filter((geo) => isPeer(geo, inSeries))
		.map((geo) => ({ geo, label: comparisonGeoLabel(geo, m, locale) }))
		.sort((a, b) =>
			a.geo === REFERENCE ? -1 : b.geo === REFERENCE ? 1 : compareLabels(a.label, b.label)
		);
}

/**
 * The tables behind the comparison page's views, with the numbers its charts draw: the trend of
 * France and its peers by period, the ranking and the map of the view's year, France's gap to the
 * EU average, "who caught up", and every country's change between two years.
 * `comparisonTables(figures, defaultState(), tComparison('fr'), 'fr').trend.columns[1]` →
 * `{ id: 'FR', label: 'France', numeric: true }`
 */
export function comparisonTables(
	figures: ComparisonFigures,
	state: Pick<ComparisonState, 'from' | 'to'>,
	m: ComparisonMessages,
	locale: Locale
): ComparisonTables {
	const { rows, periods, peers, ranking, year, decimals } = figures;
	const label = (geo: string) => comparisonGeoLabel(geo, m, locale);
	// The first row of each geo and period, as `find` would give it, without a scan per cell.
	const byKey = once(() => firstRows(rows));
	const at = (geo: string, period: string) => byKey().get(figureKey(geo, period)) ?? null;
	const cell = (r: Figure | undefined, geo: string, period: string) =>
		valueCell(r, locale, figures.importedFrom.get(figureKey(geo, period)), decimals);
	const cellAt = (geo: string, period: string) => cell(at(geo, period), geo, period);

	const geos = [FOCUS, ...peers];
	const trend = (): ComparisonTable => ({
		columns: [
			{ id: 'period', label: m.period },
			...geos.map((geo) => ({ id: geo, label: label(geo), numeric: true }))
		],
		rows: periods.map((period) => ({
			key: period,
			cells: {
				period: { text: period, sort: period },
				...Object.fromEntries(geos.map((geo) => [geo, cellAt(geo, period)]))
			}
		}))
	});

	const rankingTable = (): ComparisonTable => ({
		columns: [
			{ id: 'country', label: m.country },
			{ id: 'rank', label: m.rank, numeric: true },
			{ id: 'value', label: `${m.value} ${year}`, numeric: true }
		],
		rows: [
			...ranking.bars.map((b) => ({
				key: b.geo,
				highlight: b.geo === FOCUS,
				cells: {
					country: { text: b.label, sort: b.label },
					rank: { text: rankText(b.rank, ranking.ranked, locale, b.tied), sort: b.rank },
					value: cell(b, b.geo, year)
				}
			})),
			...ranking.missing.map((b) => ({
				key: b.geo,
				highlight: b.geo === FOCUS,
				cells: {
					country: { text: b.label, sort: b.label },
					rank: { text: '—', sort: null },
					value: cell(b, b.geo, year)
				}
			}))
		]
	});

	const map = (): ComparisonTable => ({
		columns: [
			{ id: 'country', label: m.country },
			{ id: 'value', label: `${m.value} ${year}`, numeric: true }
		],
		rows: figures.mapValues.map((v) => ({
			key: v.geo,
			highlight: v.geo === FOCUS,
			cells: {
				country: { text: label(v.geo), sort: label(v.geo) },
				value: cell(v, v.geo, year)
			}
		}))
	});

	const gap = (): ComparisonTable => ({
		columns: [
			{ id: 'period', label: m.period },
			{ id: 'fr', label: label(FOCUS), numeric: true },
			{ id: 'eu', label: m.euAverage, numeric: true },
			{ id: 'gap', label: m.gap, numeric: true }
		],
		rows: figures.gaps.map((g) => ({
			key: g.period,
			cells: {
				period: { text: g.period, sort: g.period },
				fr: cellAt(FOCUS, g.period),
				eu: cellAt(REFERENCE, g.period),
				gap: pointsCell(g.gap, locale, decimals)
			}
		}))
	});

	// Every country of the series between two years, by name.
	const years = once(() => changeYears(figures, state));
	const change = (): ComparisonTable => {
		const { fromYear, toYear } = years();
		const changes = changeRows(
			[...new Set(rows.map((r) => r.geo))]
				.sort((a, b) => compareLabels(label(a), label(b)))
				.map((geo) => ({ geo, label: label(geo), figures: pointsOf(rows, geo) })),
			fromYear,
			toYear
		);
		return {
			columns: [
				{ id: 'country', label: m.country },
				{ id: 'from', label: fromYear, numeric: true },
				{ id: 'to', label: toYear, numeric: true },
				{ id: 'absolute', label: m.absolute, numeric: true },
				{ id: 'relative', label: m.relative, numeric: true }
			],
			rows: changes.map((c) => ({
				key: c.geo,
				highlight: c.geo === FOCUS,
				cells: {
					country: { text: c.label, sort: c.label },
					from: cell(c.from, c.geo, fromYear),
					to: cell(c.to, c.geo, toYear),
					// A change across a break of the country's series is marked as the catch-up pace is.
					absolute: { ...pointsCell(c.absolute, locale, decimals), flags: c.flags },
					relative: {
						text:
							c.relative === null
								? '—'
								: `${c.relative > 0 ? '+' : ''}${formatValue(c.relative, locale, { decimals: 1 })}`,
						sort: c.relative,
						flags: c.flags
					}
				}
			}))
		};
	};

	// Only the table of the tab shown is read on each choice: each is built when first read.
	return lazyTables({
		trend,
		ranking: rankingTable,
		map,
		gap,
		catchup: () =>
			catchupTable(
				figures.catchup,
				label,
				tExplore(locale),
				locale,
				PEER_BASELINE,
				FOCUS,
				decimals
			),
		change,
		fromYear: () => years().fromYear,
		toYear: () => years().toYear
	});
}

/** `f`, run at most once. */
function once<T>(f: () => T): () => T {
	let done = false;
	let value: T;
	return () => {
		if (!done) {
			value = f();
			done = true;
		}
		return value;
	};
}

/** An object whose every property is built by its function on first read, then kept. */
function lazyTables(build: { [K in keyof ComparisonTables]: () => ComparisonTables[K] }) {
	const tables = {} as ComparisonTables;
	for (const key of Object.keys(build) as (keyof ComparisonTables)[]) {
		const get = once<ComparisonTables[typeof key]>(build[key]);
		Object.defineProperty(tables, key, { get, enumerable: true });
	}
	return tables;
}

/**
 * The table a download of the view exports, and the column it is sorted by (the map's table by
 * value, as it is shown). `exportedTable(tables, 'map')` → `{ table: tables.map, sortBy: 'value' }`
 */
export function exportedTable(
	tables: ComparisonTables,
	tab: ComparisonState['tab']
): { table: ComparisonTable; sortBy: string | null } {
	return { table: tables[tab], sortBy: tab === 'map' ? 'value' : null };
}

/**
 * The flags of a table's values, each with its meaning, for the legend of an export.
 * `flagLegend(rows, 'fr')` → `[{ flag: 'u', meaning: 'peu fiable' }]`
 */
export function flagLegend(
	rows: readonly TableRow[],
	locale: Locale
): { flag: string; meaning: string }[] {
	return flagsUsed(rows).map((flag) => ({
		flag,
		meaning: /^[A-Z]$/.test(flag) ? confStatusMeaning(flag, locale) : flagMeaning(flag, locale)
	}));
}

/**
 * For each imported file the view's figures were read from (the series joining it to other files),
 * one sentence naming them, France first and in the view's order: what the chart's marks cannot
 * carry, and what a picture of it must say. Empty when every figure is from one file.
 * `importedNotes(figures, tComparison('fr'), 'fr')` →
 * `['Valeurs lues dans votre fichier importé « esels-revise.csv » : France 2023, Suisse 2023.']`
 */
export function importedNotes(
	figures: Pick<
		ComparisonFigures,
		| 'tab'
		| 'importedFrom'
		| 'trend'
		| 'ranking'
		| 'mapValues'
		| 'gaps'
		| 'year'
		| 'rows'
		| 'catchup'
		| 'setYears'
	>,
	m: Pick<ComparisonMessages, 'euAverage' | 'importedNote'>,
	locale: Locale,
	limit = 6,
	change: { fromYear: string; toYear: string } | null = null
): string[] {
	const { importedFrom, year } = figures;
	if (importedFrom.size === 0) return [];
	const both = (geo: string, period: string): [string, string][] => [
		[geo, period],
		[REFERENCE, period]
	];
	// The figures the view draws (the gap tab's change table too): never one it does not show.
	const shown: [string, string][] =
		figures.tab === 'trend'
			? figures.trend.flatMap((t) => t.points.map((p): [string, string] => [t.geo, p.period]))
			: figures.tab === 'ranking'
				? [...figures.ranking.bars, ...figures.ranking.missing].map((b) => [b.geo, year])
				: figures.tab === 'map'
					? figures.mapValues.map((v) => [v.geo, year])
					: figures.tab === 'gap'
						? [
								...figures.gaps.flatMap((g) => both(FOCUS, g.period)),
								...(change
									? [...new Set(figures.rows.map((r) => r.geo))].flatMap(
											(geo): [string, string][] => [
												[geo, change.fromYear],
												[geo, change.toYear]
											]
										)
									: [])
							]
						: figures.catchup.flatMap((c) => [
								...both(c.geo, figures.setYears.baseline),
								...both(c.geo, c.end),
								...(c.reached ? both(c.geo, c.reached) : [])
							]);
	const byFile = new Map<string, Map<string, string[]>>();
	for (const [geo, period] of shown) {
		const file = importedFrom.get(figureKey(geo, period));
		if (file === undefined) continue;
		let geos = byFile.get(file);
		if (!geos) byFile.set(file, (geos = new Map()));
		const periods = geos.get(geo) ?? [];
		if (!periods.includes(period)) geos.set(geo, [...periods, period]);
	}
	// The file with France's figures first; in each, France first, then as the view gives them,
	// each country once with its years (`France 2014, 2015 ; Suisse 2023`).
	const notes = [...byFile].map(([file, geos]) => {
		const ordered = [...geos].sort(([a], [b]) => (a === FOCUS ? -1 : b === FOCUS ? 1 : 0));
		let left = limit;
		let more = 0;
		const named: string[] = [];
		for (const [geo, periods] of ordered) {
			const sorted = [...periods].sort(comparePeriods);
			const taken = sorted.slice(0, Math.max(0, left));
			more += sorted.length - taken.length;
			left -= taken.length;
			if (taken.length > 0) named.push(`${comparisonGeoLabel(geo, m, locale)} ${taken.join(', ')}`);
		}
		return {
			france: geos.has(FOCUS),
			text: m.importedNote(file, named.join(semicolon(locale)), more)
		};
	});
	return [...notes.filter((n) => n.france), ...notes.filter((n) => !n.france)].map((n) => n.text);
}

/**
 * A download's file name: the population short and first, then the view's title (its year last).
 * `exportFileName(figures, 'fr')` → `PME Classement des pays de l’UE à 27, 2023`
 */
export function exportFileName(
	figures: Pick<ComparisonFigures, 'series' | 'title'>,
	locale: Locale
): string {
	const size = figures.series.sizeClass;
	return `${isPopulation(size) ? tPopulation(locale).short[size] : size} ${figures.title}`;
}

/**
 * The source line of the series shown and the date of its data: a bundled file by its
 * publisher and dataset, every file the series draws (`comparisonSourcesLine`), the vintage of the
 * series' own file on the date line only; an imported one by its file name and import day. Empty
 * when the series has no known source.
 * `comparisonSource(figures, [], tComparison('en'), 'en').line` → `Source: Eurostat, isoc_ec_esels (…). …`
 */
export function comparisonSource(
	figures: Pick<ComparisonFigures, 'source' | 'sources' | 'series'>,
	imports: readonly { dataset: string; file: string; importedAt: string }[],
	m: Pick<ComparisonMessages, 'source' | 'illustrative'>,
	locale: Locale
): { line: string; dataDate: string } {
	const { source } = figures;
	const file = source ? null : (imports.find((d) => d.dataset === figures.series.dataset) ?? null);
	// The vintage of `source` is on the date line under it: not said twice in a picture's footer.
	const line = source
		? comparisonSourcesLine(figures.sources, locale, m.illustrative, source)
		: file
			? `${labelled(m.source, locale)} ${file.file}`
			: '';
	const day = source
		? sourceDate(
				{
					retrievedAt: source.retrievedAt,
					// The vintage is the file's own update date when it has one, else the manifest's.
					lastUpdate: source.vintage !== source.retrievedAt ? source.vintage : null
				},
				locale
			)
		: (file?.importedAt.slice(0, 10) ?? '');
	return { line, dataDate: tExport(locale).dataDate(day) };
}
