import type { Observation } from '../../domain/observation';

/**
 * An observation as the `observations` view returns it (snake_case columns), for queries that
 * select `dataset, indicator, unit, size_class, nace, geo, period, value, flags, conf_status`.
 */
// A type alias, not an interface: an interface has no implicit index signature and would not
// satisfy the engine's `Row` constraint.
export type ObservationRow = {
	dataset: string;
	indicator: string;
	unit: string;
	size_class: string;
	nace: string;
	geo: string;
	period: string;
	value: number | null;
	flags: string;
	conf_status: string | null;
};

/** The row under the domain's names. `toObservation({ size_class: 'GE10', … }).sizeClass` → `GE10` */
export function toObservation(r: ObservationRow): Observation {
	return {
		dataset: r.dataset,
		indicator: r.indicator,
		unit: r.unit,
		sizeClass: r.size_class,
		nace: r.nace,
		geo: r.geo,
		period: r.period,
		value: r.value,
		flags: r.flags,
		confStatus: r.conf_status
	};
}
