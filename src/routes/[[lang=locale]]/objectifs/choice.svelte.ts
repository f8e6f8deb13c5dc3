/**
 * The target, population and vintage a reader picked on the target pages, kept in the address
 * (`?cible=<id>&pop=<size>&ds=<file>`, see `$lib/state/targets`) so that moving between France,
 * regions and sectors, switching language, reloading or sharing the link keeps it. Read after
 * hydration only: a prerendered page has no query string, and shows the first target on SMEs.
 */
import { onMount } from 'svelte';
import { currentSearch, writeSearch } from '$lib/components/address.svelte';
import { DEFAULT_POPULATION, type Population } from '$lib/domain/population';
import { readTargetState, writeTargetState, type TargetState } from '$lib/state/targets';

export { TARGET_PARAM } from '$lib/state/targets';

const PLAIN: TargetState = {
	target: null,
	population: DEFAULT_POPULATION,
	pinned: null,
	migrated: false
};

/** Call during a page's initialisation. `targetChoice().id` → `'observatoire-2026'` or null. */
export function targetChoice() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	// Derived from the query string: the router taking over the same address changes nothing.
	const query = $derived(mounted ? currentSearch() : '');
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once, not state
	const params = () => new URLSearchParams(query);
	const read = $derived(mounted ? readTargetState(params()) : PLAIN);
	const state = (): TargetState => read;
	const go = (next: Omit<TargetState, 'migrated'>) =>
		writeSearch(writeTargetState(params(), next).toString());
	return {
		get id(): string | null {
			return state().target;
		},
		get population(): Population {
			return state().population;
		},
		/** Dataset of the pinned vintage, or null for the newest. */
		get pinned(): string | null {
			return state().pinned;
		},
		/** The address is a link made before the population switch, read as what it showed. */
		get migrated(): boolean {
			return state().migrated;
		},
		/** The query string to carry to the other target pages (empty before hydration). */
		get search(): string {
			return query;
		},
		choose(id: string) {
			const s = state();
			go({ target: id, population: s.population, pinned: s.pinned });
		},
		/** Another population: the newest vintage that publishes it (a pin applies to one file). */
		choosePopulation(population: Population) {
			go({ target: state().target, population, pinned: null });
		}
	};
}
