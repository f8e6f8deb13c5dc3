import { describe, expect, it } from 'vitest';
import {
	COMMON_HEADERS,
	cacheControl,
	cspHeader,
	isEmbedPath,
	metaPolicyOf,
	normaliseBase,
	pagePaths
} from './headers';

describe('who may frame a page', () => {
	it.each([
		['/embed/home-trend/', '', true],
		['/en/embed/compare-ranking/', '', true],
		['/observatoire/embed/home-trend/', '/observatoire', true],
		['/observatoire/en/embed/target-national/', '/observatoire', true],
		['/comparer/', '', false],
		['/', '', false],
		['/embedded/', '', false],
		['/observatoire/comparer/', '/observatoire', false],
		// An embed path outside the site's base path is not one of ours.
		['/embed/home-trend/', '/observatoire', false]
	])('%s under base %j is an embed: %s', (path, base, embed) => {
		expect(isEmbedPath(path, base)).toBe(embed);
	});

	it('adds frame-ancestors to the policy of the page', () => {
		const meta = "default-src 'self'; script-src 'self' 'sha256-abc='";
		expect(cspHeader(meta, '/comparer/', '')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'"
		);
		expect(cspHeader(meta + ';', '/en/embed/home-kpis/', '')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors *"
		);
		expect(cspHeader('', '/x/', '')).toBe("frame-ancestors 'none'");
	});
});

describe('reading the policy SvelteKit wrote', () => {
	it('decodes the entities of the meta tag', () => {
		const html =
			'<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data:"></head>';
		expect(metaPolicyOf(html)).toBe("default-src 'self'; img-src 'self' data:");
		expect(metaPolicyOf('<head><title>x</title></head>')).toBeNull();
	});
});

describe('paths, cache and base', () => {
	it('maps page files to the addresses they answer', () => {
		expect(pagePaths('index.html')).toEqual(['/', '/index.html']);
		expect(pagePaths('en/comparer/index.html')).toEqual([
			'/en/comparer/',
			'/en/comparer/index.html'
		]);
		expect(pagePaths('404.html')).toEqual(['/404.html', '/404']);
	});

	it('caches hashed assets for ever and revalidates the rest', () => {
		expect(cacheControl('/_app/immutable/chunks/x.B1.js')).toContain('immutable');
		expect(cacheControl('/observatoire/_app/immutable/assets/duckdb-eh.x.wasm')).toContain(
			'max-age=31536000'
		);
		expect(cacheControl('/data/estat_tin00111.tsv')).toBe('no-cache');
		expect(cacheControl('/service-worker.js')).toBe('no-cache');
	});

	it('normalises the base path and refuses what is not one', () => {
		expect(normaliseBase(undefined)).toBe('');
		expect(normaliseBase('/observatoire/')).toBe('/observatoire');
		expect(normaliseBase('/a/b')).toBe('/a/b');
		expect(() => normaliseBase('observatoire')).toThrow(/BASE_PATH/);
		expect(() => normaliseBase('/a b')).toThrow(/BASE_PATH/);
		expect(() => normaliseBase('/../etc')).toThrow(/BASE_PATH/);
	});

	it('sends the headers every response needs', () => {
		expect(Object.keys(COMMON_HEADERS).sort()).toEqual([
			'Permissions-Policy',
			'Referrer-Policy',
			'X-Content-Type-Options'
		]);
	});
});
