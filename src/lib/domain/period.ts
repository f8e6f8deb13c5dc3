import type { Locale } from './locale';
import { compareCodes } from './text';

/**
 * Eurostat period strings (`2023`, `2023-S1`, `2023-Q1`, `2023-01`, `2023-W05`, `2023-01-15`),
 * converted to numbers in this one place so that no Date object (and no time zone) is involved.
 */
interface ParsedPeriod {
	year: number;
	/** Start of the period as a fraction of the year, in [0, 1). */
	start: number;
	/** Length of the period as a fraction of the year: 1 for a year, 0.25 for a quarter. */
	span: number;
	kind: 'year' | 'semester' | 'quarter' | 'month' | 'week' | 'day';
	/** Number of the sub-period (semester, quarter, month, week) or day of month. */
	index: number;
	month: number;
}

const PATTERN = /^(\d{4})(?:-(?:(S)([12])|(Q)([1-4])|(W)(\d{2})|(\d{2})(?:-(\d{2}))?|M(\d{2})))?$/;

function parse(period: string): ParsedPeriod | null {
	const m = PATTERN.exec(period.trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2]) {
		const s = Number(m[3]);
		return { year, start: (s - 1) / 2, span: 0.5, kind: 'semester', index: s, month: 0 };
	}
	if (m[4]) {
		const q = Number(m[5]);
		return { year, start: (q - 1) / 4, span: 0.25, kind: 'quarter', index: q, month: 0 };
	}
	if (m[6]) {
		const w = Number(m[7]);
		if (w < 1 || w > 53) return null;
		return { year, start: (w - 1) / 53, span: 1 / 53, kind: 'week', index: w, month: 0 };
	}
	const monthText = m[8] ?? m[10];
	if (monthText) {
		const month = Number(monthText);
		if (month < 1 || month > 12) return null;
		if (m[9]) {
			const day = Number(m[9]);
			if (day < 1 || day > 31) return null;
			// Days are spread evenly inside their month: close enough for positioning on an axis.
			const start = (month - 1) / 12 + (day - 1) / (31 * 12);
			return { year, start, span: 1 / (31 * 12), kind: 'day', index: day, month };
		}
		return { year, start: (month - 1) / 12, span: 1 / 12, kind: 'month', index: month, month };
	}
	return { year, start: 0, span: 1, kind: 'year', index: 0, month: 0 };
}

/**
 * Whether a string is a period this module understands.
 * `isPeriod('2023-Q1')` → `true`; `isPeriod('Q1 2023')` → `false`.
 */
export function isPeriod(period: string): boolean {
	return parse(period) !== null;
}

/**
 * Fractional year of the start of a period, for placing it on an x axis.
 * `periodToNumber('2023-Q2')` → `2023.25`. Throws a `RangeError` naming the string when it is not
 * a Eurostat period, because a silently misplaced point would be worse than an error.
 */
export function periodToNumber(period: string): number {
	const p = parse(period);
	if (!p) {
		throw new RangeError(
			`Unknown period "${period}": expected a Eurostat period such as 2023, 2023-Q1, 2023-S1 or 2023-01.`
		);
	}
	return p.year + p.start;
}

/**
 * Sort order for Eurostat periods, usable with `Array.prototype.sort`.
 * `['2023-Q2', '2022', '2023-Q1'].sort(comparePeriods)` → `['2022', '2023-Q1', '2023-Q2']`.
 * At the same start, the longer period comes first (`2023` before `2023-Q1`); strings that are not
 * periods go last, in plain string order, so the sort never throws and stays deterministic.
 */
export function comparePeriods(a: string, b: string): number {
	const pa = parse(a);
	const pb = parse(b);
	if (pa && pb) {
		const sa = pa.year + pa.start;
		const sb = pb.year + pb.start;
		if (sa !== sb) return sa < sb ? -1 : 1;
		if (pa.span !== pb.span) return pa.span > pb.span ? -1 : 1;
	} else if (pa) return -1;
	else if (pb) return 1;
	return compareCodes(a, b);
}

/** Abbreviated month names, as the site writes a month in a period or a date. */
export const MONTHS: Record<Locale, readonly string[]> = {
	fr: [
		'janv.',
		'févr.',
		'mars',
		'avr.',
		'mai',
		'juin',
		'juil.',
		'août',
		'sept.',
		'oct.',
		'nov.',
		'déc.'
	],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/**
 * A period as a reader says it. `formatPeriod('2023-Q1', 'fr')` → `T1 2023`; `formatPeriod('2023-Q1',
 * 'en')` → `Q1 2023`; a year stays `2023`; an unknown string comes back unchanged.
 */
export function formatPeriod(period: string, locale: Locale): string {
	const p = parse(period);
	if (!p) return period;
	const fr = locale === 'fr';
	switch (p.kind) {
		case 'year':
			return String(p.year);
		case 'semester':
			return `${fr ? 'S' : 'H'}${p.index} ${p.year}`;
		case 'quarter':
			return `${fr ? 'T' : 'Q'}${p.index} ${p.year}`;
		case 'month':
			return `${MONTHS[locale][p.month - 1]} ${p.year}`;
		case 'week':
			return `${fr ? 'sem. ' : 'W'}${String(p.index).padStart(2, '0')} ${p.year}`;
		case 'day':
			return fr
				? `${p.index} ${MONTHS.fr[p.month - 1]} ${p.year}`
				: `${p.index} ${MONTHS.en[p.month - 1]} ${p.year}`;
	}
}
