import type { Observation } from '../../domain/observation';
import { sql, type Engine } from '../duckdb/engine';
import { toObservation, type ObservationRow } from './observation-row';

/** One indicator of one activity aggregate, every geo, size class and file. */
export interface IndicatorKey {
	indicator: string;
	unit: string;
	nace: string;
}

// The readings of a target and the figures quoted in the press compare populations, EU
// aggregates and countries of one indicator: one pass over the table, sorted so that the
// result never depends on the engine's order.
const INDICATOR_ROWS = sql`
	SELECT dataset, indicator, unit, size_class, nace, geo, period, value, flags, conf_status
	FROM observations
	WHERE indicator = ? AND unit = ? AND nace = ?
	ORDER BY dataset, size_class, geo, period`;

/**
 * Every row of an indicator for an activity aggregate, missing values included (value null, with
 * their flags). `indicatorRows(engine, { indicator: 'E_ESELL', unit: 'PC_ENT', nace:
 * 'C10-S951_X_K' })` → `[{ dataset: 'isoc_ec_esels', sizeClass: '10-249', geo: 'AT', … }, …]`.
 */
export async function indicatorRows(engine: Engine, key: IndicatorKey): Promise<Observation[]> {
	const rows = await engine.all<ObservationRow>(INDICATOR_ROWS, [
		key.indicator,
		key.unit,
		key.nace
	]);
	return rows.map(toObservation);
}
