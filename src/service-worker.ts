/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit. On install, the app (scripts, styles), every prerendered page (not the
 * embeds, framed by sites that need the network anyway) and the bundled data files go into a cache
 * named after this deployment's version; the DuckDB-WASM engine (27 MB) and an embed are not
 * fetched ahead but kept once a page has fetched them. A new deployment installs its
 * own cache and, on activation, deletes every other one, so old and new assets never mix.
 *
 * Pages and data are answered from the network first (a reader online sees a new deployment at
 * once) and from the cache when the network fails; hashed assets never change, so the cache
 * answers them first. The strategy is a pure function (`strategyFor` in `$lib/offline`), tested.
 */
import { build, files, prerendered, version } from '$service-worker';
import { cacheNames, precacheList, strategyFor } from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const scope = new URL(sw.registration.scope).pathname.replace(/\/$/, '');
const names = cacheNames(version);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(names.app);
			await cache.addAll(precacheList([...build, ...files, ...prerendered]));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== names.app && key !== names.engine) await caches.delete(key);
			}
			// The engine's cache outlives deployments (its file names carry a content hash), but
			// keeps only the files this deployment's build uses.
			const engine = await caches.open(names.engine);
			const current = new Set(build.map((file) => new URL(file, sw.location.href).href));
			for (const request of await engine.keys()) {
				if (!current.has(request.url)) await engine.delete(request);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const strategy = strategyFor(url.pathname, scope);
	if (strategy === 'network') return;
	event.respondWith(answer(request, strategy));
});

async function answer(request: Request, strategy: 'cache-first' | 'engine' | 'network-first') {
	if (strategy === 'network-first') {
		try {
			const response = await fetch(request);
			if (response.ok) {
				const cache = await caches.open(names.app);
				await cache.put(request, response.clone());
			}
			return response;
		} catch (error) {
			const cached = await caches.match(request, { ignoreSearch: true });
			if (cached) return cached;
			throw error;
		}
	}
	const cached = await caches.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && strategy === 'engine') {
		const cache = await caches.open(names.engine);
		await cache.put(request, response.clone());
	}
	return response;
}
