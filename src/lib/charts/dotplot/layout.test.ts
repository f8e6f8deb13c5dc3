import { describe, expect, it } from 'vitest';
import { dotLegend, placeDots, type DotInput } from './layout';
import { STATUS_STYLE } from '../tilegrid/status';
import type { Status } from '../../kpi/summary';

const d = (key: string, gapStart: number | null, gapNow: number | null): DotInput => ({
	key,
	label: key,
	status: gapNow === null ? 'unrated' : 'widening',
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

describe('placeDots with labels above (a phone)', () => {
	const phone = placeDots([d('a', -1, -2), d('b', 2, 4)], {
		width: 358,
		rowHeight: 44,
		left: 16,
		right: 30,
		top: 34,
		locale: 'fr',
		labelAbove: true
	});
	it('puts each label on its own line over its marks, clear of the row above', () => {
		const [a, b] = phone.rows;
		expect(a!.labelY).toBe(48);
		expect(a!.y).toBe(62);
		// The marks (8 across) end before the next row's label starts (14 above its baseline).
		expect(a!.y + 8).toBeLessThan(b!.labelY - 14 + 2);
		expect(b!.labelY - a!.labelY).toBe(44);
	});
	it('gives the marks the whole width', () => {
		expect(phone.left).toBe(16);
		expect(Math.min(...phone.ticks.map((t) => t.x))).toBeGreaterThanOrEqual(16);
	});
});

describe('dotLegend', () => {
	const marks = { start: 'au départ', now: 'au dernier point' };
	const words: Record<Status, string> = {
		closed: 'écart comblé',
		'on-pace': 'au rythme requis',
		'too-slow': 'se resserre, trop lentement',
		unchanged: 'écart inchangé',
		widening: 's’éloigne',
		unrated: 'non évalué'
	};

	it('keys the colour of each status drawn now, in the scale’s order, after the two marks', () => {
		const items = dotLegend(
			[
				{ status: 'widening', gapNow: -2 },
				{ status: 'closed', gapNow: 1 },
				{ status: 'widening', gapNow: -3 },
				// No mark now: its colour is drawn nowhere.
				{ status: 'unchanged', gapNow: null }
			],
			marks,
			words
		);
		expect(items.map((i) => i.label)).toEqual([
			'au départ',
			'au dernier point',
			'écart comblé',
			's’éloigne'
		]);
		expect(items[2]!.swatch).toEqual({
			kind: 'dot',
			fill: STATUS_STYLE.closed.fill,
			stroke: STATUS_STYLE.closed.stroke
		});
		expect(items[3]!.swatch.fill).toBe(STATUS_STYLE.widening.fill);
	});

	it('keys the two marks only when no status words are given', () => {
		expect(dotLegend([{ status: 'closed', gapNow: 1 }], marks).map((i) => i.label)).toEqual([
			'au départ',
			'au dernier point'
		]);
	});
});
