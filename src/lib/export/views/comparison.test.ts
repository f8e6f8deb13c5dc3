import { describe, expect, it } from 'vitest';
import { tComparison } from '../../i18n/comparison';
import { loadBundled } from '../../server/bundled';
import { decodeState, defaultState, type ComparisonState } from '../../state/comparison';
import { seriesGroup, seriesOptions } from '../../state/options';
import { columnsOf, observationsOf, unpackColumns } from '../../data/ingest/columns';
import { statisticKey } from '../../data/ingest/merge';
import { REPORT_LOADERS } from '../report-data.server';
import { revisedCopy, smeFigure } from './testing';
import {
	afterPick,
	breakdownRows,
	comparableSeries,
	comparisonFigures,
	comparisonSourceLine,
	comparisonSourcesLine,
	embedState,
	figureKey,
	importedSources,
	pickComparedSeries,
	tabOf,
	type ComparisonData
} from './comparison';

// On the bundled data, as the embeds and the report get it at build time.
const data = (await REPORT_LOADERS.comparison!(await loadBundled())) as ComparisonData;
const bundled = unpackColumns(data.columns);
const bundledRows = observationsOf(bundled);
const figures = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
	comparisonFigures(
		comparableSeries(bundled, []),
		data.sources,
		{ ...defaultState(), ...state },
		tComparison(locale),
		locale
	)!;

describe('comparisonFigures', () => {
	it.each([
		// tab, year asked, year shown (the latest with France and the EU), title
		['ranking', '2015', '2015', 'Classement des pays de l’UE à 27, 2015'],
		['map', '2019', '2019', 'Carte de l’Europe, 2019'],
		['ranking', '1990', '2025', 'Classement des pays de l’UE à 27, 2025'],
		['gap', null, '2025', 'Écart entre la France et la moyenne UE, en points de pourcentage']
	] as const)('%s for %s: year %s, titled "%s"', (tab, year, shown, title) => {
		const f = figures({ tab, year });
		expect(f.year).toBe(shown);
		expect(f.title).toBe(title);
		expect(f.heading).toBe(`${title} — PME (10 à 249 personnes occupées)`);
		expect(f.source?.dataset).toBe('isoc_ec_esels');
		expect(f.synthetic).toBe(false);
	});

	it('opens on SMEs of the newest file: 2025 France 15.20 against 19.59, 21st of 27', () => {
		const f = figures({ tab: 'ranking' });
		expect(f.series).toEqual({
			dataset: 'isoc_ec_esels',
			indicator: 'E_ESELL',
			unit: 'PC_ENT',
			sizeClass: '10-249',
			nace: 'C10-S951_X_K'
		});
		expect(f.resolved).toMatchObject({ chosen: 'newest', vintage: '2026-02-27T11:00:00' });
		expect(f.ranking.bars.find((b) => b.geo === 'FR')).toMatchObject({ rank: 21, value: 15.2 });
		expect(f.reference).toEqual({ label: 'Moyenne UE à 27', value: 19.59 });
		expect(f.rankLine).toBe('France : 21e sur 27 en 2025 (UE à 27)');
		expect(f.gaps.find((g) => g.period === '2025')?.gap).toBeCloseTo(-4.39, 10);
	});

	it('shows 10+ from the newest file (2025: 16.04 against 20.26), or from tin00111 when pinned', () => {
		const newest = figures({ tab: 'ranking', sizeClass: 'GE10' }, 'en');
		expect(newest.series.dataset).toBe('isoc_ec_esels');
		expect(newest.year).toBe('2025');
		expect(newest.ranking.bars.find((b) => b.geo === 'FR')?.value).toBe(16.04);
		expect(newest.reference.value).toBe(20.26);
		expect(newest.heading).toBe(
			'Ranking of EU27 countries, 2025 — enterprises with 10 or more persons employed'
		);
		expect(newest.resolved.vintages.map((v) => v.dataset)).toEqual(['tin00111', 'isoc_ec_esels']);
		const pinned = figures({ tab: 'ranking', sizeClass: 'GE10', dataset: 'tin00111' });
		expect(pinned.series.dataset).toBe('tin00111');
		expect(pinned.resolved.chosen).toBe('pinned');
		expect(pinned.year).toBe('2023');
		// The one revision between the two files: Malta 2024.
		const mt = (f: typeof pinned) =>
			f.rows.find((r) => r.geo === 'MT' && r.period === '2024')?.value;
		expect([mt(pinned), mt(newest)]).toEqual([32.03, 31.92]);
	});

	it('a link made before the population switch still ranks France 12th of 27 in 2015 on 10+ with 16.5 %', () => {
		const f = comparisonFigures(
			comparableSeries(bundled, []),
			data.sources,
			decodeState('v=1&tab=ranking&year=2015'),
			tComparison('fr'),
			'fr'
		)!;
		expect(f.series).toMatchObject({ dataset: 'tin00111', sizeClass: 'GE10' });
		const fr = f.ranking.bars.find((b) => b.geo === 'FR');
		expect(fr).toMatchObject({ rank: 12, value: 16.5 });
		expect(f.ranking.ranked).toBe(27);
		expect(f.reference.label).toBe('Moyenne UE à 27');
	});

	it('ranks in the EU of the time where EU28 is published: SMEs 2015, 13th of 28 (12th of 27 today)', () => {
		const eu27 = figures({ tab: 'ranking', year: '2015' });
		expect(eu27.groups).toEqual(['EU27_2020', 'EU28']);
		expect(eu27.group).toBe('EU27_2020');
		expect(eu27.rankLine).toBe('France : 12e sur 27 en 2015 (UE à 27)');
		expect(eu27.reference.value).toBe(15.61);
		const eu28 = figures({ tab: 'ranking', year: '2015', group: 'EU28' });
		expect(eu28.group).toBe('EU28');
		expect(eu28.ranking.ranked).toBe(28);
		expect(eu28.ranking.bars.find((b) => b.geo === 'FR')).toMatchObject({ rank: 13, value: 15.85 });
		expect(eu28.ranking.bars.some((b) => b.geo === 'UK')).toBe(true);
		expect(eu28.reference).toEqual({ label: 'Moyenne UE à 28', value: 16.16 });
		expect(eu28.rankLine).toBe('France : 13e sur 28 en 2015 (UE à 28)');
		expect(eu28.title).toBe('Classement des pays de l’UE à 28, 2015');
		// No EU28 average after 2019: today's EU, said as such.
		const late = figures({ tab: 'ranking', year: '2025', group: 'EU28' }, 'en');
		expect(late.groups).toEqual(['EU27_2020']);
		expect(late.group).toBe('EU27_2020');
		expect(late.rankLine).toBe('France: 21st of 27 in 2025 (EU27)');
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
		const fr2015 = bundledRows.find(
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
		const index = comparableSeries(bundled, [imported]);
		const f = comparisonFigures(
			index,
			data.sources,
			{ ...defaultState(), tab: 'map', year: '2015', dataset: 'tin00111', sizeClass: 'GE10' },
			tComparison('fr'),
			'fr'
		)!;
		expect(f.mapValues.find((v) => v.geo === 'CH')?.value).toBe(40);
		expect(f.mapValues.some((v) => v.geo === 'FR10')).toBe(false);
		expect(seriesOptions(index, new Set()).some((o) => o.dataset === 'mine')).toBe(true);
	});

	it("groups a page's packed rows once: files imported later find its series grouped, and the one shown unpacked", () => {
		const fr2015 = bundledRows.find(
			(r) => r.geo === 'FR' && r.period === '2015' && r.dataset === 'tin00111'
		)!;
		const key = (r: typeof fr2015) => ({
			dataset: r.dataset,
			indicator: r.indicator,
			unit: r.unit,
			sizeClass: r.sizeClass,
			nace: r.nace
		});
		const before = comparableSeries(data.columns, []);
		const shown = seriesGroup(before, key(fr2015))!;
		const rows = shown.rows();
		const imported = {
			id: 'import-1',
			columns: columnsOf([{ ...fr2015, dataset: 'mine', geo: 'NO', value: 1 }])
		};
		const after = comparableSeries(data.columns, [imported]);
		// The bundled series are the same groups, their rows already unpacked (the same array).
		expect(seriesGroup(after, key(fr2015))!.rows()).toBe(rows);
		expect(after.groups.length).toBe(before.groups.length + 1);
		// And what grouping the unpacked rows afresh gives.
		const fresh = comparableSeries(bundled, []);
		expect(before.groups.map((g) => [g.key, [...g.geos], g.origins])).toEqual(
			fresh.groups.map((g) => [g.key, [...g.geos], g.origins])
		);
		expect(rows).toEqual(seriesGroup(fresh, key(fr2015))!.rows());
	});

	it('names the imported file a series is read from, even when it carries a bundled dataset code', () => {
		// An imported copy of isoc_ec_esels (DATAFLOW ESTAT:ISOC_EC_ESELS) with an indicator the
		// bundled file does not have: its source is the imported file, never the bundled table.
		const fr2023 = bundledRows.find(
			(r) => r.geo === 'FR' && r.period === '2023' && r.dataset === 'isoc_ec_esels'
		)!;
		const rows = ['FR', 'DE', 'IT'].map((geo, i) => ({
			...fr2023,
			indicator: 'E_AWS_CMP',
			sizeClass: 'GE10',
			geo,
			value: 14 + i,
			flags: ''
		}));
		const file = {
			id: 'import-1',
			dataset: 'isoc_ec_esels',
			file: 'places-de-marche.csv',
			importedAt: '2026-11-23T10:00:00Z',
			synthetic: false,
			columns: columnsOf(rows),
			report: { lastUpdate: '2026-02-27T11:00:00' }
		};
		const sources = [...data.sources, ...importedSources([file])];
		const f = comparisonFigures(
			comparableSeries(bundled, [file]),
			sources,
			{ ...defaultState(), tab: 'ranking', indicator: 'E_AWS_CMP', sizeClass: 'GE10' },
			tComparison('fr'),
			'fr'
		)!;
		expect(f.series).toMatchObject({ dataset: 'isoc_ec_esels', indicator: 'E_AWS_CMP' });
		expect(f.sources.map((s) => s.file)).toEqual(['places-de-marche.csv']);
		expect(f.source?.publisher).toBe('places-de-marche.csv');
		expect(comparisonSourcesLine(f.sources, 'fr', 'illustratif')).toContain('places-de-marche.csv');
		expect(comparisonSourcesLine(f.sources, 'fr', 'illustratif')).not.toContain('Eurostat');

		// The same file completing a bundled series (a country the table lacks): both files named.
		const extra = { ...file, columns: columnsOf([{ ...fr2023, geo: 'CH', value: 40 }]) };
		const merged = comparisonFigures(
			comparableSeries(bundled, [extra]),
			sources,
			{ ...defaultState(), tab: 'ranking', dataset: 'isoc_ec_esels', sizeClass: fr2023.sizeClass },
			tComparison('fr'),
			'fr'
		)!;
		expect(merged.series.dataset).toBe('isoc_ec_esels');
		expect(merged.sources.map((s) => s.publisher)).toEqual(['Eurostat', 'places-de-marche.csv']);
		// A bundled series no imported file touches keeps its bundled source alone.
		const alone = comparisonFigures(
			comparableSeries(bundled, [file]),
			sources,
			{ ...defaultState(), tab: 'ranking', dataset: 'isoc_ec_esels', sizeClass: '10-249' },
			tComparison('fr'),
			'fr'
		)!;
		expect(alone.sources.map((s) => s.publisher)).toEqual(['Eurostat']);
	});

	it('gives the same series and figures from the packed columns the page gets, with or without imports', () => {
		const fr2023 = bundledRows.find(
			(r) => r.geo === 'FR' && r.period === '2023' && r.dataset === 'isoc_ec_esels'
		)!;
		const completing = {
			id: 'import-3',
			dataset: 'isoc_ec_esels',
			columns: columnsOf([{ ...fr2023, geo: 'CH', value: 40 }])
		};
		const replacing = {
			...completing,
			columns: columnsOf([{ ...fr2023, value: 42, flags: '' }]),
			overrides: [statisticKey(fr2023)]
		};
		const plain = (index: ReturnType<typeof comparableSeries>) =>
			index.groups.map((g) => ({ key: g.key, geos: [...g.geos], rows: g.rows(), from: g.origins }));
		for (const imports of [[], [completing], [replacing]]) {
			const packed = comparableSeries(data.columns, imports);
			expect(plain(packed)).toEqual(plain(comparableSeries(bundled, imports)));
			for (const tab of ['trend', 'ranking', 'catchup'] as const) {
				const state = { ...defaultState(), tab, sizeClass: fr2023.sizeClass, year: '2023' };
				expect(comparisonFigures(packed, data.sources, state, tComparison('fr'), 'fr')).toEqual(
					comparisonFigures(
						comparableSeries(bundledRows, imports),
						data.sources,
						state,
						tComparison('fr'),
						'fr'
					)
				);
			}
		}
		// The replaced figure is read once, from the file, as from unpacked columns.
		const group = comparableSeries(data.columns, [replacing]).groups.find(
			(g) => g.key.dataset === 'isoc_ec_esels' && g.key.sizeClass === fr2023.sizeClass
		)!;
		expect(
			group
				.rows()
				.filter((r) => r.geo === 'FR' && r.period === '2023' && r.nace === fr2023.nace)
				.map((r) => r.value)
		).toEqual([42]);
	});

	it('draws a figure an imported file replaced once, with the imported value', () => {
		// An imported copy of isoc_ec_esels whose France 2023 differs from the bundled one; the
		// reader kept the imported value at import (`overrides`). Before, both rows were joined.
		const fr2023 = smeFigure(bundledRows, 'FR', '2023');
		const file = {
			id: 'import-2',
			dataset: 'isoc_ec_esels',
			columns: columnsOf([{ ...fr2023, value: 42, flags: '' }]),
			overrides: [statisticKey(fr2023)]
		};
		const state = {
			...defaultState(),
			tab: 'map' as const,
			year: '2023',
			dataset: 'isoc_ec_esels',
			sizeClass: '10-249'
		};
		const france = (imports: (typeof file)[]) =>
			comparisonFigures(
				comparableSeries(bundled, imports),
				data.sources,
				state,
				tComparison('fr'),
				'fr'
			)!
				.mapValues.filter((v) => v.geo === 'FR')
				.map((v) => v.value);
		expect(france([])).toEqual([fr2023.value]);
		expect(france([file])).toEqual([42]);
		const index = comparableSeries(bundled, [file]);
		const group = index.groups.find(
			(g) => g.key.dataset === 'isoc_ec_esels' && g.key.sizeClass === '10-249'
		)!;
		const franceRows = group.rows().filter((r) => r.geo === 'FR' && r.period === '2023');
		expect(franceRows.map((r) => r.value)).toEqual([42]);
		// A ministry's table under a code of its own is its own series: Eurostat's keeps its value.
		const own = {
			...file,
			dataset: 'min_esell',
			columns: columnsOf([{ ...fr2023, dataset: 'min_esell', value: 42 }])
		};
		expect(france([own])).toEqual([fr2023.value]);
	});

	it('says which figures an imported file gave when the series joins it to a bundled table', () => {
		const fr2023 = smeFigure(bundledRows, 'FR', '2023');
		const revise = revisedCopy(
			'import-5',
			[
				{ ...fr2023, value: 14, flags: '' },
				{ ...fr2023, geo: 'CH', value: 30, flags: '' }
			],
			[fr2023]
		);
		const sources = [...data.sources, ...importedSources([revise])];
		const state = { ...defaultState(), tab: 'ranking' as const, year: '2023', sizeClass: '10-249' };
		for (const index of [
			comparableSeries(data.columns, [revise]),
			comparableSeries(bundled, [revise])
		]) {
			const f = comparisonFigures(index, sources, state, tComparison('fr'), 'fr')!;
			expect(f.sources.map((s) => s.file)).toEqual(['estat_isoc_ec_esels.csv', 'esels-revise.csv']);
			// Each file's line a sentence of its own, as a CSV's source row writes them one after the other.
			expect(comparisonSourcesLine(f.sources, 'fr', 'illustratif')).toMatch(
				/mis à jour le 2026-02-27\. Source\u00a0: esels-revise\.csv, isoc_ec_esels \(fichier importé le 2026-12-05\)\. Millésime[^]*\.$/
			);
			expect([...f.importedFrom]).toEqual([
				[figureKey('FR', '2023'), 'esels-revise.csv'],
				[figureKey('CH', '2023'), 'esels-revise.csv']
			]);
			// The figures around them are the bundled file's: France 2022, Germany 2023.
			expect(f.importedFrom.has(figureKey('FR', '2022'))).toBe(false);
			expect(f.importedFrom.has(figureKey('DE', '2023'))).toBe(false);
		}
		// A figure the bundled table has too, not replaced, is read from the bundled table (the
		// views take the first row of a geo and period): it is not marked as the file's.
		const beside = { ...revise, overrides: [] };
		const besideFigures = comparisonFigures(
			comparableSeries(bundled, [beside]),
			[...data.sources, ...importedSources([beside])],
			state,
			tComparison('fr'),
			'fr'
		)!;
		expect(besideFigures.ranking.bars.find((b) => b.geo === 'FR')?.value).toBe(fr2023.value);
		expect([...besideFigures.importedFrom]).toEqual([
			[figureKey('CH', '2023'), 'esels-revise.csv']
		]);
		// A series read from one file is that file's throughout: its source line says so.
		const alone = comparisonFigures(
			comparableSeries(bundled, []),
			sources,
			state,
			tComparison('fr'),
			'fr'
		)!;
		expect(alone.importedFrom.size).toBe(0);
		const own = {
			...revise,
			dataset: 'min_esell',
			columns: columnsOf([
				{ ...fr2023, dataset: 'min_esell', value: 14 },
				{ ...fr2023, dataset: 'min_esell', geo: 'DE', value: 20 }
			]),
			overrides: []
		};
		const ownFigures = comparisonFigures(
			comparableSeries(bundled, [own]),
			[...data.sources, ...importedSources([own])],
			{ ...state, dataset: 'min_esell' },
			tComparison('fr'),
			'fr'
		)!;
		expect(ownFigures.series.dataset).toBe('min_esell');
		expect(ownFigures.importedFrom.size).toBe(0);
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
		expect(f.series.dataset).toBe('isoc_ec_esels');
		expect(f.pinIgnored).toBe(true);
		expect(f.title).toContain('France and the chosen countries');
	});

	it('gap points are France minus the EU average', () => {
		const f = figures({ tab: 'gap' });
		const p = f.gaps.find((g) => g.period === '2023')!;
		expect(p.gap).toBeCloseTo(p.focus! - p.reference!, 10);
	});
});

describe('pickComparedSeries and afterPick', () => {
	const options = [
		{ dataset: 'old', indicator: 'I', unit: 'U', sizeClass: 'GE10', nace: 'N', synthetic: false },
		{ dataset: 'new', indicator: 'I', unit: 'U', sizeClass: 'GE10', nace: 'N', synthetic: false },
		{ dataset: 'new', indicator: 'I', unit: 'U', sizeClass: '10-249', nace: 'N', synthetic: false },
		{ dataset: 'fake', indicator: 'I', unit: 'U', sizeClass: '10-249', nace: 'N', synthetic: true }
	];
	const source = (dataset: string, vintage: string, synthetic = false) => ({
		dataset,
		file: `${dataset}.csv`,
		title: { fr: dataset, en: dataset },
		publisher: 'Eurostat',
		url: null,
		retrievedAt: vintage,
		vintage,
		synthetic
	});
	const sources = [
		source('new', '2026-02-27'),
		source('old', '2025'),
		source('fake', '2027', true)
	];
	const none = { dataset: null, indicator: null, unit: null, sizeClass: null, nace: null };

	it('reads SMEs by default, from a real file even when an illustrative one is newer', () => {
		const p = pickComparedSeries(options, sources, none)!;
		expect(p.series).toMatchObject({ dataset: 'new', sizeClass: '10-249' });
		expect(p.pinIgnored).toBe(false);
		expect(pickComparedSeries(options, sources, { ...none, dataset: 'fake' })!.series.dataset).toBe(
			'fake'
		);
	});

	it('reads the newest file of a series whatever the order of the options, the pinned one if asked', () => {
		for (const list of [options, [...options].reverse()]) {
			expect(
				pickComparedSeries(list, sources, { ...none, sizeClass: 'GE10' })!.series.dataset
			).toBe('new');
		}
		const pinned = pickComparedSeries(options, sources, {
			...none,
			sizeClass: 'GE10',
			dataset: 'old'
		})!;
		expect([pinned.series.dataset, pinned.resolved.chosen]).toEqual(['old', 'pinned']);
		const ignored = pickComparedSeries(options, sources, { ...none, dataset: 'old' })!;
		expect([ignored.series.dataset, ignored.pinIgnored]).toEqual(['new', true]);
	});

	it('keeps a pin only while the pinned file publishes the series picked', () => {
		const ge10 = { dataset: 'old', indicator: 'I', unit: 'U', sizeClass: 'GE10', nace: 'N' };
		expect(afterPick(options, { dataset: 'old' }, ge10, 'sizeClass', '10-249')).toMatchObject({
			sizeClass: '10-249',
			dataset: null
		});
		expect(afterPick(options, { dataset: null }, ge10, 'dataset', 'old')).toMatchObject({
			dataset: 'old',
			sizeClass: 'GE10'
		});
		expect(afterPick(options, { dataset: null }, ge10, 'dataset', 'nowhere')).toEqual({});
	});

	it('dates an imported file by its Eurostat LAST UPDATE, else by its import day', () => {
		const file = {
			dataset: 'x',
			file: 'x.csv',
			importedAt: '2026-11-23T10:00:00Z',
			synthetic: false
		};
		expect(
			importedSources([{ ...file, report: { lastUpdate: '2025-03-14T23:00:00' } }])[0]?.vintage
		).toBe('2025-03-14T23:00:00');
		expect(importedSources([file])[0]?.vintage).toBe('2026-11-23');
	});

	it('names the vintage in the source line', () => {
		expect(comparisonSourceLine(source('new', '2026-02-27T11:00:00'), 'fr', 'illustratif')).toBe(
			'Source\u00a0: Eurostat, new (new). Millésime : new, mis à jour le 2026-02-27'
		);
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

describe('breakdownRows', () => {
	const row = (geo: string, extra?: Record<string, string>) => ({
		dataset: 'isoc_ec_esels',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: '10-249',
		nace: 'C10-S951_X_K',
		geo,
		period: '2023',
		value: 20,
		flags: '',
		confStatus: null,
		...(extra ? { extra } : {})
	});

	it('counts the imported rows a dimension of their own keeps out of the series, and names it', () => {
		const plain = { file: 'plain.csv', columns: columnsOf([row('FR'), row('DE')]) };
		const split = {
			file: 'split.csv',
			columns: columnsOf([row('FR'), row('FR', { secteur: 'x' }), row('DE', { secteur: 'y' })])
		};
		expect(breakdownRows([plain, split])).toEqual({
			rows: 2,
			dimensions: ['secteur'],
			files: ['split.csv']
		});
		expect(breakdownRows([plain])).toEqual({ rows: 0, dimensions: [], files: [] });
		expect(tComparison('fr').breakdownNote(2, '2', ['secteur'], 'split.csv')).toContain(
			'2 lignes importées, détaillées par « secteur » (split.csv), ne sont pas tracées ici'
		);
		expect(tComparison('en').breakdownNote(1, '1', ['secteur'], 'split.csv')).toContain(
			'1 imported row broken down by “secteur” (split.csv) is not drawn here'
		);
	});
});

describe('comparisonFigures of E_AESELL, published in whole percentages', () => {
	// The sector file's E_AESELL (isoc_ec_eseln2) read « 14,00 % » on /comparer/: two decimals
	// Eurostat never published. Every view writes the series' own decimals; E_ESELL keeps two.
	const aesell = (tab: ComparisonState['tab'], locale: 'fr' | 'en' = 'fr') =>
		figures({ tab, indicator: 'E_AESELL', unit: 'PC_ENT', sizeClass: '10-249' }, locale);

	it('reads the whole series with no decimal, the headline series with two', () => {
		expect(aesell('trend').series.indicator).toBe('E_AESELL');
		expect(aesell('trend').decimals).toBe(0);
		expect(figures({}).decimals).toBe(2);
	});

	// No EU27_2020 in that file (EU28 and EU27_2019 only): its gap view has no value to write.
	it.each(['trend', 'ranking', 'map'] as const)('writes its %s sentence so', (tab) => {
		const fr = aesell(tab).sentence;
		expect(fr).not.toMatch(/\d,\d\d\u202f%|\d,\d\d\u00a0pts?/);
		expect(fr).toMatch(/\d\u202f%|\d\u00a0pts?/);
		expect(aesell(tab, 'en').sentence).not.toMatch(/\d\.\d\d(%| pp)/);
	});

	it('France from 14 % in 2010: the trend sentence as published', () => {
		expect(aesell('trend').sentence).toMatch(
			/^France\u00a0: de 14\u202f% en 2010 à 18\u202f% en 2019/
		);
		// The headline series is unchanged: 13.00 published for the EU in 2012 stays 13,00 %.
		expect(figures({ tab: 'trend' }).sentence).toContain('\u202f%');
		expect(figures({ tab: 'trend' }).sentence).toMatch(/\d,\d\d\u202f%/);
	});
});
