import { comparePeriods } from '../core/period';
import { pointsBetween } from '../../domain/points';
import type { SizeGap } from '../core/sentence';
import type { TrendPoint } from '../trend/series';

/**
 * The size classes the by-size chart draws, in reading order: the three disjoint classes first
 * (small, medium, large), then the two aggregates the dashboard follows (SMEs, 10 or more).
 */
export const BY_SIZE_CLASSES = ['10-49', '50-249', 'GE250', '10-249', 'GE10'] as const;

/** One observation of the by-size view, as the loader returns it. */
export interface SizeRow {
	sizeClass: string;
	geo: string;
	period: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
}

/** One panel: France and the EU average for one size class, and their latest common figures. */
export interface SizePanel {
	sizeClass: string;
	/** Points sorted by period; a missing value stays a point with `value: null` and its flags. */
	focus: TrendPoint[];
	reference: TrendPoint[];
	/** Latest period where both have a value, with both values and the gap (2 decimals); or null. */
	latest: { period: string; focus: number; reference: number; gap: number } | null;
}

function pointsOf(rows: readonly SizeRow[], sizeClass: string, geo: string): TrendPoint[] {
	return rows
		.filter((r) => r.sizeClass === sizeClass && r.geo === geo)
		.map((r) => ({
			period: r.period,
			value: typeof r.value === 'number' && Number.isFinite(r.value) ? r.value : null,
			flags: r.flags ?? '',
			confStatus: r.confStatus ?? null
		}))
		.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * One panel per size class, in the order asked, each with France's and the reference's points
 * and their latest common period: the panel's figures never put two years side by side.
 * `toPanels(rows, ['10-49'], 'FR', 'EU27_2020')[0].latest` → `{ period: '2025', focus: 13.27,
 * reference: 18.28, gap: -5.01 }`
 */
export function toPanels(
	rows: readonly SizeRow[],
	classes: readonly string[],
	focusGeo: string,
	referenceGeo: string
): SizePanel[] {
	return classes.map((sizeClass) => {
		const focus = pointsOf(rows, sizeClass, focusGeo);
		const reference = pointsOf(rows, sizeClass, referenceGeo);
		const refAt = new Map(reference.map((p) => [p.period, p.value]));
		let latest: SizePanel['latest'] = null;
		for (const p of focus) {
			const r = refAt.get(p.period);
			if (p.value !== null && r !== null && r !== undefined) {
				latest = { period: p.period, focus: p.value, reference: r, gap: pointsBetween(p.value, r) };
			}
		}
		return { sizeClass, focus, reference, latest };
	});
}

/**
 * The panels' latest figures as the by-size sentence takes them (panels without a common period
 * left out). `sizeGaps(panels)[0]` → `{ sizeClass: '10-49', period: '2025', focus: 13.27, reference: 18.28 }`
 */
export function sizeGaps(panels: readonly SizePanel[]): SizeGap[] {
	return panels.flatMap((p) =>
		p.latest
			? [
					{
						sizeClass: p.sizeClass,
						period: p.latest.period,
						focus: p.latest.focus,
						reference: p.latest.reference
					}
				]
			: []
	);
}

/**
 * The gap (focus − reference, 2 decimals) for every period where both have a value: the table's
 * gap column and the CSV's. `gapSeries(panel)[0]` → `{ period: '2010', gap: -0.95 }`
 */
export function gapSeries(panel: SizePanel): { period: string; gap: number }[] {
	const refAt = new Map(panel.reference.map((p) => [p.period, p.value]));
	return panel.focus.flatMap((p) => {
		const r = refAt.get(p.period);
		return p.value !== null && r !== null && r !== undefined
			? [{ period: p.period, gap: pointsBetween(p.value, r) }]
			: [];
	});
}
