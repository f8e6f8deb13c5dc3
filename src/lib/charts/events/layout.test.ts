import { describe, expect, it } from 'vitest';
import { eventYear } from '../../kpi/events';
import { BADGE, placeMarkers } from './layout';

// An axis where 2013 sits at x 60 and 2023 at x 660: 60 units a year.
const TICKS = [
	{ period: '2013', x: 60 },
	{ period: '2018', x: 360 },
	{ period: '2023', x: 660 }
];
const FRAME = { left: 50, right: 670 };

describe('placeMarkers', () => {
	it('places a dated event between survey years, numbered in date order', () => {
		const placed = placeMarkers(
			[
				{ id: 'plan', year: eventYear('2017-03-08'), kind: 'event' },
				{ id: 'start', year: eventYear('2016'), kind: 'event' }
			],
			TICKS,
			FRAME
		);
		expect(placed.map((p) => [p.id, p.n, p.x, p.lane])).toEqual([
			['start', 1, 240, 0],
			// 2017.1808 → 60 + 4.1808 × 60.
			['plan', 2, 310.85, 0]
		]);
	});

	it('stacks badges that would overlap, and reuses a lane once there is room', () => {
		const placed = placeMarkers(
			[
				{ id: 'a', year: 2016, kind: 'event' },
				{ id: 'b', year: 2016.1, kind: 'event' },
				{ id: 'c', year: 2016.2, kind: 'annotation' },
				{ id: 'd', year: 2017, kind: 'event' }
			],
			TICKS,
			FRAME
		);
		expect(placed.map((p) => p.lane)).toEqual([0, 1, 2, 0]);
		expect(placed.map((p) => p.text)).toEqual(['1', '2', '3', '4']);
		const lane0 = placed.filter((p) => p.lane === 0);
		expect(lane0[1]!.x - lane0[0]!.x).toBeGreaterThanOrEqual(BADGE);
	});

	it('leaves out what falls outside the axis rather than pinning it to an edge', () => {
		const placed = placeMarkers(
			[
				{ id: 'early', year: 2012, kind: 'event' },
				{ id: 'late', year: 2030, kind: 'event' },
				{ id: 'edge', year: 2023.1, kind: 'event' }
			],
			TICKS,
			FRAME
		);
		expect(placed.map((p) => [p.id, p.n])).toEqual([['edge', 2]]);
	});

	it('needs two years on the axis', () => {
		expect(
			placeMarkers([{ id: 'a', year: 2016, kind: 'event' }], TICKS.slice(0, 1), FRAME)
		).toEqual([]);
	});
});

describe('placeMarkers on a narrow chart', () => {
	it('groups a run longer than the lanes allow into one badge naming its range', () => {
		const placed = placeMarkers(
			[
				{ id: 'a', year: 2016, kind: 'event' },
				{ id: 'b', year: 2016.1, kind: 'event' },
				{ id: 'c', year: 2016.2, kind: 'event' },
				{ id: 'd', year: 2020, kind: 'annotation' }
			],
			TICKS,
			FRAME,
			2
		);
		expect(placed.map((p) => [p.text, p.lane, p.members])).toEqual([
			['1–3', 0, ['a', 'b', 'c']],
			['4', 0, ['d']]
		]);
	});

	it('puts a grouped badge over the middle of its run, each date keeping its own rule', () => {
		// The CNNum's 2016 run: January, March, July, September, then the plan in March 2017. Each
		// step is under a badge apart, so they join; the plan must not be drawn in early 2016.
		const year = (d: string) => Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) - 1) / 12;
		const dates = ['2016-01', '2016-03', '2016-07', '2016-09', '2017-03'];
		const ticks = [
			{ period: '2010', x: 40 },
			{ period: '2025', x: 340 }
		];
		const placed = placeMarkers(
			dates.map((d, i) => ({ id: `e${i}`, year: year(d), kind: 'event' as const })),
			ticks,
			{ left: 30, right: 350 },
			2
		);
		expect(placed).toHaveLength(1);
		const [group] = placed;
		const xAt = (y: number) => 40 + (y - 2010) * 20;
		expect(group!.memberXs).toEqual(dates.map((d) => Math.round(xAt(year(d)) * 100) / 100));
		expect(group!.x).toBeCloseTo((xAt(year('2016-01')) + xAt(year('2017-03'))) / 2, 1);
		expect(group!.memberXs.at(-1)).toBeGreaterThan(xAt(2017));
	});
});
