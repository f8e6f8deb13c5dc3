/**
 * How many decimals published values are written with: plain numbers, no format nor locale, so
 * that kpi/ can work them out as it reads rows (the imported series a target does not rate,
 * kpi/outside.ts) as well as the charts. charts/core/format re-exports them.
 */

/**
 * The decimals that write every one of `values` exactly (its shortest round trip), the same for
 * all: values offered side by side, as a conflict's, never look alike when they differ (12,745
 * and 12,746 rounded to two decimals would), nor differ in form when one is whole (14 beside
 * 12,74 reads 14,00). At most 10; missing values count for nothing.
 * `sharedDecimals([14, 12.74])` → `2`; `sharedDecimals([12.745, 12.746])` → `3`
 */
export function sharedDecimals(values: readonly (number | null)[]): number {
	let most = 0;
	for (const v of values) {
		if (v === null || !Number.isFinite(v)) continue;
		const text = String(Math.abs(v));
		const exponent = /e-(\d+)$/.exec(text);
		const point = text.indexOf('.');
		const own = exponent
			? Number(exponent[1]) + (point < 0 ? 0 : text.indexOf('e') - point - 1)
			: point < 0
				? 0
				: text.length - point - 1;
		most = Math.max(most, own);
	}
	return Math.min(most, 10);
}

/** Decimals a value is shown with when nothing says otherwise: Eurostat's shares have two. */
export const VALUE_DECIMALS = 2;

/**
 * The decimals a published series is shown with: those its values are written with, the same for
 * all of them and at most two (`VALUE_DECIMALS`). E_AESELL, which Eurostat publishes in whole
 * percentages, reads `14 %`, not `14,00 %`, a precision it never had; E_ESELL keeps its two
 * decimals on every value, `13,00 %` beside `13,43 %` (a whole value of a two-decimal series is
 * published `13.00`). Worked out on the whole series (every geo and period), so that the same
 * figure reads alike in each view of it. `seriesDecimals([14, 18, 22])` → `0`;
 * `seriesDecimals([13, 13.43])` → `2`; `seriesDecimals([])` → `2`
 */
export function seriesDecimals(values: Iterable<number | null>): number {
	// Read as numbers, not as text, and only until a value has the most shown: a million values
	// of an imported file cost milliseconds, not the time of writing each one out (kpi/outside).
	const seen = new DecimalsSeen();
	for (const v of values) if (!seen.add(v)) break;
	return seen.decimals;
}

/**
 * `seriesDecimals` worked out as a series' values come, for a caller that reads its rows once
 * (kpi/outside). `const d = new DecimalsSeen(); d.add(16.4); d.add(17); d.decimals` → `1`
 */
export class DecimalsSeen {
	private most = -1;
	/** Reads one value (missing ones count for nothing); `false` once no value can add more. */
	add(v: number | null): boolean {
		if (v !== null && Number.isFinite(v) && this.most < VALUE_DECIMALS)
			this.most = Math.max(this.most, valueDecimals(v));
		return this.most < VALUE_DECIMALS;
	}
	/** Those of the values read, two (`VALUE_DECIMALS`) when none had a value. */
	get decimals(): number {
		return this.most < 0 ? VALUE_DECIMALS : this.most;
	}
}

/** Below this, `v * 10 ** VALUE_DECIMALS` is below 2^53: an exact integer when `v` is written so. */
const EXACT_PRODUCTS = 2 ** 53 / 10 ** VALUE_DECIMALS;

/**
 * The decimals one finite value is written with, at most two (`VALUE_DECIMALS`): what
 * `seriesDecimals` reads of each value, for a caller that works a series out as its rows come.
 * `valueDecimals(21)` → `0`; `valueDecimals(16.4)` → `1`; `valueDecimals(12.745)` → `2`
 */
export function valueDecimals(v: number): number {
	// Near 2^53 `v * 10^d` rounds, and a value of one decimal looked like two: no share is that
	// large, and the odd one is read as text; from 2^53 on every double is whole.
	if (Math.abs(v) >= 2 ** 53) return 0;
	if (Math.abs(v) >= EXACT_PRODUCTS) return Math.min(VALUE_DECIMALS, sharedDecimals([v]));
	// A value written with `d` decimals or fewer is the double nearest to an integer over 10^d:
	// the division of that integer by the exact power gives it back, and gives no other value.
	let own = 0;
	while (own < VALUE_DECIMALS && Math.round(v * 10 ** own) / 10 ** own !== v) own++;
	return own;
}
