/**
 * The target a reader picked on the target pages, kept in the address (`?cible=<id>`) so that
 * moving between France, regions and sectors, switching language, reloading or sharing the link
 * keeps it. Read after hydration only: a prerendered page has no query string, and shows the
 * first target of the file.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';

export const TARGET_PARAM = 'cible';

/** Call during a page's initialisation. `targetChoice().id` → `'observatoire-2026'` or null. */
export function targetChoice() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get id(): string | null {
			return mounted ? page.url.searchParams.get(TARGET_PARAM) : null;
		},
		/** The query string to carry to the other target pages (empty before hydration). */
		get search(): string {
			return mounted ? page.url.search : '';
		},
		choose(id: string) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, not state
			const params = new URLSearchParams(page.url.search);
			params.set(TARGET_PARAM, id);
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
			void goto(`${page.url.pathname}?${params}`, { keepFocus: true, noScroll: true });
		}
	};
}
