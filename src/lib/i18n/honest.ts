/**
 * Words of the honesty layer of the target views: real and illustrative units apart, the real
 * sector series (`isoc_ec_eseln2`, `E_AESELL`), imported tables replacing illustrations, and the
 * sources and flags each view draws. French first, English second.
 */
import type { Locale } from '../domain/codes';
import type { IllustrativeShare } from '../kpi/used';

/** A title with a locale's mark for all or some of its view illustrative, or as it is. */
function marked(
	m: { illustrativeTitle: (title: string) => string; someIllustrative: string },
	title: string,
	share: IllustrativeShare
): string {
	if (share === 'all') return m.illustrativeTitle(title);
	return share === 'some' ? `${title} (${m.someIllustrative})` : title;
}

const fr = {
	realCounts: 'Données réelles',
	illustrativeCounts: 'Données illustratives, comptées à part',
	noReal: 'aucune unité réelle',
	illustrativeTitle: (title: string) => `${title} (données illustratives)`,
	someIllustrative: 'en partie données illustratives',
	/** A title with the mark of what its view draws: `Régions (en partie données illustratives)`. */
	markedTitle: (title: string, share: IllustrativeShare): string => marked(fr, title, share),
	illustrativeWorst:
		'Données illustratives : écarts les plus grands d’abord (ce ne sont pas des statistiques)',
	replaces: 'remplace les données illustratives',
	setAside: (datasets: string, first: string, last: string) =>
		`Les données illustratives (${datasets}, ${first}–${last}) sont écartées : un tableau réel les remplace.`,
	importedRows: (n: number) =>
		`${n} unité${n > 1 ? 's' : ''} tirée${n > 1 ? 's' : ''} de tableaux importés`,
	realFrom: (publisher: string) => `Chiffres réels : ${publisher}`,
	sources: 'Sources',
	source: 'Source',
	table: 'tableau',
	lastUpdate: (d: string) => `mise à jour ${d}`,
	importedOn: (d: string) => `importé le ${d}`,
	// "Indicateurs" alone reads as the statistical indicator (E_ESELL) on these pages: say status flags.
	flagsInView: 'Indicateurs de statut présents',
	noFlags: 'aucun',
	unit: 'Unité',
	flagsCol: 'indicateurs de statut',
	sourceCol: 'Source',
	qualifierCol: 'Qualificatif',
	valueCol: 'Valeur',
	periodCol: 'Année d’enquête',
	dataCol: 'Données',
	overseasGroup:
		'FRY regroupe les cinq régions d’outre-mer : un groupe de régions, pas une région ni une partie de région.',
	sector: {
		short: {
			C: 'Industrie manufacturière',
			D_E: 'Énergie, eau, déchets',
			F: 'Construction',
			G: 'Commerce (G45–G47)',
			G47: 'dont commerce de détail',
			H: 'Transports, entreposage',
			I: 'Hébergement, restauration',
			J: 'Information, communication',
			L68: 'Immobilier',
			'M69-M74': 'Activités spécialisées',
			N: 'Services administratifs',
			S951: 'Réparation d’ordinateurs'
		} as Record<string, string>,
		title: 'Secteurs : données réelles d’Eurostat, 2009–2019',
		intro:
			'Chaque secteur en France face à la valeur UE du même secteur. Indicateur : entreprises ayant réalisé au moins une vente électronique (E_AESELL, toute vente en ligne), entreprises de 10 personnes ou plus, en % des entreprises, pourcentages entiers. Ce n’est pas l’indicateur de l’objectif (E_ESELL, au moins 1\u202f% du chiffre d’affaires) : les verdicts sectoriels reposent sur E_AESELL.',
		window: (b: string, d: string) => `Fenêtre de l’objectif : ${b} → ${d}`,
		reference: 'Référence',
		verdictBasis:
			'Verdict fondé sur E_AESELL (toute vente électronique), 10 personnes ou plus, face à la même branche dans l’UE — pas sur la série de l’objectif.',
		nested: (parent: string) => `inclus dans ${parent}, non compté à part`,
		counted: (n: number) =>
			`${n} sections comptées (les sous-branches sont montrées, non comptées)`,
		dotsTitle: (ref: string, b: string, d: string) =>
			`Écart de chaque secteur à la valeur UE du même secteur (${ref}), ${b} et ${d} — E_AESELL, 10 personnes ou plus`,
		tableTitle: 'Valeurs par secteur',
		nestedSummary: (n: number) =>
			`Sous-branches et agrégats transversaux (${n}), montrés, non comptés`,
		france: 'France',
		atStart: 'départ',
		noValueIn: (year: string) => `pas de valeur en ${year}`,
		atNow: 'dernier point',
		gap: 'Écart',
		later:
			'Après 2019, les secteurs se lisent dans le tableau isoc_ec_eseln2 (indicateurs actuels), que le site ne livre pas encore : le fichier livré s’arrête à l’enquête 2019.',
		outsideWindow: (b: string, d: string) =>
			`Le fichier sectoriel livré (2009–2019) ne couvre pas la fenêtre ${b}–${d} de cet objectif.`,
		illustrativeSectors: 'Séries sectorielles illustratives de la série de l’objectif',
		illustrativeSetAside:
			'Les séries sectorielles illustratives ne sont pas montrées : les données réelles d’Eurostat couvrent cette fenêtre.',
		notJudged:
			'Aucun secteur n’est jugé sans la valeur UE du même secteur : la moyenne UE de toutes les activités mesurerait la composition des secteurs, pas un rattrapage.'
	}
};

export type HonestMessages = typeof fr;

const en: HonestMessages = {
	realCounts: 'Real data',
	illustrativeCounts: 'Illustrative data, counted apart',
	noReal: 'no real unit',
	illustrativeTitle: (title: string) => `${title} (illustrative data)`,
	someIllustrative: 'partly illustrative data',
	markedTitle: (title, share) => marked(en, title, share),
	illustrativeWorst: 'Illustrative data: widest gaps first (these are not statistics)',
	replaces: 'replaces the illustrative data',
	setAside: (datasets: string, first: string, last: string) =>
		`The illustrative data (${datasets}, ${first}–${last}) are set aside: a real table replaces them.`,
	importedRows: (n: number) => `${n} unit${n > 1 ? 's' : ''} from imported tables`,
	realFrom: (publisher: string) => `Real figures: ${publisher}`,
	sources: 'Sources',
	source: 'Source',
	table: 'table',
	lastUpdate: (d: string) => `last update ${d}`,
	importedOn: (d: string) => `imported ${d}`,
	flagsInView: 'Flags in view',
	noFlags: 'no flag',
	unit: 'Unit',
	flagsCol: 'flags',
	sourceCol: 'Source',
	qualifierCol: 'Qualifier',
	valueCol: 'Value',
	periodCol: 'Survey year',
	dataCol: 'Data',
	overseasGroup:
		'FRY groups the five overseas regions: a group of regions, not a region nor part of one.',
	sector: {
		short: {
			C: 'Manufacturing',
			D_E: 'Energy, water, waste',
			F: 'Construction',
			G: 'Trade (G45–G47)',
			G47: 'of which retail trade',
			H: 'Transport, storage',
			I: 'Accommodation, food',
			J: 'Information, communication',
			L68: 'Real estate',
			'M69-M74': 'Professional activities',
			N: 'Administrative services',
			S951: 'Computer repair'
		},
		title: 'Sectors: real Eurostat data, 2009–2019',
		intro:
			'Each sector in France against the EU value of the same sector. Indicator: enterprises having done at least one electronic sale (E_AESELL, any e-sale), enterprises with 10 or more persons employed, % of enterprises, whole percentages. It is not the target’s indicator (E_ESELL, at least 1% of turnover): sector verdicts rest on E_AESELL.',
		window: (b: string, d: string) => `Target window: ${b} → ${d}`,
		reference: 'Reference',
		verdictBasis:
			'Verdict based on E_AESELL (any e-sale), 10 or more persons employed, against the same sector in the EU — not on the target’s series.',
		nested: (parent: string) => `part of ${parent}, not counted apart`,
		counted: (n: number) => `${n} sections counted (sub-sectors shown, not counted)`,
		dotsTitle: (ref: string, b: string, d: string) =>
			`Gap of each sector to the EU value of the same sector (${ref}), ${b} and ${d} — E_AESELL, 10 or more persons employed`,
		tableTitle: 'Values by sector',
		nestedSummary: (n: number) =>
			`Sub-sectors and cross-cutting aggregates (${n}), shown, not counted`,
		france: 'France',
		atStart: 'start',
		noValueIn: (year) => `no value in ${year}`,
		atNow: 'latest point',
		gap: 'Gap',
		later:
			'After 2019, sectors are read in table isoc_ec_eseln2 (today’s indicators), which the site does not bundle yet: the bundled file ends with the 2019 survey.',
		outsideWindow: (b: string, d: string) =>
			`The bundled sector file (2009–2019) does not cover this target’s ${b}–${d} window.`,
		illustrativeSectors: 'Illustrative sector series of the target’s series',
		illustrativeSetAside:
			'The illustrative sector series are not shown: real Eurostat data cover this window.',
		notJudged:
			'No sector is judged without the EU value of the same sector: the EU average of all activities would measure the sector mix, not a catch-up.'
	}
};

/** Messages of a locale. `tHonest('en').replaces` → `replaces the illustrative data` */
export function tHonest(locale: Locale): HonestMessages {
	return locale === 'fr' ? fr : en;
}
