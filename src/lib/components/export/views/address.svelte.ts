/**
 * The address an embedded view reads its choices from: empty until hydration (a prerendered
 * embed has no query string), then `location.search`. One copy for the home and by-size views.
 */
import { onMount } from 'svelte';

/** Call during a component's initialisation. `hydratedSearch().current` → `?pop=GE10` */
export function hydratedSearch(): { readonly current: string } {
	let current = $state('');
	onMount(() => {
		current = location.search;
	});
	return {
		get current(): string {
			return current;
		}
	};
}
