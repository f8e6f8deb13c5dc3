/**
 * The markers of a time chart as the page, the exports and the reports show them: the events of
 * `data/events.json` (unless the reader hid them) and the reader's own annotations, numbered in
 * date order, each with the sentence it is read out with and the line it is listed with.
 */
import type { Locale } from '../../domain/codes';
import type { ExploreMessages } from '../../i18n/explore';
import { numberMarkers, type MarkerInput } from '../../charts/events/layout';
import { eventYear, type TimelineEvent } from '../../kpi/events';
import type { TimelineState } from '../../state/timeline';
import { longDate } from '../../domain/dates';
import { semicolon } from '../../i18n/punctuation';

export interface ShownMarker extends MarkerInput {
	n: number;
	/** What a screen reader hears on the badge, and the tooltip. */
	label: string;
	/** The list line under the chart and in exports: `1. 8 mars 2017 — … (L'Usine Nouvelle, 8 mars 2017)`. */
	line: string;
	date: string;
}

/**
 * Events then annotations, numbered by date. `timelineMarkers(events, { events: true,
 * annotations: [{ date: '2020', text: 'Covid' }] }, tExplore('fr'), 'fr').at(-1)?.line` →
 * `7. 2020 — Covid (note du lecteur)`
 */
export function timelineMarkers(
	events: readonly TimelineEvent[],
	state: TimelineState,
	m: ExploreMessages,
	locale: Locale
): ShownMarker[] {
	const items = [
		...(state.events
			? events.map((e) => ({
					id: `event-${e.id}`,
					year: eventYear(e.date),
					kind: 'event' as const,
					date: e.date,
					text: e.title[locale],
					source: `${e.source.publication}, ${longDate(e.source.date, locale)}`
				}))
			: []),
		...state.annotations.map((a, i) => ({
			id: `note-${i}`,
			year: eventYear(a.date),
			kind: 'annotation' as const,
			date: a.date,
			text: a.text,
			source: null
		}))
	];
	return numberMarkers(items).map((it) => {
		const date = longDate(it.date, locale);
		const label =
			it.source === null
				? m.annotationLabel(it.n, date, it.text)
				: m.eventLabel(it.n, date, it.text, it.source);
		const line =
			it.source === null
				? `${it.n}. ${date} — ${it.text} (${m.readerNote})`
				: `${it.n}. ${date} — ${it.text} (${it.source})`;
		return { id: it.id, year: it.year, kind: it.kind, n: it.n, label, line, date: it.date };
	});
}

/**
 * The line that lists the markers shown under an exported picture or a report view, or `null`
 * when none is shown. `markersLine(markers, tExplore('en'), 'en')` → `Markers: 1. 2012 — … ; …`
 */
export function markersLine(
	markers: readonly Pick<ShownMarker, 'line'>[],
	m: ExploreMessages,
	locale: Locale
): string | null {
	if (markers.length === 0) return null;
	return m.markersNote(markers.map((x) => x.line).join(semicolon(locale)));
}
