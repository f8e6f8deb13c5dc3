import { describe, expect, it } from 'vitest';
import type { Column, TableRow } from './table-rows';
import { toCsv } from '../csv';
import { tableCsv } from './table';

const columns: Column[] = [
	{ id: 'country', label: 'Pays' },
	{ id: 'rank', label: 'Rang', numeric: true },
	{ id: 'value', label: 'Valeur 2015', numeric: true }
];
const row = (
	country: string,
	rank: number | null,
	value: number | null,
	flags = '',
	confStatus: string | null = null
): TableRow => ({
	key: country,
	cells: {
		country: { text: country, sort: country },
		rank: { text: rank === null ? '—' : `${rank}e sur 27`, sort: rank },
		value: { text: value === null ? '—' : `${value} %`, sort: value, flags, confStatus }
	}
});

describe('tableCsv', () => {
	it('writes numbers, not their formatted text, and a flag column after a flagged one', () => {
		const { columns: cols, rows } = tableCsv(
			columns,
			[row('Danemark', 1, 26.04), row('France', 12, 16.5, 'b')],
			'fr'
		);
		expect(cols.map((c) => c.fr)).toEqual([
			'Pays',
			'Rang',
			'Valeur 2015',
			'Valeur 2015 — indicateurs de statut'
		]);
		expect(rows).toEqual([
			{ country: 'Danemark', rank: 1, value: 26.04, 'value\u0000flags': '' },
			{ country: 'France', rank: 12, value: 16.5, 'value\u0000flags': 'b' }
		]);
		expect(toCsv(rows, cols, { locale: 'fr' })).toBe(
			'\ufeffPays;Rang;Valeur 2015;Valeur 2015 — indicateurs de statut\r\nDanemark;1;26,04;\r\nFrance;12;16,5;b\r\n'
		);
	});

	it('keeps a missing value empty with its flag, and confidentiality with the flags', () => {
		const { rows } = tableCsv(columns, [row('Malte', null, null, 'u', 'C')], 'en');
		expect(rows).toEqual([{ country: 'Malte', rank: null, value: null, 'value\u0000flags': 'uC' }]);
	});

	it('adds no flag column when no cell has a flag', () => {
		const { columns: cols } = tableCsv(columns, [row('France', 12, 16.5)], 'en');
		expect(cols.map((c) => c.en)).toEqual(['Pays', 'Rang', 'Valeur 2015']);
	});

	it('follows the order the table first shows, missing values last', () => {
		const { rows } = tableCsv(
			columns,
			[row('A', null, null), row('B', 2, 10), row('C', 1, 20)],
			'en',
			{ sortBy: 'value', direction: 'descending' }
		);
		expect(rows.map((r) => r.country)).toEqual(['C', 'B', 'A']);
	});

	it('neutralises a formula-like label in the file', () => {
		const { columns: cols, rows } = tableCsv(columns, [row('=HYPERLINK("x")', 1, 5)], 'en');
		expect(toCsv(rows, cols, { locale: 'en' })).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
