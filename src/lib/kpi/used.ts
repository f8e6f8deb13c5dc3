/**
 * Which flags the figures of a view carry, so that a tile, a row or a CSV shows them beside the
 * number (`e` estimated, `p` provisional, `C` confidential…), not only in a legend.
 */
import type { KpiPoint } from './measures';

/**
 * The flags of the points at the given periods, each once, in reading order.
 * `flagsAt([{ period: '2019', value: 12, flags: 'e' }], ['2019'])` → `e`
 */
export function flagsAt(points: readonly KpiPoint[], periods: readonly (string | null)[]): string {
	const seen = new Set<string>();
	for (const p of periods) {
		if (p === null) continue;
		for (const f of points.find((x) => x.period === p)?.flags ?? '') seen.add(f);
	}
	return [...seen].join('');
}

/** How much of what a view draws is illustrative. */
export type IllustrativeShare = 'all' | 'some' | 'none';

/**
 * Whether a set of units is illustrative: `all`, `some` or `none`; a title says so when not none.
 * `illustrativeShare([{ synthetic: true }, { synthetic: false }])` → `some`
 */
export function illustrativeShare(units: readonly { synthetic: boolean }[]): IllustrativeShare {
	const n = units.filter((u) => u.synthetic).length;
	return n === 0 ? 'none' : n === units.length ? 'all' : 'some';
}
