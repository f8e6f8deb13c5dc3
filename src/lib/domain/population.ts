/**
 * Whom a figure counts (the population: a size class of enterprises) and which published file it
 * is read from (the vintage). The CNNum plan is about SMEs (10 to 249 persons employed), so they
 * are the default; the four other classes of Eurostat's ICT survey stay one switch away.
 *
 * A series (indicator, unit, size class, activity) may be published in several files, each a
 * vintage: `tin00111` (data browser, 2025) and `isoc_ec_esels` (last update 27 February 2026)
 * both carry the 10+ series. A series is always read from one file, never merged across two: the
 * newest vintage by default, or the one a reader pinned.
 */
import { compareCodes } from './text';

/** The populations a reader can switch between, in the switch's order: SMEs first. */
export const POPULATIONS = ['10-249', 'GE10', '10-49', '50-249', 'GE250'] as const;
export type Population = (typeof POPULATIONS)[number];

/** SMEs (10–249 persons employed), the population of the CNNum plan. */
export const DEFAULT_POPULATION: Population = '10-249';

/**
 * The URL parameter of the population on every page (`?pop=GE10`), short like `?cible=`, and
 * the same word in French and English.
 */
export const POPULATION_PARAM = 'pop';

/**
 * The URL parameter that pins a vintage (`?ds=tin00111`): the dataset code of the bundled file
 * to read, as the comparison page has always written it. Without it, the newest vintage is read.
 */
export const VINTAGE_PARAM = 'ds';

/** Whether a text is one of the five populations. `isPopulation('GE10')` → true; `isPopulation('0-9')` → false */
export function isPopulation(value: unknown): value is Population {
	return typeof value === 'string' && (POPULATIONS as readonly string[]).includes(value);
}

/**
 * The population a parameter asks for, the default when absent or unknown.
 * `populationOf('GE250')` → `GE250`; `populationOf(null)` → `10-249`; `populationOf('x')` → `10-249`
 */
export function populationOf(value: string | null | undefined): Population {
	return isPopulation(value) ? value : DEFAULT_POPULATION;
}

/** The fields of a series, whichever file carries it. */
export interface SeriesFields {
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
}

/** A published file and when that edition was published (ISO 8601 at the precision known). */
export interface DatasetVintage {
	dataset: string;
	/** `2026-02-27T11:00:00` (Eurostat's LAST UPDATE), or `2025` when only the year is known. */
	vintage: string;
}

/**
 * When a bundled file was published: Eurostat's LAST UPDATE read from the file when it has one,
 * else the date the manifest gives (`vintage`, else `retrievedAt`).
 * `vintageOf({ retrievedAt: '2025' }, null)` → `2025`;
 * `vintageOf({ retrievedAt: '2026', vintage: '2026-02-27' }, '2026-02-27T11:00:00')` → `2026-02-27T11:00:00`
 */
export function vintageOf(
	entry: { retrievedAt: string; vintage?: string | null },
	lastUpdate: string | null
): string {
	return lastUpdate ?? entry.vintage ?? entry.retrievedAt;
}

/**
 * Orders two vintages, oldest first. ISO 8601 strings of any precision compare as text once the
 * time zone is set aside; a bare year sorts before any date of that year (it says less).
 * `compareVintages('2025', '2026-02-27')` → negative
 */
export function compareVintages(a: string, b: string): number {
	const key = (v: string) => v.replace(/(?:Z|[+-]\d{2}:\d{2})$/, '');
	return compareCodes(key(a), key(b));
}

/** The series a question reads: its fields, the file chosen, and why that file. */
export interface ResolvedSeries extends SeriesFields {
	dataset: string;
	vintage: string;
	/** `pinned` when the reader asked for that file, `newest` when chosen by date. */
	chosen: 'pinned' | 'newest';
	/** Every file that carries the series, oldest first (so a page can offer to pin another). */
	vintages: DatasetVintage[];
}

/**
 * The one file a series is read from: the pinned dataset when it carries the series, else the
 * newest vintage among those that do (ties: the first listed). `null` when none carries it.
 * Never a mix: the result names one dataset, and every query reads only that one.
 * `resolveSeries(sme, [{ dataset: 'tin00111', vintage: '2025' }, { dataset: 'isoc_ec_esels',
 * vintage: '2026-02-27T11:00:00' }])?.dataset` → `isoc_ec_esels`; with `'tin00111'` pinned → `tin00111`
 */
export function resolveSeries(
	fields: SeriesFields,
	carriers: readonly DatasetVintage[],
	pinned: string | null = null
): ResolvedSeries | null {
	if (carriers.length === 0) return null;
	const vintages = [...carriers].sort((a, b) => compareVintages(a.vintage, b.vintage));
	const pick = carriers.find((c) => c.dataset === pinned);
	const newest = carriers.reduce((best, c) =>
		compareVintages(c.vintage, best.vintage) > 0 ? c : best
	);
	const chosen = pick ?? newest;
	return {
		indicator: fields.indicator,
		unit: fields.unit,
		sizeClass: fields.sizeClass,
		nace: fields.nace,
		dataset: chosen.dataset,
		vintage: chosen.vintage,
		chosen: pick ? 'pinned' : 'newest',
		vintages
	};
}
