import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { toXlsx, xlsxRows } from './xlsx';
import { trendColumns, trendRows } from './views/home';

const rows = [
	{ geo: 'FR', period: '2023', value: 13.43, flags: '', confStatus: null },
	{ geo: 'FR', period: '2024', value: null, flags: 'u', confStatus: null },
	{ geo: 'EU27_2020', period: '2023', value: 19.74, flags: '', confStatus: null }
];
const heading = {
	title: 'France et moyenne UE, 2013–2024',
	subtitle: '% des entreprises de 10 personnes ou plus',
	source: 'Source : Eurostat, tableau tin00111',
	dataDate: 'Données : 2025'
};

describe('xlsx export', () => {
	it('writes heading rows, then the header and the rows, numbers as numbers', () => {
		const aoa = xlsxRows(trendRows(rows, 'fr'), trendColumns(), heading, 'fr');
		expect(aoa.slice(0, 6)).toEqual([
			[heading.title],
			[heading.subtitle],
			[heading.source],
			[heading.dataDate],
			[],
			[
				'Code zone',
				'Zone',
				'Année d’enquête',
				'Valeur (% des entreprises)',
				'Indicateurs de statut Eurostat'
			]
		]);
		expect(aoa[6]).toEqual(['FR', 'France', '2023', 13.43, '']);
		expect(aoa[7]).toEqual(['FR', 'France', '2024', null, 'u']);
	});

	it('gives a workbook a spreadsheet reads back: typed numbers, flags apart, text never a formula', async () => {
		const hostile = {
			geo: 'XX',
			label: '=HYPERLINK("x")',
			period: '2023',
			value: -4.39,
			flags: 'b'
		};
		const bytes = await toXlsx([...trendRows(rows, 'en'), hostile], trendColumns(), heading, 'en');
		expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
		const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
		expect(book.SheetNames).toEqual(['Data']);
		const sheet = book.Sheets.Data!;
		expect(sheet.A1?.v).toBe(heading.title);
		expect(sheet.A3?.v).toBe(heading.source);
		expect(sheet.A6?.v).toBe('Geo code');
		expect(sheet.D7).toMatchObject({ t: 'n', v: 13.43 });
		expect(sheet.D8).toBeUndefined();
		expect(sheet.E8).toMatchObject({ t: 's', v: 'u' });
		expect(sheet.D10).toMatchObject({ t: 'n', v: -4.39 });
		expect(sheet.B10).toMatchObject({ t: 's', v: '=HYPERLINK("x")' });
		expect(Object.values(sheet).some((c) => typeof c === 'object' && c && 'f' in c)).toBe(false);
	});
});
