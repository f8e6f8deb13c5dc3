import { describe, expect, it } from 'vitest';
import { flagLines, tooltipPlacement } from './tooltip';

describe('flagLines', () => {
	it.each([
		['', null, 'fr', []],
		['b', null, 'fr', ['b\u00a0: rupture de série']],
		['bu', null, 'en', ['b: break in time series', 'u: low reliability']],
		['', 'C', 'en', ['C: confidential']]
	] as const)('%j + %j in %s', (flags, conf, locale, expected) => {
		expect(flagLines(flags, conf, locale)).toEqual(expected);
	});
});

describe('tooltipPlacement', () => {
	it.each([
		// x, y → left %, top %, transform
		[50, 50, 50, 50, 'translate(-50%, calc(-100% - 12px))'],
		[90, 50, 90, 50, 'translate(calc(-100% + 12px), calc(-100% - 12px))'],
		[10, 50, 10, 50, 'translate(-12px, calc(-100% - 12px))'],
		[50, 10, 50, 10, 'translate(-50%, 12px)'],
		[95, 5, 95, 5, 'translate(calc(-100% + 12px), 12px)']
	])('anchor (%d, %d) in a 100×100 plot', (x, y, left, top, transform) => {
		expect(tooltipPlacement(x, y, 100, 100)).toEqual({ left, top, transform });
	});
	it('is in % of the viewBox, whatever its size', () => {
		expect(tooltipPlacement(320, 90, 640, 360)).toMatchObject({ left: 50, top: 25 });
	});
});
