import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from './manifest';

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
