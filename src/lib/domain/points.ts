/**
 * Differences between percentages. Eurostat publishes shares to one or two decimals, so a
 * difference has at most two: rounding to the hundredth removes the binary noise of the
 * subtraction (16.5 − 15.8 is 0.7, not 0.6999999999999993) and nothing the sources said.
 */

/** `hundredths(0.6999999999999993)` → 0.7; `hundredths(-4.386)` → −4.39 */
export const hundredths = (v: number): number => Math.round(v * 100) / 100;

/** The gap of `value` to `reference`, in percentage points. `pointsBetween(16.5, 15.8)` → 0.7 */
export const pointsBetween = (value: number, reference: number): number =>
	hundredths(value - reference);

/**
 * The change from `from` to `to` in per cent of `from`, to the tenth (what the change table shows
 * and its CSV writes: more digits would claim a precision the one-decimal shares do not have);
 * null from zero. `relativeChange(16.5, 13.43)` → −18.6; `relativeChange(0, 3)` → null
 */
export function relativeChange(from: number, to: number): number | null {
	if (from === 0) return null;
	return Math.round(((to - from) / from) * 1000) / 10 || 0;
}
