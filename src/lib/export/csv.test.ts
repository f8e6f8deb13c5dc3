import { describe, expect, it } from 'vitest';
import { BOM, cell, neutralise, toCsv, withSource, type CsvColumn } from './csv';

const columns: CsvColumn[] = [
	{ key: 'label', fr: 'Libellé', en: 'Label' },
	{ key: 'value', fr: 'Valeur', en: 'Value' },
	{ key: 'flags', fr: 'Indicateurs', en: 'Flags' }
];

describe('neutralise: OWASP formula prefixes', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+33 1 23', `'+33 1 23`],
		['-2', '-2'],
		['-2+3+cmd', `'-2+3+cmd`],
		['a;=1+2', `a;'=1+2`],
		['a, @SUM(1)', `a,' @SUM(1)`],
		['b;-4,39', 'b;-4,39'],
		// A lone dash is a file's "nothing" marker, text to a spreadsheet: kept as written.
		['-', '-'],
		['a;-', 'a;-'],
		['--', `'--`],
		['-=1', `'-=1`],
		['@SUM(1)', `'@SUM(1)`],
		['\tTAB', `'\tTAB`],
		['\rCR', `'\rCR`],
		['\nLF', `'\nLF`],
		['France', 'France'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(neutralise(input)).toBe(expected);
	});
});

describe('cell: typed numbers vs text, quoting', () => {
	it.each([
		[-2, 'fr', '-2'],
		[-2, 'en', '-2'],
		['-2', 'fr', '-2'],
		['-x', 'fr', `'-x`],
		[13.43, 'fr', '13,43'],
		[13.43, 'en', '13.43'],
		[1234567.5, 'fr', '1234567,5'],
		[0, 'fr', '0'],
		[null, 'fr', ''],
		[undefined, 'en', ''],
		[Number.NaN, 'fr', ''],
		['Moyenne; UE', 'fr', '"Moyenne; UE"'],
		['Moyenne; UE', 'en', '"Moyenne; UE"'],
		['a,b', 'en', '"a,b"'],
		['a,b', 'fr', '"a,b"'],
		['a,=1', 'fr', `"a,'=1"`],
		[-4.39, 'fr', '-4,39'],
		['dit "bonjour"', 'fr', '"dit ""bonjour"""'],
		['ligne 1\nligne 2', 'en', '"ligne 1\nligne 2"'],
		['=1+2;3', 'fr', `"'=1+2;3"`],
		['=HYPERLINK("http://x","y")', 'en', `"'=HYPERLINK(""http://x"",""y"")"`],
		['@SUM(1)', 'fr', `'@SUM(1)`]
	] as const)('%j in %s → %j', (value, locale, expected) => {
		expect(cell(value, locale)).toBe(expected);
	});
});

describe('toCsv', () => {
	const rows = [
		{ label: 'France', value: 13.43, flags: '' },
		{ label: '=HYPERLINK("http://x","y")', value: -2, flags: 'b' },
		{ label: 'Zone "A"; nord\nsud', value: null, flags: 'u' }
	];

	it('writes French headers, `;`, decimal commas, a BOM and CRLF lines', () => {
		expect(toCsv(rows, columns, { locale: 'fr' })).toBe(
			BOM +
				'Libellé;Valeur;Indicateurs\r\n' +
				'France;13,43;\r\n' +
				`"'=HYPERLINK(""http://x"",""y"")";-2;b\r\n` +
				'"Zone ""A""; nord\nsud";;u\r\n'
		);
	});

	it('writes English headers, `,` and decimal points', () => {
		expect(toCsv(rows.slice(0, 2), columns, { locale: 'en' })).toBe(
			BOM +
				'Label,Value,Flags\r\n' +
				'France,13.43,\r\n' +
				`"'=HYPERLINK(""http://x"",""y"")",-2,b\r\n`
		);
	});

	it('writes only the header line for no rows', () => {
		expect(toCsv([], columns, { locale: 'en' })).toBe(`${BOM}Label,Value,Flags\r\n`);
	});
});

describe('withSource', () => {
	const columns: CsvColumn[] = [{ key: 'geo', fr: 'Zone', en: 'Geo' }];

	it('adds the source and the date of the data to every row, in a last column', () => {
		const file = withSource(
			[{ geo: 'FR' }, { geo: 'DE' }],
			columns,
			'Source : Eurostat',
			'Données : 2026'
		);
		expect(toCsv(file.rows, file.columns, { locale: 'fr' })).toBe(
			`${BOM}Zone;Source\r\nFR;Source : Eurostat — Données : 2026\r\nDE;Source : Eurostat — Données : 2026\r\n`
		);
	});

	it('keeps a table’s own source column, and adds nothing without a source', () => {
		const own = [...columns, { key: 'source', fr: 'Source', en: 'Source' }];
		expect(withSource([{ geo: 'FR', source: 'x' }], own, 'Source : Eurostat', '').columns).toEqual(
			own
		);
		expect(withSource([{ geo: 'FR' }], columns, '', ' ').columns).toEqual(columns);
	});
});
