/**
 * What a reader chose about the markers of a time chart, as URL parameters shared by every page
 * with such a chart: `ev=0` hides the events of `data/events.json` (shown by default), and each
 * `ann=<date>~<text>` is an annotation of the reader's own (`ann=2020~Confinement`). Forgiving: an
 * annotation whose date does not parse is dropped, texts are cut to their limit.
 */
import { isEventDate } from '../kpi/events';

export interface Annotation {
	/** `2020`, `2020-03` or `2020-03-17`. */
	date: string;
	text: string;
}

export interface TimelineState {
	events: boolean;
	annotations: Annotation[];
}

export const EVENTS_PARAM = 'ev';
export const ANNOTATION_PARAM = 'ann';
export const MAX_ANNOTATIONS = 6;
export const MAX_ANNOTATION_TEXT = 80;

/**
 * `decodeTimeline('ev=0&ann=2020~Covid')` → `{ events: false, annotations: [{ date: '2020', text: 'Covid' }] }`
 */
export function decodeTimeline(input: URLSearchParams | string): TimelineState {
	const params = new URLSearchParams(input);
	const annotations: Annotation[] = [];
	for (const raw of params.getAll(ANNOTATION_PARAM)) {
		const cut = raw.indexOf('~');
		if (cut < 0) continue;
		const date = raw.slice(0, cut).trim();
		const text = cleanText(raw.slice(cut + 1));
		if (!isEventDate(date) || !text) continue;
		if (annotations.length < MAX_ANNOTATIONS) annotations.push({ date, text });
	}
	return { events: params.get(EVENTS_PARAM) !== '0', annotations };
}

/** One line of plain text within the limit. `cleanText('  a\nb ')` → `a b` */
export function cleanText(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, MAX_ANNOTATION_TEXT);
}

/**
 * The query string with the timeline's choices written in (defaults left out), other parameters
 * kept. `withTimeline('tab=trend', { events: false, annotations: [] })` → `tab=trend&ev=0`
 */
export function withTimeline(search: string, state: TimelineState): string {
	const params = new URLSearchParams(search);
	params.delete(EVENTS_PARAM);
	params.delete(ANNOTATION_PARAM);
	if (!state.events) params.set(EVENTS_PARAM, '0');
	for (const a of state.annotations.slice(0, MAX_ANNOTATIONS)) {
		params.append(ANNOTATION_PARAM, `${a.date}~${cleanText(a.text)}`);
	}
	return params.toString().replaceAll('%2C', ',');
}
