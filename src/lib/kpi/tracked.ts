/**
 * A target's units tracked on the bundled rows and the reader's imported ones, as every target
 * view computes them (the regions and sectors pages, the region sheet): one copy, so they agree.
 */
import { withImported } from '$lib/data/imported.svelte';
import type { Locale } from '$lib/domain/locale';
import type { Observation } from '$lib/domain/observation';
import type { Target } from '$lib/kpi/targets';
import { trackTarget, type Tracked } from '$lib/kpi/track';
import { seriesWhere } from '$lib/kpi/units';
import { syntheticCheck, unitLabel } from '$lib/kpi/view';

/**
 * The target's national, regional and sector units, with the imported rows of its series only (a
 * large imported file is not turned into objects row by row) and the units named in `locale`.
 * `trackedTarget(target, data, 'fr').regions[0].label` → `Auvergne-Rhône-Alpes`
 */
export function trackedTarget(
	target: Target,
	data: { observations: readonly Observation[]; syntheticDatasets: readonly string[] },
	locale: Locale
): Tracked {
	return trackTarget(
		target,
		withImported(data.observations, seriesWhere(target)),
		syntheticCheck(data.syntheticDatasets),
		(u) => unitLabel(u, locale)
	);
}
