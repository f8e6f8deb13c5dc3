import type { Observation } from '../../domain/observation';
import { sql, type Engine } from '../duckdb/engine';
import { toObservation, type ObservationRow } from './observation-row';

/** The series of the real sector view and the geos it reads (France and the EU references). */
export interface SectorSeriesKey {
	indicator: string;
	unit: string;
	sizeClass: string;
	geos: readonly string[];
}

// France and the EU aggregates for every activity of one series: the kpi code picks the sections
// and their nested groups. The geo list is passed as a parameter list, never spliced into SQL.
const SECTOR_ROWS = sql`
	SELECT dataset, indicator, unit, size_class, nace, geo, period, value, flags, conf_status
	FROM observations
	WHERE indicator = ? AND unit = ? AND size_class = ? AND list_contains(string_split(?, ','), geo)
	ORDER BY dataset, geo, nace, period`;

/**
 * The observations of the real sector view, missing values included.
 * `sectorRows(engine, { indicator: 'E_AESELL', unit: 'PC_ENT', sizeClass: 'GE10', geos: ['FR',
 * 'EU28', 'EU27_2019'] })` → `[{ dataset: 'isoc_ec_eseln2', geo: 'EU27_2019', nace: 'C', … }, …]`
 */
export async function sectorRows(engine: Engine, key: SectorSeriesKey): Promise<Observation[]> {
	const rows = await engine.all<ObservationRow>(SECTOR_ROWS, [
		key.indicator,
		key.unit,
		key.sizeClass,
		key.geos.join(',')
	]);
	return rows.map(toObservation);
}
