import { describe, expect, it } from 'vitest';
import { tComparison } from '../../i18n/comparison';
import { loadBundled } from '../../server/bundled';
import { defaultState, type ComparisonState } from '../../state/comparison';
import { REPORT_LOADERS } from '../report-data.server';
import { observationsOf, unpackColumns } from '../../data/ingest/columns';
import {
	comparableSeries,
	comparisonFigures,
	figureKey,
	importedSources,
	type ComparisonData
} from './comparison';
import { tableCsv } from './table';
import { revisedCopy, smeFigure } from './testing';
import { catchupTable } from './catchup';
import { tExplore } from '../../i18n/explore';
import {
	changeYears,
	comparisonSource,
	comparisonTables,
	exportFileName,
	exportedTable,
	flagLegend,
	importedNotes,
	peerChoices
} from './comparison-tables';

// The bundled data as /comparer/, the embeds and the report get it at build time.
const data = (await REPORT_LOADERS.comparison!(await loadBundled())) as ComparisonData;
const stateOf = (state: Partial<ComparisonState>) => ({ ...defaultState(), ...state });
const figures = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
	comparisonFigures(
		comparableSeries(unpackColumns(data.columns), []),
		data.sources,
		stateOf(state),
		tComparison(locale),
		locale
	)!;
const tables = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
	comparisonTables(figures(state, locale), stateOf(state), tComparison(locale), locale);
const valueOf = (geo: string, period: string) =>
	figures({}).rows.find((r) => r.geo === geo && r.period === period)?.value ?? null;

describe('comparisonTables', () => {
	it('trend: a column for France and each peer, a row per period, values as published', () => {
		const f = figures({ peers: ['EU27_2020', 'DE'] });
		const t = tables({ peers: ['EU27_2020', 'DE'] });
		expect(t.trend.columns.map((c) => c.id)).toEqual(['period', 'FR', 'EU27_2020', 'DE']);
		expect(t.trend.columns[2]!.label).toBe('Moyenne UE à 27');
		expect(t.trend.rows.map((r) => r.key)).toEqual(f.periods);
		const row2025 = t.trend.rows.find((r) => r.key === '2025')!;
		expect(row2025.cells.FR).toMatchObject({ text: '15,20\u202f%', sort: 15.2 });
		expect(row2025.cells.EU27_2020!.sort).toBe(valueOf('EU27_2020', '2025'));
	});

	it('ranking: France 21st of 27 in 2025, highlighted; English rank words', () => {
		const fr = tables({ tab: 'ranking' }).ranking.rows.find((r) => r.key === 'FR')!;
		expect(fr.highlight).toBe(true);
		expect(fr.cells.rank).toMatchObject({ text: '21e sur 27', sort: 21 });
		expect(fr.cells.value).toMatchObject({ text: '15,20\u202f%', sort: 15.2 });
		const en = tables({ tab: 'ranking' }, 'en').ranking;
		expect(en.columns.map((c) => c.label)).toEqual(['Country', 'Rank', 'Value 2025']);
		expect(en.rows.find((r) => r.key === 'FR')!.cells.rank!.text).toBe('21st of 27');
	});

	it('map: one row per country of the year, a missing value stays missing', () => {
		const f = figures({ tab: 'map', year: '2019' });
		const map = tables({ tab: 'map', year: '2019' }).map;
		expect(map.rows).toHaveLength(f.mapValues.length);
		for (const v of f.mapValues) {
			const cell = map.rows.find((r) => r.key === v.geo)!.cells.value!;
			expect(cell.sort).toBe(v.value);
			if (v.value === null) expect(cell.text).toBe('—');
		}
	});

	it('gap: France, the EU average and the gap in points, for every period of the gap chart', () => {
		const gap = tables({ tab: 'gap' }).gap;
		const row = gap.rows.find((r) => r.key === '2025')!;
		expect(row.cells.fr!.sort).toBe(15.2);
		expect(row.cells.eu!.sort).toBe(19.59);
		expect(row.cells.gap!.text).toBe('−4,39\u00a0pts');
	});

	it('change: every country between two years, absolute in points, relative signed in %', () => {
		const t = tables({ tab: 'gap', from: '2015', to: '2025' });
		expect([t.fromYear, t.toYear]).toEqual(['2015', '2025']);
		const fr = t.change.rows.find((r) => r.key === 'FR')!;
		const [a, b] = [valueOf('FR', '2015')!, valueOf('FR', '2025')!];
		expect(fr.cells.absolute!.sort).toBeCloseTo(b - a, 2);
		expect(fr.cells.relative!.sort).toBe(Math.round(((b - a) / a) * 1000) / 10);
		expect(fr.cells.relative!.text).toMatch(/^[+−]?\d+,\d\u202f%$/);
		// France's series breaks in 2022 (b), within 2015–2025: the change is marked.
		expect([fr.cells.absolute!.flags, fr.cells.relative!.flags]).toEqual(['b', 'b']);
		if (b > a) expect(fr.cells.relative!.text.startsWith('+')).toBe(true);
		const en = tables({ tab: 'gap', from: '2015', to: '2025' }, 'en').change.rows;
		expect(en.find((r) => r.key === 'FR')!.cells.relative!.text).toMatch(/^[+−]?\d+\.\d%$/);
	});

	it('change: the relative change rounded once, the same number in the table and its CSV', () => {
		// Greece: 8.25 → 23.31 is +182.545…%; rounded to 182.55 first, it was printed +182,6.
		expect([valueOf('EL', '2010'), valueOf('EL', '2025')]).toEqual([8.25, 23.31]);
		const t = tables({ tab: 'gap', from: '2010', to: '2025' });
		const greece = t.change.rows.find((r) => r.key === 'EL')!;
		expect(greece.cells.relative!.text).toBe('+182,5\u202f%');
		const csv = tableCsv(t.change.columns, t.change.rows, 'fr');
		expect(csv.rows.find((r) => r.country === greece.cells.country!.text)!.relative).toBe(182.5);
	});

	it('who caught up: the export table of the catch-up tab', () => {
		const t = tables({ tab: 'catchup' });
		expect(t.catchup.rows.length).toBe(figures({ tab: 'catchup' }).catchup.length);
		expect(t.catchup.rows.length).toBeGreaterThan(0);
	});
});

describe('comparisonTables with an imported file joined to the bundled table', () => {
	// The reader's copy of isoc_ec_esels corrects France 2023 and adds Switzerland 2023.
	const bundledRows = observationsOf(unpackColumns(data.columns));
	const fr2023 = smeFigure(bundledRows, 'FR', '2023');
	const revise = revisedCopy(
		'import-7',
		[
			{ ...fr2023, value: 14, flags: '' },
			{ ...fr2023, geo: 'CH', value: 30, flags: '' }
		],
		[fr2023]
	);
	// The figures of SMEs' series as the page works them out with the file kept.
	const joinedFigures = (
		state: Partial<ComparisonState>,
		locale: 'fr' | 'en' = 'fr',
		files: (typeof revise)[] = [revise]
	) =>
		comparisonFigures(
			comparableSeries(data.columns, files),
			[...data.sources, ...importedSources(files)],
			stateOf({ sizeClass: '10-249', ...state }),
			tComparison(locale),
			locale
		)!;
	const joined = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
		comparisonTables(joinedFigures(state, locale), stateOf(state), tComparison(locale), locale);

	it('marks each value read from the imported file, and only those, in every table', () => {
		const t = joined({ tab: 'ranking', year: '2023', peers: ['EU27_2020', 'CH'] });
		const ranking = (geo: string) => t.ranking.rows.find((r) => r.key === geo)!.cells.value!;
		expect(ranking('FR')).toMatchObject({ sort: 14, imported: 'esels-revise.csv' });
		expect(ranking('DE').imported).toBeUndefined();
		const trend = (period: string) => t.trend.rows.find((r) => r.key === period)!.cells;
		expect(trend('2023').FR!.imported).toBe('esels-revise.csv');
		expect(trend('2023').CH!.imported).toBe('esels-revise.csv');
		expect(trend('2023').EU27_2020!.imported).toBeUndefined();
		expect(trend('2022').FR!.imported).toBeUndefined();
		const gap2023 = t.gap.rows.find((r) => r.key === '2023')!.cells;
		expect([gap2023.fr!.imported, gap2023.eu!.imported]).toEqual(['esels-revise.csv', undefined]);
		const map = joined({ tab: 'map', year: '2023' }).map.rows.find((r) => r.key === 'FR')!;
		expect(map.cells.value!.imported).toBe('esels-revise.csv');
		const change = joined({ tab: 'gap', year: '2023', from: '2022', to: '2023' }).change.rows.find(
			(r) => r.key === 'FR'
		)!;
		expect([change.cells.from!.imported, change.cells.to!.imported]).toEqual([
			undefined,
			'esels-revise.csv'
		]);
	});

	it("names the view's figures read from the file, France first, in both languages", () => {
		const notes = (state: Partial<ComparisonState>, locale: 'fr' | 'en' = 'fr') =>
			importedNotes(joinedFigures(state, locale), tComparison(locale), locale);
		// Switzerland is not ranked among EU members: the ranking's note names France alone.
		expect(notes({ tab: 'ranking', year: '2023' })).toEqual([
			'Valeurs lues dans votre fichier importé «\u00a0esels-revise.csv\u00a0» : France 2023.'
		]);
		expect(notes({ tab: 'trend', peers: ['CH', 'EU27_2020'] }, 'en')).toEqual([
			'Values read from your imported file “esels-revise.csv”: France 2023; Switzerland 2023.'
		]);
		// A view whose figures are all the bundled file's says nothing.
		expect(notes({ tab: 'ranking', year: '2022' })).toEqual([]);
		expect(notes({ tab: 'trend', peers: ['DE'] })).toEqual([
			'Valeurs lues dans votre fichier importé «\u00a0esels-revise.csv\u00a0» : France 2023.'
		]);
	});

	it("names a country's years once, the catch-up's figures only, and the file holding France's first", () => {
		const fr2022 = smeFigure(bundledRows, 'FR', '2022');
		const years = revisedCopy(
			'import-7',
			[
				{ ...fr2023, value: 14, flags: '' },
				{ ...fr2022, value: 13, flags: '' }
			],
			[fr2023, fr2022]
		);
		const swiss = {
			...revisedCopy('import-8', [{ ...fr2023, geo: 'CH', value: 30, flags: '' }], []),
			file: 'suisse.csv'
		};
		const f = (state: Partial<ComparisonState>) => joinedFigures(state, 'fr', [swiss, years]);
		expect(importedNotes(f({ tab: 'trend', peers: ['CH'] }), tComparison('fr'), 'fr')).toEqual([
			'Valeurs lues dans votre fichier importé «\u00a0esels-revise.csv\u00a0» : France 2022, 2023.',
			'Valeurs lues dans votre fichier importé «\u00a0suisse.csv\u00a0» : Suisse 2023.'
		]);
		// Who caught up compares 2016 with the latest survey: 2022 and 2023 are not in that view.
		const catchup = f({ tab: 'catchup' });
		expect(catchup.importedFrom.size).toBe(3);
		expect(importedNotes(catchup, tComparison('fr'), 'fr')).toEqual([]);
	});

	it('names a few figures and counts the others', () => {
		const f = figures({ sizeClass: '10-249', tab: 'map', year: '2023' }, 'en');
		// As if one file had given every country's figure of the year.
		const all = {
			...f,
			importedFrom: new Map(f.mapValues.map((v) => [figureKey(v.geo, '2023'), 'many.csv']))
		};
		const [line, ...others] = importedNotes(all, tComparison('en'), 'en', 3);
		expect(others).toEqual([]);
		expect(line).toMatch(
			/^Values read from your imported file “many\.csv”: France 2023; [^;]+ 2023; [^;]+ 2023 and \d+ more\.$/
		);
		expect(Number(line!.match(/and (\d+) more/)![1])).toBe(f.mapValues.length - 3);
	});

	it('exports the file of each value in a column of its own, after the value', () => {
		const t = joined({ tab: 'ranking', year: '2023' }, 'en');
		const csv = tableCsv(t.ranking.columns, t.ranking.rows, 'en');
		expect(csv.columns.map((c) => c.en)).toEqual([
			'Country',
			'Rank',
			'Value 2023',
			'Value 2023 — flags',
			'Value 2023 — imported file'
		]);
		const fr = csv.rows.find((r) => r.country === 'France')!;
		expect(fr).toMatchObject({ value: 14, 'value\u0000imported': 'esels-revise.csv' });
		const de = csv.rows.find((r) => r.country === 'Germany')!;
		expect(de['value\u0000imported']).toBe('');
		// Without an imported file, no such column.
		const plain = tables({ tab: 'ranking', year: '2023' }, 'en');
		expect(
			tableCsv(plain.ranking.columns, plain.ranking.rows, 'en').columns.map((c) => c.en)
		).toEqual(['Country', 'Rank', 'Value 2023', 'Value 2023 — flags']);
	});
});

describe('changeYears', () => {
	it("defaults to France's first year with a value and the view's year; unknown years ignored", () => {
		const f = figures({});
		const first = f.rows
			.filter((r) => r.geo === 'FR' && r.value !== null)
			.map((r) => r.period)
			.sort()[0];
		expect(changeYears(f, { from: null, to: null })).toEqual({ fromYear: first, toYear: f.year });
		expect(changeYears(f, { from: '1990', to: '2999' })).toEqual({
			fromYear: first,
			toYear: f.year
		});
		expect(changeYears(f, { from: '2017', to: '2019' })).toEqual({
			fromYear: '2017',
			toYear: '2019'
		});
	});
});

describe('peerChoices', () => {
	it('offers every geo of the series but France, the EU average first, then by name', () => {
		const f = figures({});
		const choices = peerChoices(f, tComparison('fr'), 'fr');
		expect(choices[0]).toEqual({ geo: 'EU27_2020', label: 'Moyenne UE à 27' });
		expect(choices.some((c) => c.geo === 'FR')).toBe(false);
		expect(choices).toHaveLength(new Set(f.rows.map((r) => r.geo)).size - 1);
		const rest = choices.slice(1).map((c) => c.label);
		expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'fr')));
	});

	it('agrees with the peers a state keeps: every kept peer is a choice, France and unknowns are not', () => {
		const f = figures({ peers: ['FR', 'DE', 'XX', 'EU28', 'EU27_2020'] });
		const geos = peerChoices(f, tComparison('fr'), 'fr').map((c) => c.geo);
		expect(f.peers).toEqual(['DE', 'EU28', 'EU27_2020']);
		for (const g of f.peers) expect(geos).toContain(g);
	});

	it('names the EU of 28 as the chart does, in the picker and in the trend table', () => {
		const f = figures({ peers: ['EU28'] });
		const inChart = f.trend.find((s) => s.geo === 'EU28')!.label;
		expect(inChart).toBe('Moyenne UE à 28');
		expect(peerChoices(f, tComparison('fr'), 'fr').find((c) => c.geo === 'EU28')!.label).toBe(
			inChart
		);
		const column = tables({ peers: ['EU28'] }).trend.columns.find((c) => c.id === 'EU28')!;
		expect(column.label).toBe(inChart);
	});
});

describe('exports of the comparison page', () => {
	it('exports the table of the tab, the map sorted by value', () => {
		const t = tables({});
		expect(exportedTable(t, 'map')).toEqual({ table: t.map, sortBy: 'value' });
		expect(exportedTable(t, 'trend')).toEqual({ table: t.trend, sortBy: null });
		expect(exportedTable(t, 'catchup').table).toBe(t.catchup);
	});

	it('names the flags of the values exported, with their meaning', () => {
		const rows = [
			{ key: 'a', cells: { v: { text: '1', sort: 1, flags: 'b', confStatus: null } } },
			{ key: 'b', cells: { v: { text: '2', sort: 2, flags: '', confStatus: null } } }
		];
		const legend = flagLegend(rows, 'en');
		expect(legend.map((l) => l.flag)).toEqual(['b']);
		expect(legend[0]!.meaning).toMatch(/break/i);
		expect(flagLegend(rows.slice(1), 'fr')).toEqual([]);
	});

	it('names the file by the population first, then the title with its year', () => {
		expect(exportFileName(figures({ tab: 'ranking' }), 'fr')).toMatch(
			/^PME .*Classement des pays de l’UE à 27, 2025$/
		);
	});
});

describe('comparisonSource', () => {
	it('a bundled series: publisher, dataset and vintage, and the day it was fetched', () => {
		const f = figures({});
		const fr = comparisonSource(f, [], tComparison('fr'), 'fr');
		expect(fr.line).toMatch(/^Source\u00a0: Eurostat, isoc_ec_esels \(/);
		expect(fr.line).toContain('isoc_ec_esels');
		expect(fr.dataDate).toContain(f.source!.retrievedAt);
		expect(comparisonSource(f, [], tComparison('en'), 'en').line).toMatch(/^Source: Eurostat/);
	});

	it('gives the series’ own vintage on the date line only; another file drawn keeps its own', () => {
		const f = figures({});
		const own = f.source!;
		const fr = comparisonSource(f, [], tComparison('fr'), 'fr');
		expect(fr.line).not.toContain('Millésime');
		expect(fr.dataDate).toContain(own.vintage.slice(0, 10));
		const fresh = { ...own, file: 'isoc_ec_esels_2027.csv', vintage: '2027-02-20' };
		const both = comparisonSource({ ...f, sources: [own, fresh] }, [], tComparison('fr'), 'fr');
		expect(both.line.match(/Millésime/g)).toHaveLength(1);
		expect(both.line).toContain('mis à jour le 2027-02-20');
		expect(both.line).not.toContain(`mis à jour le ${own.vintage.slice(0, 10)}`);
	});

	it('an imported series without a known source: the file and its import day', () => {
		const f = { ...figures({}), source: null };
		const imports = [
			{ dataset: f.series.dataset, file: 'mine.csv', importedAt: '2026-11-23T10:00:00Z' }
		];
		const fr = comparisonSource(f, imports, tComparison('fr'), 'fr');
		expect(fr.line).toBe('Source\u00a0: mine.csv');
		expect(fr.dataDate).toContain('2026-11-23');
		expect(comparisonSource(f, imports, tComparison('en'), 'en').line).toBe('Source: mine.csv');
		expect(comparisonSource(f, [], tComparison('en'), 'en').line).toBe('');
	});
});

describe('comparisonTables of a series published in whole percentages', () => {
	// E_AESELL (isoc_ec_eseln2): the tables read « 14,00 % », two decimals never published.
	const aesell = { indicator: 'E_AESELL', unit: 'PC_ENT', sizeClass: '10-249' } as const;

	it('writes its values and changes without decimals, the numbers unchanged', () => {
		const t = tables({ ...aesell, peers: ['DE'] });
		const row = t.trend.rows.find((r) => r.key === '2010')!;
		expect(row.cells.FR).toMatchObject({ text: '14\u202f%', sort: 14 });
		const ranking = tables({ ...aesell, tab: 'ranking' }).ranking.rows;
		expect(ranking.every((r) => !/,\d\d\u202f%/.test(r.cells.value!.text))).toBe(true);
		const change = tables({ ...aesell, tab: 'gap' }, 'en').change.rows.find((r) => r.key === 'FR')!;
		expect(change.cells.absolute!.text).toMatch(/^[+−]?\d+\u00a0pp$/);
		// The headline series keeps its two decimals.
		expect(tables({}).trend.rows.find((r) => r.key === '2025')!.cells.FR!.text).toBe(
			'15,20\u202f%'
		);
	});

	it('catch-up: values and gaps as published, the pace (a change per year) with two decimals', () => {
		const row = {
			geo: 'DE',
			start: 14,
			gapStart: -3,
			reached: null,
			end: '2019',
			gapEnd: -1,
			pace: 0.6667,
			stillAbove: null,
			startFlags: '',
			endFlags: '',
			lastFlags: '',
			breaks: [],
			paceFlags: ''
		};
		const cells = catchupTable([row], (g) => g, tExplore('fr'), 'fr', '2016', 'FR', 0).rows[0]!
			.cells;
		expect(cells.start!.text).toBe('14\u202f%');
		expect(cells.gapStart!.text).toBe('−3\u00a0pts');
		expect(cells.pace!.text).toBe('+0,67\u00a0pt');
	});
});
