import { describe, expect, it } from 'vitest';
import { cacheNames, precacheList, strategyFor } from './offline';

describe('what the service worker keeps and how it answers', () => {
	it.each([
		['/_app/immutable/chunks/a.B1.js', '', 'cache-first'],
		['/_app/immutable/assets/duckdb-eh.x.wasm', '', 'engine'],
		['/', '', 'network-first'],
		['/comparer/', '', 'network-first'],
		['/data/estat_isoc_ec_esels.csv', '', 'network-first'],
		['/service-worker.js', '', 'network'],
		['/observatoire/_app/immutable/chunks/a.js', '/observatoire', 'cache-first'],
		['/observatoire/en/objectifs/', '/observatoire', 'network-first'],
		['/observatoire', '/observatoire', 'network-first'],
		['/elsewhere/', '/observatoire', 'network']
	])('%s (base %j) → %s', (path, base, strategy) => {
		expect(strategyFor(path, base)).toBe(strategy);
	});

	it('never fetches the engine ahead, and lists each file once', () => {
		expect(
			precacheList(['/_app/a.js', '/_app/immutable/assets/duckdb-eh.x.wasm', '/', '/_app/a.js'])
		).toEqual(['/_app/a.js', '/']);
	});

	it('leaves the embeds out, in both languages and under a base path, but not the pages', () => {
		expect(
			precacheList([
				'/obs/embed/compare-map/',
				'/obs/embed/compare-map/__data.json',
				'/obs/en/embed/home-kpis/',
				'/obs/comparer/',
				'/obs/comparer/__data.json',
				'/obs/_app/immutable/chunks/embedded.js'
			])
		).toEqual([
			'/obs/comparer/',
			'/obs/comparer/__data.json',
			'/obs/_app/immutable/chunks/embedded.js'
		]);
	});

	it('names the app cache after the deployment', () => {
		expect(cacheNames('1764600000')).toEqual({
			app: 'observatoire-app-1764600000',
			engine: 'observatoire-engine'
		});
		expect(cacheNames('a').app).not.toBe(cacheNames('b').app);
	});
});
