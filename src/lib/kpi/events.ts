/**
 * Events as data: `data/events.json`, the dated facts the project can source (the CNNum plan and
 * the steps before it, as the press reported them), and its parser. A malformed file is refused
 * with the file and the field at fault (`events[2].date`), never half-read, like the targets file.
 */
import type { Bilingual } from '../domain/codes';
import { describeValue, isRecord } from './json-fields';
import { compareCodes } from '../domain/text';

/** What kind of event: a policy decision, a meeting, a report, a consultation, the plan itself. */
export type EventKind = 'policy' | 'meeting' | 'report' | 'consultation' | 'plan';
export const EVENT_KINDS: readonly EventKind[] = [
	'policy',
	'meeting',
	'report',
	'consultation',
	'plan'
];

/** Where the fact was read: a publication and its date (an address when known). */
export interface EventSource {
	publication: string;
	/** `2017-03-08`, `2016-07` or `2016`. */
	date: string;
	url?: string;
}

export interface TimelineEvent {
	id: string;
	/** As precise as the source: `2017-03-08`, `2016-03` or `2012`. */
	date: string;
	kind: EventKind;
	title: Bilingual;
	source: EventSource;
}

/** An events file that cannot be used, with the file and the field at fault. */
export class EventsError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		detail: string
	) {
		super(`${file}: ${field}: ${detail}`);
		this.name = 'EventsError';
	}
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a text is a date of a year, a month or a day. `isEventDate('2016-02-30')` → false */
export function isEventDate(text: string): boolean {
	const m = DATE.exec(text);
	if (!m) return false;
	if (!m[3]) return true;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCDate() === Number(m[3]);
}

/**
 * Fractional year of a date, to place it on a time axis where survey year `2016` sits at 2016:
 * a year at its start, a month at its first day, a day at itself.
 * `eventYear('2016-07-27')` → 2016.5683; `eventYear('2016')` → 2016
 */
export function eventYear(date: string): number {
	const m = DATE.exec(date);
	if (!m) throw new RangeError(`Unknown date "${date}": expected 2016, 2016-07 or 2016-07-27.`);
	const year = Number(m[1]);
	if (!m[2]) return year;
	const start = Date.UTC(year, 0, 1);
	const end = Date.UTC(year + 1, 0, 1);
	const at = Date.UTC(year, Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
	return Math.round((year + (at - start) / (end - start)) * 10000) / 10000;
}

/**
 * Reads the text of an events file, sorted by date. Throws an `EventsError` naming the field on
 * the first problem. `parseEvents('{"events":[…]}', 'data/events.json')[0].id` → `transition-numerique-2012`
 */
export function parseEvents(text: string, file: string): TimelineEvent[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new EventsError(file, '(file)', `not valid JSON (${(e as Error).message}).`);
	}
	if (!isRecord(json))
		throw new EventsError(file, '(file)', 'expected an object { "events": [...] }.');
	const list = json.events;
	if (!Array.isArray(list)) {
		throw new EventsError(file, 'events', `expected a list, got ${describeValue(list)}.`);
	}
	const seen = new Set<string>();
	const events = list.map((raw, i) => {
		const at = `events[${i}]`;
		const event = parseEvent(raw, at, file);
		if (seen.has(event.id)) {
			throw new EventsError(file, `${at}.id`, `"${event.id}" is used twice; ids must be unique.`);
		}
		seen.add(event.id);
		return event;
	});
	return events.sort((a, b) => eventYear(a.date) - eventYear(b.date) || compareCodes(a.id, b.id));
}

function parseEvent(raw: unknown, at: string, file: string): TimelineEvent {
	const fail = (field: string, detail: string): never => {
		throw new EventsError(file, `${at}.${field}`, detail);
	};
	if (!isRecord(raw))
		throw new EventsError(file, at, `expected an object, got ${describeValue(raw)}.`);
	const text = (o: Record<string, unknown>, field: string, name = field): string => {
		const v = o[field];
		if (typeof v !== 'string' || v.trim() === '')
			fail(name, `expected text, got ${describeValue(v)}.`);
		return (v as string).trim();
	};
	const id = text(raw, 'id');
	if (!SLUG.test(id))
		fail(
			'id',
			`expected a slug of lower-case letters, digits and dashes, got ${describeValue(id)}.`
		);
	const date = text(raw, 'date');
	if (!isEventDate(date))
		fail(
			'date',
			`expected a date such as "2017-03-08", "2016-07" or "2016", got ${describeValue(date)}.`
		);
	const kind = raw.kind;
	if (!EVENT_KINDS.includes(kind as EventKind)) {
		fail('kind', `expected one of ${EVENT_KINDS.join(', ')}, got ${describeValue(kind)}.`);
	}
	const title = raw.title;
	if (!isRecord(title))
		fail('title', `expected { "fr": "…", "en": "…" }, got ${describeValue(title)}.`);
	const t = title as Record<string, unknown>;
	const fr = text(t, 'fr', 'title.fr');
	const en = text(t, 'en', 'title.en');
	const s = raw.source;
	if (!isRecord(s)) {
		fail(
			'source',
			`expected { "publication": "…", "date": "…" }: an event is listed only with its source, got ${describeValue(s)}.`
		);
	}
	const so = s as Record<string, unknown>;
	const source: EventSource = {
		publication: text(so, 'publication', 'source.publication'),
		date: text(so, 'date', 'source.date')
	};
	if (!isEventDate(source.date))
		fail(
			'source.date',
			`expected a date such as "2017-03-08", "2016-07" or "2016", got ${describeValue(source.date)}.`
		);
	if (so.url !== undefined && so.url !== null) {
		if (typeof so.url !== 'string' || !/^https?:\/\/\S+$/.test(so.url)) {
			fail('source.url', `expected an http(s) address, got ${describeValue(so.url)}.`);
		}
		source.url = so.url as string;
	}
	return { id, date, kind: kind as EventKind, title: { fr, en }, source };
}
