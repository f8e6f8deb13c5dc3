import type { Locale } from '../../domain/locale';
import { formatValue, VALUE_DECIMALS } from './format';
import { semicolon } from '../../i18n/punctuation';
import { comparePeriods, formatPeriod } from '../../domain/period';

/** What a text description needs from a series: its name and its points, gaps included. */
export interface DescribableSeries {
	label: string;
	points: readonly { period: string; value: number | null; flags?: string }[];
}

const WORDS = {
	fr: {
		colon: '\u00a0:',
		from: 'de',
		to: 'à',
		none: 'aucune valeur disponible',
		missing: (list: string) => `valeur non disponible en ${list}`,
		breaks: (list: string) => `rupture de série en ${list}`,
		and: 'et',
		empty: 'Aucune donnée.'
	},
	en: {
		colon: ':',
		from: 'from',
		to: 'to',
		none: 'no value available',
		missing: (list: string) => `no value for ${list}`,
		breaks: (list: string) => `break in series in ${list}`,
		and: 'and',
		empty: 'No data.'
	}
} as const;

function list(items: string[], locale: Locale): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${WORDS[locale].and} ${items.at(-1)}`;
}

function describeOne(series: DescribableSeries, locale: Locale, decimals: number): string {
	const w = WORDS[locale];
	const points = [...series.points].sort((a, b) => comparePeriods(a.period, b.period));
	const known = points.filter((p): p is typeof p & { value: number } => p.value !== null);
	const at = (p: { period: string; value: number }) =>
		`${formatValue(p.value, locale, { decimals })} (${formatPeriod(p.period, locale)})`;
	const parts: string[] = [];
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) parts.push(w.none);
	else if (first === last) parts.push(at(first));
	else parts.push(`${w.from} ${at(first)} ${w.to} ${at(last)}`);
	// Gaps and breaks are said out loud: a sighted reader sees them as holes and squares.
	const missing = points.filter((p) => p.value === null).map((p) => formatPeriod(p.period, locale));
	if (known.length > 0 && missing.length > 0) parts.push(w.missing(list(missing, locale)));
	const breaks = known
		.filter((p) => p.flags?.includes('b'))
		.map((p) => formatPeriod(p.period, locale));
	if (breaks.length > 0) parts.push(w.breaks(list(breaks, locale)));
	return `${series.label}${w.colon} ${parts.join(', ')}`;
}

/**
 * One sentence per series for screen readers: first and last known values with their periods,
 * then the periods without a value and the breaks in series.
 * `describeTrend([{ label: 'France', points: [{ period: '2013', value: 11.45 }, { period: '2023',
 * value: 13.43 }] }], 'fr')` → `France : de 11,45 % (2013) à 13,43 % (2023).` The values have
 * `decimals` (their series': `seriesDecimals`), two unless said.
 */
export function describeTrend(
	series: readonly DescribableSeries[],
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	if (series.length === 0) return WORDS[locale].empty;
	const sep = semicolon(locale);
	return `${series.map((s) => describeOne(s, locale, decimals)).join(sep)}.`;
}
