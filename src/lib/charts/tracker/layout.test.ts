import { describe, expect, it } from 'vitest';
import { placeTracker, type TrackerInput } from './layout';

const p = (period: string, value: number | null, flags = '') => ({
	period,
	value,
	flags,
	confStatus: null
});
const input: TrackerInput = {
	actual: [p('2016', 10), p('2017', null, 'u'), p('2018', 12, 'b'), p('2019', 13)],
	reference: [p('2016', 15), p('2019', 16)],
	trajectory: [
		{ period: '2016', value: 10 },
		{ period: '2020', value: 20 }
	],
	projection: [
		{ period: '2019', value: 13 },
		{ period: '2020', value: 14 }
	],
	target: { value: 20, deadline: '2020' },
	baseline: '2016'
};
const margin = { top: 0, right: 0, bottom: 0, left: 0 };
// 400 wide, inset 10: x from 10 (2016) to 390 (2020), 95 per year. y: domain [0, 20] on 200 → 10 per unit.
const layout = placeTracker(input, { width: 400, height: 200, margin, locale: 'fr' });

describe('placeTracker', () => {
	it('keeps the target inside the y domain', () => {
		expect(layout.domain).toEqual([0, 20]);
	});

	it.each([
		['actual paths split at the gap', layout.actualPaths, ['M10,100Z', 'M200,80L295,70']],
		['reference path', layout.referencePaths, ['M10,50L295,40']]
	])('%s', (_name, got, expected) => {
		expect(got).toEqual(expected);
	});

	it('draws the required path, the projection and the target at the deadline', () => {
		expect(layout.trajectoryPath).toBe('M10,100L390,0');
		expect(layout.projectionPath).toBe('M295,70L390,60');
		expect(layout.projectionEnd).toEqual({ x: 390, y: 60 });
		expect(layout.targetMark).toEqual({ x: 390, y: 0, label: '20,00\u202f%' });
		expect(layout.window).toEqual({ x0: 10, x1: 390 });
	});

	it('marks breaks and missing values', () => {
		expect(layout.actualPoints.map((q) => q.marker)).toEqual([null, 'break', null]);
		expect(layout.actualMissing).toEqual([{ x: 105, period: '2017', flags: 'u' }]);
	});

	it('draws no target mark when the target value is unknown, and no projection when empty', () => {
		const l = placeTracker(
			{ ...input, projection: [], target: { value: null, deadline: '2020' } },
			{ width: 400, height: 200, margin, locale: 'en' }
		);
		expect(l.targetMark).toBeNull();
		expect(l.projectionPath).toBeNull();
	});
});
