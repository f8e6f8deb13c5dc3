import { sql, type Engine } from '../duckdb/engine';
import { toObservation, type ObservationRow } from './observation-row';
import type { Observation } from '../../domain/observation';

// A series is worth comparing when at least two geos have a value in it: a series of France
// alone (the illustrative sector set) has nobody to be compared with. The geo list travels as one
// comma-joined bound parameter, split inside SQL (Eurostat geo codes contain no comma).
const COMPARABLE = sql`
	WITH scoped AS (
		SELECT * FROM observations WHERE list_contains(string_split(?, ','), geo)
	),
	comparable AS (
		SELECT dataset, indicator, unit, size_class, nace
		FROM scoped
		WHERE value IS NOT NULL
		GROUP BY dataset, indicator, unit, size_class, nace
		HAVING count(DISTINCT geo) >= 2
	)
	SELECT s.dataset, s.indicator, s.unit, s.size_class, s.nace, s.geo, s.period, s.value,
		s.flags, s.conf_status
	FROM scoped s
	JOIN comparable c USING (dataset, indicator, unit, size_class, nace)
	ORDER BY s.dataset, s.indicator, s.unit, s.size_class, s.nace, s.geo, s.period`;

/**
 * Every observation of the series that can be compared across the given geos (countries and
 * aggregates, not regions), missing values included with their flags: the comparison page picks
 * indicator, size class, sector, peers and year among these rows without another query.
 * `comparisonRows(e, ['FR', 'DE', 'EU27_2020'])` → `[{ dataset: 'tin00111', geo: 'DE', period:
 * '2013', value: 19.6, ... }, ...]`
 */
export async function comparisonRows(
	engine: Engine,
	geos: readonly string[]
): Promise<Observation[]> {
	if (geos.length === 0) return [];
	const rows = await engine.all<ObservationRow>(COMPARABLE, [geos.join(',')]);
	return rows.map(toObservation);
}
