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
					])
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
				// A NUL keeps the column as text: its dictionary is written out too.
				confStatus: i === 1 ? 'C\0' : null
			}));
			const columns = columnsOf(rows);
			const read = tableFromIPC(await arrowStream(columns, undefined, 2));
			expect(read.batches.length).toBe(3);
			// The codes of the columns with more than one value, packed into one integer (geo's
			// code, plus period's times geo's two values), which the view reads back through the
			// file's dictionaries; those with one value are not in the stream.
			const packed = [...read.getChild('codes_1')!] as number[];
			expect(packed.map((code) => columns.dictionaries.geo[code % 2])).toEqual(
				rows.map((r) => r.geo)
			);
			expect(packed.map((code) => columns.dictionaries.period[Math.floor(code / 2)])).toEqual(
				rows.map((r) => r.period)
			);
			expect(read.schema.fields.map((f) => f.name)).toEqual(['codes_1', 'conf_status', 'value']);
			expect([...read.getChild('value')!]).toEqual(rows.map((r) => r.value));
			expect(read.getChild('conf_status')!.toArray()).toEqual(rows.map((r) => r.confStatus));
			// The file's name is the view's to write, not a column of the stream.
			expect(read.getChild('source_file')).toBeNull();
		} finally {
			globalThis.Function = original;
		}
	});
});
