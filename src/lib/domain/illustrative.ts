/**
 * Codes of the illustrative (invented) series. They are never Eurostat's: an illustrative file
 * that said `E_ESELL` / `PC_ENT` could pass for a Eurostat table once cropped, copied or merged.
 * A target measured on a real series is shown its illustrative stand-in (same population, these
 * codes) only where no real or imported series covers the unit, and always labelled as such.
 */

/** Prefix of every illustrative indicator and unit code. */
export const ILLUSTRATIVE_PREFIX = 'ILLUS_';

/** The stand-in of `E_ESELL`, the only indicator the bundled illustrative files imitate. */
export const ILLUSTRATIVE_INDICATOR = 'ILLUS_ESELL';
/** The stand-in of `PC_ENT`. */
export const ILLUSTRATIVE_UNIT = 'ILLUS_PC';

/**
 * The illustrative code standing in for a real indicator code.
 * `illustrativeIndicatorOf('E_ESELL')` → `ILLUS_ESELL`
 */
export function illustrativeIndicatorOf(indicator: string): string {
	return `${ILLUSTRATIVE_PREFIX}${indicator.replace(/^E_/, '')}`;
}

/**
 * The illustrative code standing in for a real unit code. `illustrativeUnitOf('PC_ENT')` → `ILLUS_PC`
 */
export function illustrativeUnitOf(unit: string): string {
	return unit === 'PC_ENT' ? ILLUSTRATIVE_UNIT : `${ILLUSTRATIVE_PREFIX}${unit}`;
}

/** Whether a code is an illustrative one. `isIllustrativeCode('ILLUS_PC')` → true */
export function isIllustrativeCode(code: string): boolean {
	return code.startsWith(ILLUSTRATIVE_PREFIX);
}

/**
 * Whether a row of `indicator`/`unit` is the illustrative stand-in of a series.
 * `standsInFor({ indicator: 'ILLUS_ESELL', unit: 'ILLUS_PC' }, { indicator: 'E_ESELL', unit: 'PC_ENT' })` → true
 */
export function standsInFor(
	row: { indicator: string; unit: string },
	series: { indicator: string; unit: string }
): boolean {
	return (
		row.indicator === illustrativeIndicatorOf(series.indicator) &&
		row.unit === illustrativeUnitOf(series.unit)
	);
}
