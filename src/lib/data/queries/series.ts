import { sql, type Engine } from '../duckdb/engine';
import { keyParams, type SeriesKey } from './key';

/** One observation of a time series, as a chart receives it. */
export interface SeriesRow {
	geo: string;
	period: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
}

// Geo codes travel as one comma-joined parameter split inside SQL, so a list of any length
// stays a bound value and never becomes SQL text. (Eurostat geo codes contain no comma.)
const SERIES = sql`
	SELECT geo, period, value, flags, conf_status
	FROM observations
	WHERE dataset = ? AND indicator = ? AND unit = ? AND size_class = ? AND nace = ?
		AND list_contains(string_split(?, ','), geo)
	ORDER BY geo, period`;

/**
 * Every observation of a series for the given geos, missing values included (value null, with
 * their flags). `seriesFor(e, key, ['FR','EU27_2020'])` → `[{ geo: 'EU27_2020', period: '2013', value: 13.79, ... }, ...]`
 */
export async function seriesFor(
	engine: Engine,
	key: SeriesKey,
	geos: readonly string[]
): Promise<SeriesRow[]> {
	if (geos.length === 0) return [];
	const rows = await engine.all<{
		geo: string;
		period: string;
		value: number | null;
		flags: string;
		conf_status: string | null;
	}>(SERIES, [...keyParams(key), geos.join(',')]);
	return rows.map((r) => ({
		geo: r.geo,
		period: r.period,
		value: r.value,
		flags: r.flags,
		confStatus: r.conf_status
	}));
}
