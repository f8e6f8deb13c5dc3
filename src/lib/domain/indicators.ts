/**
 * `indic_is` codes of the enterprise e-commerce family (datasets isoc_ec_esels/eseln2 for the
 * share of enterprises, isoc_ec_evals/evaln2 for the share of turnover), the Digital Intensity
 * Index codes of the sibling files we test with, and the units they come in.
 *
 * Sources: English labels from Eurostat's `indic_is` dictionary as quoted in public code that
 * reads isoc_ec_eseln2 and isoc_ec_evaln2, and from the labelled SDMX-CSV files in
 * /work/shared/eurostat (FORMATS.md F5); codes from the bulk file of isoc_ec_eseln2
 * (SOURCES.md entry 1). French labels are ours. Only codes whose meaning we could source are
 * listed; any other code stays unknown and is shown as is.
 */
import type { Bilingual } from './locale';

/** E-commerce and digital-intensity indicators. */
export const INDICATOR_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	// E-commerce sales, share of enterprises.
	[
		'E_ESELL',
		{
			fr: "Entreprises dont les ventes en ligne atteignent au moins 1\u202f% du chiffre d'affaires",
			en: 'Enterprises with e-commerce sales of at least 1% turnover'
		}
	],
	[
		'E_AESELL',
		{
			fr: 'Entreprises ayant reçu des commandes par réseaux informatiques (ventes électroniques)',
			en: 'Enterprises having received orders via computer mediated networks'
		}
	],
	[
		// Not Eurostat's: the code of the observatory's invented (illustrative) series, so that
		// they never pass for E_ESELL (src/lib/domain/illustrative.ts).
		'ILLUS_ESELL',
		{
			fr: 'Données illustratives (inventées) imitant les entreprises vendant en ligne (au moins 1\u202f% du CA)',
			en: 'Illustrative (invented) data imitating enterprises selling online (at least 1% of turnover)'
		}
	],
	[
		'E_AWSELL',
		{
			fr: 'Entreprises ayant reçu des commandes par site web ou application (ventes web)',
			en: 'Enterprises having received orders via a website or apps (web sales)'
		}
	],
	[
		'E_AXSELL',
		{
			fr: 'Entreprises ayant reçu des commandes par messages de type EDI',
			en: 'Enterprises having received orders placed via EDI-type messages'
		}
	],
	[
		'E_AWS_B2BG',
		{
			fr: 'Entreprises ayant vendu par site web ou application à des entreprises ou administrations (B2B et B2G)',
			en: 'Enterprises which sold via a website or apps - B2B and B2G'
		}
	],
	[
		'E_AWS_B2C',
		{
			fr: 'Entreprises ayant vendu par site web ou application à des particuliers (B2C)',
			en: 'Enterprises which sold via a website or apps - B2C'
		}
	],
	[
		'E_AWS_COWN',
		{
			fr: 'Entreprises ayant vendu par leur propre site web ou application',
			en: 'Enterprises which sold via a website or apps - via their own website or apps'
		}
	],
	[
		'E_AWS_CMP',
		{
			fr: 'Entreprises ayant vendu via une place de marché en ligne',
			en: 'Enterprises which sold via a website or apps - via an e-commerce marketplace'
		}
	],
	[
		'E_AWS_GT1_B2C_GT10WS',
		{
			fr: "Entreprises dont les ventes web dépassent 1\u202f% du chiffre d'affaires et les ventes web B2C 10\u202f% des ventes web",
			en: 'Enterprises where web sales are more than 1% of total turnover and B2C web sales more than 10% of the web sales'
		}
	],
	[
		'E_AWSFOR',
		{
			fr: "Entreprises ayant reçu par site web ou application des commandes de clients d'autres pays",
			en: 'Received orders placed via a website or apps from customers in foreign countries (EU or rest of the world)'
		}
	],
	[
		'E_AWSHM',
		{
			fr: 'Entreprises ayant réalisé des ventes web dans leur propre pays',
			en: 'Enterprises with web sales to the own country'
		}
	],
	[
		'E_AWSEU',
		{
			fr: "Entreprises ayant réalisé des ventes web vers d'autres pays de l'UE",
			en: 'Enterprises with web sales to other EU countries'
		}
	],
	[
		'E_AWSWW',
		{
			fr: 'Entreprises ayant réalisé des ventes web vers le reste du monde',
			en: 'Enterprises with web sales to the rest of the world'
		}
	],
	[
		'E_AESHM',
		{
			fr: 'Entreprises ayant réalisé des ventes électroniques dans leur propre pays',
			en: 'Enterprises having done electronic sales to the own country'
		}
	],
	[
		'E_AESEU',
		{
			fr: "Entreprises ayant réalisé des ventes électroniques vers d'autres pays de l'UE",
			en: 'Enterprises having done electronic sales to other EU countries'
		}
	],
	[
		'E_AESWW',
		{
			fr: 'Entreprises ayant réalisé des ventes électroniques vers le reste du monde',
			en: 'Enterprises having done electronic sales to the rest of the world'
		}
	],
	[
		'E_AESEUWW',
		{
			fr: "Entreprises ayant réalisé des ventes électroniques vers d'autres pays de l'UE et le reste du monde",
			en: 'Enterprises having done electronic sales to other EU countries and the rest of the world'
		}
	],
	[
		'E_AESBHM',
		{
			fr: 'Entreprises ayant réalisé des ventes ou achats électroniques dans leur propre pays',
			en: 'Enterprises having done electronic sales or purchases to the own country'
		}
	],
	[
		'E_AESBEU',
		{
			fr: "Entreprises ayant réalisé des ventes ou achats électroniques avec d'autres pays de l'UE",
			en: 'Enterprises having done electronic sales or purchases to other EU countries'
		}
	],
	[
		'E_AESBWW',
		{
			fr: 'Entreprises ayant réalisé des ventes ou achats électroniques avec le reste du monde',
			en: 'Enterprises having done electronic sales or purchases in the rest of the world'
		}
	],
	// E-commerce sales, share of turnover.
	[
		'E_ETURN',
		{
			fr: "Chiffre d'affaires total des entreprises issu du commerce électronique",
			en: "Enterprises' total turnover from e-commerce"
		}
	],
	[
		'E_AWSVAL',
		{
			fr: "Chiffre d'affaires des entreprises issu des ventes web",
			en: "Enterprises' turnover from web sales"
		}
	],
	[
		'E_AXSVAL',
		{
			fr: "Chiffre d'affaires des entreprises issu des ventes de type EDI",
			en: "Enterprises' turnover from EDI-type sales"
		}
	],
	[
		'E_AWSVAL_B2C',
		{
			fr: "Chiffre d'affaires des entreprises issu des ventes web B2C",
			en: "Enterprises' turnover from web sales - B2C"
		}
	],
	[
		'E_AWSVAL_B2BG',
		{
			fr: "Chiffre d'affaires des entreprises issu des ventes web B2B et B2G",
			en: "Enterprises' turnover from web sales - B2B and B2G"
		}
	],
	// Digital Intensity Index (isoc_e_dii), met in the format test files.
	[
		'E_DI3_VLO',
		{
			fr: 'Entreprises à très faible intensité numérique (IIN version 3)',
			en: 'Enterprises with very low digital intensity index (DII version 3)'
		}
	],
	[
		'E_DI3_LO',
		{
			fr: 'Entreprises à faible intensité numérique (IIN version 3)',
			en: 'Enterprises with low digital intensity index (DII version 3)'
		}
	],
	[
		'E_DI3_HI',
		{
			fr: 'Entreprises à forte intensité numérique (IIN version 3)',
			en: 'Enterprises with high digital intensity index (DII version 3)'
		}
	],
	[
		'E_DI3_VHI',
		{
			fr: 'Entreprises à très forte intensité numérique (IIN version 3)',
			en: 'Enterprises with very high digital intensity index (DII version 3)'
		}
	],
	[
		'E_DI3_GELO',
		{
			fr: "Entreprises ayant au moins un niveau élémentaire d'intensité numérique (IIN version 3)",
			en: 'Enterprises with at least basic level of digital intensity (DII Version 3)'
		}
	],
	[
		'E_DI4_GELO',
		{
			fr: "Entreprises ayant au moins un niveau élémentaire d'intensité numérique (IIN version 4)",
			en: 'Enterprises with at least basic level of digital intensity (DII Version 4)'
		}
	]
]);

/** Units of measure of those indicators. */
export const UNIT_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	['PC_ENT', { fr: "Pourcentage d'entreprises", en: 'Percentage of enterprises' }],
	[
		// Not Eurostat's: the unit of the illustrative series (src/lib/domain/illustrative.ts).
		'ILLUS_PC',
		{
			fr: "Pourcentage d'entreprises (illustratif)",
			en: 'Percentage of enterprises (illustrative)'
		}
	],
	['PC_TURN', { fr: "Pourcentage du chiffre d'affaires", en: 'Percentage of turnover' }],
	[
		// Seen with E_AWSVAL in isoc_ec_evals (FORMATS.md F3): the web share of e-commerce turnover.
		'PC_ETURN',
		{
			fr: "Pourcentage du chiffre d'affaires issu du commerce électronique",
			en: 'Percentage of turnover from e-commerce'
		}
	],
	[
		// Seen with E_AESEU… in isoc_ec_eseln2 (SOURCES.md entry 1): base = enterprises with e-sales.
		'PC_ENT_AESELL',
		{
			fr: 'Pourcentage des entreprises ayant réalisé des ventes électroniques',
			en: 'Percentage of enterprises having done electronic sales'
		}
	],
	[
		'PC_ENT_IUSE',
		{
			fr: 'Pourcentage des entreprises dont le personnel a accès à internet',
			en: 'Percentage of enterprises where persons employed have access to the internet'
		}
	]
]);

/** Label pair of an `indic_is` code, or `undefined`. `indicatorLabel('E_ESELL')?.en` → `Enterprises with e-commerce sales of at least 1% turnover`. */
export function indicatorLabel(code: string): Bilingual | undefined {
	return INDICATOR_LABELS.get(code);
}

/** Label pair of a unit code, or `undefined`. `unitLabel('PC_TURN')?.fr` → `Pourcentage du chiffre d'affaires`. */
export function unitLabel(code: string): Bilingual | undefined {
	return UNIT_LABELS.get(code);
}
