import { cellPairs, sharedSeries, type VintageComparison } from '../data/queries/vintages';
import { compareVintages } from '../domain/population';
import type { Bundled } from './bundled';

export type { VintageComparison };

/**
 * For every pair of real bundled files that publish the same series, oldest first: the cells in
 * common and the revisions between them. On the bundled data: tin00111 (2025) → isoc_ec_esels
 * (2026-02-27), 400 common cells, one revision (MT 2024, 32.03 → 31.92).
 * `vintageComparisons(await loadBundled())[0].revisions[0].geo` → `MT`
 */
export async function vintageComparisons(bundled: Bundled): Promise<VintageComparison[]> {
	const vintageOf = new Map(bundled.vintages.map((v) => [v.dataset, v]));
	const pairs = new Map<string, VintageComparison>();
	for (const shared of await sharedSeries(bundled.engine)) {
		const [a, b] = shared.datasets.map((d) => vintageOf.get(d));
		// Illustrative files have no vintage: they are never a revision of a published table.
		if (!a || !b) continue;
		const [older, newer] = compareVintages(a.vintage, b.vintage) <= 0 ? [a, b] : [b, a];
		const id = `${older.dataset}|${newer.dataset}`;
		let pair = pairs.get(id);
		if (!pair) {
			pair = { older, newer, series: [], common: 0, revisions: [] };
			pairs.set(id, pair);
		}
		pair.series.push({
			indicator: shared.indicator,
			unit: shared.unit,
			sizeClass: shared.sizeClass,
			nace: shared.nace
		});
	}
	for (const pair of pairs.values()) {
		const cells = await cellPairs(bundled.engine, pair.older.dataset, pair.newer.dataset);
		pair.common = cells.length;
		pair.revisions = cells.filter((c) => c.revised).map(({ revised: _, ...cell }) => cell);
	}
	return [...pairs.values()];
}
