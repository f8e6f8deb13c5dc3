import type { Observation } from '../../domain/observation';
import { sql, type Engine } from '../duckdb/engine';
import { toObservation, type ObservationRow } from './observation-row';

/** Which rows a target needs: its series, whatever the geo and activity. */
export interface TargetSeriesKey {
	/**
	 * The file the national and reference series are read from (resolved with `resolveSeries`):
	 * two vintages of the same series are never merged into one.
	 */
	dataset: string;
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
	referenceGeo: string;
}

// Every row a target can use, in one pass: the reference and France for the target's activity
// aggregate, from the resolved file only; French NUTS rows of that aggregate (regions), and
// France's rows for other activities (sectors), which other files publish. The kpi code sorts
// them into units; SQL only narrows the table down.
const TARGET_ROWS = sql`
	SELECT dataset, indicator, unit, size_class, nace, geo, period, value, flags, conf_status
	FROM observations
	WHERE indicator = ? AND unit = ? AND size_class = ?
		AND (
			(nace = ? AND dataset = ? AND (geo = ? OR geo = 'FR'))
			OR (nace = ? AND regexp_matches(geo, '^FR[0-9A-Z]{1,3}$'))
			OR (geo = 'FR' AND nace <> ?)
		)
	ORDER BY dataset, geo, nace, period`;

/**
 * The observations a target is measured on, missing values included (value null, with their
 * flags). `targetRows(engine, { dataset: 'isoc_ec_esels', indicator: 'E_ESELL', unit: 'PC_ENT', sizeClass: 'GE10', nace:
 * 'C10-S951_X_K', referenceGeo: 'EU27_2020' })` → `[{ dataset: 'synth_esell_nace', geo: 'FR', nace: 'C', … }, …]`.
 */
export async function targetRows(engine: Engine, key: TargetSeriesKey): Promise<Observation[]> {
	const rows = await engine.all<ObservationRow>(TARGET_ROWS, [
		key.indicator,
		key.unit,
		key.sizeClass,
		key.nace,
		key.dataset,
		key.referenceGeo,
		key.nace,
		key.nace
	]);
	return rows.map(toObservation);
}
