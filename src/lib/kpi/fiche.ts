/**
 * What a region's fact sheet says beyond its assessment: its latest value with the EU average and
 * the gap of the same survey (figures side by side share one period), and its rank among the
 * regions of the same kind that have a value that year: real regions among real ones only; an
 * illustrative region is never ranked (invented numbers rank nothing).
 */
import { rankFigures, rankOf } from '../charts/ranking/series';
import type { KpiPoint } from './measures';
import type { Tracked, TrackedUnit } from './track';

export interface RegionFiche {
	unit: TrackedUnit;
	latest: KpiPoint | null;
	reference: KpiPoint | null;
	/** Latest value − EU average of the same survey, in points; null when either is missing. */
	gapLatest: number | null;
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
	if (!latest) return { unit, latest: null, reference: null, gapLatest: null, rank: null };
	const reference = tracked.units.reference.find((p) => p.period === latest.period) ?? null;
	const gapLatest =
		reference?.value !== null && reference?.value !== undefined && latest.value !== null
			? Math.round((latest.value - reference.value) * 1e10) / 1e10
			: null;
	if (unit.synthetic) return { unit, latest, reference, gapLatest, rank: null };
	const real = tracked.regions.filter((u) => !u.synthetic);
	const ranking = rankFigures(
		latest.period,
		real.map((u) => {
			const p = u.series.points.find((x) => x.period === latest.period);
			return {
				geo: u.key,
				label: u.label,
				value: p?.value ?? null,
				flags: p?.flags ?? '',
				confStatus: null
			};
		}),
		real.map((u) => u.key)
	);
	const place = rankOf(ranking, regionId);
	return {
		unit,
		latest,
		reference,
		gapLatest,
		rank: place ? { ...place, period: latest.period } : null
	};
}
