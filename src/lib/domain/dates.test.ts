import { describe, expect, it } from 'vitest';
import { aroundDays, formatDateTime, isCalendarDay, isoMoment, longDate } from './dates';

describe('longDate', () => {
	it.each([
		['2026-12-01', 'fr', '1er\u00a0décembre 2026'],
		['2026-12-02', 'fr', '2\u00a0décembre 2026'],
		['2026-12-01', 'en', '1\u00a0December 2026'],
		['2017-03-08T10:00:00Z', 'fr', '8\u00a0mars 2017'],
		['2016-07', 'fr', 'juillet 2016'],
		['2016', 'en', '2016'],
		['soon', 'fr', 'soon']
	] as const)('%s (%s) → %s', (iso, locale, expected) => {
		expect(longDate(iso, locale)).toBe(expected);
	});
});

describe('formatDateTime', () => {
	it('writes a moment as fr-FR and en-GB write a medium date and a short time', () => {
		expect(formatDateTime('2026-12-04T23:50:00', 'fr')).toBe('4 déc. 2026, 23:50');
		expect(formatDateTime('2026-12-04T23:50:00', 'en')).toBe('4 Dec 2026, 23:50');
		expect(formatDateTime('2026-02-09T00:05:00', 'fr')).toBe('9 févr. 2026, 00:05');
		expect(formatDateTime('2026-09-15T12:00:00', 'en')).toBe('15 Sep 2026, 12:00');
	});

	it('gives what Intl gives here, every month, at hours from midnight to late evening (September in English aside: the site writes Sep, en-GB now Sept)', () => {
		for (let month = 0; month < 12; month++) {
			for (const hour of [0, 7, 12, 23]) {
				const date = new Date(2025, month, 1 + month * 2, hour, month * 5);
				const iso = date.toISOString();
				for (const [locale, tag] of [
					['fr', 'fr-FR'],
					['en', 'en-GB']
				] as const) {
					const intl = date
						.toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' })
						.replace(' Sept ', ' Sep ');
					expect(formatDateTime(iso, locale)).toBe(intl);
				}
			}
		}
	});

	it('gives back a text that is not a date', () => {
		expect(formatDateTime('hier', 'fr')).toBe('hier');
	});
});

describe('isCalendarDay', () => {
	it.each([
		[2024, 2, 29, true],
		[2026, 2, 29, false],
		[2026, 2, 30, false],
		[2026, 4, 31, false],
		[2026, 12, 31, true],
		[2026, 13, 1, false],
		[2026, 0, 10, false],
		[2026, 1, 0, false]
	])('%i-%i-%i → %s', (y, m, d, ok) => {
		expect(isCalendarDay(y, m, d)).toBe(ok);
	});
});

describe('isoMoment', () => {
	it.each([
		['2026-02-27', '2026-02-27'],
		['2026-02-27T11:00:00', '2026-02-27T11:00:00'],
		[' 2025-04-08T23:00:00+0200 ', '2025-04-08T23:00:00+02:00'],
		['2025-04-08T23:00:00Z', '2025-04-08T23:00:00Z'],
		['2026-02-27 11:00', '2026-02-27 11:00'],
		['2026-02-30', null],
		['2026-13-01', null],
		['2026-02-27T24:00:00', null],
		['2026-02-30 garbage', null],
		['2026-02-27 garbage', null],
		['mars 2026', null],
		['', null]
	])('%j → %j', (text, iso) => {
		expect(isoMoment(text)).toBe(iso);
	});
});

describe('aroundDays', () => {
	it('cuts a text around its days, and leaves a text without one whole', () => {
		expect(aroundDays('mis à jour entre le 2026-02-27 et le 2026-11-20')).toEqual([
			{ text: 'mis à jour entre le ', day: false },
			{ text: '2026-02-27', day: true },
			{ text: ' et le ', day: false },
			{ text: '2026-11-20', day: true }
		]);
		expect(aroundDays('édition 2025')).toEqual([{ text: 'édition 2025', day: false }]);
	});
});
