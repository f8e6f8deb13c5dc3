/**
 * The importer defects of issue #15 ("Why"), one test each: each failed before the fix (the
 * comment says what happened) and passes now. Fixtures: `tests/fixtures/README.md`.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText, toJsonLine } from './ingest';
import { MAX_CUBE_CELLS } from './limits';
import { issueText } from '../../i18n/importIssues';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url);

async function read(name: string) {
	const bytes = new Uint8Array(await readFile(new URL(name, FIXTURES)));
	return ingestBytes(name, bytes, { dialect: 'auto' });
}

const HEADER = 'DATAFLOW,LAST UPDATE,freq,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';

/** `n` data lines of an SDMX-CSV 1.0 file, one geo code per line. */
function sdmxLines(n: number): string[] {
	return Array.from(
		{ length: n },
		(_, i) => `ESTAT:X(1.0),01/01/24 00:00:00,A,E_ESELL,PC_ENT,FR,${1950 + (i % 100)},${i % 100},`
	);
}

describe('a stray quote never swallows the rest of the file', () => {
	it('reports it at its line and column and reads the 99,998 other lines (before: "11 rows read")', () => {
		const lines = sdmxLines(100_000);
		// Line 12 of the file (the header is line 1): a quote opens the geo field.
		lines[10] = lines[10]!.replace(',FR,', ',"FR,');
		const text = `${HEADER}\n${lines.join('\n')}\n`;
		for (const options of [{}, { dialect: 'auto' as const }]) {
			const { report } = ingestText('stray.csv', text, options);
			expect(report).toMatchObject({
				rowsRead: 100_000,
				rowsAccepted: 99_999,
				rowsRejected: 1,
				blankRows: 0,
				lines: 100_001,
				headerLines: 1,
				joinedLines: 0
			});
			expect(report.issues).toEqual([
				expect.objectContaining({
					line: 12,
					column: 6,
					columnName: 'geo',
					code: 'bad-quote',
					params: { kind: 'unclosed' }
				})
			]);
		}
	});

	it('reads every line of a TSV with a quote in a cell (before: 4,996 of 5,000 rows lost)', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => `A,PC_ENT,G${i}\t${i % 90}.5 \t12 `);
		rows[3] = 'A,PC_ENT,G3\t"13.5 \t12 ';
		const text = `freq,unit,geo\\TIME_PERIOD\t2022 \t2023 \n${rows.join('\n')}\n`;
		const { report } = ingestText('quote.tsv', text);
		expect(report).toMatchObject({ rowsRead: 5000, rowsAccepted: 5000, cellsRejected: 1 });
		expect(report.observations).toBe(9999);
		expect(report.issues.filter((i) => i.severity === 'error')).toEqual([
			expect.objectContaining({ line: 5, column: 2, code: 'bad-value' })
		]);
	});

	it('joins a quoted label over lines only when the row it makes is whole', () => {
		const text = `${HEADER},GEO_LABEL\nESTAT:X(1.0),d,A,E_ESELL,PC_ENT,FR,2023,17,,"Île-de-\nFrance"\nESTAT:X(1.0),d,A,E_ESELL,PC_ENT,DE,2023,18,,"Bayern\n`;
		const { report } = ingestText('labels.csv', text);
		expect(report).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1, lines: 4 });
		expect(report.joinedLines).toBe(1);
		expect(report.issues[0]).toMatchObject({ line: 4, column: 10, code: 'bad-quote' });
	});
});

describe('what is ambiguous is refused', () => {
	it.each([
		['geo;TIME_PERIOD;OBS_VALUE;GEO\nFR;2023;1;DE\n', '"geo" / "GEO"', 4],
		['geo;Geo;TIME_PERIOD;OBS_VALUE\nFR;DE;2023;1\n', '"geo" / "Geo"', 2],
		['geo;geo;TIME_PERIOD;OBS_VALUE\nFR;DE;2023;1\n', '"geo" / "geo"', 2]
	])('repeated header names %j (before: the last one silently won)', (text, names, column) => {
		const { report } = ingestText('r.csv', text, { dialect: 'auto' });
		expect(report.fatal).toContain(names);
		expect(report.issues.find((i) => i.fatal)).toMatchObject({
			code: 'duplicate-columns',
			line: 1,
			column
		});
	});

	it('two TSV columns for one period (before: two values for one cell)', async () => {
		const { report } = await read('two_2023_columns.tsv');
		expect(report.issues.find((i) => i.fatal)).toMatchObject({
			code: 'duplicate-columns',
			line: 1,
			column: 4,
			params: { columns: '3, 4' }
		});
	});

	it('periods checked against the frequency, shares against 0–100, underflow (before: all accepted)', async () => {
		const { observations, report } = await read('bad_periods.csv');
		expect(observations.map((o) => [o.period, o.value, o.extra?.freq ?? 'A'])).toEqual([
			['2015Q1', 17.5, 'Q'],
			['2023', 17.5, 'A']
		]);
		expect(report.issues.map((i) => [i.line, i.column, i.code])).toEqual([
			[2, 5, 'bad-period'],
			[3, 5, 'bad-period'],
			[4, 5, 'bad-period'],
			[5, 5, 'bad-period'],
			[6, 5, 'bad-period'],
			[7, 5, 'bad-period'],
			[8, 5, 'bad-period'],
			[11, 6, 'out-of-range'],
			[12, 6, 'out-of-range'],
			[13, 6, 'underflow']
		]);
	});

	it('a bad period in a wide header refuses the file at its column', () => {
		const { report } = ingestText(
			'p.tsv',
			'freq,unit,geo\\TIME_PERIOD\t2022 \t2O23 \nA,PC_ENT,FR\t1 \t2 \n'
		);
		expect(report.issues.find((i) => i.fatal)).toMatchObject({
			code: 'bad-period-header',
			line: 1,
			column: 3
		});
	});

	it('a quarter in an annual row of a wide file is a rejected cell', () => {
		const { report } = ingestText(
			'q.tsv',
			'freq,unit,geo\\TIME_PERIOD\t2015Q1 \t2016 \nA,PC_ENT,FR\t1 \t2 \n'
		);
		expect(report).toMatchObject({ rowsAccepted: 1, cellsRejected: 1, observations: 1 });
		expect(report.issues[0]).toMatchObject({ line: 2, column: 2, code: 'bad-period' });
	});

	it('a value that may be a thousand is said to be ambiguous, with its line', async () => {
		const { report } = await read('ambiguous_thousands.csv');
		expect(report.dialect?.ambiguous).toEqual({ example: '1.234', line: 2 });
		expect(report.issues[0]).toMatchObject({ code: 'ambiguous-decimal', line: 2 });
		const settled = await ingestBytes(
			'a.csv',
			new Uint8Array(await readFile(new URL('ambiguous_thousands.csv', FIXTURES))),
			{ dialect: { decimal: ',' } }
		);
		expect(settled.report.issues.some((i) => i.code === 'ambiguous-decimal')).toBe(false);
	});
});

describe('the browser and the command line read the same office files', () => {
	it('reads a Eurostat wide layout re-saved by a French spreadsheet (label column, ;, decimal comma, cp1252, CRLF, ;;;, ": c")', async () => {
		const { observations, report } = await read('fr_spreadsheet_wide.csv');
		expect(report).toMatchObject({
			format: 'tsv',
			rowsRead: 4,
			rowsAccepted: 3,
			blankRows: 1,
			rowsRejected: 0,
			cellsRejected: 0,
			lines: 5
		});
		expect(observations.map((o) => [o.geo, o.period, o.value, o.flags, o.confStatus])).toEqual([
			['EL', '2021', 12.5, '', null],
			['EL', '2022', null, 'u', null],
			['EL', '2023', 13.25, 'b', null],
			['FR', '2021', 16.1, '', null],
			['FR', '2022', null, '', 'C'],
			['FR', '2023', 17, 'bu', null],
			['TR', '2021', 9.8, '', null],
			['TR', '2022', 10.2, '', null],
			['TR', '2023', null, '', null]
		]);
	});

	it('reads an Excel file with a sep=; line, a BOM and trailing empty columns (before: "Line 2 has no  code (column 13)")', async () => {
		const { observations, report } = await read('excel_sep_trailing.csv');
		expect(report).toMatchObject({ rowsAccepted: 3, rowsRejected: 0, headerLines: 2, lines: 5 });
		expect(report.issues).toEqual([]);
		// The label column is not a dimension: rows meet the same figures from other files.
		expect(observations.map((o) => [o.geo, o.value, o.confStatus, o.extra])).toEqual([
			['FR10', 21.4, null, undefined],
			['FRY1', null, 'C', undefined],
			['FRB0', 15.2, null, undefined]
		]);
	});

	it.each([
		['utf16le_nobom.csv', 'utf-16le', false],
		['utf16be_bom.csv', 'utf-16be', true]
	] as const)('detects and says %s (before: "D A T A F L O W")', async (name, encoding, bom) => {
		const { observations, report } = await read(name);
		expect(report.format).toBe('sdmx-csv-1');
		expect(observations.map((o) => o.value)).toEqual([13.25, 17]);
		expect(report.issues[0]).toMatchObject({ code: 'encoding', params: { encoding, bom } });
		expect(issueText(report.issues[0]!, 'fr')).toContain('UTF-16');
	});

	it('reads the import template as the page offers it', async () => {
		const bytes = new Uint8Array(
			await readFile(
				new URL('../../../../static/templates/modele-tableau-regional.csv', import.meta.url)
			)
		);
		const { report } = await ingestBytes('modele.csv', bytes, { dialect: 'auto' });
		expect(report).toMatchObject({ fatal: null, rowsRejected: 0, rowsAccepted: 5 });
	});
});

describe('the command line holds', () => {
	it('refuses a JSON-stat cube declaring 10^10 cells before allocating (before: a hang)', () => {
		const doc = {
			version: '2.0',
			class: 'dataset',
			id: ['geo', 'time', 'x'],
			size: [100_000, 100_000, 1],
			dimension: {},
			value: {}
		};
		const started = performance.now();
		const { report } = ingestText('cube.json', JSON.stringify(doc));
		expect(performance.now() - started).toBeLessThan(1000);
		expect(report.issues.find((i) => i.fatal)).toMatchObject({
			code: 'json-too-large',
			params: { cells: 1e10, limit: MAX_CUBE_CELLS }
		});
	});

	it('keeps every dimension in a JSON line (before: freq and hhtyp dropped)', () => {
		const text = `DATAFLOW,LAST UPDATE,freq,hhtyp,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE\nESTAT:X(1.0),d,A,A1,H_IACC,PC_HH,FR,2023,80\nESTAT:X(1.0),d,A,A2,H_IACC,PC_HH,FR,2023,90\n`;
		const lines = ingestText('h.csv', text).observations.map((o) => JSON.parse(toJsonLine(o)));
		expect(lines.map((l) => [l.freq, l.hhtyp, l.value])).toEqual([
			['A', 'A1', 80],
			['A', 'A2', 90]
		]);
	});
});
