import { describe, expect, it } from 'vitest';
import { flagsUsed, sortRows, type TableRow } from './table-rows';

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
