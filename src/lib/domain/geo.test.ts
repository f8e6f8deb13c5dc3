import { describe, expect, it } from 'vitest';
import {
	AGGREGATE_LABELS,
	COUNTRY_LABELS,
	EU27_2020_MEMBERS,
	FRENCH_NUTS_LABELS,
	FRENCH_REGIONS,
	frenchRegion,
	geoKind,
	geoLabel,
	regionOfNuts
} from './geo';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];

describe('EU27_2020_MEMBERS', () => {
	it('has 27 unique codes, each labelled as a country', () => {
		expect(EU27_2020_MEMBERS).toHaveLength(27);
		expect(new Set(EU27_2020_MEMBERS).size).toBe(27);
		for (const code of EU27_2020_MEMBERS) {
			expect(geoKind(code), code).toBe('country');
			expect(geoLabel(code)?.fr, code).toMatch(/\S/);
			expect(geoLabel(code)?.en, code).toMatch(/\S/);
		}
	});

	it('uses EL for Greece, not GR, and leaves out the United Kingdom', () => {
		expect(EU27_2020_MEMBERS).toContain('EL');
		expect(EU27_2020_MEMBERS).not.toContain('GR');
		expect(EU27_2020_MEMBERS).not.toContain('UK');
	});

	it('is frozen', () => {
		expect(Object.isFrozen(EU27_2020_MEMBERS)).toBe(true);
	});
});

describe('geoLabel', () => {
	it.each([
		['EL', 'Grèce', 'Greece'],
		['DE', 'Allemagne', 'Germany'],
		['CZ', 'Tchéquie', 'Czechia'],
		['UK', 'Royaume-Uni', 'United Kingdom'],
		['XK', 'Kosovo*', 'Kosovo*'],
		[
			'EU27_2020',
			'Union européenne - 27 pays (à partir de 2020)',
			'European Union - 27 countries (from 2020)'
		],
		['EU28', 'Union européenne - 28 pays (2013-2020)', 'European Union - 28 countries (2013-2020)'],
		['EA20', 'Zone euro - 20 pays (2023-2025)', 'Euro area - 20 countries (2023-2025)'],
		['FRI', 'Nouvelle-Aquitaine', 'Nouvelle-Aquitaine'],
		['FRY3', 'Guyane', 'French Guiana'],
		['FR53', 'Poitou-Charentes', 'Poitou-Charentes'],
		['FRY', 'Régions ultrapériphériques françaises', 'French outermost regions']
	])('%s → %s / %s', (code, fr, en) => {
		expect(geoLabel(code)).toEqual({ fr, en });
	});

	it.each([...HOSTILE, 'GR', 'fr', 'EU27_2021'])('%j is unknown', (code) => {
		expect(geoLabel(code)).toBeUndefined();
	});
});

describe('geoKind', () => {
	it.each([
		['FR', 'country'],
		['EL', 'country'],
		['NO', 'country'],
		['TR', 'country'],
		['EU27_2020', 'aggregate'],
		['EU27_2019', 'aggregate'],
		['EU27_2007', 'aggregate'],
		['EU27', 'aggregate'],
		['EU25', 'aggregate'],
		['EU15', 'aggregate'],
		['EU', 'aggregate'],
		['EA', 'aggregate'],
		['EA11', 'aggregate'],
		['EA19', 'aggregate'],
		['EA20', 'aggregate'],
		['FR1', 'region'],
		['FR10', 'region'],
		['FRY5', 'region'],
		['FRA5', 'region'],
		['DE11', 'region'],
		['EL30', 'region'],
		['FRZZ', 'region'],
		['GR30', 'unknown'],
		['XX', 'unknown'],
		['fr', 'unknown'],
		['FR10X1', 'unknown'],
		...HOSTILE.map((c) => [c, 'unknown'])
	])('%j → %s', (code, kind) => {
		expect(geoKind(code)).toBe(kind);
	});

	it('lists every aggregate of every vintage asked for', () => {
		const wanted = ['EU27_2020', 'EU28', 'EU27_2007', 'EU27_2019', 'EU27', 'EU25', 'EU15', 'EU'];
		const euro = ['EA', 'EA11', 'EA12', 'EA13', 'EA15', 'EA16', 'EA17', 'EA18', 'EA19', 'EA20'];
		for (const code of [...wanted, ...euro]) expect(AGGREGATE_LABELS.has(code), code).toBe(true);
	});

	it('never lists a code both as country and as aggregate or region', () => {
		for (const code of COUNTRY_LABELS.keys()) {
			expect(AGGREGATE_LABELS.has(code) || FRENCH_NUTS_LABELS.has(code), code).toBe(false);
		}
	});
});

describe('FRENCH_REGIONS', () => {
	it('has 18 regions: 13 metropolitan, 5 overseas, unique ids', () => {
		expect(FRENCH_REGIONS).toHaveLength(18);
		expect(FRENCH_REGIONS.filter((r) => !r.overseas)).toHaveLength(13);
		expect(FRENCH_REGIONS.filter((r) => r.overseas)).toHaveLength(5);
		expect(new Set(FRENCH_REGIONS.map((r) => r.id)).size).toBe(18);
	});

	it('gives metropolitan regions their own NUTS 1 code and overseas ones none', () => {
		for (const r of FRENCH_REGIONS) {
			if (r.overseas) expect(r.nuts1, r.id).toBeNull();
			else expect(r.nuts1, r.id).toMatch(/^FR[1B-M]$/);
		}
	});

	it('uses each 2016 NUTS 2 code once, 27 in all, each labelled', () => {
		const all = FRENCH_REGIONS.flatMap((r) => r.nuts2);
		expect(all).toHaveLength(27);
		expect(new Set(all).size).toBe(27);
		for (const c of all) expect(geoKind(c), c).toBe('region');
	});

	it.each([
		['nouvelle-aquitaine', 'FRI', ['FRI1', 'FRI2', 'FRI3']],
		['grand-est', 'FRF', ['FRF1', 'FRF2', 'FRF3']],
		['hauts-de-france', 'FRE', ['FRE1', 'FRE2']],
		['normandie', 'FRD', ['FRD1', 'FRD2']],
		['ile-de-france', 'FR1', ['FR10']],
		['centre-val-de-loire', 'FRB', ['FRB0']],
		['bourgogne-franche-comte', 'FRC', ['FRC1', 'FRC2']],
		['pays-de-la-loire', 'FRG', ['FRG0']],
		['bretagne', 'FRH', ['FRH0']],
		['occitanie', 'FRJ', ['FRJ1', 'FRJ2']],
		['auvergne-rhone-alpes', 'FRK', ['FRK1', 'FRK2']],
		['provence-alpes-cote-d-azur', 'FRL', ['FRL0']],
		['corse', 'FRM', ['FRM0']]
	])('%s is %s = %j', (id, nuts1, nuts2) => {
		expect(frenchRegion(id)?.nuts1).toBe(nuts1);
		expect(frenchRegion(id)?.nuts2).toEqual(nuts2);
	});

	it('is deeply frozen', () => {
		expect(Object.isFrozen(FRENCH_REGIONS)).toBe(true);
		const bretagne = frenchRegion('bretagne');
		expect(bretagne).toBeDefined();
		// `?? {}` / `?? []`: a missing region must fail, since isFrozen(undefined) is true.
		expect(Object.isFrozen(bretagne ?? {})).toBe(true);
		expect(Object.isFrozen(bretagne?.nuts2 ?? [])).toBe(true);
	});

	it('finds no region for an unknown id', () => {
		expect(frenchRegion('__proto__')).toBeUndefined();
	});
});

describe('regionOfNuts', () => {
	it.each([
		// NUTS 1, 2016/2021
		['FR1', 'ile-de-france'],
		['FRB', 'centre-val-de-loire'],
		['FRE', 'hauts-de-france'],
		['FRI', 'nouvelle-aquitaine'],
		['FRM', 'corse'],
		// NUTS 2, 2016/2021
		['FR10', 'ile-de-france'],
		['FRB0', 'centre-val-de-loire'],
		['FRC2', 'bourgogne-franche-comte'],
		['FRD1', 'normandie'],
		['FRE2', 'hauts-de-france'],
		['FRF1', 'grand-est'],
		['FRI2', 'nouvelle-aquitaine'],
		['FRJ2', 'occitanie'],
		['FRK1', 'auvergne-rhone-alpes'],
		['FRL0', 'provence-alpes-cote-d-azur'],
		['FRY1', 'guadeloupe'],
		['FRY2', 'martinique'],
		['FRY3', 'guyane'],
		['FRY4', 'la-reunion'],
		['FRY5', 'mayotte'],
		// NUTS 2, 2013
		['FR21', 'grand-est'],
		['FR22', 'hauts-de-france'],
		['FR23', 'normandie'],
		['FR24', 'centre-val-de-loire'],
		['FR26', 'bourgogne-franche-comte'],
		['FR30', 'hauts-de-france'],
		['FR43', 'bourgogne-franche-comte'],
		['FR53', 'nouvelle-aquitaine'],
		['FR61', 'nouvelle-aquitaine'],
		['FR62', 'occitanie'],
		['FR63', 'nouvelle-aquitaine'],
		['FR72', 'auvergne-rhone-alpes'],
		['FR83', 'corse'],
		['FRA1', 'guadeloupe'],
		['FRA5', 'mayotte'],
		// NUTS 2, 2010 overseas
		['FR91', 'guadeloupe'],
		['FR94', 'la-reunion'],
		// NUTS 1, 2013, inside a single region
		['FR3', 'hauts-de-france'],
		['FR7', 'auvergne-rhone-alpes']
	])('%s → %s', (code, id) => {
		expect(regionOfNuts(code)).toBe(id);
	});

	it.each([
		'FR',
		'FRY',
		'FRA',
		'FR9',
		'FR2',
		'FR4',
		'FR6',
		'FR8',
		'FRZ',
		'FRZZ',
		'FRM01',
		'fr10',
		'DE11',
		...HOSTILE
	])('%j → null', (code) => {
		expect(regionOfNuts(code)).toBeNull();
	});

	it('sends every listed NUTS code of a region back to it', () => {
		for (const r of FRENCH_REGIONS) {
			for (const c of [...r.nuts2, ...r.nuts2Legacy]) expect(regionOfNuts(c), c).toBe(r.id);
		}
	});
});
