import { describe, expect, it } from 'vitest';
import { tComparison } from '../../i18n/comparison';
import { loadBundled } from '../../server/bundled';
import { defaultState, type ComparisonState } from '../../state/comparison';
import { REPORT_LOADERS } from '../report-data.server';
import { unpackColumns } from '../../data/ingest/columns';
import { comparableSeries, comparisonFigures, type ComparisonData } from './comparison';
import {
	changeYears,
	comparisonSource,
	comparisonTables,
	exportFileName,
	exportedTable,
	flagLegend,
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
		expect(fr.cells.relative!.sort).toBeCloseTo(((b - a) / a) * 100, 2);
		expect(fr.cells.relative!.text).toMatch(/^[+−]?\d+,\d\u202f%$/);
		if (b > a) expect(fr.cells.relative!.text.startsWith('+')).toBe(true);
		const en = tables({ tab: 'gap', from: '2015', to: '2025' }, 'en').change.rows;
		expect(en.find((r) => r.key === 'FR')!.cells.relative!.text).toMatch(/^[+−]?\d+\.\d%$/);
	});

	it('change: the relative change rounded once, where it is written', () => {
		// Greece: 8.25 → 23.31 is +182.545…%; rounded to 182.55 first, it was printed +182,6.
		expect([valueOf('EL', '2010'), valueOf('EL', '2025')]).toEqual([8.25, 23.31]);
		const t = tables({ tab: 'gap', from: '2010', to: '2025' });
		expect(t.change.rows.find((r) => r.key === 'EL')!.cells.relative!.text).toBe('+182,5\u202f%');
	});

	it('who caught up: the export table of the catch-up tab', () => {
		const t = tables({ tab: 'catchup' });
		expect(t.catchup.rows.length).toBe(figures({ tab: 'catchup' }).catchup.length);
		expect(t.catchup.rows.length).toBeGreaterThan(0);
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
