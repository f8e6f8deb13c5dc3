/**
 * The population a reader picked on a page that reads one series (home), kept in the address
 * (`?pop=GE10`, see state/population.ts) so that reloading, switching language or sharing the link
 * keeps it. Read after hydration only: a prerendered page has no query string and shows SMEs.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { readPopulation, writePopulation } from '$lib/state/population';
import { populationOf, type Population } from '$lib/domain/population';

/** Call during a page's initialisation. `populationChoice().population` → `'10-249'` or `'GE10'` */
export function populationChoice() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	const current = () =>
		mounted
			? readPopulation(page.url.searchParams)
			: { population: populationOf(null), pinned: null };
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
			const params = writePopulation(new URLSearchParams(page.url.search), {
				...current(),
				population: populationOf(population)
			});
			const query = params.toString();
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
			void goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
				keepFocus: true,
				noScroll: true,
				replaceState: true
			});
		}
	};
}
