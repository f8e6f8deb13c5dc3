/**
 * Imported rows that a target's views do not use, so that the views can say so instead of
 * leaving a person wondering where the file went. A ministry's regional table of SMEs (10–249)
 * is read and kept, but a target set on firms of 10 or more does not rate it; a NUTS 2 code of
 * an old region (Bourgogne, FRC1) covers only part of today's region and cannot be rated as it.
 */
import type { Observation } from '../domain/observation';
import {
	matchesWhere,
	observationsWhereSliced,
	type ObservationColumns,
	type RowWhere
} from '../data/ingest/columns';
import { finish, finishSliced, Slicer, type SliceOptions } from '../data/ingest/slicer';
import type { Target } from './targets';
import { matchesSeries, NATIONAL_GEO, OVERSEAS_GROUP, wholeRegionOf } from './units';
import { compareCodes } from '../domain/text';
import { DecimalsSeen, VALUE_DECIMALS } from '../domain/decimals';

/** Why a series is not rated: the population fields that differ from the target's, or a partial region. */
export type OutsideReason =
	| 'indicator'
	| 'unit'
	| 'sizeClass'
	| 'nace'
	| 'partialRegion'
	/** `FRY`: the group of the five overseas regions, not a region nor part of one. */
	| 'overseasGroup';

export interface OutsideSeries {
	geo: string;
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
	/** Latest period with a value, else the latest period read. */
	latest: { period: string; value: number | null; flags: string };
	/**
	 * The decimals its population's values are written with in the file (`seriesDecimals` of every
	 * value of its indicator, unit, size class and activity in the scope, every area, the rated
	 * ones too): the list keeps one value of the series, which alone would not say that `11` is
	 * of a table published `11,0`.
	 */
	decimals: number;
	periods: { first: string; last: string };
	reasons: OutsideReason[];
}

export interface OutsideDataset {
	dataset: string;
	file: string;
	series: OutsideSeries[];
}

export interface OutsideSource {
	dataset: string;
	file: string;
	observations: readonly Observation[];
}

/** A kept imported file as the lists read it: its columns, not yet rows. */
export type KeptFile = Pick<OutsideSource, 'dataset' | 'file'> & { columns: ObservationColumns };

const FRENCH_NUTS = /^FR[0-9A-Z]{1,3}$/;

/**
 * The rows a scope can hold, as column tests: `outsideTarget` looks at no other row, so only
 * those rows of an imported file need to become objects.
 * `observationsWhere(columns, scopeWhere(cnnum, 'regions'))` → the rows of French regions
 */
export function scopeWhere(target: Target, scope: 'regions' | 'sectors'): RowWhere {
	return scope === 'regions'
		? { geo: (g) => g !== null && g !== NATIONAL_GEO && FRENCH_NUTS.test(g) }
		: { geo: (g) => g === NATIONAL_GEO, nace: (n) => n !== target.nace };
}

/**
 * Imported files as `outsideTarget` takes them: only the rows the scope can hold become objects,
 * picked in slices that give the page's thread back every few milliseconds (a million-row file
 * kept in the browser is read as a page opens: issue #18). Rejects with an `AbortError` once
 * `options.signal` is aborted.
 * `await outsideSources(imported.datasets, cnnum, 'sectors')` → `[{ dataset, file, observations }]`
 */
export async function outsideSources(
	datasets: readonly KeptFile[],
	target: Target,
	scope: 'regions' | 'sectors',
	options: SliceOptions = {}
): Promise<OutsideSource[]> {
	const where = scopeWhere(target, scope);
	const sources: OutsideSource[] = [];
	for (const d of datasets) {
		const observations = await observationsWhereSliced(d.columns, where, options);
		sources.push({ dataset: d.dataset, file: d.file, observations });
	}
	return sources;
}

/**
 * What a scope's view lists for the kept files: `outsideSources` then `outsideTargetSliced`,
 * every step in slices. `await outsideOf(imported.datasets, cnnum, 'sectors', { signal })`
 */
export async function outsideOf(
	datasets: readonly KeptFile[],
	target: Target,
	scope: 'regions' | 'sectors',
	options: SliceOptions = {}
): Promise<OutsideDataset[]> {
	const sources = await outsideSources(datasets, target, scope, options);
	return outsideTargetSliced(target, sources, scope, options);
}

function reasonsFor(o: Observation, target: Target, scope: 'regions' | 'sectors'): OutsideReason[] {
	const reasons: OutsideReason[] = [];
	if (o.indicator !== target.indicator) reasons.push('indicator');
	if (o.unit !== target.unit) reasons.push('unit');
	if (o.sizeClass !== target.sizeClass) reasons.push('sizeClass');
	if (scope === 'regions') {
		if (o.nace !== target.nace) reasons.push('nace');
		if (o.geo === OVERSEAS_GROUP) reasons.push('overseasGroup');
		else if (wholeRegionOf(o.geo) === null) reasons.push('partialRegion');
	}
	return reasons;
}

/** Rows looked at between two chances to give the thread back (`outsideTargetSliced`). */
const STEP_ROWS = 2048;

/**
 * Series of the given sources, in a scope's shape (French regions; or France by sector), that
 * the target does not rate, with why. A series the target rates is not listed.
 * `outsideTarget(cnnum, [{ dataset, file, observations: [FR10 10-249 2023 21.4] }], 'regions')`
 * → one dataset, one series FR10, reasons `['sizeClass']`.
 */
export function outsideTarget(
	target: Target,
	sources: readonly OutsideSource[],
	scope: 'regions' | 'sectors'
): OutsideDataset[] {
	return finish(outsideSteps(target, sources, scope));
}

/**
 * `outsideTarget` in slices that give the page's thread back (`options.yieldEvery`): the rows a
 * kept million-row file puts in a scope took one task (56 ms of it in a profile on a 2-core machine,
 * several times that on a slow laptop: issue #18). Rejects with an `AbortError` once
 * `options.signal` is aborted.
 */
export async function outsideTargetSliced(
	target: Target,
	sources: readonly OutsideSource[],
	scope: 'regions' | 'sectors',
	options: SliceOptions = {}
): Promise<OutsideDataset[]> {
	return finishSliced(outsideSteps(target, sources, scope), new Slicer(options));
}

/** The work of `outsideTarget`, pausing every `STEP_ROWS` rows and between series. */
function* outsideSteps(
	target: Target,
	sources: readonly OutsideSource[],
	scope: 'regions' | 'sectors'
): Generator<void, OutsideDataset[]> {
	const result: OutsideDataset[] = [];
	const inScope = scopeWhere(target, scope);
	let seen = 0;
	for (const source of sources) {
		const bySeries = new Map<string, Observation[]>();
		// The decimals of each population, from every value in scope; rows of one population
		// mostly follow each other: its entry is looked up again only when the population changes.
		const decimalsOf = new Map<string, DecimalsSeen>();
		let lastRow: Observation | null = null;
		let decimals = new DecimalsSeen();
		for (const o of source.observations) {
			if (++seen % STEP_ROWS === 0) yield;
			if (!matchesWhere(o, inScope)) continue;
			if (o.value !== null) {
				if (lastRow === null || !samePopulation(lastRow, o)) {
					const population = populationKey(o);
					const known = decimalsOf.get(population);
					if (known) decimals = known;
					else decimalsOf.set(population, (decimals = new DecimalsSeen()));
				}
				lastRow = o;
				decimals.add(o.value);
			}
			const rated =
				matchesSeries(o, target) &&
				(scope === 'sectors' || (o.nace === target.nace && wholeRegionOf(o.geo) !== null));
			if (rated) continue;
			const key = [o.geo, o.indicator, o.unit, o.sizeClass, o.nace].join('\u0000');
			// Pushed, not copied: a series of many periods is gathered in linear time.
			const same = bySeries.get(key);
			if (same) same.push(o);
			else bySeries.set(key, [o]);
		}
		if (bySeries.size === 0) continue;
		yield;
		const series = [...bySeries.values()].map((rows): OutsideSeries => {
			const sorted = [...rows].sort((a, b) => compareCodes(a.period, b.period));
			const last = sorted.findLast((o) => o.value !== null) ?? sorted.at(-1)!;
			const first = sorted[0]!;
			return {
				geo: first.geo,
				indicator: first.indicator,
				unit: first.unit,
				sizeClass: first.sizeClass,
				nace: first.nace,
				latest: { period: last.period, value: last.value, flags: last.flags },
				decimals: decimalsOf.get(populationKey(first))?.decimals ?? VALUE_DECIMALS,
				periods: { first: first.period, last: sorted.at(-1)!.period },
				reasons: reasonsFor(first, target, scope)
			};
		});
		series.sort((a, b) => compareCodes(a.geo, b.geo) || compareCodes(a.nace, b.nace));
		result.push({ dataset: source.dataset, file: source.file, series });
	}
	return result;
}

/**
 * Series of one dataset grouped by population (indicator, unit, size class; and activity for
 * regions), in first-seen order, so that a view says a population and its reasons once.
 * `groupByPopulation([FR10 10-249, FRH0 10-249], 'regions')` → one group of two series.
 */
export function groupByPopulation(
	series: readonly OutsideSeries[],
	scope: 'regions' | 'sectors'
): OutsideSeries[][] {
	const groups = new Map<string, OutsideSeries[]>();
	for (const s of series) {
		const key = [s.indicator, s.unit, s.sizeClass, scope === 'regions' ? s.nace : ''].join(
			'\u0000'
		);
		const same = groups.get(key);
		if (same) same.push(s);
		else groups.set(key, [s]);
	}
	return [...groups.values()];
}

const populationKey = (o: Observation) => [o.indicator, o.unit, o.sizeClass, o.nace].join('\u0000');
const samePopulation = (a: Observation, b: Observation) =>
	a.indicator === b.indicator &&
	a.unit === b.unit &&
	a.sizeClass === b.sizeClass &&
	a.nace === b.nace;

/**
 * The decimals a table of series (one population of a file: `groupByPopulation`) writes its
 * values with: the most its series have, as `seriesDecimals` of all their values gives, so that a
 * region whose few values happen to be whole reads `16,0 %` beside `21,4 %`, not `16 %`. Series
 * with no value count for nothing; two when none has one.
 * `outsideDecimals([{ decimals: 1, … 21.4 }, { decimals: 0, … 16 }])` → `1`
 */
export function outsideDecimals(
	series: readonly Pick<OutsideSeries, 'decimals' | 'latest'>[]
): number {
	let most = -1;
	for (const s of series) if (s.latest.value !== null) most = Math.max(most, s.decimals);
	return most < 0 ? VALUE_DECIMALS : most;
}
