/**
 * One call from observations to assessed units, shared by the pages (at build and in the
 * browser, with imported datasets) and by the tests.
 */
import type { Observation } from '../domain/observation';
import { assess } from './measures';
import type { AssessedUnit } from './summary';
import type { Target } from './targets';
import { unitsFor, type TargetUnits, type UnitSeries } from './units';

export interface TrackedUnit extends AssessedUnit {
	series: UnitSeries;
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
	const one = (series: UnitSeries): TrackedUnit => ({
		key: series.key,
		label: label(series),
		synthetic: series.synthetic,
		series,
		assessment: assess({
			unit: series.points,
			reference: units.reference,
			target,
			lastDataPeriod: units.lastDataPeriod
		})
	});
	return {
		target,
		units,
		national: units.national ? one(units.national) : null,
		regions: units.regions.map(one),
		sectors: units.sectors.map(one)
	};
}
