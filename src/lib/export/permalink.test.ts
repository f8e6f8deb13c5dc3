import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet, paperAddress, permalink } from './permalink';
import { safeFilename } from './download';

describe('permalink', () => {
	it.each([
		['http://x/', {}, 'http://x/'],
		['http://x/comparer/?peers=DE#t', {}, 'http://x/comparer/?peers=DE'],
		['http://x/comparer/?peers=DE', { year: '2023' }, 'http://x/comparer/?peers=DE&year=2023'],
		[
			'http://x/comparer/?peers=DE&year=2020',
			{ year: '2023' },
			'http://x/comparer/?peers=DE&year=2023'
		],
		['http://x/comparer/?peers=DE&year=2020', { year: null }, 'http://x/comparer/?peers=DE'],
		['http://x/rapport/', { v: 'trend:a & b' }, 'http://x/rapport/?v=trend%3Aa+%26+b']
	] as const)('%s + %j → %s', (url, state, expected) => {
		expect(permalink(url, state)).toBe(expected);
	});

	it('needs an absolute address', () => {
		expect(() => permalink('/comparer/')).toThrow();
	});
});

describe('embedPath', () => {
	it.each([
		['/embed/home-trend/', 'fr', '/embed/home-trend/'],
		['/embed/home-trend/', 'en', '/en/embed/home-trend/'],
		['/en/embed/home-trend/', 'fr', '/embed/home-trend/'],
		['/en/embed/home-trend/', 'en', '/en/embed/home-trend/']
	] as const)('%s in %s → %s', (path, locale, expected) => {
		expect(embedPath(path, locale)).toBe(expected);
	});
});

describe('paperAddress', () => {
	it.each([
		['https://obs.example/embed/home-kpis/#source', 'obs.example/embed/home-kpis/'],
		['http://127.0.0.1:4621/en/embed/fiche-bretagne/', '127.0.0.1:4621/en/embed/fiche-bretagne/'],
		[
			'https://obs.example/obs/embed/comparison-ranking/?geo=DE#source',
			'obs.example/obs/embed/comparison-ranking/?geo=DE'
		]
	] as const)('%s is printed %s', (url, expected) => {
		expect(paperAddress(url)).toBe(expected);
	});
});

describe('embedSnippet', () => {
	it('writes a lazy, titled iframe', () => {
		expect(
			embedSnippet({ src: 'https://x.org/embed/tendance/', title: 'France', locale: 'fr' })
		).toBe(
			'<iframe src="https://x.org/embed/tendance/" title="France" lang="fr" width="100%" height="520" loading="lazy" style="border:0;max-width:100%" referrerpolicy="no-referrer-when-downgrade"></iframe>'
		);
	});

	it('escapes the title and the address', () => {
		const out = embedSnippet({
			src: 'https://x.org/en/embed/tendance/?a=1&b="2"',
			title: '"><script>alert(1)</script>',
			width: 640,
			height: 400.4,
			locale: 'en'
		});
		expect(out).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(out).toContain('src="https://x.org/en/embed/tendance/?a=1&amp;b=%222%22"');
		expect(out).toContain('width="640" height="400"');
		expect(out).not.toContain('<script');
	});

	it.each(['javascript:alert(1)', 'data:text/html,x'])('refuses %s', (src) => {
		expect(() => embedSnippet({ src, title: 't', locale: 'fr' })).toThrow(/http/);
	});
});

describe('safeFilename', () => {
	it.each([
		['France et moyenne UE, 2013–2024', 'france-et-moyenne-ue-2013-2024'],
		['../../etc/passwd', 'etc-passwd'],
		['Écart à l’UE', 'ecart-a-l-ue'],
		['', 'export']
	])('%j → %j', (text, expected) => {
		expect(safeFilename(text)).toBe(expected);
	});
});
