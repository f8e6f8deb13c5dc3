/**
 * Dates as the site writes them, without the runtime's locale data (`Intl`): the same text in
 * every browser and in Node at build time, and no calendar data loaded in a page's opening.
 */
import type { Locale } from './locale';
import { MONTHS } from './period';

/** Month names written in full, as a report's cover and the catalogue write a day. */
export const LONG_MONTHS: Record<Locale, readonly string[]> = {
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/**
 * A day as a report's cover writes it, with the French ordinal for the first of the month.
 * `longDate('2026-12-01', 'fr')` → `1er décembre 2026`; `longDate('2026-12-01', 'en')` →
 * `1 December 2026`; also accepts `2016-07` (`juillet 2016`) and `2016`. A text that is not a
 * date is given back.
 */
export function longDate(iso: string, locale: Locale): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
	if (!m) return iso;
	const [, y, mo, d] = m;
	if (!mo) return y!;
	const month = LONG_MONTHS[locale][Number(mo) - 1];
	if (!month) return iso;
	if (!d) return `${month} ${y}`;
	const day = Number(d);
	const dayText = locale === 'fr' && day === 1 ? '1er' : String(day);
	return `${dayText}\u00a0${month} ${y}`;
}

/**
 * A moment in the reader's time zone, day month year and hour, with the months the periods use
 * (`Sep`, where en-GB's `Intl` now writes `Sept`). Not through `Intl`: its first date format on a
 * page loads the locale's calendar data, a 25 ms task (110 ms at CPU ×4) on /catalogue/ with an
 * import kept. A text that is not a date is given back.
 * `formatDateTime('2026-12-04T23:50:00', 'fr')` → `4 déc. 2026, 23:50`; in `'en'` → `4 Dec 2026, 23:50`.
 */
export function formatDateTime(iso: string, locale: Locale): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const two = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getDate()} ${MONTHS[locale][date.getMonth()]} ${date.getFullYear()}`;
	return `${day}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * Whether a year, month and day name a day of the calendar, leap years included.
 * `isCalendarDay(2024, 2, 29)` → `true`; `isCalendarDay(2026, 2, 30)` → `false`
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1)
		return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a day and a time of day (hours 0–23, minutes and seconds 0–59) are real, as text
 * fields of a date read them. `isRealMoment('2026', '02', '27', '24', '00')` → `false`
 */
export function isRealMoment(
	year: string,
	month: string,
	day: string,
	hour = '0',
	minute = '0',
	second = '0'
): boolean {
	return (
		isCalendarDay(Number(year), Number(month), Number(day)) &&
		Number(hour) <= 23 &&
		Number(minute) <= 59 &&
		Number(second) <= 59
	);
}

/**
 * An ISO 8601 day or moment as a file may write it (`2026-02-27`, `2026-02-27T11:00:00`, with
 * `Z` or an offset, with or without its colon), its offset written with a colon; `null` when it is
 * not a real day and time (`2026-02-30`, `2026-13-01`, `mars 2026`, a date followed by other text).
 * `isoMoment('2025-04-08T23:00:00+0200')` → `'2025-04-08T23:00:00+02:00'`
 */
export function isoMoment(text: string): string | null {
	const m =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
			text.trim()
		);
	if (!m) return null;
	const [, y, mo, d, h, mi, s] = m;
	if (!isRealMoment(y!, mo!, d!, h, mi, s)) return null;
	return text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

/**
 * A text cut around the ISO days it holds, so that a page can keep each day on one line (a
 * browser may break `2026-02-27` at its hyphens).
 * `aroundDays('mis à jour le 2026-02-27')` → `[{ text: 'mis à jour le ', day: false }, { text: '2026-02-27', day: true }]`
 */
export function aroundDays(text: string): { text: string; day: boolean }[] {
	return text
		.split(/(\d{4}-\d{2}-\d{2})/)
		.filter((part) => part !== '')
		.map((part) => ({ text: part, day: /^\d{4}-\d{2}-\d{2}$/.test(part) }));
}
