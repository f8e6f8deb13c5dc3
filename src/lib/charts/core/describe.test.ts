import { describe, expect, it } from 'vitest';
import { describeTrend } from './describe';

const france = {
	label: 'France',
	points: [
		{ period: '2023', value: 13.43, flags: '' },
		{ period: '2013', value: 11.45, flags: '' },
		{ period: '2019', value: 12.1, flags: 'b' },
		{ period: '2024', value: null, flags: 'u' }
	]
};
const eu = {
	label: 'Moyenne UE',
	points: [
		{ period: '2013', value: 14, flags: '' },
		{ period: '2023', value: 19.5, flags: '' }
	]
};

describe('describeTrend', () => {
	it('says first and last values, gaps and breaks, in French', () => {
		expect(describeTrend([france, eu], 'fr')).toBe(
			'France\u00a0: de 11,45\u202f% (2013) à 13,43\u202f% (2023), valeur non disponible en 2024, ' +
				'rupture de série en 2019\u202f; Moyenne UE\u00a0: de 14,00\u202f% (2013) à 19,50\u202f% (2023).'
		);
	});

	it('says the same in English', () => {
		expect(describeTrend([france], 'en')).toBe(
			'France: from 11.45% (2013) to 13.43% (2023), no value for 2024, break in series in 2019.'
		);
	});

	it.each([
		[[], 'fr', 'Aucune donnée.'],
		[[{ label: 'FR', points: [] }], 'en', 'FR: no value available.'],
		[[{ label: 'FR', points: [{ period: '2020', value: null }] }], 'en', 'FR: no value available.'],
		[[{ label: 'FR', points: [{ period: '2020', value: 5 }] }], 'en', 'FR: 5.00% (2020).'],
		[
			[
				{
					label: 'FR',
					points: [
						{ period: '2020', value: 5 },
						{ period: '2021', value: null },
						{ period: '2022', value: null },
						{ period: '2023', value: null },
						{ period: '2024', value: 6 }
					]
				}
			],
			'en',
			'FR: from 5.00% (2020) to 6.00% (2024), no value for 2021, 2022 and 2023.'
		]
	] as const)('%j in %s → %s', (series, locale, sentence) => {
		expect(describeTrend(series, locale)).toBe(sentence);
	});
});
