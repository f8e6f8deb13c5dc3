import {
	DEFAULT_POPULATION,
	resolveSeries,
	type DatasetVintage,
	type Population,
	type ResolvedSeries,
	type SeriesFields
} from './population';

/**
 * The indicator the dashboard leads with, whatever the population: enterprises with e-sales of
 * at least 1% of turnover (E_ESELL), all activities except the financial sector, as a % of
 * enterprises.
 */
export const HEADLINE_FIELDS = {
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	nace: 'C10-S951_X_K'
} as const;

/**
 * The headline series of a population, before a file is chosen.
 * `headlineFields('GE10')` → `{ indicator: 'E_ESELL', unit: 'PC_ENT', sizeClass: 'GE10', nace: 'C10-S951_X_K' }`
 */
export function headlineFields(population: Population = DEFAULT_POPULATION): SeriesFields {
	return { ...HEADLINE_FIELDS, sizeClass: population };
}

/**
 * The headline series as the bundled data resolves it by default: SMEs (10–249) from
 * `isoc_ec_esels` (Eurostat, last update 27 February 2026), the only file that carries them.
 */
export const HEADLINE_SERIES = {
	dataset: 'isoc_ec_esels',
	...HEADLINE_FIELDS,
	sizeClass: DEFAULT_POPULATION
} as const;

/**
 * The headline of links made before the population switch: 10 persons employed or more from
 * table `tin00111` as published in Eurostat's data browser in 2025 (France's 2024 value missing).
 */
export const LEGACY_HEADLINE_SERIES = {
	dataset: 'tin00111',
	...HEADLINE_FIELDS,
	sizeClass: 'GE10'
} as const;

/**
 * The headline series of a population, read from one file: the pinned one, else the newest.
 * `headlineSeries('GE10', vintages, null)?.dataset` → `isoc_ec_esels`;
 * `headlineSeries('GE10', vintages, 'tin00111')?.dataset` → `tin00111`
 */
export function headlineSeries(
	population: Population,
	carriers: readonly DatasetVintage[],
	pinned: string | null = null
): ResolvedSeries | null {
	return resolveSeries(headlineFields(population), carriers, pinned);
}

/** Whom the dashboard is about, and whom it compares with. */
export const FOCUS_GEO = 'FR';
export const REFERENCE_GEO = 'EU27_2020';
/** The group whose members are ranked ("24e sur 27"). */
export const PEER_GROUP = 'EU27_2020';
