import { sql, type Engine } from '../duckdb/engine';

/** What one loaded dataset covers. */
export interface DatasetCoverage {
	dataset: string;
	sourceFile: string;
	observations: number;
	missing: number;
	geos: number;
	firstPeriod: string;
	lastPeriod: string;
}

const COVERAGE = sql`
	SELECT dataset, source_file,
		CAST(count(*) AS INTEGER) AS observations,
		CAST(count(*) FILTER (WHERE value IS NULL) AS INTEGER) AS missing,
		CAST(count(DISTINCT geo) AS INTEGER) AS geos,
		min(period) AS first_period, max(period) AS last_period
	FROM observations
	GROUP BY dataset, source_file
	ORDER BY dataset, source_file`;

/** One line per loaded file. `datasetCoverage(e)` → `[{ dataset: 'tin00111', observations: 432, ... }]` */
export async function datasetCoverage(engine: Engine): Promise<DatasetCoverage[]> {
	const rows = await engine.all<{
		dataset: string;
		source_file: string;
		observations: number;
		missing: number;
		geos: number;
		first_period: string;
		last_period: string;
	}>(COVERAGE);
	return rows.map((r) => ({
		dataset: r.dataset,
		sourceFile: r.source_file,
		observations: r.observations,
		missing: r.missing,
		geos: r.geos,
		firstPeriod: r.first_period,
		lastPeriod: r.last_period
	}));
}
