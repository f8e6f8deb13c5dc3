/**
 * A scenario as the target pages, the embeds, the reports and the exports show it: its paths for
 * the tracker, its sentence, and its own labelled table (never mixed into the observations' CSV).
 * Pure, so page, embed and report compute the same thing from the same state.
 */
import { formatPercentPoints } from '../../charts/core/format';
import { pointsBetween } from '../../domain/points';
import type { Locale } from '../../domain/codes';
import type { ExploreMessages } from '../../i18n/explore';
import type { KpiPoint } from '../../kpi/measures';
import {
	lastKnown,
	scenarioHorizon,
	scenarioPath,
	type ScenarioClosing,
	type ScenarioPath
} from '../../kpi/scenario';
import type { ScenarioState } from '../../state/scenario';

export interface ScenarioShown {
	path: ScenarioPath;
	/** What the tracker draws (`TrackerInput.scenario`). */
	tracker: {
		france: ScenarioPath['france'];
		eu: ScenarioPath['eu'];
		closingYear: number | null;
	};
}

/**
 * The scenario's paths from the latest published values of France and the reference, up to a
 * horizon that shows the closing year (or 10 years when it never closes); null without a state or
 * without a published value. `showScenario(fr, eu, { france: 1, eu: 0.4, preset: null }, '2019')
 * ?.path.closing` → `{ kind: 'year', year: 2033 }`
 */
export function showScenario(
	france: readonly KpiPoint[],
	reference: readonly KpiPoint[],
	state: ScenarioState | null,
	deadline: string
): ScenarioShown | null {
	if (!state) return null;
	const f = lastKnown(france);
	const e = lastKnown(reference);
	if (!f || !e) return null;
	const first = scenarioPath(f, e, state, Number(e.period));
	const until = scenarioHorizon(first.from, first.closing, Number(deadline));
	const path = scenarioPath(f, e, state, until);
	return {
		path,
		tracker: {
			france: path.france,
			eu: path.eu,
			closingYear: path.closing.kind === 'year' ? path.closing.year : null
		}
	};
}

/** The outcome in words. `closingText({ kind: 'never' }, tExplore('fr'))` → `Avec ces rythmes, l’écart ne se comble jamais.` */
export function closingText(c: ScenarioClosing, m: ExploreMessages): string {
	if (c.kind === 'year') return m.closesIn(c.year);
	if (c.kind === 'closed') return m.closedAlready(c.year);
	return m.neverCloses;
}

/**
 * The sentence that labels a scenario wherever it goes (under the chart, in the SVG export, in a
 * report). `scenarioSentence(shown, state, m, 'fr')` → `Scénario (hypothèse, pas une donnée) :
 * France +1,00 pts par an, moyenne UE +0,40 pts par an, … L’écart se comble en 2033.`
 */
export function scenarioSentence(
	shown: ScenarioShown,
	state: ScenarioState,
	m: ExploreMessages,
	locale: Locale
): string {
	return m.scenarioLine(
		formatPercentPoints(state.france, locale),
		formatPercentPoints(state.eu, locale),
		closingText(shown.path.closing, m)
	);
}

/**
 * The scenario's own table, one row per year, every row marked as scenario: exported as a separate
 * file, never in the observations' CSV. `scenarioCsv(shown, m).rows[0]` → `{ period: '2025',
 * france: 15.2, eu: 19.59, gap: -4.39, kind: 'scénario' }`
 */
export function scenarioCsv(
	shown: ScenarioShown,
	m: ExploreMessages
): {
	columns: { key: string; fr: string; en: string }[];
	rows: Record<string, string | number | null>[];
} {
	const c = m.scenarioColumns;
	const column = (key: keyof typeof c) => ({ key, fr: c[key], en: c[key] });
	const eu = new Map(shown.path.eu.map((p) => [p.period, p.value]));
	const fr = new Map(shown.path.france.map((p) => [p.period, p.value]));
	const periods = [...new Set([...fr.keys(), ...eu.keys()])].sort();
	return {
		columns: [column('period'), column('france'), column('eu'), column('gap'), column('kind')],
		rows: periods.map((period) => {
			const f = fr.get(period) ?? null;
			const e = eu.get(period) ?? null;
			return {
				period,
				france: f,
				eu: e,
				gap: f === null || e === null ? null : pointsBetween(f, e),
				kind: m.scenarioKind
			};
		})
	};
}
