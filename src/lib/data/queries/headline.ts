import { sql, type Engine } from '../duckdb/engine';
import { keyParams, type SeriesKey } from './key';

/** One published figure with what a reader needs to trust it. */
export interface Figure {
	geo: string;
	period: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
}

/** France (or any focus geo) against a reference aggregate, for one series. */
export interface HeadlineComparison {
	/** Latest period in which focus and reference both have a value; null when there is none. */
	period: string | null;
	focus: Figure | null;
	reference: Figure | null;
	/** focus − reference, in percentage points, rounded to the precision published (2 decimals). */
	gap: number | null;
	/** Rank of the focus geo among the peer group's members with a value that period (ties shared). */
	rank: number | null;
	/** How many peer-group members have a value that period. */
	ranked: number;
	/** The focus geo's latest published period, even when its value is missing: the page says why. */
	focusLatest: Figure | null;
}

const LATEST_COMMON = sql`
	SELECT f.period AS period,
		f.value AS focus_value, f.flags AS focus_flags, f.conf_status AS focus_conf,
		r.value AS reference_value, r.flags AS reference_flags, r.conf_status AS reference_conf
	FROM observations f
	JOIN observations r
		ON r.dataset = f.dataset AND r.indicator = f.indicator AND r.unit = f.unit
		AND r.size_class = f.size_class AND r.nace = f.nace AND r.period = f.period
	WHERE f.dataset = ? AND f.indicator = ? AND f.unit = ? AND f.size_class = ? AND f.nace = ?
		AND f.geo = ? AND r.geo = ?
		AND f.value IS NOT NULL AND r.value IS NOT NULL
	ORDER BY f.period DESC
	LIMIT 1`;

const LATEST_OF_GEO = sql`
	SELECT geo, period, value, flags, conf_status
	FROM observations
	WHERE dataset = ? AND indicator = ? AND unit = ? AND size_class = ? AND nace = ? AND geo = ?
	ORDER BY period DESC
	LIMIT 1`;

// rank() gives tied countries the same rank and skips the next ones (competition ranking),
// which is how a reader counts "12e sur 27".
const RANK_IN_GROUP = sql`
	WITH peers AS (
		SELECT o.geo, o.value,
			rank() OVER (ORDER BY o.value DESC) AS position,
			count(*) OVER () AS ranked
		FROM observations o
		JOIN geo_group g ON g.geo = o.geo AND g.grp = ?
		WHERE o.dataset = ? AND o.indicator = ? AND o.unit = ? AND o.size_class = ? AND o.nace = ?
			AND o.period = ? AND o.value IS NOT NULL
	)
	SELECT CAST(position AS INTEGER) AS position, CAST(ranked AS INTEGER) AS ranked
	FROM peers WHERE geo = ?`;

const COUNT_IN_GROUP = sql`
	SELECT CAST(count(*) AS INTEGER) AS ranked
	FROM observations o
	JOIN geo_group g ON g.geo = o.geo AND g.grp = ?
	WHERE o.dataset = ? AND o.indicator = ? AND o.unit = ? AND o.size_class = ? AND o.nace = ?
		AND o.period = ? AND o.value IS NOT NULL`;

/**
 * The home page's headline: latest period where both have a value, never two different years
 * side by side. `headlineComparison(e, tin00111, 'FR', 'EU27_2020', 'EU27_2020')` →
 * `{ period: '2023', focus: { value: 13.43 ... }, reference: { value: 19.74 ... }, gap: -6.31, rank: 25, ranked: 27 ... }`
 */
export async function headlineComparison(
	engine: Engine,
	key: SeriesKey,
	focusGeo: string,
	referenceGeo: string,
	peerGroup: string
): Promise<HeadlineComparison> {
	const params = keyParams(key);
	const [latest] = await engine.all<{
		period: string;
		focus_value: number;
		focus_flags: string;
		focus_conf: string | null;
		reference_value: number;
		reference_flags: string;
		reference_conf: string | null;
	}>(LATEST_COMMON, [...params, focusGeo, referenceGeo]);
	const [focusLatestRow] = await engine.all<{
		geo: string;
		period: string;
		value: number | null;
		flags: string;
		conf_status: string | null;
	}>(LATEST_OF_GEO, [...params, focusGeo]);
	const focusLatest: Figure | null = focusLatestRow
		? {
				geo: focusLatestRow.geo,
				period: focusLatestRow.period,
				value: focusLatestRow.value,
				flags: focusLatestRow.flags,
				confStatus: focusLatestRow.conf_status
			}
		: null;
	if (!latest) {
		return {
			period: null,
			focus: null,
			reference: null,
			gap: null,
			rank: null,
			ranked: 0,
			focusLatest
		};
	}
	const [ranking] = await engine.all<{ position: number; ranked: number }>(RANK_IN_GROUP, [
		peerGroup,
		...params,
		latest.period,
		focusGeo
	]);
	const [count] = await engine.all<{ ranked: number }>(COUNT_IN_GROUP, [
		peerGroup,
		...params,
		latest.period
	]);
	return {
		period: latest.period,
		focus: {
			geo: focusGeo,
			period: latest.period,
			value: latest.focus_value,
			flags: latest.focus_flags,
			confStatus: latest.focus_conf
		},
		reference: {
			geo: referenceGeo,
			period: latest.period,
			value: latest.reference_value,
			flags: latest.reference_flags,
			confStatus: latest.reference_conf
		},
		// Published figures have two decimals; rounding the difference there avoids
		// binary noise such as -6.309999999999999 reaching a reader.
		gap: Math.round((latest.focus_value - latest.reference_value) * 100) / 100,
		rank: ranking?.position ?? null,
		ranked: count?.ranked ?? 0,
		focusLatest
	};
}
