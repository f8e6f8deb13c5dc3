import { describe, expect, it } from 'vitest';
import {
	LEGACY_SIZE_PREFIXES,
	SIZE_CLASS_LABELS,
	legacySizePrefix,
	sizeClassLabel
} from './sizeClass';

describe('sizeClassLabel', () => {
	it.each([
		['10-249', 'De 10 à 249 personnes occupées (PME)', 'From 10 to 249 persons employed (SMEs)'],
		['GE10', '10 personnes occupées ou plus', '10 persons employed or more'],
		['0_1', 'De 0 à 1 personne occupée', 'From 0 to 1 person employed'],
		['GE250', '250 personnes occupées ou plus', '250 persons employed or more']
	])('%s → %s / %s', (code, fr, en) => {
		expect(sizeClassLabel(code)).toEqual({ fr, en });
	});

	it('knows every size code seen in the real files', () => {
		const seen = [
			'0_1',
			'0-9',
			'1-4',
			'1-9',
			'2-9',
			'5-9',
			'10-49',
			'50-249',
			'10-249',
			'GE10',
			'GE250'
		];
		expect([...SIZE_CLASS_LABELS.keys()].sort()).toEqual([...seen].sort());
	});

	it.each(['__proto__', 'constructor', 'toString', '0-1', 'SM', 'ge10'])(
		'%j is unknown',
		(code) => {
			expect(sizeClassLabel(code)).toBeUndefined();
		}
	);
});

describe('legacySizePrefix', () => {
	it.each([
		['10', 'GE10'],
		['SM', '10-249'],
		['S', '10-49'],
		['M', '50-249'],
		['L', 'GE250']
	])('%s → %s', (prefix, size) => {
		expect(legacySizePrefix(prefix)).toBe(size);
	});

	it.each(['VS', 'MI', 'MC', 'M01', 'M09', 'M29', '__proto__', 'toString'])(
		'%s is not decoded',
		(prefix) => {
			expect(legacySizePrefix(prefix)).toBeUndefined();
		}
	);

	it('maps every prefix to a labelled size class', () => {
		for (const size of LEGACY_SIZE_PREFIXES.values())
			expect(SIZE_CLASS_LABELS.has(size)).toBe(true);
	});
});
