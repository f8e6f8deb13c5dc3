import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManifestError, datasetDates, parseManifest } from './manifest';

const good = {
	file: 'estat_tin00111.tsv',
	dataset: 'tin00111',
	title: { fr: 'Ventes électroniques', en: 'E-sales' },
	source: {
		publisher: 'Eurostat',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/tin00111/'
	},
	retrievedAt: '2025-06-12',
	sha256: 'a'.repeat(64),
	synthetic: false
};

const withEntry = (patch: Record<string, unknown>) =>
	JSON.stringify({ files: [{ ...good, ...patch }] });

describe('parseManifest', () => {
	it('reads a good entry and fills the optional fields', () => {
		expect(parseManifest(JSON.stringify({ files: [good] }), 'm.json')).toEqual({
			files: [{ ...good, note: null }]
		});
	});

	it('reads the date of the edition (vintage) when given', () => {
		expect(parseManifest(withEntry({ vintage: '2026-02-27' }), 'm.json').files[0]?.vintage).toBe(
			'2026-02-27'
		);
	});

	it.each([
		['not JSON', '{', 'm.json: (file): not valid JSON'],
		['no list', '{}', 'm.json: files: expected a list of files'],
		[
			'missing dataset',
			withEntry({ dataset: undefined }),
			'm.json: files[0].dataset: expected a text'
		],
		[
			'a folder in the name',
			withEntry({ file: '../secret.tsv' }),
			'm.json: files[0].file: "../secret.tsv"'
		],
		['a bad date', withEntry({ retrievedAt: '12/06/2025' }), 'files[0].retrievedAt: "12/06/2025"'],
		['a bad vintage', withEntry({ vintage: '27/02/26' }), 'files[0].vintage: "27/02/26"'],
		['no English title', withEntry({ title: { fr: 'x' } }), 'files[0].title.en: expected a text'],
		[
			'a javascript: address',
			withEntry({ source: { publisher: 'X', url: 'javascript:alert(1)' } }),
			'files[0].source.url'
		],
		['a short checksum', withEntry({ sha256: 'abc' }), 'files[0].sha256'],
		[
			'synthetic as text',
			withEntry({ synthetic: 'yes' }),
			'files[0].synthetic: expected true or false'
		]
	])('names the field at fault: %s', (_, text, message) => {
		expect(() => parseManifest(text, 'm.json')).toThrow(ManifestError);
		expect(() => parseManifest(text, 'm.json')).toThrow(message);
	});

	it('refuses the same file listed twice', () => {
		const text = JSON.stringify({ files: [good, good] });
		expect(() => parseManifest(text, 'm.json')).toThrow(
			'files[1].file: "estat_tin00111.tsv" is listed twice'
		);
	});
});

describe('datasetDates', () => {
	// The bundled manifest as shipped: each dataset's two dates as the catalogue shows them.
	const shipped = parseManifest(readFileSync('data/manifest.json', 'utf8'), 'data/manifest.json');
	const entry = (dataset: string) => shipped.files.find((f) => f.dataset === dataset)!;

	it.each([
		// The file states its LAST UPDATE: it prevails over the manifest.
		['isoc_ec_esels', '2026-02-27T11:00:00', '2026-02-27T11:00:00', 'file', '2026'],
		// A TSV states none: the manifest's vintage, said to come from it.
		['tin00111', null, '2025', 'manifest', '2025'],
		['isoc_ec_eseln2', null, '2020-02-09', 'manifest', '2020-02-09']
	] as const)(
		'%s: Eurostat update and download date',
		(dataset, fileDate, update, from, fetched) => {
			expect(datasetDates(entry(dataset), fileDate)).toEqual({
				eurostatUpdate: update,
				updateFrom: from,
				fetched,
				illustrative: false
			});
		}
	);

	it('an illustrative dataset has no Eurostat update, whatever its file says', () => {
		const synthetic = shipped.files.filter((f) => f.synthetic);
		expect(synthetic.length).toBeGreaterThan(0);
		for (const f of synthetic) {
			expect(datasetDates(f, '2026-01-01')).toEqual({
				eurostatUpdate: null,
				updateFrom: null,
				fetched: f.retrievedAt,
				illustrative: true
			});
		}
	});

	it('a real file with neither date says it is unknown, never invents one', () => {
		expect(datasetDates({ retrievedAt: '2024-05-01', synthetic: false }, null)).toEqual({
			eurostatUpdate: null,
			updateFrom: null,
			fetched: '2024-05-01',
			illustrative: false
		});
	});
});
