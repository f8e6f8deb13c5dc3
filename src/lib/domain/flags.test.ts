import { describe, expect, it } from 'vitest';
import { CONF_STATUS, FLAGS, confStatusMeaning, flagMeaning } from './flags';

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

	it('marks the letters retired in 2025 as legacy and only those', () => {
		const legacy = [...FLAGS].filter(([, e]) => e.legacy).map(([k]) => k);
		expect(legacy.sort()).toEqual(['c', 'r', 's', 'z']);
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
