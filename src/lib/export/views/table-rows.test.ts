import { describe, expect, it } from 'vitest';
import { flagsUsed, importedFilesUsed, sortRows, tableBody, type TableRow } from './table-rows';

const row = (key: string, value: number | null, name: string, flags = ''): TableRow => ({
	key,
	cells: {
		name: { text: name, sort: name },
		value: { text: String(value), sort: value, flags }
	}
});
const rows = [
	row('a', 3, 'Croatie'),
	row('b', null, 'Autriche', 'u'),
	row('c', 10, 'Écosse'),
	row('d', 3, 'Belgique', 'b')
];

describe('sortRows', () => {
	const cases: { col: string | null; dir: 'ascending' | 'descending'; expected: string }[] = [
		{ col: null, dir: 'ascending', expected: 'abcd' },
		{ col: 'value', dir: 'descending', expected: 'cadb' },
		{ col: 'value', dir: 'ascending', expected: 'adcb' },
		{ col: 'name', dir: 'ascending', expected: 'bdac' },
		{ col: 'name', dir: 'descending', expected: 'cadb' }
	];
	for (const c of cases) {
		it(`${c.col} ${c.dir} → ${c.expected} (missing last, ties stable, accents sorted in French)`, () => {
			expect(
				sortRows(rows, c.col, c.dir)
					.map((r) => r.key)
					.join('')
			).toBe(c.expected);
		});
	}
	it('lists the flags used once each', () => {
		expect(flagsUsed(rows)).toEqual(['b', 'u']);
	});
});

describe('tableBody', () => {
	const columns = [
		{ id: 'name', label: 'Pays' },
		{ id: 'value', label: '2023', numeric: true },
		{ id: 'absent', label: 'Écart', numeric: true }
	];
	const asked: string[] = [];
	const meaning = (code: string) => {
		asked.push(code);
		return `meaning of ${code}`;
	};

	it('heads each row with its first cell, a dash where a cell is absent, marks with meanings', () => {
		const flagged: TableRow = {
			key: 'e',
			highlight: true,
			cells: {
				name: { text: 'France', sort: 'France' },
				value: { text: '15,8', sort: 15.8, flags: 'bp', confStatus: 'C' }
			}
		};
		const body = tableBody([rows[1]!, flagged], columns, meaning);
		expect(body.map((r) => [r.key, r.highlight, r.head?.text, r.cells.map((c) => c.text)])).toEqual(
			[
				['b', false, 'Autriche', ['null', '—']],
				['e', true, 'France', ['15,8', '—']]
			]
		);
		expect(body[1]!.cells[0]).toEqual({
			column: 'value',
			text: '15,8',
			numeric: true,
			marks: [
				{ code: 'b', meaning: 'meaning of b' },
				{ code: 'p', meaning: 'meaning of p' },
				{ code: 'C', meaning: 'meaning of C' }
			],
			imported: null
		});
		expect(body[0]!.cells[0]!.marks).toEqual([{ code: 'u', meaning: 'meaning of u' }]);
		expect(body[0]!.head).toEqual({
			column: 'name',
			text: 'Autriche',
			numeric: false,
			marks: [],
			imported: null
		});
	});

	it('looks each meaning up once, and draws rows without cells when there are no columns', () => {
		asked.length = 0;
		tableBody(rows, columns, meaning);
		expect(asked.sort()).toEqual(['b', 'u']);
		expect(tableBody(rows.slice(0, 1), [], meaning)).toEqual([
			{ key: 'a', highlight: false, head: null, cells: [] }
		]);
	});

	it('numbers imported files by first appearance in the rows as given, whatever the sort', () => {
		const imported = (key: string, value: number, file?: string): TableRow => ({
			key,
			cells: {
				name: { text: key, sort: key },
				value: { text: String(value), sort: value, ...(file ? { imported: file } : {}) }
			}
		});
		const given = [
			imported('FR', 14, 'revise.csv'),
			imported('DE', 20),
			imported('CH', 30, 'swiss.csv'),
			imported('AT', 12, 'revise.csv')
		];
		const files = importedFilesUsed(given);
		expect(files).toEqual(['revise.csv', 'swiss.csv']);
		const body = tableBody(sortRows(given, 'value', 'descending'), columns, meaning, files);
		expect(body.map((r) => [r.key, r.cells[0]!.imported])).toEqual([
			['CH', 1],
			['DE', null],
			['FR', 0],
			['AT', 0]
		]);
		expect(importedFilesUsed(rows)).toEqual([]);
	});
});
