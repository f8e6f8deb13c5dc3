/**
 * The address a page's exploration choices live in (scenario, markers, peer sets): read after
 * hydration only (a prerendered page has no query string), written with `goto` on the same page
 * so that a reload, the back button and a shared link keep them.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';

/** Call during a component's initialisation. `address().search` → `cible=x&scenario=1,0.4` */
export function address() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get mounted(): boolean {
			return mounted;
		},
		/** The query string without `?` (empty before hydration). */
		get search(): string {
			return mounted ? page.url.search.replace(/^\?/, '') : '';
		},
		/** Replaces the query string (`replace`: no new history entry, for typing). */
		set(search: string, replace = false) {
			const q = search.replace(/^\?/, '');
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
			void goto(`${page.url.pathname}${q ? `?${q}` : ''}`, {
				keepFocus: true,
				noScroll: true,
				replaceState: replace
			});
		}
	};
}
