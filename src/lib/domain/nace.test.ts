import { describe, expect, it } from 'vitest';
import { NACE, naceLabel, todayNace } from './nace';

describe('NACE', () => {
	it('has unique codes, and no legacy spelling shadows a current code or another entry', () => {
		const codes = NACE.map((e) => e.code);
		expect(new Set(codes).size).toBe(codes.length);
		const legacy = NACE.flatMap((e) => e.legacy ?? []);
		expect(new Set(legacy).size).toBe(legacy.length);
		for (const l of legacy) expect(codes, l).not.toContain(l);
	});

	it('labels every entry in both languages', () => {
		for (const e of NACE) {
			expect(e.fr, e.code).toMatch(/\S/);
			expect(e.en, e.code).toMatch(/\S/);
		}
	});

	it('is frozen', () => {
		expect(Object.isFrozen(NACE)).toBe(true);
		for (const e of NACE) expect(Object.isFrozen(e), e.code).toBe(true);
	});
});

describe('todayNace', () => {
	it.each([
		['C10-S951_X_K', 'C10-S951_X_K'],
		['C10_S951_XK', 'C10-S951_X_K'],
		['C10-S951_XK', 'C10-S951_X_K'],
		['C10_N82_XK', 'C10-N82_X_K'],
		['C10_12', 'C10-C12'],
		['C24_25', 'C24_C25'],
		['C27_28', 'C27_C28'],
		['C10_33', 'C'],
		['D35_E39', 'D_E'],
		['F41_43', 'F'],
		['G45_47', 'G'],
		['J58_60', 'J58-J60'],
		['J62_63', 'J62_J63'],
		['M69_74', 'M69-M74'],
		['N77_82_X79', 'N77-N82_X_N79'],
		['ICT_T', 'ICT'],
		['G47', 'G47'],
		['S951', 'S951']
	])('%s → %s', (code, today) => {
		expect(todayNace(code)).toBe(today);
	});

	it('maps every suffix of the legacy bulk file isoc_ec_eseln2 (2020)', () => {
		const suffixes =
			'C10_12 C10_18 C10_33 C10_N82_XK C10_S951_XK C13_15 C16_18 C19_22 C19_23 C23_25 C24_25 C26 C26_33 C27_28 C29_30 C31_33 D35_E39 F41_43 G45 G45_47 G46 G47 H49_53 I55 I55_56 I56 ICT_T J58_60 J58_63 J61 J62_63 L68 M69_74 N77_82 N77_82_X79 N79 S951';
		for (const s of suffixes.split(' ')) expect(todayNace(s), s).toBeDefined();
	});

	it.each(['__proto__', 'constructor', 'toString', 'C10-S951', 'c10-s951_x_k', ''])(
		'%j is unknown',
		(code) => {
			expect(todayNace(code)).toBeUndefined();
		}
	);
});

describe('naceLabel', () => {
	it('labels today’s codes only', () => {
		expect(naceLabel('C')).toMatchObject({ fr: 'Industrie manufacturière', en: 'Manufacturing' });
		expect(naceLabel('C10_33')).toBeUndefined();
		expect(naceLabel('__proto__')).toBeUndefined();
	});
});
