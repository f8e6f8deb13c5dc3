import { seriesFor } from '../data/queries/series';
import { EU27_2020_MEMBERS } from '../domain/geo';
import { loadBundled, resolveBundled } from '../server/bundled';
import { loadEvents } from './events.load.server';
import type { TimelineEvent } from './events';
import type { KpiPoint } from './measures';
import type { Target } from './targets';

/** What the scenario control and the timeline markers of the target pages need, beyond the target rows. */
export interface ExploreData {
	/** Per target id, the EU members' values of its national series (the peer preset looks there). */
	countries: Record<string, Record<string, KpiPoint[]>>;
	events: TimelineEvent[];
}

/**
 * Build-time load: `data/events.json` and, through the named series query, every EU member's
 * values of each target's series, read from the same file as the target's national series.
 * `(await loadExploreData(targets)).countries['cnnum-2019'].HR[0]` → `{ period: '2010', value: …, flags: '' }`
 */
export async function loadExploreData(targets: readonly Target[]): Promise<ExploreData> {
	const bundled = await loadBundled();
	const countries: ExploreData['countries'] = {};
	for (const t of targets) {
		const series = await resolveBundled(bundled, t, null, ['FR', t.referenceGeo]);
		if (!series) continue;
		const rows = await seriesFor(
			bundled.engine,
			{ ...t, dataset: series.dataset },
			EU27_2020_MEMBERS
		);
		const byGeo: Record<string, KpiPoint[]> = {};
		for (const r of rows)
			(byGeo[r.geo] ??= []).push({ period: r.period, value: r.value, flags: r.flags });
		countries[t.id] = byGeo;
	}
	return { countries, events: await loadEvents() };
}
