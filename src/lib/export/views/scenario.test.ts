import { describe, expect, it } from 'vitest';
import { tExplore } from '../../i18n/explore';
import type { KpiPoint } from '../../kpi/measures';
import { scenarioCsv, scenarioSentence, showScenario } from './scenario';

const pts = (values: Record<string, number | null>): KpiPoint[] =>
	Object.entries(values).map(([period, value]) => ({
		period,
		value,
		flags: value === null ? 'u' : ''
	}));
const FR = pts({ '2023': 12.74, '2024': 13.89, '2025': 15.2 });
const EU = pts({ '2023': 19.09, '2024': 20.13, '2025': 19.59 });

describe('showScenario', () => {
	it('starts at the latest published values and runs one year past the closing year', () => {
		const s = showScenario(FR, EU, { france: 1, eu: 0.4, preset: null }, '2019')!;
		expect(s.path.france[0]).toEqual({ period: '2025', value: 15.2 });
		expect(s.path.closing).toEqual({ kind: 'year', year: 2033 });
		expect(s.path.france.at(-1)?.period).toBe('2034');
		expect(s.tracker.closingYear).toBe(2033);
	});

	it('skips a missing latest value and says when the gap never closes', () => {
		const fr = pts({ '2023': 13.43, '2024': null });
		const s = showScenario(fr, EU, { france: 0.2, eu: 0.4, preset: null }, '2019')!;
		expect(s.path.france[0]).toEqual({ period: '2023', value: 13.43 });
		expect(s.path.closing).toEqual({ kind: 'never' });
		expect(s.tracker.closingYear).toBeNull();
	});

	it('is nothing without a state or a published value', () => {
		expect(showScenario(FR, EU, null, '2019')).toBeNull();
		expect(
			showScenario(pts({ '2024': null }), EU, { france: 1, eu: 0, preset: null }, '2019')
		).toBeNull();
	});
});

describe('how a scenario is labelled and exported', () => {
	const state = { france: 1, eu: 0.4, preset: null };
	const s = showScenario(FR, EU, state, '2019')!;

	it.each([
		[
			'fr',
			'Scénario (hypothèse, pas une donnée) : France +1,00\u00a0pt par an, moyenne UE +0,40\u00a0pt par an, à partir des dernières valeurs publiées. Avec ces rythmes, l’écart se comble en 2033.'
		],
		[
			'en',
			'Scenario (a hypothesis, not data): France +1.00\u00a0pp a year, EU average +0.40\u00a0pp a year, from the latest published values. At these paces, the gap closes in 2033.'
		]
	] as const)('%s sentence', (locale, expected) => {
		expect(scenarioSentence(s, state, tExplore(locale), locale)).toBe(expected);
	});

	it('is a table of its own, every row marked as scenario', () => {
		const csv = scenarioCsv(s, tExplore('fr'));
		expect(csv.rows[0]).toEqual({
			period: '2025',
			france: 15.2,
			eu: 19.59,
			gap: -4.39,
			kind: 'scénario'
		});
		expect(csv.rows.every((r) => r.kind === 'scénario')).toBe(true);
		expect(csv.columns.map((c) => c.fr)).toContain('France, scénario (%)');
	});
});
