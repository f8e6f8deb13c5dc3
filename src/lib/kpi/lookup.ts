/**
 * Points of a series picked out of observations, one file per population: when a population is
 * published in two files (10+ in `tin00111` and in `isoc_ec_esels`), the newest file is read and
 * the other is not merged into it, so a value never mixes two vintages.
 */
import type { Observation } from '../domain/observation';
import type { KpiPoint } from './measures';
import type { SeriesLookup } from './sensitivity';
import { compareCodes } from '../domain/text';

/**
 * The dataset a population is read from: the first of `newestFirst` that has rows of it, else
 * the first in alphabetical order. `datasetFor(rows, 'GE10', ['isoc_ec_esels', 'tin00111'])` → `isoc_ec_esels`.
 */
export function datasetFor(
	observations: readonly Observation[],
	population: string,
	newestFirst: readonly string[]
): string | null {
	const have = new Set(
		observations.filter((o) => o.sizeClass === population).map((o) => o.dataset)
	);
	return newestFirst.find((d) => have.has(d)) ?? [...have].sort()[0] ?? null;
}

/**
 * A lookup `(population, geo) → points` over observations of one indicator and activity, one
 * dataset per population. `seriesLookup(rows, ['isoc_ec_esels'])('10-249', 'FR')` → `[{ period: '2010', … }, …]`.
 */
export function seriesLookup(
	observations: readonly Observation[],
	newestFirst: readonly string[]
): SeriesLookup {
	const cache = new Map<string, KpiPoint[]>();
	const datasets = new Map<string, string | null>();
	return (population, geo) => {
		const key = `${population}|${geo}`;
		const hit = cache.get(key);
		if (hit) return hit;
		if (!datasets.has(population)) {
			datasets.set(population, datasetFor(observations, population, newestFirst));
		}
		const dataset = datasets.get(population);
		const points = observations
			.filter((o) => o.sizeClass === population && o.geo === geo && o.dataset === dataset)
			.map((o) => ({ period: o.period, value: o.value, flags: o.flags }))
			.sort((a, b) => compareCodes(a.period, b.period));
		cache.set(key, points);
		return points;
	};
}
