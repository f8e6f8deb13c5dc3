/**
 * Build-time data of the national target page and the method page beyond the targets' own rows:
 * France and the reference for every population and every real file (for the population switch
 * and pinned vintages), the CNNum verdict under each reading, and the press figures of 2016–17
 * reconciled. Bundled files only: an imported file does not change what the press printed.
 */
import { indicatorRows } from '../data/queries/indicator';
import { EU27_2020_MEMBERS } from '../domain/geo';
import { HEADLINE_FIELDS } from '../domain/headline';
import type { Observation } from '../domain/observation';
import { compareVintages, POPULATIONS, type DatasetVintage } from '../domain/population';
import { loadBundled } from '../server/bundled';
import { seriesLookup } from './lookup';
import {
	EU28_MEMBERS,
	PRESS_PERIODS,
	PRESS_QUOTES,
	PRESS_RANK,
	rankAmong,
	reconcile,
	type PressData
} from './press';
import {
	CNNUM_READINGS,
	defaultReading,
	sensitivityTable,
	type Reading,
	type SensitivityRow
} from './sensitivity';

export interface ReadingsData {
	/** France and the EU aggregates, every population, every real file (value or flagged gap). */
	nationalRows: Observation[];
	/** When each real file was published. */
	vintages: DatasetVintage[];
	sensitivity: { default: Reading; rows: SensitivityRow[]; datasets: Record<string, string> };
	press: PressData;
}

const NATIONAL_GEOS = new Set(['FR', 'EU27_2020', 'EU28']);

/**
 * Loads the national rows and computes the readings and the press figures on the bundled data.
 * `(await loadReadings()).sensitivity.rows[0]` → `{ gapStart: -1.11, gapEnd: -1.36, outcome: 'missed', … }`.
 */
export async function loadReadings(): Promise<ReadingsData> {
	const bundled = await loadBundled();
	const real = new Set(bundled.vintages.map((v) => v.dataset));
	const rows = (await indicatorRows(bundled.engine, HEADLINE_FIELDS)).filter((r) =>
		real.has(r.dataset)
	);
	// The newest file first: a population published twice is read from its latest edition.
	const newestFirst = [...bundled.vintages]
		.sort((a, b) => compareVintages(b.vintage, a.vintage))
		.map((v) => v.dataset);
	const series = seriesLookup(rows, newestFirst);
	const datasetOf = (population: string) =>
		newestFirst.find((d) => rows.some((r) => r.dataset === d && r.sizeClass === population)) ?? '';
	return {
		nationalRows: rows.filter((r) => NATIONAL_GEOS.has(r.geo)),
		vintages: bundled.vintages,
		sensitivity: {
			default: defaultReading(CNNUM_READINGS),
			rows: sensitivityTable(series, CNNUM_READINGS, 'FR'),
			datasets: Object.fromEntries(CNNUM_READINGS.population.map((p) => [p, datasetOf(p)]))
		},
		press: {
			quotes: reconcile(PRESS_QUOTES, series, POPULATIONS, PRESS_PERIODS),
			periods: PRESS_PERIODS,
			rank: {
				eu28: rankAmong(series, '10-249', PRESS_RANK.geo, EU28_MEMBERS, PRESS_RANK.period),
				eu27: rankAmong(series, '10-249', PRESS_RANK.geo, EU27_2020_MEMBERS, PRESS_RANK.period)
			},
			rankPrinted: PRESS_RANK.rank,
			rankPeriod: PRESS_RANK.period
		}
	};
}
