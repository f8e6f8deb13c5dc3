import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { ingestBytes, ingestText, toJsonLine } from './ingest';
import { isoLastUpdate } from './sdmxCsv';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url);

async function fixture(name: string) {
	const bytes = new Uint8Array(await readFile(new URL(name, FIXTURES)));
	return ingestBytes(name, bytes);
}

/** An observation of E_ESELL in % of enterprises, all activities: only what differs is given. */
function obs(
	dataset: string,
	sizeClass: string,
	geo: string,
	period: string,
	value: number | null,
	flags = '',
	confStatus: string | null = null,
	indicator = 'E_ESELL'
): Observation {
	return {
		dataset,
		indicator,
		unit: 'PC_ENT',
		sizeClass,
		nace: 'C10-S951_X_K',
		geo,
		period,
		value,
		flags,
		confStatus
	};
}

const tsvObservations = [
	obs('isoc_ec_esels', '10-249', 'EL', '2021', 12.5),
	obs('isoc_ec_esels', '10-249', 'EL', '2022', null, 'u'),
	obs('isoc_ec_esels', '10-249', 'EL', '2023', 13.25, 'b'),
	obs('isoc_ec_esels', '10-249', 'FR', '2021', 16.1),
	obs('isoc_ec_esels', '10-249', 'FR', '2022', null, '', 'C'),
	obs('isoc_ec_esels', '10-249', 'FR', '2023', 17, 'bu'),
	obs('isoc_ec_esels', 'GE10', 'EU27_2020', '2021', 18.93),
	obs('isoc_ec_esels', 'GE10', 'EU27_2020', '2022', 19.75),
	obs('isoc_ec_esels', 'GE10', 'EU27_2020', '2023', null)
];

describe('well-formed fixtures, one per real format', () => {
	it('reads the current TSV (CRLF, ascending years, stacked flags)', async () => {
		const { observations, report } = await fixture('estat_isoc_ec_esels.tsv');
		expect(observations).toEqual(tsvObservations);
		expect(report).toMatchObject({
			format: 'tsv',
			dataset: 'isoc_ec_esels',
			rowsRead: 3,
			rowsAccepted: 3,
			rowsRejected: 0,
			observations: 9,
			missingValues: 3,
			cellsRejected: 0,
			lastUpdate: null,
			fatal: null,
			issues: [],
			unknownCodes: []
		});
	});

	it('gunzips a .gz file to the same observations', async () => {
		const { observations, report } = await fixture('estat_isoc_ec_esels.tsv.gz');
		expect(observations).toEqual(tsvObservations);
		expect(report.dataset).toBe('isoc_ec_esels');
	});

	it('reads the legacy TSV, splitting sizen_r2 into size class and NACE', async () => {
		const { observations, report } = await fixture('isoc_ec_eseln2.tsv');
		const d = 'isoc_ec_eseln2';
		expect(observations).toEqual([
			obs(d, '10-249', 'EL', '2019', null, 'u', null, 'E_AESELL'),
			obs(d, '10-249', 'EL', '2018', 13, 'b', null, 'E_AESELL'),
			obs(d, '10-249', 'EL', '2017', 0, 'n', null, 'E_AESELL'),
			obs(d, '10-249', 'FR', '2019', 18, '', null, 'E_AESELL'),
			obs(d, '10-249', 'FR', '2018', 18, '', null, 'E_AESELL'),
			obs(d, '10-249', 'FR', '2017', null, '', 'C', 'E_AESELL'),
			obs(d, 'GE10', 'EU27_2019', '2019', 20, '', null, 'E_AESELL'),
			obs(d, 'GE10', 'EU27_2019', '2018', null, '', null, 'E_AESELL'),
			obs(d, 'GE10', 'EU27_2019', '2017', 19, '', null, 'E_AESELL')
		]);
		expect(report).toMatchObject({
			format: 'tsv-legacy',
			rowsRead: 3,
			rowsAccepted: 3,
			observations: 9,
			missingValues: 3,
			issues: []
		});
	});

	it('reads SDMX-CSV 1.0 with CONF_STATUS and LAST UPDATE', async () => {
		const { observations, report } = await fixture('estat_isoc_ec_esels_en.csv');
		const d = 'isoc_ec_esels';
		expect(observations).toEqual([
			obs(d, '10-249', 'EL', '2023', 13.25, 'b'),
			obs(d, '10-249', 'FR', '2023', 17, 'bu'),
			obs(d, '10-249', 'LT', '2023', null, '', 'C'),
			obs(d, '10-249', 'HR', '2023', null, 'u'),
			obs(d, 'GE10', 'EU27_2020', '2023', 19.74)
		]);
		expect(report).toMatchObject({
			format: 'sdmx-csv-1',
			dataset: 'isoc_ec_esels',
			rowsRead: 5,
			rowsAccepted: 5,
			missingValues: 2,
			lastUpdate: '2026-02-27T11:00:00',
			issues: []
		});
	});

	it('strips a UTF-8 byte order mark', async () => {
		const { observations, report } = await fixture('bom_isoc_ec_esels.csv');
		expect(report).toMatchObject({ format: 'sdmx-csv-1', rowsRead: 2, issues: [] });
		expect(observations.map((o) => o.geo)).toEqual(['EL', 'FR']);
	});

	it('reads SDMX-CSV 2.0 codes only, with the old lower-case c flag', async () => {
		const { observations, report } = await fixture('estat_isoc_ec_esels_filtered_en.csv');
		const d = 'isoc_ec_esels';
		expect(observations).toEqual([
			obs(d, '10-249', 'EL', '2022', null, 'u'),
			obs(d, '10-249', 'FR', '2022', null, '', 'C'),
			obs(d, '10-249', 'FR', '2023', 17, 'bu')
		]);
		expect(report).toMatchObject({ format: 'sdmx-csv-2', rowsRead: 3, missingValues: 2 });
	});

	it('reads SDMX-CSV 2.0 with labels, ignoring label columns and their quoted commas', async () => {
		const { observations, report } = await fixture('isoc_ec_esels_labels.csv');
		const d = 'isoc_ec_esels';
		expect(observations).toEqual([
			obs(d, '10-249', 'EL', '2023', 13.25, 'b'),
			obs(d, '10-249', 'FR', '2023', null, 'bu'),
			obs(d, '10-249', 'ME', '2023', null, '', 'C'),
			obs(d, '10-249', 'EA', '2023', 18.2)
		]);
		expect(report).toMatchObject({
			format: 'sdmx-csv-2-labels',
			dataset: 'isoc_ec_esels',
			rowsRead: 4,
			rowsAccepted: 4,
			issues: []
		});
	});

	it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', async () => {
		const { observations, report } = await fixture('cp1252_isoc_ec_esels.csv');
		expect(observations.map((o) => [o.geo, o.value])).toEqual([
			['TR', 7.41],
			['FR', 17]
		]);
		expect(report.issues).toEqual([
			expect.objectContaining({ code: 'encoding', severity: 'warning', line: 0 })
		]);
		expect(report.rowsRejected).toBe(0);
	});

	it('reads a sparse JSON-stat 2.0 dataset, status-only cells included', async () => {
		const { observations, report } = await fixture('isoc_ec_esels.json');
		const d = 'isoc_ec_esels';
		expect(observations).toEqual([
			obs(d, '10-249', 'EU27_2020', '2022', 19.75),
			obs(d, '10-249', 'EU27_2020', '2023', 19.74),
			obs(d, '10-249', 'EL', '2022', 12.5),
			obs(d, '10-249', 'EL', '2023', null, 'u'),
			obs(d, '10-249', 'FR', '2023', 17, 'bu')
		]);
		expect(report).toMatchObject({
			format: 'json-stat-2',
			rowsRead: 5,
			rowsAccepted: 5,
			missingValues: 1,
			lastUpdate: '2026-02-27T11:00:00+01:00',
			issues: []
		});
	});
});

describe('broken fixtures give clear reports without throwing', () => {
	it('keeps everything before the cut of a truncated last line and refuses the cut cell', async () => {
		const { observations, report } = await fixture('truncated.tsv');
		expect(observations).toEqual([
			obs('truncated', '10-249', 'EL', '2022', 12.5),
			obs('truncated', '10-249', 'EL', '2023', 13.25, 'b')
		]);
		// FR's line stops at "16." (no space, no line break): that cell is refused, not read as 16.
		expect(report).toMatchObject({
			rowsRead: 2,
			rowsAccepted: 2,
			rowsRejected: 0,
			cellsRejected: 1
		});
		expect(report.issues).toEqual([
			expect.objectContaining({
				line: 3,
				column: 2,
				columnName: '2022',
				severity: 'error',
				code: 'truncated-cell',
				message: expect.stringContaining('"16."')
			})
		]);
	});

	it.each([
		// Cut in a number: "17" of "17.2 ", with the line's complete cells kept.
		['EL\t12.5 \t17', [['2022', 12.5]], 3, '17'],
		// Cut right after a tab: the empty last cell refused, 2022 kept.
		['EL\t12.5 \t', [['2022', 12.5]], 3, ''],
		// Cut in the first value cell: nothing read from the line.
		['EL\t12', [], 2, '12']
	])(
		'a last line cut as %j keeps its complete cells and refuses the cut one',
		(last, kept, column, cell) => {
			const text = `freq,indic_is,unit,size_emp,geo\\TIME_PERIOD\t2022 \t2023 \nA,E_ESELL,PC_ENT,10-249,FR\t16.4 \t17.0 u\nA,E_ESELL,PC_ENT,10-249,${last}`;
			const { observations, report } = ingestText('cut.tsv', text);
			expect(observations.filter((o) => o.geo === 'EL').map((o) => [o.period, o.value])).toEqual(
				kept
			);
			expect(observations.filter((o) => o.geo === 'FR')).toHaveLength(2);
			expect(report.issues).toEqual([
				expect.objectContaining({ line: 3, column, code: 'truncated-cell', params: { cell } })
			]);
		}
	);

	it('says once, at the first, how many dotted values a decimal-comma file read as thousands', () => {
		const text =
			'geo;TIME_PERIOD;OBS_VALUE\nFR;2023;12,5\nIT;2023;1.234\nES;2023;3,25\nPT;2023;7,5\nDE;2023;2.345\n';
		const { observations, report } = ingestText('t.csv', text, { dialect: 'auto' });
		expect(observations.map((o) => o.value)).toEqual([12.5, 1234, 3.25, 7.5, 2345]);
		expect(report.issues).toEqual([
			expect.objectContaining({
				line: 3,
				column: 3,
				columnName: 'OBS_VALUE',
				severity: 'warning',
				code: 'thousands-read',
				params: { count: 2, example: '1.234', value: 1234 }
			})
		]);
		// Decimal points: nothing read as thousands, nothing to say.
		const dots = ingestText('d.csv', 'geo,TIME_PERIOD,OBS_VALUE\nFR,2023,12.5\nIT,2023,1.234\n', {
			dialect: 'auto'
		});
		expect(dots.observations.map((o) => o.value)).toEqual([12.5, 1.234]);
		expect(dots.report.issues).toEqual([]);
	});

	it.each([
		['h.csv', 'geo;TIME_PERIOD;OBS_VALUE\n'],
		['h.tsv', 'freq,geo\\TIME_PERIOD\t2022 \n\n']
	])('says that %s has only its header, rather than a report of zeros', (file, text) => {
		const { report } = ingestText(file, text, { dialect: 'auto' });
		expect(report.rowsAccepted + report.rowsRejected).toBe(0);
		expect(report.issues).toEqual([
			expect.objectContaining({ line: 1, severity: 'warning', code: 'header-only' })
		]);
	});

	it('offers reading settings only where they mean something: not for an empty file nor JSON', async () => {
		expect(ingestText('e.csv', '', { dialect: 'auto' }).report.dialect).toBeUndefined();
		expect(ingestText('e.csv', '\uFEFF \n', { dialect: 'auto' }).report.dialect).toBeUndefined();
		const json = await readFile('tests/fixtures/isoc_ec_esels.json', 'utf8');
		expect(ingestText('s.json', json, { dialect: 'auto' }).report.dialect).toBeUndefined();
		// Refused for its header, a file keeps them: another separator may be what it needs.
		const refused = ingestText('x.csv', 'a|b|c\n1|2|3\n', { dialect: 'auto' }).report;
		expect(refused.fatal).not.toBeNull();
		expect(refused.dialect).toBeDefined();
	});

	it('keeps a last CSV value with no line break after it, and says to check it', () => {
		const text = 'geo;TIME_PERIOD;OBS_VALUE\nFR;2023;12,5\nIT;2023;1';
		const { observations, report } = ingestText('cut.csv', text, { dialect: 'auto' });
		expect(observations.map((o) => [o.geo, o.value])).toEqual([
			['FR', 12.5],
			['IT', 1]
		]);
		expect(report.issues).toEqual([
			expect.objectContaining({
				line: 3,
				column: 3,
				columnName: 'OBS_VALUE',
				severity: 'warning',
				code: 'unterminated-last-line'
			})
		]);
		// With its line break, nothing to say.
		expect(ingestText('ok.csv', `${text}\n`, { dialect: 'auto' }).report.issues).toEqual([]);
	});

	it('says which header it found and which layouts it expects for a ;-separated file', async () => {
		const { observations, report } = await fixture('semicolon.csv');
		expect(observations).toEqual([]);
		expect(report.format).toBeNull();
		expect(report.fatal).toContain('freq;size_emp;nace_r2');
		expect(report.fatal).toContain('import template');
		// A ministry's own table: no advice to fetch it again from Eurostat.
		expect(report.fatal).not.toContain('Eurostat rather');
		expect(report.issues.find((i) => i.fatal)?.code).toBe('unrecognised-header');
		expect(report).toMatchObject({ rowsRead: 0, observations: 0 });
	});

	it('treats a <script> label as text and counts physical lines across a quoted newline', async () => {
		const { observations, report } = await fixture('script-label.csv');
		expect(observations).toEqual([
			obs('isoc_ec_esels', '10-249', 'FR', '2023', 17),
			obs('isoc_ec_esels', '10-249', 'EL', '2023', 13.25, 'b')
		]);
		expect(report).toMatchObject({
			rowsRead: 4,
			rowsAccepted: 2,
			rowsRejected: 1,
			blankRows: 1,
			lines: 6,
			headerLines: 1,
			joinedLines: 1
		});
		expect(report.issues).toEqual([
			{
				file: 'script-label.csv',
				line: 6,
				column: 18,
				columnName: 'OBS_VALUE',
				severity: 'error',
				code: 'bad-value',
				params: { value: 'abc', decimal: '.', wide: false },
				message: expect.stringContaining('"abc" is not a number')
			}
		]);
	});

	it('rejects bad cells and short lines with their line and column, and lists unknown codes once', async () => {
		const { observations, report } = await fixture('bad-cells.tsv');
		expect(observations).toEqual([
			obs('bad_cells', '10-249', 'EL', '2022', 12.5),
			obs('bad_cells', '10-249', 'XX9', '2022', 3.5),
			obs('bad_cells', '10-249', 'XX9', '2023', null, 'x'),
			obs('bad_cells', '10-249', 'XX9', '2022', 3.5)
		]);
		expect(report).toMatchObject({
			rowsRead: 5,
			blankRows: 1,
			rowsAccepted: 3,
			rowsRejected: 1,
			cellsRejected: 2,
			observations: 4,
			missingValues: 1
		});
		expect(report.unknownCodes).toEqual([
			{ dimension: 'geo', code: 'XX9', count: 3 },
			{ dimension: 'flag', code: 'x', count: 1 }
		]);
		const where = report.issues.map((i) => [i.line, i.column, i.columnName, i.severity, i.code]);
		expect(where).toEqual([
			[2, 3, '2023', 'error', 'bad-value'],
			[4, null, undefined, 'error', 'wrong-field-count'],
			[5, 1, 'geo', 'warning', 'unknown-code'],
			[5, 3, '2023', 'warning', 'unknown-flag'],
			[6, 3, '2023', 'error', 'bad-value']
		]);
		expect(report.issues[0]!.message).toContain('"abc"');
		expect(report.issues[4]!.message).toContain('"13,5"');
	});

	it('turns an unreadable gzip into a fatal', async () => {
		const { report } = await ingestBytes('x.tsv.gz', new Uint8Array([0x1f, 0x8b, 1, 2, 3]));
		expect(report.fatal).toContain('could not be decompressed');
		expect(report.observations).toBe(0);
	});

	it('turns an old Excel workbook (XLS) into a fatal that says what to do instead', async () => {
		// An .xlsx is read (xlsx.test.ts); the binary XLS of Excel 97–2003 is not.
		const { report } = await ingestBytes(
			'tin00111.xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0])
		);
		expect(report.fatal).toContain('spreadsheet');
		expect(report.dataset).toBe('tin00111');
	});

	it('says which JSON-stat cell it refused, by its index and the codes that vary', () => {
		const cube = {
			version: '2.0',
			class: 'dataset',
			id: ['freq', 'indic_is', 'unit', 'geo', 'time'],
			size: [1, 1, 1, 2, 3],
			dimension: {
				freq: { category: { index: { A: 0 } } },
				indic_is: { category: { index: { E_ESELL: 0 } } },
				unit: { category: { index: { PC_ENT: 0 } } },
				geo: { category: { index: { FR: 0, DE: 1 } } },
				time: { category: { index: { '2022': 0, '2023': 1, '20x4': 2 } } }
			},
			value: [12.5, 'abc', 13, 20, 21, 22],
			status: { '4': '1' }
		};
		const { observations, report } = ingestText('cube.json', JSON.stringify(cube));
		expect(observations.map((o) => [o.geo, o.period, o.value])).toEqual([
			['FR', '2022', 12.5],
			['DE', '2022', 20]
		]);
		expect(report).toMatchObject({ rowsRead: 6, rowsAccepted: 2, rowsRejected: 4 });
		expect(report.issues.map((i) => [i.cell, i.code, i.line])).toEqual([
			['value[1] (geo=FR, time=2023)', 'bad-cell', 0],
			['value[2] (geo=FR, time=20x4)', 'bad-period', 0],
			['value[4] (geo=DE, time=2023)', 'bad-cell', 0],
			['value[5] (geo=DE, time=20x4)', 'bad-period', 0]
		]);
	});

	it('turns an invalid JSON-stat into a fatal', () => {
		const { report } = ingestText('x.json', '{"dimension": {}, "value": [1], "id": 3}');
		expect(report.format).toBe('json-stat-2');
		expect(report.fatal).toMatch(/malformed: "id", "size"/);
	});
});

describe('edition dates (LAST UPDATE, JSON-stat updated)', () => {
	const header = 'DATAFLOW,LAST UPDATE,freq,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE';
	const csv = (...updates: string[]) =>
		[
			header,
			...updates.map(
				(u, i) => `ESTAT:ISOC_EC_ESELS(1.0),${u},A,E_ESELL,PC_ENT,FR,${2010 + i},1${i}.5`
			)
		].join('\n') + '\n';
	const read = (...updates: string[]) => ingestText('dates.csv', csv(...updates)).report;
	const warnings = (report: ReturnType<typeof read>) =>
		report.issues.map((i) => [i.code, i.line, i.column, i.params]);

	it.each([
		['08/12/23 11:00:00', '2023-12-08T11:00:00'],
		['27/02/26 11:00', '2026-02-27T11:00:00'],
		['27/02/2026 11:00:00', '2026-02-27T11:00:00'],
		// strptime's %y: 69–99 in the last century.
		['31/12/99 11:00:00', '1999-12-31T11:00:00'],
		['2026-02-27T11:00:00+0100', '2026-02-27T11:00:00+01:00'],
		['32/13/26 11:00:00', null],
		// Month first, as an American spreadsheet writes it: no month 20.
		['02/20/26 11:00:00', null],
		['29/02/26 11:00:00', null],
		['27/02/26 25:00:00', null],
		['2026-02-30 garbage', null]
	])('reads LAST UPDATE %j as %j', (text, iso) => {
		expect(isoLastUpdate(text)).toBe(iso);
	});

	it('dates a file by its rows: one date once, several by the newest and said', () => {
		expect(read('27/02/26 11:00:00', '27/02/26 11:00:00')).toMatchObject({
			lastUpdate: '2026-02-27T11:00:00',
			issues: []
		});
		const varied = read('27/02/26 11:00:00', '20/11/26 11:00:00', '27/02/26 11:00:00');
		expect(varied.lastUpdate).toBe('2026-11-20T11:00:00');
		expect(varied.lastUpdateOldest).toBe('2026-02-27T11:00:00');
		expect(warnings(varied)).toEqual([
			['last-update-varies', 0, null, { count: 2, oldest: '2026-02-27', newest: '2026-11-20' }]
		]);
		// An empty date on the first row does not hide the others'.
		expect(read('', '04/03/26 11:00:00').lastUpdate).toBe('2026-03-04T11:00:00');
	});

	it('says a date that is no date, where it is, and does not date the file by it', () => {
		const bad = read('32/13/26 11:00:00', '32/13/26 11:00:00');
		expect(bad.lastUpdate).toBeNull();
		expect(warnings(bad)).toEqual([['bad-last-update', 2, 2, { value: '32/13/26 11:00:00' }]]);
		expect(bad.issues[0]!.columnName).toBe('LAST UPDATE');
		expect(bad.rowsAccepted).toBe(2);
	});

	it('sets aside a date in the future, which would make the file pass for the newest', () => {
		const future = read('27/02/26 11:00:00', '01/01/68 11:00:00');
		expect(future.lastUpdate).toBe('2026-02-27T11:00:00');
		expect(future.lastUpdateOldest).toBeUndefined();
		expect(warnings(future)).toEqual([['future-last-update', 0, null, { value: '2068-01-01' }]]);
	});

	it("checks a JSON-stat cube's updated the same way", () => {
		const cube = (updated: string) =>
			JSON.stringify({
				version: '2.0',
				class: 'dataset',
				updated,
				id: ['indic_is', 'geo', 'time'],
				size: [1, 1, 1],
				dimension: {
					indic_is: { category: { index: { E_ESELL: 0 } } },
					geo: { category: { index: { FR: 0 } } },
					time: { category: { index: { '2023': 0 } } }
				},
				value: [17]
			});
		expect(ingestText('a.json', cube('2025-04-08T23:00:00+0200')).report.lastUpdate).toBe(
			'2025-04-08T23:00:00+02:00'
		);
		const mars = ingestText('b.json', cube('mars 2026')).report;
		expect(mars.lastUpdate).toBeNull();
		expect(mars.issues.map((i) => [i.code, i.columnName])).toEqual([
			['bad-last-update', 'updated']
		]);
	});
});

describe('mapping rules', () => {
	const header =
		'DATAFLOW,LAST UPDATE,freq,hhtyp,__proto__,constructor,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';

	it('keeps non-modelled dimensions in a sorted, prototype-free extra', () => {
		const text = `${header}\nESTAT:X(1.0),01/01/24 00:00:00,Q,A1,p,c,H_COMP,PC_HH,FR,2023-Q1,5,\nESTAT:X(1.0),01/01/24 00:00:00,A,A1,p,c,H_COMP,PC_HH,FR,2023,6,\n`;
		const { observations, report } = ingestText('x.csv', text);
		expect(report.rowsAccepted).toBe(2);
		const [quarterly, annual] = observations;
		expect(Object.getPrototypeOf(quarterly!.extra)).toBeNull();
		expect(Object.keys(quarterly!.extra!)).toEqual(['__proto__', 'constructor', 'freq', 'hhtyp']);
		expect(Object.entries(quarterly!.extra!)).toEqual([
			['__proto__', 'p'],
			['constructor', 'c'],
			['freq', 'Q'],
			['hhtyp', 'A1']
		]);
		expect(Object.keys(annual!.extra!)).toEqual(['__proto__', 'constructor', 'hhtyp']);
		expect(annual).toMatchObject({ dataset: 'x', geo: 'FR', period: '2023', value: 6 });
	});

	it('rejects a row with an empty geo or time, and a bad OBS_VALUE', () => {
		const h = 'STRUCTURE,STRUCTURE_ID,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
		const text = `${h}\r\ndataflow,ESTAT:T(1.0),,2023,1,\r\ndataflow,ESTAT:T(1.0),FR,,1,\r\ndataflow,ESTAT:T(1.0),FR,2023,1e,\r\ndataflow,ESTAT:T(1.0),FR,2023,2.5,b\r\n`;
		const { observations, report } = ingestText('t.csv', text);
		expect(observations).toEqual([
			{
				dataset: 't',
				indicator: '',
				unit: '',
				sizeClass: '',
				nace: '',
				geo: 'FR',
				period: '2023',
				value: 2.5,
				flags: 'b',
				confStatus: null
			}
		]);
		expect(report.issues.map((i) => [i.line, i.column, i.code])).toEqual([
			[2, 3, 'missing-key'],
			[3, 4, 'missing-key'],
			[4, 5, 'bad-value']
		]);
		expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
	});

	it('uses options.dataset for a TSV, and the DATAFLOW over it for SDMX-CSV', () => {
		const tsv = 'unit,geo\\TIME_PERIOD\t2023 \nPC_ENT,FR\t1 \n';
		expect(ingestText('whatever.tsv', tsv, { dataset: 'TIN00111' }).report.dataset).toBe(
			'tin00111'
		);
		const csv = 'DATAFLOW,geo,TIME_PERIOD,OBS_VALUE\nESTAT:ISOC_EC_ESELS(1.0),FR,2023,1\n';
		expect(ingestText('a.csv', csv, { dataset: 'other' }).observations[0]!.dataset).toBe(
			'isoc_ec_esels'
		);
	});

	it('writes JSON lines with the observation fields in a fixed order', () => {
		const line = toJsonLine({ ...tsvObservations[4]!, extra: { hhtyp: 'A1' } });
		expect(line).toBe(
			'{"dataset":"isoc_ec_esels","indicator":"E_ESELL","unit":"PC_ENT","sizeClass":"10-249","nace":"C10-S951_X_K","geo":"FR","period":"2022","value":null,"flags":"","confStatus":"C","freq":"A","hhtyp":"A1"}'
		);
	});
});
