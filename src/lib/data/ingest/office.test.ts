import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeBytes, guessDecimal, guessDelimiter } from './dialect';
import { ingestBytes, ingestText } from './ingest';
import { MAX_FILE_BYTES } from './limits';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url);

async function office(name: string, dialect: Parameters<typeof ingestBytes>[2] = {}) {
	const bytes = new Uint8Array(await readFile(new URL(name, FIXTURES)));
	return ingestBytes(name, bytes, { dialect: 'auto', ...dialect });
}

describe('files as a French office writes them (dialect: auto)', () => {
	it('reads a semicolon, decimal-comma, Windows-1252 regional file with NUTS 2021 codes', async () => {
		const { observations, report } = await office('regional_nuts2021_cp1252.csv');
		expect(report).toMatchObject({
			// A DATAFLOW column makes it SDMX-CSV 1.0, written the French way.
			format: 'sdmx-csv-1',
			dataset: 'esell_nuts2',
			// Every physical line: 1 header, 9 rows, a blank line, a `;;;;` line, a final CRLF line.
			rowsRead: 12,
			blankRows: 3,
			lines: 13,
			rowsAccepted: 9,
			rowsRejected: 0,
			missingValues: 1,
			fatal: null
		});
		expect(report.dialect).toMatchObject({
			dialect: { delimiter: ';', decimal: ',', encoding: 'windows-1252' },
			unsure: []
		});
		expect(observations.map((o) => [o.geo, o.period, o.value, o.flags])).toEqual([
			['FR10', '2023', 21.4, ''],
			['FRB0', '2023', 15.2, ''],
			['FRC1', '2023', 14.8, 'p'],
			['FRH0', '2023', 17.9, ''],
			['FRI1', '2023', 16.3, ''],
			['FRL0', '2023', 18.05, ''],
			['FRY1', '2023', null, ''],
			['FR10', '2022', 20.1, ''],
			['FRL0', '2022', 17.6, '']
		]);
		// `c` is a confidentiality flag, the label column (upper case) is not a dimension.
		expect(observations[6]!.confStatus).toBe('C');
		expect(observations[0]!.extra).toBeUndefined();
		expect(report.issues).toEqual([
			expect.objectContaining({ code: 'encoding', severity: 'warning', line: 0 })
		]);
	});

	it('keeps the strict Eurostat reading when no dialect is asked for', async () => {
		const bytes = new Uint8Array(await readFile(new URL('semicolon.csv', FIXTURES)));
		expect((await ingestBytes('semicolon.csv', bytes)).report.fatal).toContain(
			'Unrecognised header'
		);
		const auto = await ingestBytes('semicolon.csv', bytes, { dialect: 'auto' });
		expect(auto.observations.map((o) => [o.geo, o.value, o.flags])).toEqual([['FR', 17, 'bu']]);
	});

	it('strips a BOM and counts physical lines across quoted line breaks and blank lines', async () => {
		const { observations, report } = await office('quoted_newlines_bom.csv');
		expect(observations.map((o) => [o.geo, o.value])).toEqual([
			['FR10', 21.4],
			['FRH0', 17.9]
		]);
		expect(report).toMatchObject({
			rowsRead: 4,
			rowsAccepted: 2,
			rowsRejected: 1,
			blankRows: 1,
			lines: 8,
			joinedLines: 3
		});
		// Header line 1, FR10 lines 2-4, blank line 5, FRH0 line 6, FRL0 starts on line 7.
		expect(report.issues).toEqual([
			expect.objectContaining({ line: 7, column: 10, columnName: 'OBS_VALUE', code: 'bad-value' })
		]);
		expect(report.issues[0]!.message).toContain('a comma for decimals');
		expect(report.rejectedRows).toEqual([
			{
				line: 7,
				fields: expect.arrayContaining(['PACA;\nSud', 'abc']),
				reasons: [
					expect.objectContaining({ column: 10, columnName: 'OBS_VALUE', code: 'bad-value' })
				]
			}
		]);
	});

	it('gives line and column of each rejected row of a broken regional file', async () => {
		const { observations, report } = await office('broken_regional.csv');
		expect(report).toMatchObject({ rowsRead: 5, rowsAccepted: 3, rowsRejected: 2 });
		expect(report.issues.map((i) => [i.line, i.column, i.code])).toEqual([
			[4, 10, 'bad-value'],
			[5, null, 'wrong-field-count'],
			[6, 7, 'unknown-code']
		]);
		expect(report.issues[1]!.message).toContain('semicolon-separated');
		// The unknown region code is kept and flagged, not dropped.
		expect(observations.map((o) => o.geo)).toEqual(['FR10', 'FRB0', 'FRZZ9']);
		expect(report.unknownCodes).toEqual([{ dimension: 'geo', code: 'FRZZ9', count: 1 }]);
	});

	it('treats __proto__ and constructor columns as columns, and hostile codes as text', async () => {
		const { observations, report } = await office('hostile_columns.csv');
		expect(report).toMatchObject({ format: 'csv-long', rowsRead: 4, rowsAccepted: 3 });
		expect(({} as Record<string, unknown>).x).toBeUndefined();
		const first = observations[0]!;
		expect(Object.getPrototypeOf(first.extra)).toBeNull();
		expect(Object.entries(first.extra!)).toEqual([
			['__proto__', 'x'],
			['constructor', 'y']
		]);
		expect(observations.map((o) => o.geo)).toEqual([
			'FR10',
			'=HYPERLINK("http://example.invalid","ok")',
			'<img src=x onerror=alert(1)>'
		]);
		expect(report.unknownCodes.map((u) => u.code)).toContain('<img src=x onerror=alert(1)>');
		expect(report.issues.find((i) => i.code === 'bad-value')).toMatchObject({
			line: 5,
			column: 3
		});
	});

	it('lets the person override each part of the dialect', async () => {
		const bytes = new Uint8Array(await readFile(new URL('regional_nuts2021_cp1252.csv', FIXTURES)));
		const { report } = await ingestBytes('r.csv', bytes, {
			dialect: { delimiter: ';', decimal: '.', encoding: 'iso-8859-15' }
		});
		expect(report.dialect).toMatchObject({
			dialect: { delimiter: ';', decimal: '.', encoding: 'iso-8859-15' },
			chosen: ['delimiter', 'decimal', 'encoding'],
			unsure: []
		});
		// With a dot as decimal mark, "21,4" is not a number: the person sees why at once.
		expect(report.rowsRejected).toBe(8);
		expect(report.issues.some((i) => i.code === 'encoding')).toBe(false);
	});

	it('asks when the separator cannot be told from the header', () => {
		const { report } = ingestText('odd.txt', 'a|b|c\n1|2|3\n', { dialect: 'auto' });
		expect(report.fatal).not.toBeNull();
		expect(report.dialect).toMatchObject({
			dialect: { delimiter: '|' },
			unsure: ['delimiter'],
			previewRows: [
				['a', 'b', 'c'],
				['1', '2', '3']
			]
		});
	});

	it('reads Eurostat files the same way in auto mode', async () => {
		for (const name of [
			'estat_isoc_ec_esels.tsv',
			'estat_isoc_ec_esels_en.csv',
			'isoc_ec_esels.json'
		]) {
			const bytes = new Uint8Array(await readFile(new URL(name, FIXTURES)));
			const strict = await ingestBytes(name, bytes.slice());
			const auto = await ingestBytes(name, bytes.slice(), { dialect: 'auto' });
			expect(auto.observations).toEqual(strict.observations);
			// Unsure of nothing; and JSON has no separator to be sure of.
			if (name.endsWith('.json')) expect(auto.report.dialect).toBeUndefined();
			else expect(auto.report.dialect?.unsure).toEqual([]);
		}
	});

	it('refuses a file over the size limit with a message naming the limit', async () => {
		const big = { byteLength: MAX_FILE_BYTES + 1 } as Uint8Array;
		const { report } = await ingestBytes('huge.csv', big, { dialect: 'auto' });
		expect(report.fatal).toContain('200 MB');
	});

	it('reports progress while parsing', () => {
		const lines = ['geo;TIME_PERIOD;OBS_VALUE'];
		for (let i = 0; i < 5000; i++) lines.push(`FR10;${2000 + (i % 20)};${i},5`);
		const seen: number[] = [];
		const { report } = ingestText('p.csv', lines.join('\n'), {
			dialect: 'auto',
			onProgress: (p) => seen.push(p.rows)
		});
		expect(report.rowsRead).toBe(5000);
		expect(seen.length).toBeGreaterThan(2);
		expect(seen[seen.length - 1]).toBe(5000);
	});
});

describe('dialect guesses', () => {
	it.each([
		['geo;TIME_PERIOD;OBS_VALUE\nFR;2023;1,5\n', ';', 0.98],
		['DATAFLOW,LAST UPDATE,geo,TIME_PERIOD,OBS_VALUE\n', ',', 0.98],
		['freq,unit,geo\\TIME_PERIOD\t2023 \nA,PC,FR\t1 \n', '\t', 0.98],
		['x;y\n1;2\n', ';', 0.6],
		['nothing here\n', ',', 0.3]
	] as const)('%j → %s (%d)', (text, delimiter, confidence) => {
		expect(guessDelimiter(text, 'f')).toMatchObject({ delimiter, confidence });
	});

	it.each([
		['a;v\nFR;17,5\n', ';', ',', 0.95],
		['a;v\nFR;17.5\n', ';', '.', 0.95],
		['a;v\nFR;1.234\n', ';', '.', 0.6],
		['a;v\nFR;1,234\n', ';', ',', 0.6],
		['a;v\nFR;17\n', ';', '.', 0.9],
		['a;v;w\nFR;17,5;1.5\n', ';', '.', 0.4],
		['v\t2023 \nFR\t13,5 b\n', '\t', ',', 0.95]
	] as const)('%j → %s', (text, delimiter, decimal, confidence) => {
		expect(guessDecimal(text, delimiter)).toMatchObject({ decimal, confidence });
	});

	it('names the value that makes the decimal mark ambiguous, and its line', () => {
		expect(guessDecimal('a;v\nFR;1.234\n', ';').ambiguous).toEqual({ example: '1.234', line: 2 });
		expect(guessDecimal('a;v\nFR;17.5\n', ';').ambiguous).toBeUndefined();
	});

	it('decodes UTF-8, a BOM, Windows-1252 and UTF-16', () => {
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
			text: 'A',
			encoding: 'utf-8',
			confidence: 1,
			bom: true
		});
		expect(decodeBytes(new Uint8Array([0x41, 0xe9, 0x92]))).toEqual({
			text: 'Aé’',
			encoding: 'windows-1252',
			confidence: 0.9,
			bom: false
		});
		expect(decodeBytes(new Uint8Array([0x41, 0x81])).confidence).toBeLessThan(0.8);
		expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({
			text: 'A',
			encoding: 'utf-16le'
		});
	});
});

describe('the downloadable import template', () => {
	it('reads without a remark, every row accepted', async () => {
		const url = new URL(
			'../../../../static/templates/modele-tableau-regional.csv',
			import.meta.url
		);
		const { observations, report } = ingestText('modele.csv', await readFile(url, 'utf8'), {
			dialect: 'auto'
		});
		expect(report).toMatchObject({ rowsRead: 5, rowsAccepted: 5, issues: [], fatal: null });
		expect(report.dialect?.unsure).toEqual([]);
		expect(observations.find((o) => o.geo === 'FRY1')).toMatchObject({
			value: null,
			confStatus: 'C'
		});
	});
});
