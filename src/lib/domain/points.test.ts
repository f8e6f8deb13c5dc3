import { describe, expect, it } from 'vitest';
import { hundredths, pointsBetween, relativeChange } from './points';

describe('pointsBetween', () => {
	it('gives the gap without the subtraction’s binary noise', () => {
		expect(16.5 - 15.8).not.toBe(0.7);
		expect(pointsBetween(16.5, 15.8)).toBe(0.7);
		expect(pointsBetween(13.43, 16.5)).toBe(-3.07);
		expect(pointsBetween(20, 20)).toBe(0);
	});
	it('rounds a third decimal to the hundredth', () => {
		expect(hundredths(-4.386)).toBe(-4.39);
		expect(hundredths(1.855)).toBe(1.86);
	});
});

describe('relativeChange', () => {
	it('is the change in per cent of the start, to the tenth', () => {
		expect(relativeChange(16.5, 13.43)).toBe(-18.6);
		expect(relativeChange(15.8, 16.5)).toBe(4.4);
		expect(relativeChange(10, 10)).toBe(0);
	});
	it('has none from zero', () => {
		expect(relativeChange(0, 3)).toBeNull();
	});
	it('never writes a negative zero', () => {
		expect(Object.is(relativeChange(100, 99.99), 0)).toBe(true);
	});
});
