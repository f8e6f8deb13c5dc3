import { describe, expect, it } from 'vitest';
import {
	formatNumber,
	formatPercentPoints,
	formatValue,
	MINUS,
	NBSP,
	NNBSP,
	seriesDecimals,
	sharedDecimals
} from './format';

describe('formatValue', () => {
	it.each([
		// [value, decimals, fr, en]
		[13.43, 2, `13,43${NNBSP}%`, '13.43%'],
		[13.425, 2, `13,43${NNBSP}%`, '13.43%'],
		[1.005, 2, `1,01${NNBSP}%`, '1.01%'],
		[-1.005, 2, `${MINUS}1,01${NNBSP}%`, `${MINUS}1.01%`],
		[0, 2, `0,00${NNBSP}%`, '0.00%'],
		[-0.001, 2, `0,00${NNBSP}%`, '0.00%'],
		[-6.31, 2, `${MINUS}6,31${NNBSP}%`, `${MINUS}6.31%`],
		[99.95, 1, `100,0${NNBSP}%`, '100.0%'],
		[12.5, 0, `13${NNBSP}%`, '13%'],
		[1234.5, 1, `1${NNBSP}234,5${NNBSP}%`, '1,234.5%']
	])('%s with %s decimals → fr %s, en %s', (v, decimals, fr, en) => {
		expect(formatValue(v, 'fr', { decimals })).toBe(fr);
		expect(formatValue(v, 'en', { decimals })).toBe(en);
	});

	it('defaults to two decimals and a percent sign', () => {
		expect(formatValue(7, 'fr')).toBe(`7,00${NNBSP}%`);
		expect(formatValue(7, 'en')).toBe('7.00%');
	});

	it('leaves the unit off when asked', () => {
		expect(formatValue(-2.5, 'fr', { unit: 'none', decimals: 1 })).toBe(`${MINUS}2,5`);
		expect(formatValue(2.5, 'en', { unit: 'none', decimals: 1 })).toBe('2.5');
	});

	it('shows a dash, not NaN, for a value that is not a number', () => {
		expect(formatValue(Number.NaN, 'fr')).toBe('—');
		expect(formatValue(Number.POSITIVE_INFINITY, 'en')).toBe('—');
	});

	it('never uses a hyphen-minus', () => {
		expect(formatValue(-3, 'en')).not.toContain('-');
	});
});

describe('sharedDecimals', () => {
	it.each([
		[[14, 12.74], 2],
		[[12.745, 12.746], 3],
		[[14, 15], 0],
		[[null, 0.5], 1],
		[[1e-7], 7],
		[[1.5e-7], 8],
		[[1 / 3], 10],
		[[], 0]
	])('%j → %i', (values, decimals) => {
		expect(sharedDecimals(values)).toBe(decimals);
	});

	it('writes two close values apart, and a whole one with the same decimals', () => {
		const d = sharedDecimals([12.745, 12.746, 14]);
		expect([12.745, 12.746, 14].map((v) => formatNumber(v, 'fr', d))).toEqual([
			'12,745',
			'12,746',
			'14,000'
		]);
	});
});

describe('formatNumber', () => {
	it.each([
		[1234567.891, 0, `1${NNBSP}234${NNBSP}568`, '1,234,568'],
		[-12345.678, 1, `${MINUS}12${NNBSP}345,7`, `${MINUS}12,345.7`],
		[0.5, 0, '1', '1'],
		[-0.5, 0, `${MINUS}1`, `${MINUS}1`],
		[999, 0, '999', '999']
	])('%s with %s decimals → fr %s, en %s', (v, decimals, fr, en) => {
		expect(formatNumber(v, 'fr', decimals)).toBe(fr);
		expect(formatNumber(v, 'en', decimals)).toBe(en);
	});

	it('rejects a decimal count d3 cannot honour', () => {
		expect(() => formatNumber(1, 'fr', -1)).toThrow(RangeError);
		expect(() => formatNumber(1, 'fr', 1.5)).toThrow(/decimals/);
	});
});

describe('formatPercentPoints', () => {
	it.each([
		[-6.314, 2, `${MINUS}6,31${NBSP}pts`, `${MINUS}6.31${NBSP}pp`],
		[6.314, 2, `+6,31${NBSP}pts`, `+6.31${NBSP}pp`],
		[2.45, 1, `+2,5${NBSP}pts`, `+2.5${NBSP}pp`],
		// « point » takes its plural from two, on the value as shown: 1,995 shows as 2,00.
		[1.85, 2, `+1,85${NBSP}pt`, `+1.85${NBSP}pp`],
		[-1.995, 2, `${MINUS}2,00${NBSP}pts`, `${MINUS}2.00${NBSP}pp`],
		[0, 2, `0,00${NBSP}pt`, `0.00${NBSP}pp`],
		[0.004, 2, `0,00${NBSP}pt`, `0.00${NBSP}pp`],
		[-0.004, 2, `0,00${NBSP}pt`, `0.00${NBSP}pp`]
	])('%s with %s decimals → fr %s, en %s', (v, decimals, fr, en) => {
		expect(formatPercentPoints(v, 'fr', decimals)).toBe(fr);
		expect(formatPercentPoints(v, 'en', decimals)).toBe(en);
	});

	it('uses two decimals by default', () => {
		expect(formatPercentPoints(-1, 'fr')).toBe(`${MINUS}1,00${NBSP}pt`);
	});
});

describe('seriesDecimals', () => {
	it.each([
		// E_AESELL, published in whole percentages: no decimal to make up.
		[[14, 18, 22, null], 0],
		// E_ESELL: 13.00 is published so beside 13.43, and keeps its two decimals.
		[[13, 13.43, 19.59], 2],
		[[16.2, 18.1], 1],
		// More decimals than the site shows: two, as before.
		[[13.425, 1 / 3], 2],
		// Nothing known: the default.
		[[], 2],
		[[null, Number.NaN], 2]
	])('%j → %i', (values, decimals) => {
		expect(seriesDecimals(values)).toBe(decimals);
	});

	it('writes a whole-percent series as published, a two-decimal one as before', () => {
		expect(formatValue(14, 'fr', { decimals: seriesDecimals([14, 18]) })).toBe(`14${NNBSP}%`);
		expect(formatValue(13, 'en', { decimals: seriesDecimals([13, 13.43]) })).toBe('13.00%');
	});
});
