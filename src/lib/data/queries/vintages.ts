import { sql, type Engine } from '../duckdb/engine';
import type { DatasetVintage, SeriesFields } from '../../domain/population';

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

/** A series published in two files, and how many cells (geo × period) both hold. */
export interface SharedSeries {
	datasets: [string, string];
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
	cells: number;
}

// Every pair of files that publish the same cells (same series, geo and period): a pair is
// listed once, its two codes in alphabetical order; the caller orders them by vintage.
const SHARED = sql`
	SELECT a.dataset AS a, b.dataset AS b, a.indicator, a.unit, a.size_class, a.nace,
		CAST(count(*) AS INTEGER) AS cells
	FROM observations a
	JOIN observations b
		ON b.indicator = a.indicator AND b.unit = a.unit AND b.size_class = a.size_class
		AND b.nace = a.nace AND b.geo = a.geo AND b.period = a.period AND b.dataset > a.dataset
	GROUP BY a.dataset, b.dataset, a.indicator, a.unit, a.size_class, a.nace
	ORDER BY a.dataset, b.dataset, a.indicator, a.unit, a.size_class, a.nace`;

/**
 * The series that two loaded files both publish, with the number of common cells.
 * `sharedSeries(e)` → `[{ datasets: ['isoc_ec_esels', 'tin00111'], sizeClass: 'GE10', cells: 400, … }]`
 */
export async function sharedSeries(engine: Engine): Promise<SharedSeries[]> {
	const rows = await engine.all<{
		a: string;
		b: string;
		indicator: string;
		unit: string;
		size_class: string;
		nace: string;
		cells: number;
	}>(SHARED);
	return rows.map((r) => ({
		datasets: [r.a, r.b],
		indicator: r.indicator,
		unit: r.unit,
		sizeClass: r.size_class,
		nace: r.nace,
		cells: r.cells
	}));
}

/** One cell as two vintages publish it. */
export interface CellPair {
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
	geo: string;
	period: string;
	old: { value: number | null; flags: string; confStatus: string | null };
	new: { value: number | null; flags: string; confStatus: string | null };
}

// The cells two files both publish. A revision is any difference in value, flags or
// confidentiality status; IS DISTINCT FROM treats two missing values as equal.
const CELL_PAIRS = sql`
	SELECT o.indicator, o.unit, o.size_class, o.nace, o.geo, o.period,
		o.value AS old_value, o.flags AS old_flags, o.conf_status AS old_conf,
		n.value AS new_value, n.flags AS new_flags, n.conf_status AS new_conf,
		(o.value IS DISTINCT FROM n.value OR o.flags IS DISTINCT FROM n.flags
			OR o.conf_status IS DISTINCT FROM n.conf_status) AS revised
	FROM observations o
	JOIN observations n
		ON n.indicator = o.indicator AND n.unit = o.unit AND n.size_class = o.size_class
		AND n.nace = o.nace AND n.geo = o.geo AND n.period = o.period
	WHERE o.dataset = ? AND n.dataset = ?
	ORDER BY o.indicator, o.unit, o.size_class, o.nace, o.geo, o.period`;

/**
 * Every cell an older and a newer file both publish, and whether the newer one revised it.
 * `cellPairs(e, 'tin00111', 'isoc_ec_esels').filter((c) => c.revised)` →
 * `[{ geo: 'MT', period: '2024', old: { value: 32.03, … }, new: { value: 31.92, … }, revised: true }]`
 */
export async function cellPairs(
	engine: Engine,
	older: string,
	newer: string
): Promise<(CellPair & { revised: boolean })[]> {
	const rows = await engine.all<{
		indicator: string;
		unit: string;
		size_class: string;
		nace: string;
		geo: string;
		period: string;
		old_value: number | null;
		old_flags: string;
		old_conf: string | null;
		new_value: number | null;
		new_flags: string;
		new_conf: string | null;
		revised: boolean;
	}>(CELL_PAIRS, [older, newer]);
	return rows.map((r) => ({
		indicator: r.indicator,
		unit: r.unit,
		sizeClass: r.size_class,
		nace: r.nace,
		geo: r.geo,
		period: r.period,
		old: { value: r.old_value, flags: r.old_flags, confStatus: r.old_conf },
		new: { value: r.new_value, flags: r.new_flags, confStatus: r.new_conf },
		revised: r.revised
	}));
}

/** Two editions of the same series, and what the newer one changed. */
export interface VintageComparison {
	older: DatasetVintage;
	newer: DatasetVintage;
	/** The series both publish. */
	series: SeriesFields[];
	/** Cells (series × geo × period) both publish. */
	common: number;
	/** Cells whose value, flags or confidentiality status differ, in series, geo, period order. */
	revisions: CellPair[];
}
