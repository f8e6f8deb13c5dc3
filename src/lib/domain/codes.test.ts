import { describe, expect, it } from 'vitest';
import {
	type CodeDimension,
	type LabelledDimension,
	decodeSizenR2,
	isKnownCode,
	labelOf,
	normaliseNace,
	splitFlags
} from './codes';

const DIMENSIONS: CodeDimension[] = ['indicator', 'unit', 'sizeClass', 'nace', 'geo', 'flag'];
const HOSTILE = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'__defineGetter__',
	'prototype',
	''
];

describe('isKnownCode', () => {
	it.each([
		['geo', 'EL'],
		['geo', 'EU27_2020'],
		['geo', 'FRY4'],
		['indicator', 'E_ESELL'],
		['unit', 'PC_ENT'],
		['sizeClass', '10-249'],
		['nace', 'C10-S951_X_K'],
		['nace', 'C10_S951_XK'],
		['flag', 'b'],
		['flag', 'c'],
		['flag', 'C'],
		['flag', 'N']
	] as [CodeDimension, string][])('%s %s is known', (dimension, code) => {
		expect(isKnownCode(dimension, code)).toBe(true);
	});

	it.each([
		['geo', 'GR'],
		['geo', 'E_ESELL'],
		['indicator', 'EL'],
		['unit', 'E_ESELL'],
		['sizeClass', 'SM'],
		['sizeClass', 'SM_C10_S951_XK'],
		['nace', 'GE10'],
		['flag', 'x'],
		['flag', 'bu']
	] as [CodeDimension, string][])('%s %s is not known', (dimension, code) => {
		expect(isKnownCode(dimension, code)).toBe(false);
	});

	it('knows no hostile code in any dimension', () => {
		for (const d of DIMENSIONS) {
			for (const code of HOSTILE) expect(isKnownCode(d, code), `${d} ${code}`).toBe(false);
		}
	});

	it('knows nothing for a dimension outside the contract', () => {
		expect(isKnownCode('time' as CodeDimension, 'EL')).toBe(false);
	});
});

describe('labelOf', () => {
	it.each([
		['geo', 'DE', 'fr', 'Allemagne'],
		['geo', 'EL', 'fr', 'Grèce'],
		['geo', 'EL', 'en', 'Greece'],
		['geo', 'FRI', 'fr', 'Nouvelle-Aquitaine'],
		['sizeClass', 'GE10', 'en', '10 persons employed or more'],
		[
			'nace',
			'C10_S951_XK',
			'en',
			'All activities (except agriculture, forestry and fishing, and mining and quarrying), without financial sector'
		],
		['indicator', 'E_ESELL', 'en', 'Enterprises with e-commerce sales of at least 1% turnover'],
		['unit', 'PC_ENT', 'fr', "Pourcentage d'entreprises"]
		// A flag's words: i18n/flags.test.ts (flagLabel).
	] as [LabelledDimension, string, 'fr' | 'en', string][])(
		'%s %s (%s) → %s',
		(d, code, locale, label) => {
			expect(labelOf(d, code, locale)).toBe(label);
		}
	);

	it.each([
		['geo', 'GR'],
		['geo', 'ZZ'],
		['indicator', 'E_NEW_2027'],
		['nace', 'Z99']
	] as [LabelledDimension, string][])('%s %s unknown → the code itself', (d, code) => {
		expect(labelOf(d, code, 'fr')).toBe(code);
		expect(labelOf(d, code, 'en')).toBe(code);
	});

	it('returns hostile codes unchanged, as strings, in every labelled dimension', () => {
		for (const d of DIMENSIONS.filter((d): d is LabelledDimension => d !== 'flag')) {
			for (const code of HOSTILE) expect(labelOf(d, code, 'fr'), `${d} ${code}`).toBe(code);
		}
	});

	it('falls back to the code for a locale outside the contract', () => {
		expect(labelOf('geo', 'DE', 'de' as 'fr')).toBe('DE');
		expect(labelOf('geo', 'DE', 'constructor' as 'fr')).toBe('DE');
	});
});

describe('decodeSizenR2', () => {
	it.each([
		['SM_C10_S951_XK', '10-249', 'C10-S951_X_K', true],
		['10_C10_S951_XK', 'GE10', 'C10-S951_X_K', true],
		['S_C10_S951_XK', '10-49', 'C10-S951_X_K', true],
		['M_C10_S951_XK', '50-249', 'C10-S951_X_K', true],
		['L_C10_S951_XK', 'GE250', 'C10-S951_X_K', true],
		['SM_C10_N82_XK', '10-249', 'C10-N82_X_K', true],
		['10_D35_E39', 'GE10', 'D_E', true],
		['10_C10_12', 'GE10', 'C10-C12', true],
		['10_N77_82_X79', 'GE10', 'N77-N82_X_N79', true],
		['10_G47', 'GE10', 'G47', true],
		// Unknown prefixes: kept, activity still normalised.
		['VS_C10_S951_XK', 'VS', 'C10-S951_X_K', false],
		['M01_C10_S951_XK', 'M01', 'C10-S951_X_K', false],
		['MI_C10_N82_XK', 'MI', 'C10-N82_X_K', false],
		// Known prefix, unknown activity: kept as published.
		['SM_Z99', '10-249', 'Z99', false],
		['SM_', '10-249', '', false],
		// No activity part at all.
		['GE10', 'GE10', '', false],
		['', '', '', false],
		['SM___proto__', '10-249', '__proto__', false],
		['toString_constructor', 'toString', 'constructor', false],
		['constructor', 'constructor', '', false]
	])('%j → %s + %s (known: %s)', (code, sizeClass, nace, known) => {
		expect(decodeSizenR2(code)).toEqual({ sizeClass, nace, known });
	});
});

describe('normaliseNace', () => {
	it.each([
		['C10_S951_XK', 'C10-S951_X_K'],
		['C10-S951_XK', 'C10-S951_X_K'],
		['C10-S951_X_K', 'C10-S951_X_K'],
		['C10_N82_XK', 'C10-N82_X_K'],
		['J62_63', 'J62_J63'],
		['C10_33', 'C'],
		// Unknown codes come back unchanged.
		['Z99', 'Z99'],
		['c10_s951_xk', 'c10_s951_xk'],
		['__proto__', '__proto__'],
		['toString', 'toString'],
		['', '']
	])('%j → %j', (code, today) => {
		expect(normaliseNace(code)).toBe(today);
	});
});

describe('splitFlags', () => {
	it.each([
		['', '', null, []],
		['b', 'b', null, []],
		['bu', 'bu', null, []],
		['ub', 'ub', null, []],
		[' e', 'e', null, []],
		['b u ', 'bu', null, []],
		['\tp\r\n', 'p', null, []],
		['c', '', 'C', []],
		['C', '', 'C', []],
		['bc', 'b', 'C', []],
		['cu', 'u', 'C', []],
		['N', '', 'N', []],
		['P', '', 'P', []],
		['bx', 'bx', null, ['x']],
		['xbx', 'xbx', null, ['x']],
		['B', 'B', null, ['B']],
		['U', 'U', null, ['U']],
		[':', ':', null, [':']],
		['cN', '', 'C', ['N']],
		['Cc', '', 'C', []],
		['dimsz', 'dimsz', null, []],
		['r', 'r', null, []]
	] as [string, string, string | null, string[]][])(
		'%j → flags %j, conf %s, unknown %j',
		(published, flags, confStatus, unknown) => {
			expect(splitFlags(published)).toEqual({ flags, confStatus, unknown });
		}
	);
});
