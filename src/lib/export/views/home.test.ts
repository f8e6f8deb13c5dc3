import { describe, expect, it } from 'vitest';
import { flagLegend, homeDataDate, homeSource, homeTrend, trendColumns, trendRows } from './home';
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
			'Source : Eurostat, tableau tin00111 (Ventes), version publiée en 2025'
		);
		expect(homeDataDate({ ...source, lastUpdate: '2025-02-03' }, 'en')).toBe(
			'Data: as published in 2025 (Eurostat update 2025-02-03)'
		);
	});
});
