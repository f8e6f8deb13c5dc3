import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../scripts/validate';
import { ingestBytes } from './ingest';
import { cellAddress, columnName, geoCodeOf } from './xlsx';

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
