/**
 * One call from observations to assessed units, shared by the pages (at build and in the
 * browser, with imported datasets) and by the tests.
 */
import type { Observation } from '../domain/observation';
import { assess, type KpiPoint } from './measures';
import type { AssessedUnit } from './summary';
import type { Target } from './targets';
import { unitsFor, type TargetUnits, type UnitSeries } from './units';

export interface TrackedUnit extends AssessedUnit {
	series: UnitSeries;
	/**
	 * The values this unit is compared with when they are not the target's reference: a sector's
	 * EU value of the same sector (empty when there is none, and the sector is then unrated).
	 */
	reference?: KpiPoint[];
	/** The datasets of `reference`. */
	referenceDatasets?: string[];
}

export interface Tracked {
	target: Target;
	units: TargetUnits;
	national: TrackedUnit | null;
	regions: TrackedUnit[];
	sectors: TrackedUnit[];
}

/**
 * Assesses every unit of a target. `label` names a unit for the reader (region name, sector
 * label). `trackTarget(cnnum, rows, isSynthetic, (u) => u.key).national?.assessment.outcome` → `missed`.
 */
export function trackTarget(
	target: Target,
	observations: readonly Observation[],
	isSynthetic: (dataset: string) => boolean,
	label: (unit: UnitSeries) => string
): Tracked {
	const units = unitsFor(target, observations, isSynthetic);
	const one = (series: UnitSeries, reference = units.reference): TrackedUnit => ({
		key: series.key,
		label: label(series),
		synthetic: series.synthetic,
		series,
		assessment: assess({
			unit: series.points,
			reference,
			target,
			lastDataPeriod: units.lastDataPeriod
		})
	});
	// A sector against the EU value of the same sector, or unrated: never against the average of
	// all activities, which would judge the sector mix rather than a catch-up.
	const sector = (series: UnitSeries): TrackedUnit => {
		const own = units.sectorReferences[series.code] ?? { points: [], datasets: [] };
		const u = one(series, own.points);
		const known = own.points.some((p) => p.value !== null);
		return {
			...u,
			reference: own.points,
			referenceDatasets: own.datasets,
			assessment: known ? u.assessment : { ...u.assessment, reason: 'no-sector-reference' }
		};
	};
	return {
		target,
		units,
		national: units.national ? one(units.national) : null,
		regions: units.regions.map((r) => one(r)),
		sectors: units.sectors.map(sector)
	};
}
