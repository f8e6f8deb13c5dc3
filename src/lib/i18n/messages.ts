import type { Locale } from '../domain/codes';

/**
 * Every visible string of the interface, French first. A function where a sentence takes a
 * value, so word order stays right in each language.
 */
const fr = {
	siteName: 'Observatoire PME numérique',
	tagline:
		"Suivi du commerce électronique des entreprises françaises face à la moyenne de l'Union européenne",
	navHome: 'Accueil',
	navData: 'Données',
	skipToContent: 'Aller au contenu',
	headlineTitle: 'Entreprises ayant réalisé des ventes électroniques',
	headlineSubtitle:
		"Part des entreprises de 10 personnes ou plus (hors secteur financier) dont les ventes électroniques atteignent au moins 1 % du chiffre d'affaires",
	france: 'France',
	euAverage: 'Moyenne UE à 27',
	gap: 'Écart à la moyenne UE',
	rank: 'Rang dans l’UE',
	rankValue: (rank: number, of: number) => `${rank}${rank === 1 ? 're' : 'e'} sur ${of}`,
	rankNote: (of: number) =>
		`parmi les ${of} pays de l’UE ayant un chiffre publié (ex æquo partagés)`,
	surveyYear: (period: string) => `enquête ${period}`,
	surveyNote:
		"L'année est celle de l'enquête ; les ventes portent sur l'année précédente (enquête 2023 = ventes 2022).",
	latestMissing: (period: string, flagText: string, usedPeriod: string) =>
		`Le chiffre ${period} de la France n’est pas disponible${flagText ? ` (${flagText})` : ''} : les comparaisons portent sur ${usedPeriod}, dernière année où la France et la moyenne UE ont toutes deux un chiffre.`,
	noCommonPeriod:
		'Aucune année ne réunit un chiffre pour la France et pour la moyenne UE dans les données chargées.',
	gapPoints: 'points de pourcentage',
	source: 'Source',
	flags: 'Indicateurs de qualité',
	noFlag: 'sans indicateur',
	chartTitle: 'France et moyenne UE, 2013–2024',
	chartNote:
		'Un point manquant reste un trou dans la courbe : il n’est jamais interpolé. Un carré signale une rupture de série.',
	dataTitle: 'Données chargées',
	dataIntro:
		'Chaque fichier est lu par le même importateur que celui du navigateur ; voici ce qu’il en a retenu, ligne par ligne.',
	synthetic: 'données illustratives',
	syntheticNote:
		'Jeu généré pour illustrer les vues régionales et sectorielles : ce ne sont pas des chiffres d’Eurostat.',
	builtAt: (date: string) => `Chiffres calculés le ${date} à partir des fichiers livrés.`
};

export type Messages = typeof fr;

const en: Messages = {
	siteName: 'SME Digital Observatory (France)',
	tagline: "Tracking French enterprises' e-commerce against the European Union average",
	navHome: 'Home',
	navData: 'Data',
	skipToContent: 'Skip to content',
	headlineTitle: 'Enterprises that made electronic sales',
	headlineSubtitle:
		'Share of enterprises with 10 or more persons employed (excluding the financial sector) whose electronic sales are at least 1% of turnover',
	france: 'France',
	euAverage: 'EU-27 average',
	gap: 'Gap to the EU average',
	rank: 'Rank in the EU',
	rankValue: (rank: number, of: number) => `${rank}${ordinalSuffix(rank)} of ${of}`,
	rankNote: (of: number) => `among the ${of} EU countries with a published figure (ties shared)`,
	surveyYear: (period: string) => `survey ${period}`,
	surveyNote:
		'The year is the survey year; sales refer to the year before (2023 survey = 2022 sales).',
	latestMissing: (period: string, flagText: string, usedPeriod: string) =>
		`France's ${period} figure is not available${flagText ? ` (${flagText})` : ''}: comparisons use ${usedPeriod}, the latest year in which both France and the EU average have a figure.`,
	noCommonPeriod: 'No year has a figure for both France and the EU average in the loaded data.',
	gapPoints: 'percentage points',
	source: 'Source',
	flags: 'Quality flags',
	noFlag: 'no flag',
	chartTitle: 'France and the EU average, 2013–2024',
	chartNote:
		'A missing point stays a gap in the line: it is never interpolated. A square marks a break in series.',
	dataTitle: 'Loaded data',
	dataIntro:
		'Each file is read by the same importer as in the browser; here is what it kept, line by line.',
	synthetic: 'illustrative data',
	syntheticNote:
		'Generated to illustrate the regional and sector views: these are not Eurostat figures.',
	builtAt: (date: string) => `Figures computed on ${date} from the bundled files.`
};

export const messages: Record<Locale, Messages> = { fr, en };

function ordinalSuffix(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return 'th';
	return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

/** The strings of one locale. `t('fr').france` → `France` */
export function t(locale: Locale): Messages {
	return messages[locale];
}
