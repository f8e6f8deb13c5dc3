import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventsError, eventYear, isEventDate, parseEvents } from './events';

const ok = {
	id: 'plan-cnnum-2017',
	date: '2017-03-08',
	kind: 'plan',
	title: { fr: 'Plan', en: 'Plan' },
	source: { publication: "L'Usine Nouvelle", date: '2017-03-08' }
};
const file = (events: unknown[]) => JSON.stringify({ events });
const errorOf = (text: string): EventsError => {
	try {
		parseEvents(text, 'data/events.json');
	} catch (e) {
		return e as EventsError;
	}
	throw new Error('no error');
};

describe('parseEvents', () => {
	it.each([
		[{ ...ok, date: '2017-13' }, 'events[0].date'],
		[{ ...ok, date: '2016-02-30' }, 'events[0].date'],
		[{ ...ok, kind: 'party' }, 'events[0].kind'],
		[{ ...ok, title: { fr: 'Plan' } }, 'events[0].title.en'],
		[{ ...ok, source: undefined }, 'events[0].source'],
		[{ ...ok, source: { publication: 'X' } }, 'events[0].source.date'],
		[{ ...ok, source: { ...ok.source, url: 'ftp://x' } }, 'events[0].source.url'],
		[{ ...ok, id: 'Not A Slug' }, 'events[0].id']
	])('names the field at fault: %o → %s', (event, field) => {
		const e = errorOf(file([event]));
		expect(e).toBeInstanceOf(EventsError);
		expect(e.field).toBe(field);
		expect(e.message.startsWith(`data/events.json: ${field}: `)).toBe(true);
	});

	it('refuses an id used twice and a file that is not JSON', () => {
		expect(errorOf(file([ok, ok])).field).toBe('events[1].id');
		expect(errorOf('{').field).toBe('(file)');
		expect(errorOf('{"events": 3}').field).toBe('events');
	});

	it('sorts by date', () => {
		const got = parseEvents(file([ok, { ...ok, id: 'early', date: '2012' }]), 'e.json');
		expect(got.map((e) => e.id)).toEqual(['early', 'plan-cnnum-2017']);
	});
});

describe('dates', () => {
	it.each([
		['2016', 2016],
		['2016-07', 2016.4973], // 182 days of 366,
		['2016-07-27', 2016.5683],
		['2017-03-08', 2017.1808] // 66 days of 365
	])('%s → %d', (date, year) => {
		expect(eventYear(date)).toBe(year);
	});
	it('knows a real day', () => {
		expect(isEventDate('2016-02-29')).toBe(true);
		expect(isEventDate('2017-02-29')).toBe(false);
	});
});

describe('data/events.json as shipped', () => {
	const events = parseEvents(readFileSync('data/events.json', 'utf8'), 'data/events.json');
	it('holds the CNNum plan that data/targets.json cites, with its source', () => {
		const plan = events.find((e) => e.kind === 'plan');
		expect(plan).toMatchObject({
			date: '2017-03-08',
			source: { publication: "L'Usine Nouvelle", date: '2017-03-08' }
		});
		const targets = readFileSync('data/targets.json', 'utf8');
		expect(targets).toContain('mars 2017');
	});
	it('names a publication and a date for every event', () => {
		for (const e of events) {
			expect(e.source.publication.length).toBeGreaterThan(2);
			expect(isEventDate(e.source.date)).toBe(true);
		}
	});
});
