/**
 * The population a reader picked on a page that reads one series (home), kept in the address
 * (`?pop=GE10`, see state/population.ts) so that reloading, switching language or sharing the link
 * keeps it. Read after hydration only: a prerendered page has no query string and shows SMEs.
 */
import { onMount } from 'svelte';
import { currentSearch, writeSearch } from './address.svelte';
import { readPopulation, writePopulation } from '$lib/state/population';
import { populationOf, type Population } from '$lib/domain/population';

/** Call during a page's initialisation. `populationChoice().population` → `'10-249'` or `'GE10'` */
export function populationChoice() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	// Derived from the query string: the router taking over the same address changes nothing.
	const query = $derived(mounted ? currentSearch() : '');
	const choice = $derived(
		mounted
			? // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, not state
				readPopulation(new URLSearchParams(query))
			: { population: populationOf(null), pinned: null }
	);
	const current = () => choice;
	return {
		get population(): Population {
			return current().population;
		},
		/** The query string of the choice (empty before hydration and for the default). */
		get search(): string {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, not state
			const s = writePopulation(new URLSearchParams(), current()).toString();
			return s ? `?${s}` : '';
		},
		choose(population: string) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, not state
			const params = writePopulation(new URLSearchParams(query), {
				...current(),
				population: populationOf(population)
			});
			writeSearch(params.toString(), true);
		}
	};
}
