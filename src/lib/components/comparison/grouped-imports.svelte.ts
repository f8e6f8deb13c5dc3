/**
 * The imported files whose series `/comparer/` offers: a file restored from the browser's store
 * at each opening (or just added) is grouped by series in slices once the page has drawn, then
 * offered with every other view of the page at once (its sources, its figures). Grouping a
 * million rows in one go held the page for ~190 ms at CPU ×4 (issue #18); until it is done the
 * page shows the bundled series, as it does before the store is read.
 */
import { imported, type ImportedDataset } from '$lib/data/imported.svelte';
import { comparableGeo } from '$lib/export/views/comparison';
import { columnsSeriesIndexSliced, hasSeriesIndex } from '$lib/state/options';
import { nextTask } from '$lib/data/ingest/slicer';

const grouped = (d: ImportedDataset) => hasSeriesIndex(d.columns, comparableGeo);

/**
 * The imported datasets, each once its series are grouped (`comparableSeries` then reads them at
 * once). Call while a component is created. `const imports = groupedImports();` → `imports.datasets`
 */
export function groupedImports(): { readonly datasets: readonly ImportedDataset[] } {
	let ready = $state.raw<readonly ImportedDataset[]>(
		imported.datasets.every(grouped) ? imported.datasets : []
	);
	$effect(() => {
		const all = imported.datasets;
		if (all.every(grouped)) {
			ready = all;
			return;
		}
		const stop = new AbortController();
		void (async () => {
			try {
				for (const d of all)
					await columnsSeriesIndexSliced(d.columns, comparableGeo, { signal: stop.signal });
			} catch (error) {
				if (stop.signal.aborted) return;
				// Grouped at once instead, where it then fails in sight (`comparableSeries`).
				console.error(error);
			}
			// The views then take the new series in a task of their own: in the one that ends the
			// grouping, the two made a 44–75 ms task with a million rows kept.
			await nextTask();
			// A newer list (another import, a removal) has its own run: this one is out of date.
			if (!stop.signal.aborted) ready = all;
		})();
		return () => stop.abort();
	});
	return {
		get datasets() {
			return ready;
		}
	};
}
