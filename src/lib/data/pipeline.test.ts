import { describe, expect, it } from 'vitest';
import { columnsOf, columnsToJson, observationsOf } from './ingest/columns';
import { checkSourcesOf } from './pipeline';

describe('checkSourcesOf: the bundled files the import page checks against, as fetched', () => {
	const fr = {
		dataset: 'tin00111',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: 'GE10',
		nace: 'C10-S951_X_K',
		geo: 'FR',
		period: '2023',
		value: 17.5,
		flags: '',
		confStatus: null
	};

	it('gives each file with its columns', () => {
		const text = JSON.stringify({
			files: [{ file: 'estat_tin00111.tsv', columns: columnsToJson(columnsOf([fr])) }]
		});
		const sources = checkSourcesOf(JSON.parse(text), 'check-columns.json');
		expect(sources.map((s) => s.file)).toEqual(['estat_tin00111.tsv']);
		expect(observationsOf(sources[0]!.columns)).toEqual([fr]);
		// Written by an older build, without the file's edition: undated, still checked against.
		expect(sources[0]!.vintage).toBeNull();
	});

	it("gives each file's edition, when the build wrote it", () => {
		const columns = columnsToJson(columnsOf([fr]));
		const sources = checkSourcesOf(
			{
				files: [
					{ file: 'estat_isoc_ec_esels.csv', vintage: '2026-02-27T11:00:00', columns },
					{ file: 'odd.csv', vintage: 2026, columns }
				]
			},
			'check-columns.json'
		);
		expect(sources.map((s) => [s.file, s.vintage])).toEqual([
			['estat_isoc_ec_esels.csv', '2026-02-27T11:00:00'],
			['odd.csv', null]
		]);
	});

	it('says which file is not what the build writes, and checks against nothing then', () => {
		expect(() => checkSourcesOf({}, 'x/check-columns.json')).toThrow(
			'x/check-columns.json: no list of files'
		);
		const columns = columnsToJson(columnsOf([fr]));
		expect(() =>
			checkSourcesOf(
				{
					files: [
						{ file: 'a.tsv', columns },
						{ file: 'b.tsv', columns: { ...columns, length: 2 } }
					]
				},
				'check-columns.json'
			)
		).toThrow('check-columns.json: entry 2 is not a file');
		expect(() => checkSourcesOf({ files: [{ columns }] }, 'c.json')).toThrow('entry 1');
	});
});
