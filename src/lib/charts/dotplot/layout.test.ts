import { describe, expect, it } from 'vitest';
import { placeDots, type DotInput } from './layout';

const d = (key: string, gapStart: number | null, gapNow: number | null): DotInput => ({
	key,
	label: key,
	status: gapNow === null ? 'unrated' : 'away',
	gapStart,
	gapNow,
	description: key
});
// width 300, left 100, right 0 → range [100, 300]; domain [−4, 4] (nice) → 25 per point.
const layout = placeDots([d('a', -1, -2), d('b', 2, 4), d('c', -3, -4), d('z', 1, null)], {
	width: 300,
	rowHeight: 20,
	left: 100,
	right: 0,
	top: 10,
	locale: 'fr'
});

describe('placeDots', () => {
	it('orders rows widest gap first, unknown last', () => {
		expect(layout.rows.map((r) => r.key)).toEqual(['c', 'a', 'b', 'z']);
		expect(layout.rows.map((r) => r.y)).toEqual([20, 40, 60, 80]);
	});
	it.each([
		['c', 125, 100],
		['a', 175, 150],
		['b', 250, 300],
		['z', 225, null]
	])('places %s start at %d and now at %s', (key, xStart, xNow) => {
		const row = layout.rows.find((r) => r.key === key)!;
		expect([row.xStart, row.xNow]).toEqual([xStart, xNow]);
	});
	it('keeps zero in view with signed tick labels', () => {
		expect(layout.domain).toEqual([-4, 4]);
		expect(layout.zeroX).toBe(200);
		expect(layout.ticks.map((t) => t.label)).toContain('+2\u00a0pts');
		expect(layout.ticks.map((t) => t.label)).toContain('\u22122\u00a0pts');
	});
});
