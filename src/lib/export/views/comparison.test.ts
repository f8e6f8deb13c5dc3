import { describe, expect, it } from 'vitest';
import { tComparison } from '../../i18n/comparison';
import { loadBundled } from '../../server/bundled';
import { defaultState, type ComparisonState } from '../../state/comparison';
import { seriesOptions } from '../../state/options';
import { columnsOf } from '../../data/ingest/columns';
import { REPORT_LOADERS } from '../report-data.server';
import {
	comparableSeries,
	comparisonFigures,
	embedState,
	tabOf,
	type ComparisonData
} from './comparison';

// On the bundled data, as the embeds and the report get it at build time.
const data = (await REPORT_LOADERS.comparison!(await loadBundled())) as ComparisonData;
const figures = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
	comparisonFigures(
		comparableSeries(data.rows, []),
		data.sources,
		{ ...defaultState(), ...state },
		tComparison(locale),
		locale
	)!;

describe('comparisonFigures', () => {
	it.each([
		// tab, year asked, year shown (the latest with France and the EU), title
		['ranking', '2015', '2015', 'Classement des pays de l’UE, 2015'],
		['map', '2019', '2019', 'Carte de l’Europe, 2019'],
		['ranking', '1990', '2023', 'Classement des pays de l’UE, 2023'],
		['gap', null, '2023', 'Écart entre la France et la moyenne UE, en points de pourcentage']
	] as const)('%s for %s: year %s, titled "%s"', (tab, year, shown, title) => {
		const f = figures({ tab, year });
		expect(f.year).toBe(shown);
		expect(f.title).toBe(title);
		expect(f.source?.dataset).toBe('tin00111');
		expect(f.synthetic).toBe(false);
	});

	it('ranks France 12th of 27 in 2015 with 16.5 %, as the comparison page does', () => {
		const f = figures({ tab: 'ranking', year: '2015' });
		const fr = f.ranking.bars.find((b) => b.geo === 'FR');
		expect(fr).toMatchObject({ rank: 12, value: 16.5 });
		expect(f.ranking.ranked).toBe(27);
		expect(f.reference.label).toBe('Moyenne UE à 27');
	});

	it.each([
		// peers asked, peers kept (France is never its own peer, unknown codes go)
		[
			['DE', 'IT'],
			['DE', 'IT']
		],
		[['FR', 'XX', 'EU27_2020'], ['EU27_2020']],
		[[], []]
	])('peers %j → %j, France first in the trend', (asked, kept) => {
		const f = figures({ tab: 'trend', peers: asked });
		expect(f.peers).toEqual(kept);
		expect(f.trend.map((s) => s.geo)).toEqual([
			'FR',
			...kept.filter((g) => g === 'EU27_2020'),
			...kept.filter((g) => g !== 'EU27_2020')
		]);
	});

	it('ranks imported columns with the bundled rows of the same series, regions left out', () => {
		const fr2015 = data.rows.find(
			(r) => r.geo === 'FR' && r.period === '2015' && r.dataset === 'tin00111'
		)!;
		const imported = columnsOf([
			// A candidate country the bundled file does not have, and a region (not comparable).
			{ ...fr2015, geo: 'CH', value: 40 },
			{ ...fr2015, geo: 'FR10', value: 99 },
			// A series of its own, with two countries: offered as a choice.
			{ ...fr2015, dataset: 'mine', geo: 'NO', value: 1 },
			{ ...fr2015, dataset: 'mine', geo: 'SE', value: 2 }
		]);
		const index = comparableSeries(data.rows, [imported]);
		const f = comparisonFigures(
			index,
			data.sources,
			{ ...defaultState(), tab: 'map', year: '2015' },
			tComparison('fr'),
			'fr'
		)!;
		expect(f.mapValues.find((v) => v.geo === 'CH')?.value).toBe(40);
		expect(f.mapValues.some((v) => v.geo === 'FR10')).toBe(false);
		expect(seriesOptions(index, new Set()).some((o) => o.dataset === 'mine')).toBe(true);
	});

	it('keeps a missing value missing on the map (null, never 0)', () => {
		const f = figures({ tab: 'map', year: '2013' });
		expect(f.mapValues.length).toBeGreaterThan(20);
		expect(f.mapValues.every((v) => v.value === null || v.value > 0)).toBe(true);
		expect(f.mapValues.some((v) => v.value === 0)).toBe(false);
	});

	it('labels an illustrative series, in English too', () => {
		const f = figures({ tab: 'trend', dataset: 'synth_esell_reg', sizeClass: '10-249' }, 'en');
		// The regional file has no country rows: the comparison falls back to a real series.
		expect(f.series.dataset).toBe('tin00111');
		expect(f.title).toContain('France and the chosen countries');
	});

	it('gap points are France minus the EU average', () => {
		const f = figures({ tab: 'gap' });
		const p = f.gaps.find((g) => g.period === '2023')!;
		expect(p.gap).toBeCloseTo(p.focus! - p.reference!, 10);
	});
});

describe('embedState', () => {
	it.each([
		['ranking', '?tab=map&view=table&year=2015&peers=DE', 'ranking', '2015', ['DE']],
		['map', '', 'map', null, ['DE', 'IE', 'LT', 'HR', 'EU27_2020']]
	] as const)('%s with "%s" → tab %s, year %s', (tab, search, wantTab, year, peers) => {
		const s = embedState(tab, search);
		expect(s.tab).toBe(wantTab);
		expect(s.view).toBe('chart');
		expect(s.year).toBe(year);
		expect(s.peers).toEqual(peers);
	});
});

describe('tabOf', () => {
	it.each([
		['map', 'map'],
		['gap', 'gap'],
		[undefined, 'trend'],
		['<script>', 'trend']
	])('%s → %s', (asked, tab) => {
		expect(tabOf(asked)).toBe(tab);
	});
});
