/**
 * A target's units tracked on the bundled rows and the reader's imported ones, as every target
 * view computes them (the regions and sectors pages, the region sheet): one copy, so they agree.
 */
import { imported, sameItems, wantImported, withImported } from '$lib/data/imported.svelte';
import type { Locale } from '$lib/domain/locale';
import type { Observation } from '$lib/domain/observation';
import type { Target } from '$lib/kpi/targets';
import { trackTarget, type Tracked } from '$lib/kpi/track';
import { seriesPick } from '$lib/kpi/units';
import { syntheticCheck, unitLabel } from '$lib/kpi/view';

/** What a target was last tracked on, and the result. */
interface LastTracked {
	observations: readonly Observation[];
	locale: Locale;
	synthetic: string;
	rows: readonly Observation[];
	tracked: Tracked;
}

const lastOf = new WeakMap<Target, LastTracked>();

/**
 * The target's national, regional and sector units, with the imported rows of its series only (a
 * large imported file is not turned into objects row by row) and the units named in `locale`.
 * The same rows (the same objects: the bundled ones, no imported one) give back the same result:
 * an import that adds nothing to the target's series (a file of other indicators, restored at
 * every page opening) leaves every view of it as drawn instead of computing and drawing it again.
 * `trackedTarget(target, data, 'fr').regions[0].label` → `Auvergne-Rhône-Alpes`
 */
export function trackedTarget(
	target: Target,
	data: { observations: readonly Observation[]; syntheticDatasets: readonly string[] },
	locale: Locale
): Tracked {
	const pick = seriesPick(target);
	// Said before any import is read back, so that the rows are picked in slices before it shows.
	wantImported(pick.key, pick.where);
	const rows = withImported(data.observations, pick.where, pick.key);
	// Which datasets are illustrative: the bundled ones and the imports marked so.
	const synthetic = [
		...data.syntheticDatasets,
		'|',
		...imported.datasets.filter((d) => d.synthetic).map((d) => d.dataset)
	].join(' ');
	const last = lastOf.get(target);
	if (
		last &&
		last.observations === data.observations &&
		last.locale === locale &&
		last.synthetic === synthetic &&
		sameItems(last.rows, rows)
	)
		return last.tracked;
	const tracked = trackTarget(target, rows, syntheticCheck(data.syntheticDatasets), (u) =>
		unitLabel(u, locale)
	);
	lastOf.set(target, { observations: data.observations, locale, synthetic, rows, tracked });
	return tracked;
}
