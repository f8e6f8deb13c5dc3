/**
 * The address a page's exploration choices live in (scenario, markers, peer sets): read after
 * hydration only (a prerendered page has no query string), written through `address.svelte`
 * (shown at once, handed to the router after the frame) so that a reload, the back button and a
 * shared link keep them.
 */
import { onMount } from 'svelte';
import { currentSearch, writeSearch } from '../address.svelte';

/** Call during a component's initialisation. `address().search` → `cible=x&scenario=1,0.4` */
export function address() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	// Derived: when the router takes over the address written a frame before, the string is the
	// same and nothing that reads it runs again.
	const search = $derived(mounted ? currentSearch().replace(/^\?/, '') : '');
	return {
		get mounted(): boolean {
			return mounted;
		},
		/** The query string without `?` (empty before hydration). */
		get search(): string {
			return search;
		},
		/** Replaces the query string (`replace`: no new history entry, for typing). */
		set(search: string, replace = false) {
			writeSearch(search, replace);
		}
	};
}
