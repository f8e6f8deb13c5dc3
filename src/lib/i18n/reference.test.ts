import { describe, expect, it } from 'vitest';
import { tReference } from './reference';

describe('tReference', () => {
	it.each([
		// code, French average, English average
		['EU27_2020', 'Moyenne UE à 27', 'EU-27 average'],
		[
			'EU28',
			'Moyenne UE à 28 (EU28, tel que publié)',
			'Average of the EU of 28 (EU28, as published)'
		],
		[
			'EU27_2019',
			'Moyenne UE à 27 de 2019 (EU27_2019, tel que publié)',
			'Average of the EU of 27 of 2019 (EU27_2019, as published)'
		],
		// Another aggregate by its label and code; a country is no average; an unknown code is kept.
		[
			'EU27_2007',
			'Moyenne Union européenne - 27 pays (2007-2013) (EU27_2007)',
			'Average of the European Union - 27 countries (2007-2013) (EU27_2007)'
		],
		['DE', 'Allemagne (DE)', 'Germany (DE)'],
		['XX_9', 'XX_9', 'XX_9']
	])('names %s as a target’s reference', (code, fr, en) => {
		expect(tReference('fr').average(code)).toBe(fr);
		expect(tReference('en').average(code)).toBe(en);
	});

	it('names a sector’s reference the same sector in the EU used, never an average', () => {
		expect(tReference('fr').sameSector('EU28')).toBe(
			'Même secteur, UE à 28 (EU28, tel que publié)'
		);
		expect(tReference('fr').sameSector('EU27_2020')).toBe('Même secteur, UE à 27 (EU27_2020)');
		expect(tReference('en').sameSector('EU27_2019')).toBe(
			'Same sector, EU of 27 of 2019 (EU27_2019, as published)'
		);
		expect(tReference('fr').sameSectorShort('EU28')).toBe('même secteur, EU28');
		expect(tReference('en').sameSectorShort('EU27_2020')).toBe('same sector, EU27_2020');
	});
});
