/**
 * Geo code list: countries, EU and euro-area aggregates of every vintage, and the French
 * regions in NUTS 2010, 2013, 2016 and 2021.
 *
 * Codes are Eurostat's own: Greece is `EL` (never `GR`), the United Kingdom is `UK`.
 * Labels are ours (French first); files carry their own, which differ by vintage and
 * language (`Türkiye`, `Kosovo*`, three spellings of the euro area), so we key on codes only.
 *
 * Every table is a `Map`, so a hostile code such as `__proto__` or `toString` is simply unknown.
 *
 * Sources: Eurostat files in /work/shared/eurostat (FORMATS.md §9), NUTS 2016 regulation
 * (EU) 2016/2066 for the French codes; NUTS 2021 kept the French codes of NUTS 2016.
 */
import type { Bilingual } from './locale';

/** What kind of area a geo code stands for. */
export type GeoKind = 'country' | 'aggregate' | 'region' | 'unknown';

/** The 27 member states since 1 February 2020, in Eurostat's protocol order. */
export const EU27_2020_MEMBERS: readonly string[] = Object.freeze([
	'BE',
	'BG',
	'CZ',
	'DK',
	'DE',
	'EE',
	'IE',
	'EL',
	'ES',
	'FR',
	'HR',
	'IT',
	'CY',
	'LV',
	'LT',
	'LU',
	'HU',
	'MT',
	'NL',
	'AT',
	'PL',
	'PT',
	'RO',
	'SI',
	'SK',
	'FI',
	'SE'
]);

/**
 * The 28 member states from 1 July 2013 to 31 January 2020 (EU27_2020 and the United Kingdom),
 * whose average Eurostat publishes as `EU28` for the survey years of that period.
 */
export const EU28_MEMBERS: readonly string[] = Object.freeze([...EU27_2020_MEMBERS, 'UK']);

/** A group of countries a ranking counts: its members and the code of its published average. */
export interface RankingGroup {
	code: 'EU27_2020' | 'EU28';
	members: readonly string[];
}

/** The EU of today (the default) and the EU of the time before 2020, in that order. */
export const RANKING_GROUPS: readonly RankingGroup[] = Object.freeze([
	{ code: 'EU27_2020', members: EU27_2020_MEMBERS },
	{ code: 'EU28', members: EU28_MEMBERS }
]);

/** Countries met in Eurostat ICT tables: EU27, UK, EFTA, candidates and neighbours. */
export const COUNTRY_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	['BE', { fr: 'Belgique', en: 'Belgium' }],
	['BG', { fr: 'Bulgarie', en: 'Bulgaria' }],
	['CZ', { fr: 'Tchéquie', en: 'Czechia' }],
	['DK', { fr: 'Danemark', en: 'Denmark' }],
	['DE', { fr: 'Allemagne', en: 'Germany' }],
	['EE', { fr: 'Estonie', en: 'Estonia' }],
	['IE', { fr: 'Irlande', en: 'Ireland' }],
	['EL', { fr: 'Grèce', en: 'Greece' }],
	['ES', { fr: 'Espagne', en: 'Spain' }],
	['FR', { fr: 'France', en: 'France' }],
	['HR', { fr: 'Croatie', en: 'Croatia' }],
	['IT', { fr: 'Italie', en: 'Italy' }],
	['CY', { fr: 'Chypre', en: 'Cyprus' }],
	['LV', { fr: 'Lettonie', en: 'Latvia' }],
	['LT', { fr: 'Lituanie', en: 'Lithuania' }],
	['LU', { fr: 'Luxembourg', en: 'Luxembourg' }],
	['HU', { fr: 'Hongrie', en: 'Hungary' }],
	['MT', { fr: 'Malte', en: 'Malta' }],
	['NL', { fr: 'Pays-Bas', en: 'Netherlands' }],
	['AT', { fr: 'Autriche', en: 'Austria' }],
	['PL', { fr: 'Pologne', en: 'Poland' }],
	['PT', { fr: 'Portugal', en: 'Portugal' }],
	['RO', { fr: 'Roumanie', en: 'Romania' }],
	['SI', { fr: 'Slovénie', en: 'Slovenia' }],
	['SK', { fr: 'Slovaquie', en: 'Slovakia' }],
	['FI', { fr: 'Finlande', en: 'Finland' }],
	['SE', { fr: 'Suède', en: 'Sweden' }],
	['UK', { fr: 'Royaume-Uni', en: 'United Kingdom' }],
	['IS', { fr: 'Islande', en: 'Iceland' }],
	['NO', { fr: 'Norvège', en: 'Norway' }],
	['CH', { fr: 'Suisse', en: 'Switzerland' }],
	['LI', { fr: 'Liechtenstein', en: 'Liechtenstein' }],
	['BA', { fr: 'Bosnie-Herzégovine', en: 'Bosnia and Herzegovina' }],
	['ME', { fr: 'Monténégro', en: 'Montenegro' }],
	['MK', { fr: 'Macédoine du Nord', en: 'North Macedonia' }],
	['AL', { fr: 'Albanie', en: 'Albania' }],
	['RS', { fr: 'Serbie', en: 'Serbia' }],
	['TR', { fr: 'Türkiye', en: 'Türkiye' }],
	// Eurostat writes the asterisk: "without prejudice to positions on status" (UNSCR 1244/1999).
	['XK', { fr: 'Kosovo*', en: 'Kosovo*' }],
	['UA', { fr: 'Ukraine', en: 'Ukraine' }],
	['MD', { fr: 'Moldavie', en: 'Moldova' }],
	['GE', { fr: 'Géorgie', en: 'Georgia' }]
]);

/**
 * EU and euro-area aggregates of every vintage. A series keeps the code of its vintage:
 * `EU27` (2007–2013) and `EU27_2019` (the early name of today's EU27_2020) only occur in files
 * published before 2020 (FORMATS.md §9, where both readings are marked as inferred).
 */
export const AGGREGATE_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	[
		'EU27_2020',
		{
			fr: 'Union européenne - 27 pays (à partir de 2020)',
			en: 'European Union - 27 countries (from 2020)'
		}
	],
	[
		'EU27_2019',
		{
			fr: 'Union européenne - 27 pays (à partir de 2019, ancien code)',
			en: 'European Union - 27 countries (from 2019, former code)'
		}
	],
	[
		'EU28',
		{
			fr: 'Union européenne - 28 pays (2013-2020)',
			en: 'European Union - 28 countries (2013-2020)'
		}
	],
	[
		'EU27_2007',
		{
			fr: 'Union européenne - 27 pays (2007-2013)',
			en: 'European Union - 27 countries (2007-2013)'
		}
	],
	[
		'EU27',
		{
			fr: 'Union européenne - 27 pays (2007-2013, ancien code)',
			en: 'European Union - 27 countries (2007-2013, former code)'
		}
	],
	[
		'EU25',
		{
			fr: 'Union européenne - 25 pays (2004-2006)',
			en: 'European Union - 25 countries (2004-2006)'
		}
	],
	[
		'EU15',
		{
			fr: 'Union européenne - 15 pays (1995-2004)',
			en: 'European Union - 15 countries (1995-2004)'
		}
	],
	[
		'EU',
		{
			fr: 'Union européenne (composition évolutive)',
			en: 'European Union (changing composition)'
		}
	],
	['EA', { fr: 'Zone euro (composition évolutive)', en: 'Euro area (changing composition)' }],
	['EA11', { fr: 'Zone euro - 11 pays (1999-2000)', en: 'Euro area - 11 countries (1999-2000)' }],
	['EA12', { fr: 'Zone euro - 12 pays (2001-2006)', en: 'Euro area - 12 countries (2001-2006)' }],
	['EA13', { fr: 'Zone euro - 13 pays (2007)', en: 'Euro area - 13 countries (2007)' }],
	['EA15', { fr: 'Zone euro - 15 pays (2008)', en: 'Euro area - 15 countries (2008)' }],
	['EA16', { fr: 'Zone euro - 16 pays (2009-2010)', en: 'Euro area - 16 countries (2009-2010)' }],
	['EA17', { fr: 'Zone euro - 17 pays (2011-2013)', en: 'Euro area - 17 countries (2011-2013)' }],
	['EA18', { fr: 'Zone euro - 18 pays (2014)', en: 'Euro area - 18 countries (2014)' }],
	['EA19', { fr: 'Zone euro - 19 pays (2015-2022)', en: 'Euro area - 19 countries (2015-2022)' }],
	// The 2025 label of EA reads "…, EA20-2023, EA21-2026": Bulgaria joined in 2026.
	['EA20', { fr: 'Zone euro - 20 pays (2023-2025)', en: 'Euro area - 20 countries (2023-2025)' }],
	[
		'EA21',
		{ fr: 'Zone euro - 21 pays (à partir de 2026)', en: 'Euro area - 21 countries (from 2026)' }
	]
]);

/** One of the 18 French regions (2016 map): 13 in metropolitan France, 5 overseas. */
export interface FrenchRegion {
	/** Stable slug, used in URLs and as a key: `nouvelle-aquitaine`. */
	id: string;
	fr: string;
	en: string;
	/** NUTS 1 code (2016/2021), or `null` overseas where the five share `FRY`. */
	nuts1: string | null;
	/** NUTS 2 codes that make up the region in NUTS 2016 and 2021 (unchanged between them). */
	nuts2: readonly string[];
	/** NUTS 2 codes of earlier versions (2013, and 2010 overseas) covering the same ground. */
	nuts2Legacy: readonly string[];
	overseas: boolean;
}

function region(r: FrenchRegion): FrenchRegion {
	return Object.freeze({
		...r,
		nuts2: Object.freeze([...r.nuts2]),
		nuts2Legacy: Object.freeze([...r.nuts2Legacy])
	});
}

/**
 * The 18 regions. NUTS 2016 made each 2016 metropolitan region a NUTS 1 unit and kept the 22
 * pre-2016 regions as NUTS 2; NUTS 2013 codes map one-to-one onto those NUTS 2 units.
 * Before NUTS 2013 the four overseas departments were FR91–FR94 (no Mayotte); NUTS 2013
 * renumbered them FRA1–FRA5 with Mayotte; NUTS 2016 renamed them FRY1–FRY5.
 */
export const FRENCH_REGIONS: readonly FrenchRegion[] = Object.freeze([
	region({
		id: 'ile-de-france',
		fr: 'Île-de-France',
		en: 'Île-de-France',
		nuts1: 'FR1',
		nuts2: ['FR10'],
		nuts2Legacy: ['FR10'],
		overseas: false
	}),
	region({
		id: 'centre-val-de-loire',
		fr: 'Centre-Val de Loire',
		en: 'Centre-Val de Loire',
		nuts1: 'FRB',
		nuts2: ['FRB0'],
		nuts2Legacy: ['FR24'],
		overseas: false
	}),
	region({
		id: 'bourgogne-franche-comte',
		fr: 'Bourgogne-Franche-Comté',
		en: 'Bourgogne-Franche-Comté',
		nuts1: 'FRC',
		nuts2: ['FRC1', 'FRC2'],
		nuts2Legacy: ['FR26', 'FR43'],
		overseas: false
	}),
	region({
		id: 'normandie',
		fr: 'Normandie',
		en: 'Normandy',
		nuts1: 'FRD',
		nuts2: ['FRD1', 'FRD2'],
		nuts2Legacy: ['FR25', 'FR23'],
		overseas: false
	}),
	region({
		id: 'hauts-de-france',
		fr: 'Hauts-de-France',
		en: 'Hauts-de-France',
		nuts1: 'FRE',
		nuts2: ['FRE1', 'FRE2'],
		nuts2Legacy: ['FR30', 'FR22'],
		overseas: false
	}),
	region({
		id: 'grand-est',
		fr: 'Grand Est',
		en: 'Grand Est',
		nuts1: 'FRF',
		nuts2: ['FRF1', 'FRF2', 'FRF3'],
		nuts2Legacy: ['FR42', 'FR21', 'FR41'],
		overseas: false
	}),
	region({
		id: 'pays-de-la-loire',
		fr: 'Pays de la Loire',
		en: 'Pays de la Loire',
		nuts1: 'FRG',
		nuts2: ['FRG0'],
		nuts2Legacy: ['FR51'],
		overseas: false
	}),
	region({
		id: 'bretagne',
		fr: 'Bretagne',
		en: 'Brittany',
		nuts1: 'FRH',
		nuts2: ['FRH0'],
		nuts2Legacy: ['FR52'],
		overseas: false
	}),
	region({
		id: 'nouvelle-aquitaine',
		fr: 'Nouvelle-Aquitaine',
		en: 'Nouvelle-Aquitaine',
		nuts1: 'FRI',
		nuts2: ['FRI1', 'FRI2', 'FRI3'],
		nuts2Legacy: ['FR61', 'FR63', 'FR53'],
		overseas: false
	}),
	region({
		id: 'occitanie',
		fr: 'Occitanie',
		en: 'Occitanie',
		nuts1: 'FRJ',
		nuts2: ['FRJ1', 'FRJ2'],
		nuts2Legacy: ['FR81', 'FR62'],
		overseas: false
	}),
	region({
		id: 'auvergne-rhone-alpes',
		fr: 'Auvergne-Rhône-Alpes',
		en: 'Auvergne-Rhône-Alpes',
		nuts1: 'FRK',
		nuts2: ['FRK1', 'FRK2'],
		nuts2Legacy: ['FR72', 'FR71'],
		overseas: false
	}),
	region({
		id: 'provence-alpes-cote-d-azur',
		fr: "Provence-Alpes-Côte d'Azur",
		en: "Provence-Alpes-Côte d'Azur",
		nuts1: 'FRL',
		nuts2: ['FRL0'],
		nuts2Legacy: ['FR82'],
		overseas: false
	}),
	region({
		id: 'corse',
		fr: 'Corse',
		en: 'Corsica',
		nuts1: 'FRM',
		nuts2: ['FRM0'],
		nuts2Legacy: ['FR83'],
		overseas: false
	}),
	region({
		id: 'guadeloupe',
		fr: 'Guadeloupe',
		en: 'Guadeloupe',
		nuts1: null,
		nuts2: ['FRY1'],
		nuts2Legacy: ['FRA1', 'FR91'],
		overseas: true
	}),
	region({
		id: 'martinique',
		fr: 'Martinique',
		en: 'Martinique',
		nuts1: null,
		nuts2: ['FRY2'],
		nuts2Legacy: ['FRA2', 'FR92'],
		overseas: true
	}),
	region({
		id: 'guyane',
		fr: 'Guyane',
		en: 'French Guiana',
		nuts1: null,
		nuts2: ['FRY3'],
		nuts2Legacy: ['FRA3', 'FR93'],
		overseas: true
	}),
	region({
		id: 'la-reunion',
		fr: 'La Réunion',
		en: 'Réunion',
		nuts1: null,
		nuts2: ['FRY4'],
		nuts2Legacy: ['FRA4', 'FR94'],
		overseas: true
	}),
	region({
		id: 'mayotte',
		fr: 'Mayotte',
		en: 'Mayotte',
		nuts1: null,
		nuts2: ['FRY5'],
		nuts2Legacy: ['FRA5'],
		overseas: true
	})
]);

/**
 * Labels of the French NUTS codes of every version we meet. Pre-2016 NUTS 2 units carry the
 * name of the former region; the groupings of several regions (NUTS 1 before 2016, `FRY`) have
 * their own names.
 */
export const FRENCH_NUTS_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	// NUTS 2016/2021, level 1 (level 1 of the regions below comes from FRENCH_REGIONS).
	['FRY', { fr: 'Régions ultrapériphériques françaises', en: 'French outermost regions' }],
	// NUTS 2016/2021, level 2.
	['FR10', { fr: 'Île-de-France', en: 'Île-de-France' }],
	['FRB0', { fr: 'Centre-Val de Loire', en: 'Centre-Val de Loire' }],
	['FRC1', { fr: 'Bourgogne', en: 'Burgundy' }],
	['FRC2', { fr: 'Franche-Comté', en: 'Franche-Comté' }],
	['FRD1', { fr: 'Basse-Normandie', en: 'Lower Normandy' }],
	['FRD2', { fr: 'Haute-Normandie', en: 'Upper Normandy' }],
	['FRE1', { fr: 'Nord-Pas-de-Calais', en: 'Nord-Pas-de-Calais' }],
	['FRE2', { fr: 'Picardie', en: 'Picardy' }],
	['FRF1', { fr: 'Alsace', en: 'Alsace' }],
	['FRF2', { fr: 'Champagne-Ardenne', en: 'Champagne-Ardenne' }],
	['FRF3', { fr: 'Lorraine', en: 'Lorraine' }],
	['FRG0', { fr: 'Pays de la Loire', en: 'Pays de la Loire' }],
	['FRH0', { fr: 'Bretagne', en: 'Brittany' }],
	['FRI1', { fr: 'Aquitaine', en: 'Aquitaine' }],
	['FRI2', { fr: 'Limousin', en: 'Limousin' }],
	['FRI3', { fr: 'Poitou-Charentes', en: 'Poitou-Charentes' }],
	['FRJ1', { fr: 'Languedoc-Roussillon', en: 'Languedoc-Roussillon' }],
	['FRJ2', { fr: 'Midi-Pyrénées', en: 'Midi-Pyrénées' }],
	['FRK1', { fr: 'Auvergne', en: 'Auvergne' }],
	['FRK2', { fr: 'Rhône-Alpes', en: 'Rhône-Alpes' }],
	['FRL0', { fr: "Provence-Alpes-Côte d'Azur", en: "Provence-Alpes-Côte d'Azur" }],
	['FRM0', { fr: 'Corse', en: 'Corsica' }],
	['FRY1', { fr: 'Guadeloupe', en: 'Guadeloupe' }],
	['FRY2', { fr: 'Martinique', en: 'Martinique' }],
	['FRY3', { fr: 'Guyane', en: 'French Guiana' }],
	['FRY4', { fr: 'La Réunion', en: 'Réunion' }],
	['FRY5', { fr: 'Mayotte', en: 'Mayotte' }],
	// NUTS 2013 (and 2010), level 1.
	['FR2', { fr: 'Bassin parisien (NUTS 2013)', en: 'Paris Basin (NUTS 2013)' }],
	['FR3', { fr: 'Nord-Pas-de-Calais (NUTS 2013)', en: 'Nord-Pas-de-Calais (NUTS 2013)' }],
	['FR4', { fr: 'Est (NUTS 2013)', en: 'East (NUTS 2013)' }],
	['FR5', { fr: 'Ouest (NUTS 2013)', en: 'West (NUTS 2013)' }],
	['FR6', { fr: 'Sud-Ouest (NUTS 2013)', en: 'South-West (NUTS 2013)' }],
	['FR7', { fr: 'Centre-Est (NUTS 2013)', en: 'Centre-East (NUTS 2013)' }],
	['FR8', { fr: 'Méditerranée (NUTS 2013)', en: 'Mediterranean (NUTS 2013)' }],
	['FR9', { fr: "Départements d'outre-mer (NUTS 2010)", en: 'Overseas departments (NUTS 2010)' }],
	['FRA', { fr: "Départements d'outre-mer (NUTS 2013)", en: 'Overseas departments (NUTS 2013)' }],
	// NUTS 2013 (and 2010), level 2: the 22 former regions and the overseas departments.
	['FR21', { fr: 'Champagne-Ardenne', en: 'Champagne-Ardenne' }],
	['FR22', { fr: 'Picardie', en: 'Picardy' }],
	['FR23', { fr: 'Haute-Normandie', en: 'Upper Normandy' }],
	['FR24', { fr: 'Centre', en: 'Centre' }],
	['FR25', { fr: 'Basse-Normandie', en: 'Lower Normandy' }],
	['FR26', { fr: 'Bourgogne', en: 'Burgundy' }],
	['FR30', { fr: 'Nord-Pas-de-Calais', en: 'Nord-Pas-de-Calais' }],
	['FR41', { fr: 'Lorraine', en: 'Lorraine' }],
	['FR42', { fr: 'Alsace', en: 'Alsace' }],
	['FR43', { fr: 'Franche-Comté', en: 'Franche-Comté' }],
	['FR51', { fr: 'Pays de la Loire', en: 'Pays de la Loire' }],
	['FR52', { fr: 'Bretagne', en: 'Brittany' }],
	['FR53', { fr: 'Poitou-Charentes', en: 'Poitou-Charentes' }],
	['FR61', { fr: 'Aquitaine', en: 'Aquitaine' }],
	['FR62', { fr: 'Midi-Pyrénées', en: 'Midi-Pyrénées' }],
	['FR63', { fr: 'Limousin', en: 'Limousin' }],
	['FR71', { fr: 'Rhône-Alpes', en: 'Rhône-Alpes' }],
	['FR72', { fr: 'Auvergne', en: 'Auvergne' }],
	['FR81', { fr: 'Languedoc-Roussillon', en: 'Languedoc-Roussillon' }],
	['FR82', { fr: "Provence-Alpes-Côte d'Azur", en: "Provence-Alpes-Côte d'Azur" }],
	['FR83', { fr: 'Corse', en: 'Corsica' }],
	['FR91', { fr: 'Guadeloupe', en: 'Guadeloupe' }],
	['FR92', { fr: 'Martinique', en: 'Martinique' }],
	['FR93', { fr: 'Guyane', en: 'French Guiana' }],
	['FR94', { fr: 'La Réunion', en: 'Réunion' }],
	['FRA1', { fr: 'Guadeloupe', en: 'Guadeloupe' }],
	['FRA2', { fr: 'Martinique', en: 'Martinique' }],
	['FRA3', { fr: 'Guyane', en: 'French Guiana' }],
	['FRA4', { fr: 'La Réunion', en: 'Réunion' }],
	['FRA5', { fr: 'Mayotte', en: 'Mayotte' }],
	// NUTS 1 of the 2016 regions (FR1 is also the NUTS 2013 code of Île-de-France).
	...FRENCH_REGIONS.filter((r) => r.nuts1 !== null).map((r): [string, Bilingual] => [
		r.nuts1 as string,
		{ fr: r.fr, en: r.en }
	])
]);

/**
 * NUTS code → region id. A code maps to a region only when its whole area lies inside that one
 * region: the 2013 NUTS 1 groupings that straddle regions (FR2 Bassin parisien, FR4 Est…) and
 * the overseas groupings (FRY, FRA, FR9) map to nothing.
 */
const REGION_OF_NUTS: ReadonlyMap<string, string> = (() => {
	const m = new Map<string, string>();
	for (const r of FRENCH_REGIONS) {
		if (r.nuts1 !== null) m.set(r.nuts1, r.id);
		for (const c of [...r.nuts2, ...r.nuts2Legacy]) m.set(c, r.id);
	}
	// NUTS 2013 level-1 units that each fall inside a single 2016 region.
	m.set('FR3', 'hauts-de-france'); // Nord-Pas-de-Calais only
	m.set('FR7', 'auvergne-rhone-alpes'); // Rhône-Alpes + Auvergne
	return m;
})();

/** Countries whose two letters start a NUTS code (Greece's NUTS codes start with `EL`). */
const NUTS_PATTERN = /^([A-Z]{2})[0-9A-Z]{1,3}$/;

/**
 * Region id of a French NUTS 1 or NUTS 2 code of NUTS 2010, 2013, 2016 or 2021, or `null`.
 * `regionOfNuts('FR53')` → `nouvelle-aquitaine` (Poitou-Charentes, NUTS 2013).
 */
export function regionOfNuts(code: string): string | null {
	return REGION_OF_NUTS.get(code) ?? null;
}

/** The region with that id, or `undefined`. `frenchRegion('bretagne')?.nuts2` → `['FRH0']`. */
export function frenchRegion(id: string): FrenchRegion | undefined {
	return FRENCH_REGIONS.find((r) => r.id === id);
}

/** Label pair of any geo code in our lists, or `undefined`. `geoLabel('EL')?.fr` → `Grèce`. */
export function geoLabel(code: string): Bilingual | undefined {
	return COUNTRY_LABELS.get(code) ?? AGGREGATE_LABELS.get(code) ?? FRENCH_NUTS_LABELS.get(code);
}

/**
 * What kind of area a code stands for. Any NUTS-shaped code of a listed country counts as a
 * region (`DE11`, `FRZZ` extra-regio), even without a label of ours: the shape is enough to keep
 * a regional row out of country rankings. `geoKind('EU27_2020')` → `aggregate`.
 */
export function geoKind(code: string): GeoKind {
	if (COUNTRY_LABELS.has(code)) return 'country';
	if (AGGREGATE_LABELS.has(code)) return 'aggregate';
	if (FRENCH_NUTS_LABELS.has(code)) return 'region';
	const country = NUTS_PATTERN.exec(code)?.[1];
	if (country !== undefined && COUNTRY_LABELS.has(country)) return 'region';
	return 'unknown';
}
