/**
 * NACE Rev. 2 activity aggregates used by the Eurostat ICT enterprise survey, in today's
 * spelling, with the legacy spellings of the bulk TSV files (`sizen_r2` suffixes) they replace.
 *
 * Eurostat's spelling rules, as seen in today's code lists: `-` joins a range (`C10-C12`), `_`
 * joins two neighbours or sections (`C24_C25`, `D_E`), `_X_` reads "except" (`C10-S951_X_K`:
 * C10 to S95.1 except section K). The legacy files shortened ranges (`C10_12`) and wrote `XK`.
 *
 * Sources: today's codes and English labels from the Eurostat Statistics API code list of the
 * ICT enterprise datasets (as quoted in public notes) and from the files in /work/shared/eurostat;
 * legacy codes from the bulk file `isoc_ec_eseln2` of February 2020 (SOURCES.md entry 1).
 * French labels are ours.
 */
import type { Bilingual } from './locale';

export interface NaceEntry extends Bilingual {
	/** Today's code. */
	code: string;
	/** Older spellings of the same activity set, mapped to `code` by `normaliseNace`. */
	legacy?: readonly string[];
}

const ENTRIES: readonly NaceEntry[] = [
	{
		code: 'C10-S951_X_K',
		fr: 'Toutes activités (hors agriculture, sylviculture, pêche et industries extractives), hors secteur financier',
		en: 'All activities (except agriculture, forestry and fishing, and mining and quarrying), without financial sector',
		legacy: ['C10_S951_XK', 'C10-S951_XK', 'C10_S951_X_K']
	},
	{
		// The 2009 survey scope (SOURCES.md entry 1): the same, without S95.1 and ending at N82.
		// Today's spelling is written by analogy with C10-S951_X_K.
		code: 'C10-N82_X_K',
		fr: 'Toutes activités de C10 à N82, hors secteur financier (champ 2009)',
		en: 'All activities from C10 to N82, without financial sector (2009 scope)',
		legacy: ['C10_N82_XK', 'C10-N82_XK', 'C10_N82_X_K']
	},
	{
		code: 'G45-S951_X_K',
		fr: 'Services, hors secteur financier',
		en: 'Services, without financial sector'
	},
	{
		code: 'C-F',
		fr: 'Industrie manufacturière, énergie, eau et construction',
		en: 'Manufacturing, electricity, gas, steam and air conditioning supply; water supply and construction'
	},
	{
		code: 'C-E',
		fr: 'Industrie manufacturière, énergie, eau, assainissement et gestion des déchets',
		en: 'Manufacturing, electricity, gas, steam and air conditioning; water supply, sewerage, waste management and remediation activities'
	},
	{
		// Section C is divisions 10 to 33 by definition, so C10-C33 is the same set.
		code: 'C',
		fr: 'Industrie manufacturière',
		en: 'Manufacturing',
		legacy: ['C10_33', 'C10-C33']
	},
	{
		code: 'C10-C18',
		fr: 'Industries alimentaires, textile, bois, papier et imprimerie',
		en: 'Manufacture of products based on: food, beverages, tobacco, textile, leather, wood, pulp and paper; publishing and printing',
		legacy: ['C10_18']
	},
	{
		code: 'C10-C12',
		fr: 'Industries alimentaires, fabrication de boissons et de produits à base de tabac',
		en: 'Manufacture of food products; beverages and tobacco products',
		legacy: ['C10_12']
	},
	{
		code: 'C13-C15',
		fr: "Fabrication de textiles, industries de l'habillement, industrie du cuir et de la chaussure",
		en: 'Manufacture of textiles, wearing apparel, leather and related products',
		legacy: ['C13_15']
	},
	{
		code: 'C16-C18',
		fr: 'Travail du bois, industries du papier, imprimerie et reproduction',
		en: 'Manufacture of wood, paper, printing and reproduction',
		legacy: ['C16_18']
	},
	{
		code: 'C19-C23',
		fr: 'Cokéfaction et raffinage, chimie, pharmacie, caoutchouc, plastique et autres produits minéraux non métalliques',
		en: 'Manufacture of coke, refined petroleum, chemical and basic pharmaceutical products, rubber and plastics, other non-metallic mineral products',
		legacy: ['C19_23']
	},
	{
		code: 'C19-C22',
		fr: 'Cokéfaction et raffinage, chimie, pharmacie, caoutchouc et plastique',
		en: 'Manufacture of coke, refined petroleum, chemical and basic pharmaceutical products, rubber and plastics',
		legacy: ['C19_22']
	},
	{
		code: 'C23-C25',
		fr: 'Autres produits minéraux non métalliques, métallurgie et produits métalliques',
		en: 'Manufacture of other non-metallic mineral products, basic metals and fabricated metal products',
		legacy: ['C23_25']
	},
	{
		code: 'C22_C23',
		fr: 'Produits en caoutchouc et en plastique, autres produits minéraux non métalliques',
		en: 'Manufacture of rubber and plastic products and other non-metallic mineral products',
		legacy: ['C22_23']
	},
	{
		code: 'C24_C25',
		fr: 'Métallurgie et fabrication de produits métalliques, hors machines et équipements',
		en: 'Manufacture of basic metals and fabricated metal products, except machinery and equipment',
		legacy: ['C24_25']
	},
	{
		code: 'C26-C33',
		fr: 'Produits informatiques et électriques, machines, matériels de transport, autres industries manufacturières, réparation et installation',
		en: 'Manufacture of computers, electric and optical products, electrical equipment, machinery and equipment n.e.c, motor vehicles, other transport equipment, furniture, other manufacturing, repair and installation of machinery and equipment',
		legacy: ['C26_33']
	},
	{
		code: 'C26',
		fr: 'Fabrication de produits informatiques, électroniques et optiques',
		en: 'Manufacture of computer, electronic and optical products'
	},
	{
		code: 'C27_C28',
		fr: "Fabrication d'équipements électriques, de machines et équipements n.c.a.",
		en: 'Manufacture of electrical equipment, machinery and equipment n.e.c.',
		legacy: ['C27_28']
	},
	{
		code: 'C29_C30',
		fr: 'Industrie automobile et fabrication d’autres matériels de transport',
		en: 'Manufacture of motor vehicles, trailers, semi-trailers and of other transport equipment',
		legacy: ['C29_30']
	},
	{
		code: 'C31-C33',
		fr: 'Fabrication de meubles, autres industries manufacturières, réparation et installation de machines',
		en: 'Manufacture of furniture; jewellery, musical instruments, toys; repair and installation of machinery and equipment',
		legacy: ['C31_33']
	},
	{
		// D is division 35 and E divisions 36 to 39, so D35-E39 is the same set.
		code: 'D_E',
		fr: 'Production et distribution d’électricité, de gaz et d’eau, assainissement, gestion des déchets',
		en: 'Electricity, gas, steam and air conditioning supply; water supply; sewerage, waste management and remediation activities',
		legacy: ['D35_E39', 'D35-E39']
	},
	{
		code: 'D35',
		fr: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
		en: 'Electricity, gas, steam and air conditioning supply'
	},
	{
		code: 'E',
		fr: "Production et distribution d'eau, assainissement, gestion des déchets et dépollution",
		en: 'Water supply; sewerage, waste management and remediation activities'
	},
	{ code: 'F', fr: 'Construction', en: 'Construction', legacy: ['F41_43', 'F41-F43'] },
	{
		code: 'G',
		fr: "Commerce, réparation d'automobiles et de motocycles",
		en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
		legacy: ['G45_47', 'G45-G47']
	},
	{
		code: 'G45',
		fr: "Commerce et réparation d'automobiles et de motocycles",
		en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles'
	},
	{
		code: 'G46',
		fr: "Commerce de gros, à l'exception des automobiles et des motocycles",
		en: 'Wholesale trade, except of motor vehicles and motorcycles'
	},
	{
		code: 'G47',
		fr: "Commerce de détail, à l'exception des automobiles et des motocycles",
		en: 'Retail trade, except of motor vehicles and motorcycles'
	},
	{
		code: 'H',
		fr: 'Transports et entreposage',
		en: 'Transportation and storage',
		legacy: ['H49_53', 'H49-H53']
	},
	{
		code: 'I',
		fr: 'Hébergement et restauration',
		en: 'Accommodation and food service activities',
		legacy: ['I55_56', 'I55-I56']
	},
	{ code: 'I55', fr: 'Hébergement', en: 'Accommodation' },
	{ code: 'I56', fr: 'Restauration', en: 'Food and beverage service activities' },
	{
		code: 'J',
		fr: 'Information et communication',
		en: 'Information and communication',
		legacy: ['J58_63', 'J58-J63']
	},
	{
		code: 'J58-J60',
		fr: 'Édition, production audiovisuelle et diffusion',
		en: 'Publishing, motion picture, video, television programme production; sound recording, programming and broadcasting activities',
		legacy: ['J58_60']
	},
	{ code: 'J61', fr: 'Télécommunications', en: 'Telecommunications' },
	{
		code: 'J62_J63',
		fr: "Programmation, conseil et autres activités informatiques, services d'information",
		en: 'Computer programming, consultancy, and information service activities',
		legacy: ['J62_63', 'J62-J63']
	},
	{
		code: 'L_M',
		fr: 'Activités immobilières, activités spécialisées, scientifiques et techniques',
		en: 'Real estate activities; professional, scientific and technical activities'
	},
	{ code: 'L68', fr: 'Activités immobilières', en: 'Real estate activities' },
	{
		code: 'M',
		fr: 'Activités spécialisées, scientifiques et techniques',
		en: 'Professional, scientific and technical activities'
	},
	{
		// Section M without M75 (veterinary activities), outside the survey's scope then:
		// not the same set as M, so kept as its own code.
		code: 'M69-M74',
		fr: 'Activités spécialisées, scientifiques et techniques, hors activités vétérinaires',
		en: 'Professional, scientific and technical activities, except veterinary activities',
		legacy: ['M69_74']
	},
	{
		code: 'M69-M71',
		fr: "Activités juridiques, comptables, de gestion, d'architecture, d'ingénierie, de contrôle et d'analyses techniques",
		en: 'Legal and accounting activities; activities of head offices; management consultancy activities; architectural and engineering activities; technical testing and analysis'
	},
	{
		code: 'M72',
		fr: 'Recherche-développement scientifique',
		en: 'Scientific research and development'
	},
	{
		code: 'M73-M75',
		fr: 'Publicité et études de marché, autres activités spécialisées, scientifiques et techniques, activités vétérinaires',
		en: 'Advertising and market research; other professional, scientific and technical activities; veterinary activities'
	},
	{
		code: 'N',
		fr: 'Activités de services administratifs et de soutien',
		en: 'Administrative and support service activities',
		legacy: ['N77_82', 'N77-N82']
	},
	{
		code: 'N77-N82_X_N79',
		fr: 'Activités de services administratifs et de soutien, hors agences de voyage',
		en: 'Administrative and support service activities, except travel agency, tour operator and reservation activities',
		legacy: ['N77_82_X79', 'N77-N82_X79']
	},
	{
		code: 'N79',
		fr: 'Activités des agences de voyage, voyagistes, services de réservation et activités connexes',
		en: 'Travel agency, tour operator and other reservation service and related activities'
	},
	{
		code: 'S951',
		fr: "Réparation d'ordinateurs et d'équipements de communication",
		en: 'Repair of computers and communication equipment'
	},
	{
		// Inferred: the legacy `ICT_T` ("ICT total") is the same ICT-sector aggregate.
		code: 'ICT',
		fr: "Secteur des technologies de l'information et de la communication (TIC) - total",
		en: 'Information and Communication Technology - total',
		legacy: ['ICT_T']
	}
];

function freezeEntry(e: NaceEntry): NaceEntry {
	return Object.freeze({ ...e, ...(e.legacy ? { legacy: Object.freeze([...e.legacy]) } : {}) });
}

/** The NACE aggregates we label, today's spelling. */
export const NACE: readonly NaceEntry[] = Object.freeze(ENTRIES.map(freezeEntry));

const BY_CODE: ReadonlyMap<string, NaceEntry> = new Map(NACE.map((e) => [e.code, e]));

const LEGACY_TO_TODAY: ReadonlyMap<string, string> = new Map(
	NACE.flatMap((e) => (e.legacy ?? []).map((l): [string, string] => [l, e.code]))
);

/** Label pair of a NACE code in today's spelling, or `undefined`. `naceLabel('C')?.en` → `Manufacturing`. */
export function naceLabel(code: string): Bilingual | undefined {
	return BY_CODE.get(code);
}

/**
 * Today's spelling of a NACE code, or `undefined` when the code is neither a current nor a
 * known legacy spelling. `todayNace('J62_63')` → `J62_J63`.
 */
export function todayNace(code: string): string | undefined {
	if (BY_CODE.has(code)) return code;
	return LEGACY_TO_TODAY.get(code);
}
