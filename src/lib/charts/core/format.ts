import { formatLocale, type FormatLocaleObject } from 'd3';
import type { Locale } from '../../domain/locale';
import { VALUE_DECIMALS } from '../../domain/decimals';

export { comparePeriods, formatPeriod, isPeriod, periodToNumber } from '../../domain/period';
export { seriesDecimals, sharedDecimals, VALUE_DECIMALS } from '../../domain/decimals';

/** U+2212, the real minus sign: a hyphen is shorter and screen readers may skip it. */
export const MINUS = '\u2212';
/** U+202F, narrow no-break space: French thousands separator and the space before `%`. */
export const NNBSP = '\u202f';
/** U+00A0, no-break space: keeps a number and its unit word on one line. */
export const NBSP = '\u00a0';

/*
 * d3-format locales written out rather than taken from d3's locale files, so that the French
 * thousands separator is the narrow no-break space that the Imprimerie nationale and Intl use
 * (d3's fr-FR file has the wider U+00A0) and the output never depends on the runtime's ICU data.
 */
const LOCALES: Record<Locale, FormatLocaleObject> = {
	fr: formatLocale({
		decimal: ',',
		thousands: NNBSP,
		grouping: [3],
		currency: ['', `${NBSP}€`],
		minus: MINUS
	}),
	en: formatLocale({
		decimal: '.',
		thousands: ',',
		grouping: [3],
		currency: ['€', ''],
		minus: MINUS
	})
};

/** Shown for a value that is not a finite number, instead of `NaN` or `∞`. */
export const NOT_A_NUMBER = '—';

/** 10⁰ to 10²⁰, each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 21 }, (_, i) => 10 ** i);

/**
 * Rounds half away from zero at `decimals` places, in decimal rather than binary arithmetic, so
 * that `1.005` becomes `1.01` as a reader expects (`toFixed` gives `1.00`).
 * `roundHalfAway(-0.5, 0)` → `-1`
 */
export function roundHalfAway(v: number, decimals: number): number {
	const sign = v < 0 ? -1 : 1;
	// Fast path (a page formats thousands of values while it hydrates; the text round trip below
	// was a good part of that, issue #18): far from a half, binary arithmetic rounds the same way
	// as decimal, and an integer divided by an exact power of ten is the nearest double, as the
	// parsed text is. Below 1e-6 JavaScript writes numbers with an exponent: left to the slow path.
	const magnitude = Math.abs(v);
	const scale = POWERS_OF_TEN[decimals]!;
	const scaled = magnitude * scale;
	if (magnitude >= 1e-6 && scaled < 1e9) {
		const fraction = scaled - Math.floor(scaled);
		if (Math.abs(fraction - 0.5) > 1e-6) return sign * (Math.round(scaled) / scale);
	}
	const shifted = Number(`${Math.abs(v)}e${decimals}`);
	const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
	// Outside the range where the exponent trick is exact, fall back to plain rounding.
	if (!Number.isFinite(rounded)) return v;
	return sign * rounded;
}

function checkDecimals(decimals: number): number {
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
		throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}.`);
	}
	return decimals;
}

/**
 * A number with the locale's decimal mark, thousands separator and minus sign.
 * `formatNumber(-12345.678, 'fr', 1)` → `−12 345,7` (narrow no-break space between groups).
 */
export function formatNumber(v: number, locale: Locale, decimals = 0): string {
	if (!Number.isFinite(v)) return NOT_A_NUMBER;
	const d = checkDecimals(decimals);
	// d3-format drops the sign of a value that rounds to zero, so `−0,00` never appears.
	return fixedFormat(locale, d)(roundHalfAway(v, d));
}

/**
 * One d3 formatter per locale and number of decimals, made once: `format(spec)` parses its
 * specifier and builds closures on every call, and a page labels thousands of points while it
 * hydrates (issue #18: it was the largest part of opening /comparer/).
 */
const FIXED: Record<Locale, ((n: number) => string)[]> = { fr: [], en: [] };
function fixedFormat(locale: Locale, decimals: number): (n: number) => string {
	return (FIXED[locale][decimals] ??= LOCALES[locale].format(`,.${decimals}f`));
}

/**
 * A value as published, with its unit. Eurostat percentages arrive as percentages (13.43 means
 * 13.43 %), so nothing is multiplied by 100.
 * `formatValue(13.425, 'fr')` → `13,43 %` (U+202F before `%`); `formatValue(13.425, 'en')` →
 * `13.43%`.
 */
export function formatValue(
	v: number,
	locale: Locale,
	opts: { decimals?: number; unit?: 'percent' | 'none' } = {}
): string {
	const text = formatNumber(v, locale, opts.decimals ?? VALUE_DECIMALS);
	if (text === NOT_A_NUMBER || (opts.unit ?? 'percent') === 'none') return text;
	return locale === 'fr' ? `${text}${NNBSP}%` : `${text}%`;
}

/**
 * A difference between two percentages, in percentage points, always signed so that the reader
 * sees the direction. `formatPercentPoints(-6.314, 'fr')` → `−6,31 pts`; `(1.85, 'fr')` → `+1,85 pt`;
 * `formatPercentPoints(2.5, 'en', 1)` → `+2.5 pp`; a value that rounds to zero has no sign.
 */
export function formatPercentPoints(v: number, locale: Locale, decimals = 2): string {
	const text = formatNumber(v, locale, decimals);
	if (text === NOT_A_NUMBER) return text;
	const rounded = roundHalfAway(v, decimals);
	const signed = rounded > 0 ? `+${text}` : text;
	return `${signed}${NBSP}${pointUnit(rounded, locale)}`;
}

/**
 * The unit of a difference in percentage points as shown: French `pt` below two and `pts` from
 * two (the rule for « point », on the value as rounded for display), English `pp`. One rule for
 * the cards, tables, axes and sentences: the same gap never reads `−1,11 pt` here and `−1,11 pts`
 * there. `pointUnit(1.85, 'fr')` → `pt`; `pointUnit(-4.39, 'fr')` → `pts`
 */
export function pointUnit(rounded: number, locale: Locale): string {
	if (locale !== 'fr') return 'pp';
	return Math.abs(rounded) < 2 ? 'pt' : 'pts';
}
