/**
 * What a target view shows beyond its figures, from the address: the what-if scenario (presets,
 * paths, sentence, own table) and the markers of its timeline. One pure function for the
 * /objectifs/ page, its embed and its report view, so all three draw the same thing.
 */
import type { Locale } from '../../domain/codes';
import type { ExploreMessages } from '../../i18n/explore';
import type { TimelineEvent } from '../../kpi/events';
import type { KpiPoint } from '../../kpi/measures';
import { scenarioPresets, type MeasuredPace, type ScenarioPreset } from '../../kpi/scenario';
import {
	closingText,
	scenarioCsv,
	scenarioSentence,
	showScenario,
	type ScenarioShown
} from './scenario';
import type { Target } from '../../kpi/targets';
import type { TrackedUnit } from '../../kpi/track';
import { decodeScenario, SCENARIO_PARAM, type ScenarioState } from '../../state/scenario';
import {
	ANNOTATION_PARAM,
	decodeTimeline,
	EVENTS_PARAM,
	type TimelineState
} from '../../state/timeline';
import { pickChoices } from '../report-state';
import { POPULATION_PARAM, VINTAGE_PARAM } from '../../domain/population';
import { markersLine, timelineMarkers, type ShownMarker } from './timeline';

/** The address parameters a national target view keeps (in reports, embeds, links). */
export const TARGET_VIEW_KEYS = [
	'cible',
	POPULATION_PARAM,
	VINTAGE_PARAM,
	SCENARIO_PARAM,
	EVENTS_PARAM,
	ANNOTATION_PARAM
] as const;

export interface TargetExplore {
	scenario: ScenarioState | null;
	timeline: TimelineState;
	presets: ScenarioPreset[];
	euPace: MeasuredPace | null;
	shown: ScenarioShown | null;
	/** When the gap closes under the scenario, in words; empty without one. */
	outcome: string;
	markers: ShownMarker[];
	/** Lines for exported pictures and reports: the scenario's sentence, then the markers. */
	notes: string[];
	/** The scenario's own table, or null. */
	csv: ReturnType<typeof scenarioCsv> | null;
	/** The view's choices as a query string, for "Ajouter au rapport" and the embed. */
	choices: string;
}

/**
 * `targetExplore({ search: 'scenario=1,0.4', national, reference, target, countries, events, m,
 * locale }).outcome` → `Avec ces rythmes, l’écart se comble en 2033.`
 */
export function targetExplore(input: {
	search: string;
	national: TrackedUnit | null;
	reference: readonly KpiPoint[];
	target: Target;
	countries: Record<string, KpiPoint[]> | undefined;
	events: readonly TimelineEvent[];
	m: ExploreMessages;
	locale: Locale;
}): TargetExplore {
	const { national, reference, target, m, locale } = input;
	const scenario = decodeScenario(input.search);
	const timeline = decodeTimeline(input.search);
	const a = national?.assessment ?? null;
	const { presets, euPace } =
		national && a
			? scenarioPresets({
					france: national.series.points,
					reference,
					countries: new Map(Object.entries(input.countries ?? {})),
					focus: national.key,
					referenceGeo: target.referenceGeo,
					target,
					targetValue: a.targetValue,
					requiredPace: a.requiredPace
				})
			: { presets: [], euPace: null };
	const shown = national
		? showScenario(national.series.points, reference, scenario, target.deadline)
		: null;
	const markers = timelineMarkers(input.events, timeline, m, locale);
	const listed = markersLine(markers, m, locale);
	const notes = [
		...(shown && scenario ? [scenarioSentence(shown, scenario, m, locale)] : []),
		...(listed === null ? [] : [listed])
	];
	return {
		scenario,
		timeline,
		presets,
		euPace,
		shown,
		outcome: shown ? closingText(shown.path.closing, m) : '',
		markers,
		notes,
		csv: shown ? scenarioCsv(shown, m) : null,
		choices: pickChoices(input.search, TARGET_VIEW_KEYS)
	};
}
