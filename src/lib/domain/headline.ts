/**
 * The series the home page leads with: Eurostat table tin00111 (dataset isoc_ec_esels),
 * enterprises with e-sales of at least 1% of turnover, 10+ persons employed, all activities
 * except the financial sector, as a % of enterprises.
 */
export const HEADLINE_SERIES = {
	dataset: 'tin00111',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K'
} as const;

/** Whom the dashboard is about, and whom it compares with. */
export const FOCUS_GEO = 'FR';
export const REFERENCE_GEO = 'EU27_2020';
/** The group whose members are ranked ("24e sur 27"). */
export const PEER_GROUP = 'EU27_2020';
