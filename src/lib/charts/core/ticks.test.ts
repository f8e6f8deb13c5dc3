import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { frame } from './frame';
import { NNBSP } from './format';
import { xTicks, yTicks } from './ticks';

describe('frame', () => {
	it('takes the margins off', () => {
		const f = frame(720, 360, { top: 10, right: 150, bottom: 30, left: 50 });
		expect(f).toMatchObject({ left: 50, top: 10, right: 570, bottom: 330 });
		expect([f.innerWidth, f.innerHeight]).toEqual([520, 320]);
	});

	it('never gives a negative box', () => {
		const f = frame(40, 20, 30);
		expect([f.innerWidth, f.innerHeight]).toEqual([0, 0]);
	});
});

describe('yTicks', () => {
	it('labels round values with the fewest decimals that tell them apart', () => {
		const ticks = yTicks(scaleLinear([0, 20], [300, 0]), 'fr', 4);
		expect(ticks.map((t) => t.label)).toEqual([0, 5, 10, 15, 20].map((v) => `${v}${NNBSP}%`));
		expect(ticks.map((t) => t.y)).toEqual([300, 225, 150, 75, 0]);
	});

	it('keeps a decimal for small steps, in English', () => {
		const ticks = yTicks(scaleLinear([0, 2], [100, 0]), 'en', 4);
		expect(ticks.map((t) => t.label)).toEqual(['0.0%', '0.5%', '1.0%', '1.5%', '2.0%']);
	});
});

describe('xTicks', () => {
	const years = Array.from({ length: 12 }, (_, i) => String(2013 + i));
	const at = (p: string) => Number(p);

	it('labels every period when they fit', () => {
		expect(xTicks(years.slice(0, 3), at, 'fr').map((t) => t.period)).toEqual([
			'2013',
			'2014',
			'2015'
		]);
	});

	it('thins long runs but always keeps the newest period', () => {
		const ticks = xTicks(years, at, 'fr', 5);
		expect(ticks.length).toBeLessThanOrEqual(5);
		expect(ticks.at(-1)?.period).toBe('2024');
		expect(ticks.map((t) => t.x)).toEqual([2015, 2018, 2021, 2024]);
	});

	it('uses the reader’s way of writing quarters', () => {
		expect(xTicks(['2023-Q1'], () => 0, 'fr')[0]?.label).toBe('T1 2023');
		expect(xTicks([], () => 0, 'fr')).toEqual([]);
	});
});
