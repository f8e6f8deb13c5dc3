import { sql, type Engine } from '../duckdb/engine';
import type { SeriesFields } from '../../domain/population';

// Which files publish a series for some geos: the candidates among which one vintage is chosen.
// Regions and sectors live in other files under the same codes; asking for the national geos
// keeps those files out of the choice.
const CARRIERS = sql`
	SELECT DISTINCT dataset
	FROM observations
	WHERE indicator = ? AND unit = ? AND size_class = ? AND nace = ?
		AND list_contains(string_split(?, ','), geo)
	ORDER BY dataset`;

/**
 * The datasets that hold a series for at least one of the geos (a value or a flagged gap).
 * `datasetsCarrying(e, { indicator: 'E_ESELL', unit: 'PC_ENT', sizeClass: 'GE10', nace:
 * 'C10-S951_X_K' }, ['FR', 'EU27_2020'])` → `['isoc_ec_esels', 'tin00111']`
 */
export async function datasetsCarrying(
	engine: Engine,
	fields: SeriesFields,
	geos: readonly string[]
): Promise<string[]> {
	if (geos.length === 0) return [];
	const rows = await engine.all<{ dataset: string }>(CARRIERS, [
		fields.indicator,
		fields.unit,
		fields.sizeClass,
		fields.nace,
		geos.join(',')
	]);
	return rows.map((r) => r.dataset);
}
