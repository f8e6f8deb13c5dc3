import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriesDecimals, sharedDecimals, valueDecimals, VALUE_DECIMALS } from './decimals';

// seriesDecimals as it was first written: the shortest round trip of every value, as text.
const asText = (values: readonly (number | null)[]) => {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return known.length === 0 ? VALUE_DECIMALS : Math.min(VALUE_DECIMALS, sharedDecimals(known));
};

describe('seriesDecimals, read as numbers', () => {
	// Values as files publish them (a whole, one- or two-decimal percentage, or more), any double,
	// and the odd ones: negative, tiny, huge, binary noise, missing.
	const published = fc
		.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
		.map(([n, d]) => n / 10 ** d);
	const value = fc.oneof(
		published,
		fc.double({ min: -1e20, max: 1e20 }),
		fc.constantFrom(null, NaN, Infinity, 0.1 + 0.2, 1e-7, 2.5e-8, -0, 12.3, -12.3, 2 ** 53, 5e-324)
	);

	// Up to 1e21: from there JavaScript writes a number with an exponent
	// (`1.0000000000000001e+21`), whose digits the text count took for decimals (no share is
	// that large; read as numbers, such a value is whole, as it is).
	it('gives what the values written as text give', () => {
		fc.assert(
			fc.property(fc.array(value, { maxLength: 12 }), (values) => {
				expect(seriesDecimals(values)).toBe(asText(values));
			}),
			{ numRuns: 5000 }
		);
	});

	it.each([
		[[14, 18, 22], 0],
		[[14, 18.5], 1],
		[[-12.3, 4], 1],
		[[13, 13.43], 2],
		[[12.345], 2],
		[[1e-7], 2],
		[[1.0000000000000001e21], 0],
		[[-904732005104376.9], 1],
		[[123456789012345.67], 2],
		[[0.1 + 0.2], 2],
		[[null, Number.NaN], 2],
		[[], 2]
	])('%j → %i', (values, decimals) => {
		expect(seriesDecimals(values)).toBe(decimals);
	});

	it('reads any iterable, and stops at the first value with two decimals', () => {
		let read = 0;
		function* values() {
			for (const v of [14, 13.5, 13.43, 12, 11]) {
				read++;
				yield v;
			}
		}
		expect(seriesDecimals(values())).toBe(2);
		expect(read).toBe(3);
	});
});

describe('valueDecimals', () => {
	it.each([
		[21, 0],
		[-4, 0],
		[16.4, 1],
		[-0.5, 1],
		[1.15, 2],
		[12.745, 2],
		[0.001, 2]
	])('%d: %i', (value, decimals) => {
		expect(valueDecimals(value)).toBe(decimals);
	});
});
