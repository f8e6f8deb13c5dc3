import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText, type IngestOptions } from './ingest';
import { countLines } from './rows';
import type { ImportReport } from './types';

/**
 * What must hold for every file, however broken: counts add up, every physical line of a
 * delimited text is accounted for, and nothing blew up inside.
 */
function holds(report: ImportReport, text?: string): void {
	expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected + report.blankRows);
	expect(report.rowsRejected).toBeGreaterThanOrEqual(0);
	expect(report.fatal ?? '').not.toContain('internal error');
	if (report.fatal !== null) expect(report.rowsRead).toBe(0);
	else if (report.format !== 'json-stat-2') {
		expect(report.lines).toBe(report.headerLines + report.rowsRead + report.joinedLines);
		if (text !== undefined) expect(report.lines).toBe(countLines(text.replace(/^\uFEFF/, '')));
	}
}

const HEADERS = [
	[
		'DATAFLOW',
		'LAST UPDATE',
		'freq',
		'size_emp',
		'indic_is',
		'unit',
		'geo',
		'TIME_PERIOD',
		'OBS_VALUE',
		'OBS_FLAG'
	],
	[
		'STRUCTURE',
		'STRUCTURE_ID',
		'freq',
		'geo',
		'TIME_PERIOD',
		'OBS_VALUE',
		'OBS_FLAG',
		'CONF_STATUS'
	],
	[
		'STRUCTURE',
		'STRUCTURE_ID',
		'STRUCTURE_NAME',
		'geo',
		'Geo',
		'TIME_PERIOD',
		'Time',
		'OBS_VALUE',
		'Observation value'
	],
	['geo', 'GEO_LABEL', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_FLAG', '__proto__', 'constructor'],
	['freq,unit,geo\\TIME_PERIOD', '2021 ', '2022 ', '2023 '],
	['indic_is,unit,sizen_r2,geo\\time', '2019 ', '2018 ']
];

const cell = fc.oneof(
	fc.constantFrom(
		'FR',
		'EL',
		'FR10',
		'FRY1',
		'EU27_2020',
		'XX9',
		'A',
		'Q',
		'2023',
		'2023-Q1',
		'E_ESELL',
		'PC_ENT',
		'10-249',
		'GE10',
		':',
		': u',
		'13.25 b',
		'13,25',
		'17,0',
		'1.234,5',
		'-3',
		'',
		' ',
		'b',
		'bu',
		'C',
		'c',
		'x',
		'=HYPERLINK("x")',
		'<script>alert(1)</script>',
		'__proto__',
		'constructor',
		'"',
		'""',
		'"a\nb"',
		'"a;b"',
		'"a,b"',
		'\t',
		'NaN',
		'Infinity',
		'1e400',
		'0x10',
		'ESTAT:X(1.0)',
		'01/01/24 00:00:00',
		'Île-de-France',
		'Côte d’Azur'
	),
	fc.string({ maxLength: 8 }),
	fc.double({ noNaN: false }).map(String)
);

const delimiter = fc.constantFrom(',', ';', '\t', '|');
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** A delimited file: a real header (or not), rows of plausible and hostile cells, blank lines. */
const delimitedFile = fc
	.record({
		header: fc.oneof(fc.constantFrom(...HEADERS), fc.array(cell, { maxLength: 6 })),
		rows: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 25 }),
		delimiter,
		newline,
		bom: fc.boolean(),
		blankEvery: fc.integer({ min: 0, max: 5 }),
		cut: fc.option(fc.nat(), { nil: undefined })
	})
	.map(({ header, rows, delimiter, newline, bom, blankEvery, cut }) => {
		// Wide TSV headers separate by tab whatever the generated delimiter.
		const d = header[0]?.includes('\\') ? '\t' : delimiter;
		const lines = [header.join(d)];
		rows.forEach((r, i) => {
			lines.push(r.join(d));
			if (blankEvery > 0 && i % blankEvery === 0) lines.push(blankEvery % 2 ? '' : d.repeat(3));
		});
		let text = (bom ? '\uFEFF' : '') + lines.join(newline) + newline;
		if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
		return text;
	});

const jsonStat = fc
	.record({
		ids: fc.array(fc.constantFrom('geo', 'time', 'unit', '__proto__', 'x'), { maxLength: 4 }),
		size: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 4 }),
		value: fc.oneof(
			fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 10 }),
			fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.double(), fc.constant(null)))
		),
		cut: fc.boolean()
	})
	.map(({ ids, size, value, cut }) => {
		const dimension: Record<string, unknown> = {};
		for (const id of ids) {
			dimension[id] = { category: { index: { FR: 0, EL: 1, '2023': 2 } } };
		}
		const text = JSON.stringify({
			version: '2.0',
			class: 'dataset',
			id: ids,
			size,
			dimension,
			value
		});
		return cut ? text.slice(0, Math.floor(text.length / 2)) : text;
	});

const modes: IngestOptions[] = [
	{},
	{ dialect: 'auto' },
	{ dialect: { delimiter: ';', decimal: ',' } }
];

describe('the importer, on thousands of generated files', () => {
	it('never throws, and rows read = accepted + rejected, for delimited text', () => {
		fc.assert(
			fc.property(delimitedFile, fc.constantFrom(...modes), (text, options) => {
				holds(ingestText('gen.csv', text, options).report, text);
			}),
			{ numRuns: 2500 }
		);
	});

	it('holds for JSON-stat-like documents', () => {
		fc.assert(
			fc.property(jsonStat, (text) => {
				holds(ingestText('gen.json', text).report);
				holds(ingestText('gen.json', text, { dialect: 'auto' }).report);
			}),
			{ numRuns: 800 }
		);
	});

	it('holds for arbitrary bytes, in every mode', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 400 }),
				fc.constantFrom(...modes, { dialect: { encoding: 'utf-16be' as const } }),
				async (bytes, options) => {
					holds((await ingestBytes('gen.bin', bytes, options)).report);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
