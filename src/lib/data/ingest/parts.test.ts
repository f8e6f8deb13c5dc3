import { describe, expect, it } from 'vitest';
import { datasetFromFileName, datasetFromRef, readCell, readNumber } from './collect';
import { detectFormat } from './detect';
import fc from 'fast-check';
import {
	estimateRows,
	hasLoneCr,
	lineOf,
	lineStarts,
	quotedRows,
	parseRows,
	plainRows,
	splitLine,
	type Row
} from './rows';
import { ingestText } from './ingest';

describe('detectFormat', () => {
	it.each([
		['indic_is,unit,sizen_r2,geo\\time\t2019 \n', 'tsv-legacy'],
		['freq,unit,geo\\TIME_PERIOD\t2023 \r\n', 'tsv'],
		['DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n', 'sdmx-csv-1'],
		['STRUCTURE,STRUCTURE_ID,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\r\n', 'sdmx-csv-2'],
		[
			'STRUCTURE,STRUCTURE_ID,geo,Geo,TIME_PERIOD,Time,OBS_VALUE,Observation value\n',
			'sdmx-csv-2-labels'
		],
		['  {"version":"2.0","value":{},"dimension":{}}', 'json-stat-2'],
		['"TIME","GEO","Value","Flag and Footnotes"\n', null],
		['', null]
	])('%j → %s', (text, format) => {
		expect(detectFormat(text, 'f').format).toBe(format);
	});

	it('explains a legacy Data Explorer CSV', () => {
		expect(detectFormat('"TIME","GEO","Value"\n', 'x.csv').reason).toContain(
			'legacy Data Explorer'
		);
	});
});

describe('cells and names', () => {
	it.each([
		['13.25 b', { ok: true, value: 13.25, flags: 'b' }],
		['18 ', { ok: true, value: 18, flags: '' }],
		[': ', { ok: true, value: null, flags: '' }],
		[': bu', { ok: true, value: null, flags: 'bu' }],
		['7.25 bu', { ok: true, value: 7.25, flags: 'bu' }],
		['0 n', { ok: true, value: 0, flags: 'n' }],
		['', { ok: true, value: null, flags: '' }],
		['abc', { ok: false }],
		['13,5', { ok: false }],
		['13 5', { ok: false }],
		['Infinity', { ok: false }]
	])('readCell(%j)', (cell, expected) => {
		expect(readCell(cell)).toEqual(expected);
	});

	it('reads plain values', () => {
		expect([readNumber('90.30'), readNumber(''), readNumber(':'), readNumber('1,5')]).toEqual([
			90.3,
			null,
			null,
			undefined
		]);
	});

	it('reads grouped thousands only with a decimal comma, and refuses an underflow', () => {
		expect([readNumber('1.234', ','), readNumber('1.234,5', ','), readNumber('1.5', ',')]).toEqual([
			1234,
			1234.5,
			undefined
		]);
		expect([readNumber('1e-400'), readNumber('0e-5'), readNumber('1e-300')]).toEqual([
			undefined,
			0,
			1e-300
		]);
	});

	it('derives dataset codes from references and file names', () => {
		expect(datasetFromRef('ESTAT:ISOC_E_DII$DEFAULTVIEW(1.0)')).toBe('isoc_e_dii');
		expect(datasetFromRef('ESTAT:TIN00111(1.0)')).toBe('tin00111');
		expect(datasetFromFileName('estat_tin00111.tsv')).toBe('tin00111');
		expect(datasetFromFileName('isoc_ec_esels.tsv.gz')).toBe('isoc_ec_esels');
		expect(datasetFromFileName('dir/estat_isoc_e_dii_filtered_en.csv')).toBe('isoc_e_dii');
		expect(datasetFromFileName('estat_isoc_e_dii_filtered_en_.csv')).toBe('isoc_e_dii');
	});
	it('finds the table in the Data Browser’s download names', () => {
		expect(datasetFromFileName('tin00111$defaultview_spreadsheet.xlsx')).toBe('tin00111');
		expect(datasetFromFileName('tin00111$defaultview_spreadsheet (1).xlsx')).toBe('tin00111');
		expect(datasetFromFileName('tin00110_page_spreadsheet.xlsx')).toBe('tin00110');
		expect(datasetFromFileName('isoc_ec_esels__custom_8801384_spreadsheet.xlsx')).toBe(
			'isoc_ec_esels'
		);
		expect(datasetFromFileName('isoc_ec_esels__custom_8801384_page_spreadsheet.xlsx')).toBe(
			'isoc_ec_esels'
		);
		expect(datasetFromFileName('isoc_ec_esels__custom_8801384_linear.csv')).toBe('isoc_ec_esels');
		expect(datasetFromFileName('isoc_ec_esels_linear_2_0.csv')).toBe('isoc_ec_esels');
		// A table code is kept whole when nothing follows it.
		expect(datasetFromFileName('isoc_e_dii.csv')).toBe('isoc_e_dii');
	});
});

describe('physical lines', () => {
	it('maps offsets to 1-based lines', () => {
		const starts = lineStarts('a\nbb\n\nc');
		expect([lineOf(starts, 0), lineOf(starts, 3), lineOf(starts, 5), lineOf(starts, 6)]).toEqual([
			1, 2, 3, 4
		]);
	});

	it('gives each row its starting line across blank lines and quoted newlines', () => {
		const rows: [number, string[], boolean][] = [];
		parseRows('h,i\r\n"a\r\nb",1\r\n\r\n\r\nc,2', ',', (r) =>
			rows.push([r.line, r.fields, r.unterminated])
		);
		expect(rows).toEqual([
			[1, ['h', 'i'], false],
			[2, ['a\r\nb', '1'], false],
			[6, ['c', '2'], true]
		]);
	});

	it.each([
		['', false],
		['a,b\nc', false],
		['a,b\r\nc,d\r\n', false],
		['a\rb', true],
		['a\r\nb\r', true],
		['a\r\r\n', true]
	])('tells a lone CR in %j: %s', (text, lone) => {
		expect(hasLoneCr(text)).toBe(lone);
		expect(hasLoneCr(text)).toBe(/\r(?!\n)/.test(text));
	});

	it('reads text without quotes line by line exactly as the quote-aware splitter does', () => {
		const field = fc.stringMatching(/^[A-Za-z0-9 .:_;,\t|-]{0,6}$/);
		const text = fc
			.tuple(
				fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\n', '\r\n'),
				fc.boolean()
			)
			.map(([rows, delimiter, newline, finalNewline]) => ({
				delimiter: delimiter as ',' | ';' | '\t' | '|',
				text: rows.map((r) => r.join(delimiter)).join(newline) + (finalNewline ? newline : '')
			}));
		fc.assert(
			fc.property(text, ({ text, delimiter }) => {
				const plain: Row[] = [];
				const papa: Row[] = [];
				const ticks: number[] = [];
				plainRows(
					text,
					delimiter,
					(r) => plain.push(r),
					(offset) => ticks.push(offset)
				);
				quotedRows(text, delimiter, (r) => papa.push(r));
				expect(plain).toEqual(papa);
			}),
			{ numRuns: 300 }
		);
	});

	it('reads lines that repeat the first fields of the line before as the quote-aware splitter does', () => {
		// Few values, so that lines share their first fields often, and by parts: a field that is
		// a prefix of another, empty fields, lines shorter or longer than the one before.
		const field = fc.constantFrom('', 'A', 'AB', 'A,', ' ', 'B;', '0-9', 'x|y');
		const line = fc.array(field, { minLength: 1, maxLength: 6 });
		const text = fc
			.tuple(
				fc.array(fc.tuple(line, fc.nat(3)), { maxLength: 20 }),
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\n', '\r\n'),
				fc.boolean()
			)
			.map(([lines, delimiter, newline, finalNewline]) => {
				// Each line repeats up to three times, as a long file repeats its codes.
				const all = lines.flatMap(([fields, times]) =>
					Array(times + 1).fill(fields.join(delimiter))
				);
				return {
					delimiter: delimiter as ',' | ';' | '\t' | '|',
					text: all.join(newline) + (finalNewline ? newline : '')
				};
			});
		fc.assert(
			fc.property(text, ({ text, delimiter }) => {
				const plain: Row[] = [];
				const quoted: Row[] = [];
				const count = plainRows(text, delimiter, (r) => plain.push(r));
				expect(quotedRows(text, delimiter, (r) => quoted.push(r))).toEqual(count);
				expect(plain).toEqual(quoted);
			}),
			{ numRuns: 500 }
		);
	});

	it('reads lines that share their first fields with the line before, or part of them', () => {
		const rows: string[][] = [];
		plainRows('DF,2026,A,BE,1\nDF,2026,A,BG,2\nDF,2027,A,BG,3\nDF,2027\nDF,2027,A,', ',', (r) =>
			rows.push(r.fields)
		);
		expect(rows).toEqual([
			['DF', '2026', 'A', 'BE', '1'],
			['DF', '2026', 'A', 'BG', '2'],
			['DF', '2027', 'A', 'BG', '3'],
			['DF', '2027'],
			['DF', '2027', 'A', '']
		]);
	});

	it('reads quoted text and lone carriage returns', () => {
		const rows: string[][] = [];
		parseRows('a,b\r1,2\r', ',', (r) => rows.push(r.fields));
		expect(rows).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		const quoted: string[][] = [];
		parseRows('a,b\n"x,y",2\n', ',', (r) => quoted.push(r.fields));
		expect(quoted).toEqual([
			['a', 'b'],
			['x,y', '2']
		]);
	});
});

describe('estimateRows: sizing a parse from the first 64 kB', () => {
	it('gives about the lines of a uniform text, a little over', () => {
		const text = 'FR,2023,17.5\n'.repeat(200_000);
		const estimate = estimateRows(text);
		expect(estimate).toBeGreaterThanOrEqual(200_000);
		expect(estimate).toBeLessThanOrEqual(220_000);
		expect(estimateRows('a\nb\nc\n'.repeat(100_000))).toBe(315_010);
		expect(estimateRows('')).toBe(0);
	});

	it('never reserves more than 2^22 rows, whatever the first lines', () => {
		expect(estimateRows('\n'.repeat(70_000) + 'x'.repeat(50_000_000))).toBe(2 ** 22);
	});

	it('loses no row when the file holds far more lines than its start suggests', () => {
		// Long lines first (a wordy comment column), then short ones: the columns grow past it.
		const header = 'geo,TIME_PERIOD,OBS_VALUE,OBS_COMMENT\n';
		const wordy = Array.from({ length: 300 }, (_, i) => `W${i},2000,1,${'x'.repeat(300)}\n`);
		const short = Array.from({ length: 20_000 }, (_, i) => `G${i},2023,${i % 100},\n`);
		const text = header + wordy.join('') + short.join('');
		expect(estimateRows(text)).toBeLessThan(5_000);
		const { observations, report } = ingestText('e_esell.csv', text);
		expect(report.fatal).toBeNull();
		expect(report.rowsAccepted).toBe(20_300);
		expect(observations).toHaveLength(20_300);
		expect(observations.at(-1)).toMatchObject({ geo: 'G19999', period: '2023', value: 99 });
	});
});

describe("splitLine: a line's fields without making the line first", () => {
	it('gives what slice and split give, for any text, line bounds and delimiter', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '\t', '|', ' ', '\n') }),
				fc.nat(),
				fc.nat(),
				(text, x, y) => {
					const from = Math.min(x, y) % (text.length + 1);
					const to = Math.max(from, Math.max(x, y) % (text.length + 1));
					for (const d of [',', ';', '\t', '|'] as const)
						expect(splitLine(text, from, to, d)).toEqual(text.slice(from, to).split(d));
				}
			),
			{ numRuns: 500 }
		);
		expect(splitLine('x\na,,b\n', 2, 6, ',')).toEqual(['a', '', 'b']);
		expect(splitLine('a,b', 3, 3, ',')).toEqual(['']);
	});
});
