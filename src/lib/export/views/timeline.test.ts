import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tExplore } from '../../i18n/explore';
import { parseEvents } from '../../kpi/events';
import { markersLine, timelineMarkers } from './timeline';

const events = parseEvents(readFileSync('data/events.json', 'utf8'), 'data/events.json');

describe('timelineMarkers', () => {
	it('numbers events and annotations by date, each with its source or as a reader’s note', () => {
		const got = timelineMarkers(
			events,
			{ events: true, annotations: [{ date: '2020-03', text: 'Confinement' }] },
			tExplore('fr'),
			'fr'
		);
		expect(got.map((g) => g.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const plan = got.find((g) => g.id === 'event-plan-cnnum-2017')!;
		expect(plan.line).toBe(
			"6. 8\u00a0mars 2017 — Le CNNum remet son plan d’action : rejoindre la moyenne européenne en deux ans (L'Usine Nouvelle, 8\u00a0mars 2017)"
		);
		expect(got.at(-1)).toMatchObject({
			kind: 'annotation',
			line: '7. mars 2020 — Confinement (note du lecteur)'
		});
	});

	it('leaves the events out when the reader hides them, keeping the annotations', () => {
		const got = timelineMarkers(
			events,
			{ events: false, annotations: [{ date: '2020', text: 'Covid' }] },
			tExplore('en'),
			'en'
		);
		expect(got).toHaveLength(1);
		expect(got[0]!.label).toBe('Marker 1: 2020 — Covid (reader’s note)');
	});
});

describe('markersLine', () => {
	it('lists the markers shown in one line for a picture or a report, or nothing', () => {
		const shown = timelineMarkers(
			events,
			{ events: false, annotations: [{ date: '2020', text: 'Covid' }] },
			tExplore('en'),
			'en'
		);
		expect(markersLine(shown, tExplore('en'), 'en')).toBe(
			'Markers: 1. 2020 — Covid (reader’s note)'
		);
		const all = timelineMarkers(events, { events: true, annotations: [] }, tExplore('fr'), 'fr');
		const line = markersLine(all, tExplore('fr'), 'fr')!;
		expect(line.startsWith('Repères : 1. 2012 — ')).toBe(true);
		expect(line.split('\u202f; ')).toHaveLength(6);
		expect(markersLine([], tExplore('fr'), 'fr')).toBeNull();
		expect(markersLine([{ line: 'A' }, { line: 'B' }], tExplore('en'), 'en')).toBe('Markers: A; B');
	});
});
