/**
 * The national series a target page reads for the population and vintage in its address: the
 * target restated on that population, and France's and the reference's rows from one file (the
 * pinned one when it publishes the population, else the newest). Pure: the page gives the rows
 * prerendered at build time.
 */
import type { Observation } from '../domain/observation';
import {
	POPULATIONS,
	resolveSeries,
	type DatasetVintage,
	type Population,
	type ResolvedSeries
} from '../domain/population';
import type { Target } from './targets';
import { NATIONAL_GEO } from './units';

export interface NationalSeries {
	/** The target on the chosen population (`sizeClass` replaced). */
	target: Target;
	/** France and the reference, from the resolved file only. */
	rows: Observation[];
	resolved: ResolvedSeries | null;
	/** Populations with French rows in some file, in the switch's order. */
	available: Population[];
}

/**
 * `nationalSeries(rows, vintages, cnnum, 'GE10', 'tin00111').resolved?.dataset` → `tin00111`;
 * with `pinned` null → `isoc_ec_esels` (the newest file of 10+).
 */
export function nationalSeries(
	rows: readonly Observation[],
	vintages: readonly DatasetVintage[],
	target: Target,
	population: Population,
	pinned: string | null
): NationalSeries {
	const restated: Target = { ...target, sizeClass: population };
	const ofSeries = rows.filter(
		(r) =>
			r.indicator === target.indicator &&
			r.unit === target.unit &&
			r.nace === target.nace &&
			(r.geo === NATIONAL_GEO || r.geo === target.referenceGeo)
	);
	const carrying = new Set(
		ofSeries.filter((r) => r.sizeClass === population).map((r) => r.dataset)
	);
	const resolved = resolveSeries(
		restated,
		vintages.filter((v) => carrying.has(v.dataset)),
		pinned
	);
	const available = POPULATIONS.filter((p) =>
		ofSeries.some((r) => r.sizeClass === p && r.geo === NATIONAL_GEO)
	);
	return {
		target: restated,
		rows: resolved
			? ofSeries.filter((r) => r.sizeClass === population && r.dataset === resolved.dataset)
			: [],
		resolved,
		available
	};
}
