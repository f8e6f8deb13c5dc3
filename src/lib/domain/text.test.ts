import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from './geo';
import { compareCodes, compareLabels } from './text';

describe('compareLabels', () => {
	it('sorts names by their letters, accents and case aside, as a French reader looks them up', () => {
		expect(
			['Suède', 'Espagne', 'Éire', 'estonie', 'Slovénie', 'Slovaquie'].sort(compareLabels)
		).toEqual(['Éire', 'Espagne', 'estonie', 'Slovaquie', 'Slovénie', 'Suède']);
		expect(['Œland', 'Oman', 'Ödeshög'].sort(compareLabels)).toEqual(['Ödeshög', 'Œland', 'Oman']);
	});

	it('gives the order of the French collator for the names of the EU countries, in both languages', () => {
		const names = {
			fr: [
				'Allemagne',
				'Autriche',
				'Belgique',
				'Bulgarie',
				'Chypre',
				'Croatie',
				'Danemark',
				'Espagne',
				'Estonie',
				'Finlande',
				'France',
				'Grèce',
				'Hongrie',
				'Irlande',
				'Italie',
				'Lettonie',
				'Lituanie',
				'Luxembourg',
				'Malte',
				'Pays-Bas',
				'Pologne',
				'Portugal',
				'Roumanie',
				'Slovaquie',
				'Slovénie',
				'Suède',
				'Tchéquie',
				'Moyenne UE à 27',
				'Zone euro',
				'Île-de-France',
				'Auvergne-Rhône-Alpes'
			],
			en: [
				'Germany',
				'Austria',
				'Belgium',
				'Bulgaria',
				'Cyprus',
				'Croatia',
				'Denmark',
				'Spain',
				'Estonia',
				'Finland',
				'France',
				'Greece',
				'Hungary',
				'Ireland',
				'Italy',
				'Latvia',
				'Lithuania',
				'Luxembourg',
				'Malta',
				'Netherlands',
				'Poland',
				'Portugal',
				'Romania',
				'Slovakia',
				'Slovenia',
				'Sweden',
				'Czechia',
				'EU average (27)',
				'Euro area'
			]
		};
		expect(names.fr.length).toBeGreaterThanOrEqual(EU27_2020_MEMBERS.length);
		for (const [locale, list] of Object.entries(names)) {
			const collator = new Intl.Collator(locale);
			expect([...list].sort(compareLabels)).toEqual([...list].sort(collator.compare));
		}
	});

	it('is a total order: equal only for the same text', () => {
		expect(compareLabels('Pays-Bas', 'Pays-Bas')).toBe(0);
		expect(Math.sign(compareLabels('france', 'France'))).toBe(
			-Math.sign(compareLabels('France', 'france'))
		);
		expect(compareLabels('france', 'France')).not.toBe(0);
	});
});

describe('compareCodes', () => {
	it('orders codes by their characters', () => {
		expect(['FR', 'DE', 'EU27_2020', 'AT', '2024', '2023-S2'].sort(compareCodes)).toEqual([
			'2023-S2',
			'2024',
			'AT',
			'DE',
			'EU27_2020',
			'FR'
		]);
		expect(compareCodes('FR', 'FR')).toBe(0);
	});
});
