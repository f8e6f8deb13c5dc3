import { describe, expect, it } from 'vitest';
import { tTargets } from '$lib/i18n/targets';
import { assess, type KpiPoint } from './measures';
import { statusOf } from './summary';
import {
	classText,
	flaggedText,
	scopeText,
	unitSentence,
	unitsDecimals,
	verdictText
} from './view';

const pts = (values: Record<string, number>, flags: Record<string, string> = {}): KpiPoint[] =>
	Object.entries(values).map(([period, value]) => ({ period, value, flags: flags[period] ?? '' }));
const target = { baseline: '2016', deadline: '2019', rule: 'eu-average-at-deadline' as const };

describe('the verdict in words, read on the gap', () => {
	it('CNNum on SMEs: missed, moving away, in both languages; the class secondary', () => {
		const a = assess({
			unit: pts({ 2016: 15.92, 2017: 15.78, 2018: 15.42, 2019: 15.22 }, { 2019: 'u' }),
			reference: pts({ 2016: 17.03, 2017: 16.85, 2018: 16.17, 2019: 16.58 }),
			target,
			lastDataPeriod: '2025'
		});
		expect(verdictText(a, tTargets('fr'))).toBe(
			'Objectif manqué à l’échéance (2019) — s’éloigne de l’objectif : l’écart s’est creusé.'
		);
		expect(verdictText(a, tTargets('en'))).toBe(
			'Target missed at the deadline (2019) — moving away from the target: the gap widened.'
		);
		expect(statusOf(a)).toBe('widening');
		expect(classText(a, tTargets('en'))).toBe('Class: moving away from the target.');
		expect(flaggedText(a, tTargets('en'), 'en')).toBe('France 2019 (u: low reliability)');
	});

	it('never says "moving away" for a narrowing gap without saying why', () => {
		const a = assess({
			unit: pts({ 2016: 15, 2017: 14.8, 2018: 14.6 }),
			reference: pts({ 2016: 18, 2017: 17, 2018: 16 }),
			target: { ...target, deadline: '2020' },
			lastDataPeriod: '2018'
		});
		expect(verdictText(a, tTargets('en'))).toContain('the gap is narrowing');
		expect(classText(a, tTargets('en'))).toBe(
			'Class: moving away from the target. The value fell, hence this class, but the EU average fell further: the gap narrowed.'
		);
		expect(statusOf(a)).toBe('on-pace');
	});

	it('says why the class is missing: too few observations, or a start of 0', () => {
		const two = assess({
			unit: pts({ 2024: 13.89, 2025: 15.2 }),
			reference: pts({ 2024: 20.13, 2025: 19.59 }),
			target: { baseline: '2024', deadline: '2026', rule: 'eu-average-frozen-at-baseline' },
			lastDataPeriod: '2025'
		});
		expect(classText(two, tTargets('fr'))).toContain('2 observations');
		const zero = assess({
			unit: pts({ 2016: 0, 2017: 1, 2018: 2, 2019: 3 }),
			reference: pts({ 2016: 5, 2017: 5, 2018: 5, 2019: 5.5 }),
			target,
			lastDataPeriod: '2019'
		});
		expect(verdictText(zero, tTargets('fr'))).toBe(
			'Objectif manqué à l’échéance (2019) — l’écart se réduit, trop lentement.'
		);
		expect(classText(zero, tTargets('fr'))).toContain('la valeur de départ est 0');
	});
});

describe('the verdict carries its years', () => {
	// On a region's sheet « Objectif atteint à l’échéance — écart comblé. » sat above cards of the
	// 2023 survey: the heading now says the deadline it is read at.
	it('a met target: the deadline year after the outcome, in both languages', () => {
		const a = assess({
			unit: pts({ 2016: 17.9, 2017: 18.1, 2018: 18.1, 2019: 20.28 }),
			reference: pts({ 2016: 17.03, 2017: 16.85, 2018: 16.17, 2019: 16.58 }),
			target,
			lastDataPeriod: '2023'
		});
		expect(verdictText(a, tTargets('fr'))).toBe(
			'Objectif atteint à l’échéance (2019) — écart comblé.'
		);
		expect(verdictText(a, tTargets('en'))).toBe('Target met at the deadline (2019) — gap closed.');
	});

	it('a deadline still ahead: its year', () => {
		const a = assess({
			unit: pts({ 2024: 13.89, 2025: 15.2 }),
			reference: pts({ 2024: 20.13, 2025: 19.59 }),
			target: { baseline: '2024', deadline: '2026', rule: 'eu-average-frozen-at-baseline' },
			lastDataPeriod: '2025'
		});
		expect(verdictText(a, tTargets('fr'))).toMatch(/^Échéance à venir \(2026\) — /);
		expect(verdictText(a, tTargets('en'))).toMatch(/^Deadline ahead \(2026\) — /);
	});
});

describe('scopeText: whom the figures count and what they measure', () => {
	const cnnum = { sizeClass: '10-249', indicator: 'E_ESELL', unit: 'PC_ENT' };
	it('names the SMEs and the E_ESELL measure in French and in English', () => {
		expect(scopeText(cnnum, 'fr')).toBe(
			"Population\u00a0: PME (10 à 249 personnes occupées). Mesure\u00a0: entreprises dont les ventes en ligne atteignent au moins 1\u202f% du chiffre d'affaires (pourcentage d'entreprises)."
		);
		expect(scopeText(cnnum, 'en')).toBe(
			'Population: SMEs (10 to 249 persons employed). Measure: enterprises with e-commerce sales of at least 1% turnover (percentage of enterprises).'
		);
	});

	it('keeps an unknown code as it is written', () => {
		expect(scopeText({ sizeClass: 'GE10', indicator: 'X_NEW', unit: 'PC_ENT' }, 'en')).toBe(
			'Population: enterprises with 10 or more persons employed. Measure: X_NEW (percentage of enterprises).'
		);
	});
});

describe('units published in whole percentages (the real sectors’ E_AESELL)', () => {
	// Their gaps read « −4,00 pts » in the dots' names and the table: a precision never published.
	const unit = pts({ 2016: 30, 2019: 29 });
	const reference = pts({ 2016: 29, 2019: 33 });
	const a = assess({ unit, reference, target, lastDataPeriod: '2019' });

	it('gives no decimal to whole values, two as soon as a value or its reference has them', () => {
		expect(unitsDecimals([{ series: { points: unit }, reference }])).toBe(0);
		expect(
			unitsDecimals([{ series: { points: unit }, reference: pts({ 2016: 29.5, 2019: 33 }) }])
		).toBe(1);
		expect(unitsDecimals([{ series: { points: pts({ 2016: 15.92 }) } }])).toBe(2);
		expect(unitsDecimals([])).toBe(2);
	});

	it('reads the reference of units that carry none (the regions’ EU average), not a sector’s', () => {
		const regions = [{ series: { points: unit } }];
		expect(unitsDecimals(regions, reference)).toBe(0);
		expect(unitsDecimals(regions, pts({ 2016: 29.5, 2019: 33.25 }))).toBe(2);
		// A sector is compared with its own reference, even an empty one (it is then unrated).
		expect(unitsDecimals([{ series: { points: unit }, reference: [] }], pts({ 2016: 1.5 }))).toBe(
			0
		);
	});

	it('words a unit’s gaps with them', () => {
		const fr = unitSentence('Commerce', a, tTargets('fr'), 'fr', false, 0);
		expect(fr).toContain('écart au dernier point −4\u00a0pts (2019)');
		expect(fr).toContain('écart au départ +1\u00a0pt (2016)');
		expect(unitSentence('Trade', a, tTargets('en'), 'en', false)).toContain('−4.00\u00a0pp');
	});
});
