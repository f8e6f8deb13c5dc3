/**
 * The data of a report's chosen views, for the report page: the default report's came with the
 * page; another view's is fetched when it is chosen (`$lib/export/report-view-data`), once, and
 * after a failure only when the reader asks again (`retry`).
 */
import { untrack } from 'svelte';
import { fetchViewData } from '$lib/export/report-view-data';

/**
 * Call during the page's initialisation.
 * `reportViews(() => data.views, () => ['home', 'targets'], base).views.targets` → the targets'
 * data once fetched, `undefined` before.
 */
export function reportViews(
	initial: () => Record<string, unknown>,
	needed: () => readonly string[],
	basePath: string
) {
	// Raw state: rows are read, never changed, and a deep proxy over thousands of them would cost
	// every reader.
	let fetched = $state.raw<Record<string, unknown>>({});
	let errors = $state.raw<Record<string, string>>({});
	const views = $derived<Record<string, unknown>>({ ...initial(), ...fetched });
	// Ids being fetched: not state, only a guard against asking twice.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read by no template or effect
	const loading = new Set<string>();

	function load(id: string) {
		if (loading.has(id)) return;
		loading.add(id);
		const { [id]: _, ...others } = errors;
		errors = others;
		fetchViewData(id, basePath)
			.then(
				(value) => (fetched = { ...fetched, [id]: value }),
				(error: unknown) =>
					(errors = { ...errors, [id]: error instanceof Error ? error.message : String(error) })
			)
			.finally(() => loading.delete(id));
	}

	$effect(() => {
		const missing = needed().filter((id) => views[id] === undefined);
		// Reading the errors here would make a failure fetch again at once, in a loop.
		untrack(() => {
			for (const id of missing) if (errors[id] === undefined) load(id);
		});
	});

	return {
		/** Data id → the loader's result, for the views that have it. */
		get views() {
			return views;
		},
		/** Data id → why its fetch failed (the file and the reason). */
		get errors() {
			return errors;
		},
		/** Whether a chosen view still lacks its data. */
		get pending() {
			return needed().some((id) => views[id] === undefined);
		},
		retry: load
	};
}
