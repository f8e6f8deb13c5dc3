import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../ingest/columns';
import { arrowStream, float64Vector, utf8Vector } from './schema';

describe('Arrow vectors built without code generation (CSP: no unsafe-eval)', () => {
	it('keeps strings, empty strings, nulls and non-ASCII text', () => {
		const v = utf8Vector(['FR10', '', null, 'Île-de-France', '<img src=x>']);
		expect(v.toArray()).toEqual(['FR10', '', null, 'Île-de-France', '<img src=x>']);
		expect(v.nullCount).toBe(1);
	});

	it('keeps numbers and nulls (a missing value stays missing, never 0)', () => {
		const v = float64Vector([1.5, null, 0, -3]);
		expect([...v]).toEqual([1.5, null, 0, -3]);
	});

	it('never calls the Function constructor', async () => {
		const original = globalThis.Function;
		const spy = new Proxy(original, {
			construct() {
				throw new Error('new Function called');
			},
			apply() {
				throw new Error('Function called');
			}
		});
		globalThis.Function = spy;
		try {
			const table = tableFromIPC(
				await arrowStream(
					columnsOf([
						{
							dataset: 'd',
							indicator: 'E_ESELL',
							unit: 'PC_ENT',
							sizeClass: '10-249',
							nace: 'C10-S951_X_K',
							geo: 'FR10',
							period: '2023',
							value: null,
							flags: '',
							confStatus: null
						}
					]),
					'imported:x'
				)
			);
			expect(table.numRows).toBe(1);
			expect(table.getChild('value')!.get(0)).toBeNull();
			// The stream the engine gets: several batches, written without generated code either.
			const rows = Array.from({ length: 5 }, (_, i) => ({
				dataset: 'd',
				indicator: 'E_ESELL',
				unit: 'PC_ENT',
				sizeClass: '10-249',
				nace: 'C10-S951_X_K',
				geo: i % 2 ? 'FR' : 'DE',
				period: String(2020 + i),
				value: i === 3 ? null : i,
				flags: '',
				confStatus: i === 1 ? 'C' : null
			}));
			const read = tableFromIPC(await arrowStream(columnsOf(rows), 'imported:x', undefined, 2));
			expect(read.batches.length).toBe(3);
			expect(read.getChild('period')!.toArray()).toEqual(rows.map((r) => r.period));
			expect([...read.getChild('value')!]).toEqual(rows.map((r) => r.value));
			expect(read.getChild('conf_status')!.toArray()).toEqual(rows.map((r) => r.confStatus));
			expect(read.getChild('source_file')!.get(4)).toBe('imported:x');
		} finally {
			globalThis.Function = original;
		}
	});
});
