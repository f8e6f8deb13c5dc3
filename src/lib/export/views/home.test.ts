import { describe, expect, it } from 'vitest';
import {
	flagLegend,
	gapAt,
	gapsOf,
	homeChartTitle,
	homeDataDate,
	homeFigures,
	homeSource,
	breaksBetween,
	sourceDate,
	homeTrend,
	previousGap,
	trendColumns,
	trendRows,
	type HomeData
} from './home';
import { toCsv } from '../csv';

const rows = [
	{ geo: 'EU27_2020', period: '2023', value: 19.74, flags: '', confStatus: null },
	{ geo: 'FR', period: '2023', value: 13.43, flags: '', confStatus: null },
	{ geo: 'FR', period: '2024', value: null, flags: 'u', confStatus: null },
	{ geo: 'DE', period: '2023', value: 20, flags: '', confStatus: null }
];
const source = {
	file: 'estat_tin00111.tsv',
	dataset: 'tin00111',
	title: { fr: 'Ventes', en: 'Sales' },
	source: { publisher: 'Eurostat', url: null },
	retrievedAt: '2025',
	lastUpdate: null
};

describe('home views', () => {
	it('gives the chart France then the EU, missing values kept', () => {
		const series = homeTrend(rows, 'fr');
		expect(series.map((s) => [s.geo, s.label, s.points.length])).toEqual([
			['FR', 'France', 2],
			['EU27_2020', 'Moyenne UE à 27', 1]
		]);
		expect(series[0]?.points[1]).toEqual({
			period: '2024',
			value: null,
			flags: 'u',
			confStatus: null
		});
	});

	it('writes the CSV rows of exactly the chart’s points, the flag in its own column', () => {
		const csv = toCsv(trendRows(rows, 'en'), trendColumns(), { locale: 'en' });
		expect(csv).toBe(
			'\ufeffGeo code,Area,Survey year,Value (% of enterprises),Eurostat flags\r\n' +
				'FR,France,2023,13.43,\r\nFR,France,2024,,u\r\nEU27_2020,EU-27 average,2023,19.74,\r\n'
		);
	});

	it.each([
		[[{ flags: 'bu' }, { flags: 'b' }, { flags: '' }], 'en', ['b', 'u']],
		[[{ flags: '' }], 'fr', []]
	] as const)('legend of %j', (input, locale, letters) => {
		expect(flagLegend(input, locale).map((f) => f.flag)).toEqual(letters);
	});

	it('names the source and the vintage', () => {
		expect(homeSource(source, 'fr')).toBe(
			'Source\u00a0: Eurostat, tableau tin00111 (Ventes), version publiée en 2025'
		);
		expect(homeDataDate({ ...source, lastUpdate: '2025-02-03' }, 'en')).toBe(
			'Data: as published in 2025 (Eurostat update 2025-02-03)'
		);
	});

	it("names Eurostat's own update date in the source line when the file carries one", () => {
		const dated = { ...source, lastUpdate: '2025-02-03T11:00:00' };
		expect(homeSource(dated, 'fr')).toBe(
			'Source\u00a0: Eurostat, tableau tin00111 (Ventes), version publiée en 2025 (mise à jour Eurostat 2025-02-03)'
		);
		expect(sourceDate({ retrievedAt: '2026-03-02', lastUpdate: null }, 'en')).toBe(
			'downloaded on 2026-03-02'
		);
	});
});

describe('home figures of a population', () => {
	const series = [
		{ geo: 'FR', period: '2023', value: 12.74, flags: '', confStatus: null },
		{ geo: 'FR', period: '2024', value: 13.89, flags: '', confStatus: null },
		{ geo: 'FR', period: '2025', value: 15.2, flags: '', confStatus: null },
		{ geo: 'EU27_2020', period: '2023', value: 19.09, flags: '', confStatus: null },
		{ geo: 'EU27_2020', period: '2024', value: 20.13, flags: '', confStatus: null },
		{ geo: 'EU27_2020', period: '2025', value: 19.59, flags: '', confStatus: null }
	];

	it('gives the gap at each common survey, rounded as published', () => {
		expect(gapsOf(series)).toEqual([
			{ period: '2023', gap: -6.35 },
			{ period: '2024', gap: -6.24 },
			{ period: '2025', gap: -4.39 }
		]);
		expect(gapAt(series, '2024')).toEqual({ period: '2024', gap: -6.24 });
		expect(gapAt(series, '2016')).toBeNull();
	});

	it('takes the previous survey where both have a value, skipping a missing one', () => {
		expect(previousGap(series, '2025')).toEqual({ period: '2024', gap: -6.24 });
		const without2024 = series.map((r) =>
			r.geo === 'FR' && r.period === '2024' ? { ...r, value: null, flags: 'u' } : r
		);
		expect(previousGap(without2024, '2025')).toEqual({ period: '2023', gap: -6.35 });
		expect(previousGap(series, '2023')).toBeNull();
		expect(previousGap(series, null)).toBeNull();
	});

	it('titles the chart with the years it spans', () => {
		expect(homeChartTitle(series, 'fr')).toBe('France et moyenne UE, 2023–2025');
		expect(homeChartTitle(series, 'en')).toBe('France and the EU average, 2023–2025');
	});

	it('picks the figures of the population asked, SMEs when unknown', () => {
		const one = (population: '10-249' | 'GE10') =>
			({ population }) as unknown as HomeData['populations'][number];
		const data: HomeData = { target: null, populations: [one('10-249'), one('GE10')] };
		expect(homeFigures(data, 'GE10').population).toBe('GE10');
		expect(homeFigures(data, null).population).toBe('10-249');
		expect(homeFigures(data, 'x').population).toBe('10-249');
	});
});

describe('breaksBetween', () => {
	const row = (geo: string, period: string, flags = '') => ({
		geo,
		period,
		value: 10,
		flags,
		confStatus: null
	});
	const rows = [
		row('FR', '2016'),
		row('FR', '2022', 'b'),
		row('EU27_2020', '2019', 'be'),
		row('DE', '2024', 'b'),
		row('FR', '2025')
	];
	it.each([
		['2016', '2025', ['2019', '2022']],
		['2019', '2025', ['2022']],
		['2022', '2025', []],
		['2016', '2022', ['2019', '2022']]
	] as const)('France or the EU average breaking after %s, up to %s', (from, to, expected) => {
		expect(breaksBetween(rows, from, to)).toEqual(expected);
	});
});
