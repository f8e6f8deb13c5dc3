import { describe, expect, it } from 'vitest';
import { CONF_STATUS, FLAGS } from '../domain/flags';
import { confStatusMeaning, flagLabel, flagMeaning } from './flags';

describe('flagMeaning', () => {
	it.each([
		['b', 'rupture de série', 'break in time series'],
		['c', 'confidentiel (ancien code)', 'confidential (former code)'],
		['d', 'définition différente (voir les métadonnées)', 'definition differs (see metadata)'],
		['e', 'estimation', 'estimated'],
		['f', 'prévision', 'forecast'],
		['m', 'valeur manquante, la donnée ne peut pas exister', 'missing value, data cannot exist'],
		['n', 'non significatif', 'not significant'],
		['p', 'provisoire', 'provisional'],
		['r', 'révisé (ancien code)', 'revised (former code)'],
		['s', 'estimation Eurostat (ancien code)', 'Eurostat estimate (former code)'],
		['u', 'fiabilité faible', 'low reliability'],
		['z', 'sans objet (ancien code)', 'not applicable (former code)']
	])('%s → %s / %s', (flag, fr, en) => {
		expect(flagMeaning(flag, 'fr')).toBe(fr);
		expect(flagMeaning(flag, 'en')).toBe(en);
	});

	it('gives i both its 2025 and its former meaning', () => {
		expect(flagMeaning('i', 'en')).toContain('imputed');
		expect(flagMeaning('i', 'en')).toContain('see metadata');
	});

	it.each(['x', 'B', 'C', '__proto__', 'toString', 'bu'])('%j is reported as unknown', (flag) => {
		expect(flagMeaning(flag, 'en')).toBe(`unknown flag '${flag}'`);
		expect(flagMeaning(flag, 'fr')).toBe(`indicateur inconnu « ${flag} »`);
	});

	it("words every letter of the domain's list in both languages", () => {
		for (const flag of FLAGS.keys()) {
			expect(flagMeaning(flag, 'fr'), flag).not.toContain('inconnu');
			expect(flagMeaning(flag, 'en'), flag).not.toContain('unknown');
			expect(flagMeaning(flag, 'fr')).not.toBe(flagMeaning(flag, 'en'));
		}
		for (const code of CONF_STATUS) {
			expect(confStatusMeaning(code, 'fr'), code).not.toContain('inconnu');
			expect(confStatusMeaning(code, 'en'), code).not.toContain('unknown');
		}
	});
});

describe('confStatusMeaning', () => {
	it.each([
		['C', 'confidentiel', 'confidential'],
		['N', 'non publiable', 'not for publication'],
		[
			'P',
			'information soumise à un secret non statistique',
			'information under non-statistical secrecy arrangements'
		]
	])('%s → %s / %s', (code, fr, en) => {
		expect(confStatusMeaning(code, 'fr')).toBe(fr);
		expect(confStatusMeaning(code, 'en')).toBe(en);
	});

	it.each(['c', 'F', 'D', '__proto__', 'constructor'])('%j is unknown', (code) => {
		expect(confStatusMeaning(code, 'en')).toBe(`unknown confidentiality status '${code}'`);
		expect(CONF_STATUS.has(code)).toBe(false);
	});
});

describe('flagLabel', () => {
	it.each([
		['u', 'fr', 'fiabilité faible'],
		['b', 'en', 'break in time series'],
		['C', 'en', 'confidential'],
		['N', 'fr', 'non publiable'],
		['x', 'fr', 'x'],
		['__proto__', 'en', '__proto__']
	] as const)('%s (%s) → %s (the code itself when unknown)', (code, locale, label) => {
		expect(flagLabel(code, locale)).toBe(label);
	});
});
