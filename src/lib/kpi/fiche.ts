/**
 * What a region's fact sheet says beyond its assessment: its latest value with the EU average of
 * the same survey, and its rank among the regions that have a value that year.
 */
import { rankFigures, rankOf } from '../charts/ranking/series';
import type { KpiPoint } from './measures';
import type { Tracked, TrackedUnit } from './track';

export interface RegionFiche {
	unit: TrackedUnit;
	latest: KpiPoint | null;
	reference: KpiPoint | null;
	rank: { rank: number; of: number; tied: boolean; period: string } | null;
}

/**
 * The fact sheet of one region of a tracked target, or `null` when the region has no data.
 * `regionFiche(tracked, 'bretagne')?.rank` → `{ rank: 2, of: 18, tied: false, period: '2024' }`
 */
export function regionFiche(tracked: Tracked, regionId: string): RegionFiche | null {
	const unit = tracked.regions.find((u) => u.key === regionId);
	if (!unit) return null;
	const latest = unit.series.points.findLast((p) => p.value !== null) ?? null;
	if (!latest) return { unit, latest: null, reference: null, rank: null };
	const reference = tracked.units.reference.find((p) => p.period === latest.period) ?? null;
	const ranking = rankFigures(
		latest.period,
		tracked.regions.map((u) => {
			const p = u.series.points.find((x) => x.period === latest.period);
			return {
				geo: u.key,
				label: u.label,
				value: p?.value ?? null,
				flags: p?.flags ?? '',
				confStatus: null
			};
		}),
		tracked.regions.map((u) => u.key)
	);
	const place = rankOf(ranking, regionId);
	return {
		unit,
		latest,
		reference,
		rank: place ? { ...place, period: latest.period } : null
	};
}
