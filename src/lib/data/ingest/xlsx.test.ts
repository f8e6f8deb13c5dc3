import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../scripts/validate';
import { ingestBytes } from './ingest';
import { cellAddress, columnName, excelMoment, geoCodeOf } from './xlsx';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));
const BROWSER = 'tin00111_databrowser.xlsx';
const MINISTRY = 'regional_template.xlsx';

describe('Eurostat Data Browser workbook', async () => {
	const { observations, report } = await ingestBytes(BROWSER, fixture(BROWSER));
	const at = (geo: string, period: string) =>
		observations.find((o) => o.geo === geo && o.period === period);

	it('reads the data sheet after the Summary, areas by label mapped to codes', () => {
		expect(report.fatal).toBeNull();
		expect(report.sheets).toEqual({ names: ['Summary', 'Sheet 1'], chosen: 'Sheet 1' });
		expect(at('FR', '2023')).toMatchObject({ value: 13.43, flags: '' });
		expect(at('FR', '2024')).toMatchObject({ value: null, flags: 'u' });
		expect(at('SE', '2023')).toMatchObject({ value: 35.36, flags: 'b' });
		expect(at('ME', '2024')).toMatchObject({ value: null, confStatus: 'C' });
		expect(at('EU27_2020', '2024')?.value).toBe(20.75);
		// "Euro area – 20 countries (from 2023)": an en dash and a later date than our label.
		expect(at('EA20', '2023')).toMatchObject({ value: null });
		expect(report.dialect).toBeUndefined();
	});

	it('counts every row and says each rejection as a cell of the sheet', () => {
		expect(report.rowsRead).toBe(7);
		expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected + report.blankRows);
		expect(report.lines).toBe(report.headerLines + report.rowsRead + report.joinedLines);
		expect(report.rowsRejected).toBe(1);
		expect(report.cellsRejected).toBe(1);
		const errors = report.issues.filter((i) => i.severity === 'error');
		expect(errors.map((i) => [i.cell, i.line, i.column])).toEqual([
			["'Sheet 1'!A8", 8, 1],
			["'Sheet 1'!D9", 9, 4]
		]);
		expect(errors[0]!.message).toContain('"Atlantis"');
		expect(errors[1]!.message).toContain('Value "n.d." is not a number');
		// The download says the same place as the page: the sheet's row and column.
		expect(report.rejectedRows?.[0]).toEqual({
			line: 8,
			fields: ['Atlantis', '12', '13', '14'],
			reasons: [expect.objectContaining({ column: 1, code: 'unknown-area-label' })]
		});
		expect(at('DE', '2023')).toBeUndefined();
		expect(at('DE', '2024')?.value).toBe(20.66);
	});
});

describe('untrimmed Data Browser workbook: the block above the table', async () => {
	const UNTRIMMED = 'isoc_ec_esels__custom_8801384_spreadsheet.xlsx';
	// Saved under another name: the sheet's own `Dataset:` row still names the table.
	const { observations, report } = await ingestBytes('export (3).xlsx', fixture(UNTRIMMED));

	it('keys the rows by the indicator, unit, size class and activity the block names', () => {
		expect(report.fatal).toBeNull();
		expect(report.dataset).toBe('isoc_ec_esels');
		const france = observations.find((o) => o.geo === 'FR' && o.period === '2024');
		expect(france).toMatchObject({
			dataset: 'isoc_ec_esels',
			indicator: 'E_ESELL',
			unit: 'PC_ENT',
			sizeClass: '10-249',
			nace: 'C10-S951_X_K',
			value: 17.4,
			flags: 'b'
		});
		expect(report.unknownCodes).toEqual([]);
	});

	it('dates the file by its "Last updated:" cell', () => {
		expect(report.lastUpdate).toBe('2026-02-19T23:00:00');
	});

	it('says the sheet of figures it did not read, and what it holds', () => {
		expect(report.sheets).toEqual({
			names: ['Summary', 'Structure', 'Sheet 1', 'Sheet 2'],
			chosen: 'Sheet 1'
		});
		const other = report.issues.find((i) => i.code === 'other-data-sheets');
		expect(other).toMatchObject({
			severity: 'warning',
			params: {
				read: 'Sheet 1',
				others: [{ sheet: 'Sheet 2', differs: ['10 persons employed or more'] }]
			}
		});
		expect(other!.message).toContain('"Sheet 2" (10 persons employed or more)');
	});

	it('reads the other sheet when chosen: its own size class, the first sheet said in turn', async () => {
		const { observations: all, report: second } = await ingestBytes(UNTRIMMED, fixture(UNTRIMMED), {
			sheet: 'Sheet 2'
		});
		expect(new Set(all.map((o) => o.sizeClass))).toEqual(new Set(['GE10']));
		expect(all.find((o) => o.geo === 'FR' && o.period === '2024')).toMatchObject({
			value: null,
			flags: 'u'
		});
		expect(second.issues.find((i) => i.code === 'other-data-sheets')?.params).toEqual({
			read: 'Sheet 2',
			others: [{ sheet: 'Sheet 1', differs: ['From 10 to 249 persons employed'] }]
		});
	});
});

describe('untrimmed Data Browser workbook: a block that is wrong', () => {
	/** A one-sheet workbook whose block says `block`, above France 2023 = 16.6. */
	const workbook = (block: (string | number | null)[][]) => {
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(
			book,
			XLSX.utils.aoa_to_sheet([
				...block,
				[],
				['TIME', '2023', ''],
				['GEO (Labels)', '', ''],
				['France', 16.6, '']
			]),
			'Sheet 1'
		);
		return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
	};

	it('says a label the code lists do not know at its cell, and keeps the rows without it', async () => {
		const { observations, report } = await ingestBytes(
			'isoc_ec_esels.xlsx',
			workbook([
				['Size classes in number of persons employed', null, 'Of all sizes, roughly'],
				['Unit of measure', null, 'Percentage of enterprises']
			])
		);
		expect(observations).toEqual([
			expect.objectContaining({ geo: 'FR', sizeClass: '', unit: 'PC_ENT', value: 16.6 })
		]);
		const issue = report.issues.find((i) => i.code === 'unknown-sheet-label');
		expect(issue).toMatchObject({ severity: 'warning', cell: "'Sheet 1'!C1", line: 1, column: 3 });
		expect(issue!.message).toContain('"Of all sizes, roughly"');
		expect(report.rowsRead).toBe(report.rowsAccepted);
	});

	it('reads an edition saved as an Excel date number', async () => {
		const { report } = await ingestBytes(
			'tin00111.xlsx',
			workbook([['Last updated:', null, 45272.958333333336]])
		);
		expect(report.lastUpdate).toBe('2023-12-12T23:00:00');
		expect(excelMoment(45272.958333333336)).toBe('2023-12-12T23:00:00');
		expect(excelMoment(12)).toBeNull();
	});

	it('says a date that is none, or in the future, at its cell, and dates nothing by it', async () => {
		for (const [value, code] of [
			['31/02/2026 23:00', 'bad-last-update'],
			['19/02/2099 23:00', 'future-last-update']
		] as const) {
			const { report } = await ingestBytes(
				'tin00111.xlsx',
				workbook([['Last updated:', null, value]])
			);
			expect(report.lastUpdate).toBeNull();
			expect(report.issues.find((i) => i.code === code)).toMatchObject({
				severity: 'warning',
				cell: "'Sheet 1'!C1"
			});
		}
	});
});

describe('ministry workbook in the template shape', () => {
	it('reads typed numbers, an empty trailing column, and places a bad value at its cell', async () => {
		const { observations, report } = await ingestBytes(MINISTRY, fixture(MINISTRY));
		expect(report.format).toBe('sdmx-csv-1');
		expect(report.sheets?.chosen).toBe('Données');
		expect(observations.map((o) => [o.geo, o.value, o.flags, o.confStatus])).toEqual([
			['FR1', 21.4, '', null],
			['FRB', 15.2, 'p', null],
			['FRY1', null, '', 'C']
		]);
		const error = report.issues.find((i) => i.severity === 'error');
		expect(error).toMatchObject({ cell: "'Données'!J4", line: 4, column: 10 });
		expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
	});

	it('reads the sheet a person chose, and says when it is not a table', async () => {
		const { report } = await ingestBytes(MINISTRY, fixture(MINISTRY), { sheet: 'Notes' });
		expect(report.sheets).toEqual({ names: ['Données', 'Notes'], chosen: 'Notes' });
		expect(report.fatal).toMatch(/Unrecognised header "Notes"/);
	});

	it('refuses a damaged workbook with a message, not a crash', async () => {
		const bytes = fixture(MINISTRY).slice(0, 400);
		const { report } = await ingestBytes(MINISTRY, bytes);
		expect(report.fatal).toMatch(/could not be opened/);
	});
});

describe('npm run validate on a workbook', () => {
	it('prints France 2023 = 13.43 and the ": u" of 2024, and places errors as cells', async () => {
		let out = '';
		let err = '';
		const path = new URL(`../../../../tests/fixtures/${BROWSER}`, import.meta.url).pathname;
		const status = await main(
			['--json', path],
			async (s) => {
				out += s;
				return true;
			},
			(s) => {
				err += s;
			}
		);
		expect(status).toBe(1);
		const lines = out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(lines.find((l) => l.geo === 'FR' && l.period === '2023')?.value).toBe(13.43);
		expect(lines.find((l) => l.geo === 'FR' && l.period === '2024')).toMatchObject({
			value: null,
			flags: 'u'
		});
		expect(err).toContain(`${path}:'Sheet 1'!D9: error:`);
	});
});

describe('cells and labels', () => {
	it.each([
		[1, 'A'],
		[26, 'Z'],
		[27, 'AA'],
		[28, 'AB'],
		[703, 'AAA']
	])('column %i is %s', (n, name) => {
		expect(columnName(n)).toBe(name);
	});

	it('writes addresses as Excel does', () => {
		expect(cellAddress('Sheet 1', 7, 2)).toBe("'Sheet 1'!B7");
		expect(cellAddress('Data', 7, 2)).toBe('Data!B7');
		expect(cellAddress("l'an", 3, null)).toBe("'l''an'!3:3");
	});

	it.each([
		['France', 'FR'],
		['Greece', 'EL'],
		['FR', 'FR'],
		['Türkiye', 'TR'],
		['European Union - 27 countries (from 2020)', 'EU27_2020'],
		['Euro area - 19 countries  (2015-2022)', 'EA19'],
		['Euro area – 20 countries (from 2023)', 'EA20'],
		['Île-de-France', 'FR10'],
		['Atlantis', null],
		['__proto__', null]
	])('%j → %j', (label, code) => {
		expect(geoCodeOf(label)).toBe(code);
	});
});
