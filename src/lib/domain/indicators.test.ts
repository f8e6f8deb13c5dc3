import { describe, expect, it } from 'vitest';
import { INDICATOR_LABELS, UNIT_LABELS, indicatorLabel, unitLabel } from './indicators';

describe('indicatorLabel', () => {
	it.each([
		['E_ESELL', 'Enterprises with e-commerce sales of at least 1% turnover'],
		['E_AESELL', 'Enterprises having received orders via computer mediated networks'],
		['E_AWSELL', 'Enterprises having received orders via a website or apps (web sales)'],
		['E_ETURN', "Enterprises' total turnover from e-commerce"],
		['E_DI3_GELO', 'Enterprises with at least basic level of digital intensity (DII Version 3)']
	])('%s → %s', (code, en) => {
		expect(indicatorLabel(code)?.en).toBe(en);
	});

	it('labels every indicator of the legacy e-commerce bulk file', () => {
		for (const c of ['E_AESBEU', 'E_AESBHM', 'E_AESBWW', 'E_AESELL', 'E_AESEU', 'E_AESEUWW']) {
			expect(INDICATOR_LABELS.has(c), c).toBe(true);
		}
	});

	it('labels every entry in French too', () => {
		for (const [code, l] of INDICATOR_LABELS) expect(l.fr, code).toMatch(/\S/);
	});

	it.each(['__proto__', 'constructor', 'toString', 'e_esell', 'E_NOPE'])(
		'%j is unknown',
		(code) => {
			expect(indicatorLabel(code)).toBeUndefined();
		}
	);
});

describe('unitLabel', () => {
	it.each([
		['PC_ENT', "Pourcentage d'entreprises", 'Percentage of enterprises'],
		['PC_TURN', "Pourcentage du chiffre d'affaires", 'Percentage of turnover']
	])('%s → %s / %s', (code, fr, en) => {
		expect(unitLabel(code)).toEqual({ fr, en });
	});

	it('knows every unit of the real files', () => {
		for (const u of ['PC_ENT', 'PC_ENT_AESELL', 'PC_ENT_IUSE', 'PC_ETURN']) {
			expect(UNIT_LABELS.has(u), u).toBe(true);
		}
	});

	it.each(['__proto__', 'toString', 'pc_ent'])('%j is unknown', (code) => {
		expect(unitLabel(code)).toBeUndefined();
	});
});
