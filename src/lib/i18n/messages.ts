import type { Locale } from '../domain/locale';
import type { FormatId } from '../data/ingest/types';

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
	navTargets: 'Objectifs',
	navCompare: 'Comparer',
	navImport: 'Importer',
	navCatalogue: 'Catalogue',
	navReport: 'Rapport',
	navLabel: 'Navigation principale',
	otherLanguage: 'English',
	footer:
		'Observatoire PME numérique — logiciel libre. Données : Eurostat, © Union européenne, réutilisation autorisée sous réserve de mention de la source.',
	skipToContent: 'Aller au contenu',
	offline:
		'Hors ligne : les pages montrent les données enregistrées lors de votre dernière visite (données livrées et jeux importés).',
	headlineTitle: 'Entreprises ayant réalisé des ventes électroniques',
	headlineSubtitle:
		"Part des entreprises de 10 personnes ou plus (hors secteur financier) dont les ventes électroniques atteignent au moins 1\u202f% du chiffre d'affaires",
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
	table: 'tableau',
	retrieved: (when: string) =>
		when.length === 4 ? `version publiée en ${when}` : `téléchargé le ${when.slice(0, 10)}`,
	flags: 'Indicateurs de qualité',
	noFlag: 'sans indicateur',
	chartTitle: 'France et moyenne UE, 2013–2024',
	chartNote:
		'Un point manquant reste un trou dans la courbe : il n’est jamais interpolé. Un carré signale une rupture de série.',
	dataTitle: 'Données chargées',
	dataIntro:
		'Chaque fichier est lu par le même importateur que celui du navigateur ; voici ce qu’il en a retenu, ligne par ligne.',
	dataImported: (n: number, files: string) =>
		`Vous avez aussi ajouté ${n} ${n > 1 ? 'fichiers importés' : 'fichier importé'} (${files}) : ${n > 1 ? 'ils ne sont pas décrits' : 'il n’est pas décrit'} ici, mais dans le catalogue, avec ${n > 1 ? 'leur' : 'sa'} source, ${n > 1 ? 'leurs' : 'ses'} périodes et ${n > 1 ? 'leur' : 'son'} rapport.`,
	dataImportedLink: 'Voir le catalogue',
	synthetic: 'données illustratives',
	syntheticNote:
		'Jeu généré pour illustrer les vues régionales et sectorielles : ce ne sont pas des chiffres d’Eurostat.',
	builtAt: (date: string) => `Chiffres calculés le ${date} à partir des fichiers livrés.`,
	formatName: {
		'tsv-legacy': 'TSV Eurostat ancien (téléchargement en masse, avant 2023)',
		tsv: 'TSV Eurostat (API ou navigateur de données, depuis 2023)',
		'sdmx-csv-1': 'SDMX-CSV 1.0',
		'sdmx-csv-2': 'SDMX-CSV 2.0 (codes)',
		'sdmx-csv-2-labels': 'SDMX-CSV 2.0 (codes et libellés)',
		'json-stat-2': 'JSON-stat 2.0',
		'csv-long': 'Tableau long (modèle d’import)'
	} satisfies Record<FormatId, string>,
	formatUnknown: 'non reconnu',
	reportCaption: (file: string) => `Rapport d’import de ${file}`,
	reportFormat: 'Format reconnu',
	reportRowsRead: 'Lignes lues',
	reportRowsAccepted: 'Lignes acceptées',
	reportRowsRejected: 'Lignes rejetées',
	reportObservations: 'Observations',
	reportMissing: 'Dont valeurs manquantes (« : »)',
	reportCoverage: 'Zones · périodes',
	coverage: (geos: number, first: string, last: string) =>
		`${geos} ${geos > 1 ? 'zones' : 'zone'}, ${first === last ? first : `${first}–${last}`}`,
	unknownCodes: 'Codes inconnus conservés',
	issuesSummary: (count: number) => `${count} ${count > 1 ? 'remarques' : 'remarque'} de l’import`,
	severity: { error: 'erreur', warning: 'avertissement' },
	browserTitle: 'Recalculer dans votre navigateur',
	browserIntro:
		'Les chiffres de l’accueil sont calculés à la construction du site. Ce bouton refait tout le chemin dans votre navigateur (fichiers, import, DuckDB-WASM, requêtes) pour vérifier qu’il donne les mêmes résultats (environ 8 Mo à télécharger).',
	browserButton: 'Recalculer dans le navigateur',
	browserStep: {
		manifest: 'lecture du manifeste',
		engine: 'démarrage de DuckDB-WASM',
		file: (file: string) => `lecture de ${file}`
	},
	browserRunning: (step: string) => `En cours : ${step}…`,
	browserFailed: (message: string) => `Échec : ${message}`,
	browserDone: (ms: string, observations: string) =>
		`Calculé par DuckDB-WASM dans votre navigateur en ${ms} ms, sur ${observations} observations :`,
	browserRank: (rank: number, of: number) => `rang ${rank} sur ${of}`
};

export type Messages = typeof fr;

const en: Messages = {
	siteName: 'SME Digital Observatory (France)',
	tagline: "Tracking French enterprises' e-commerce against the European Union average",
	navHome: 'Home',
	navData: 'Data',
	navTargets: 'Targets',
	navCompare: 'Compare',
	navImport: 'Import',
	navCatalogue: 'Catalogue',
	navReport: 'Report',
	navLabel: 'Main navigation',
	otherLanguage: 'Français',
	footer:
		'SME Digital Observatory (France) — free software. Data: Eurostat, © European Union, re-use authorised with acknowledgement of the source.',
	skipToContent: 'Skip to content',
	offline:
		'Offline: the pages show the data saved on your last visit (bundled data and imported datasets).',
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
	table: 'table',
	retrieved: (when: string) =>
		when.length === 4 ? `as published in ${when}` : `downloaded on ${when.slice(0, 10)}`,
	flags: 'Quality flags',
	noFlag: 'no flag',
	chartTitle: 'France and the EU average, 2013–2024',
	chartNote:
		'A missing point stays a gap in the line: it is never interpolated. A square marks a break in series.',
	dataTitle: 'Loaded data',
	dataIntro:
		'Each file is read by the same importer as in the browser; here is what it kept, line by line.',
	dataImported: (n: number, files: string) =>
		`You have also added ${n} imported ${n > 1 ? 'files' : 'file'} (${files}): ${n > 1 ? 'they are' : 'it is'} described not here but in the catalogue, with ${n > 1 ? 'their' : 'its'} source, periods and report.`,
	dataImportedLink: 'See the catalogue',
	synthetic: 'illustrative data',
	syntheticNote:
		'Generated to illustrate the regional and sector views: these are not Eurostat figures.',
	builtAt: (date: string) => `Figures computed on ${date} from the bundled files.`,
	formatName: {
		'tsv-legacy': 'Eurostat legacy TSV (bulk download, before 2023)',
		tsv: 'Eurostat TSV (API or data browser, since 2023)',
		'sdmx-csv-1': 'SDMX-CSV 1.0',
		'sdmx-csv-2': 'SDMX-CSV 2.0 (codes)',
		'sdmx-csv-2-labels': 'SDMX-CSV 2.0 (codes and labels)',
		'json-stat-2': 'JSON-stat 2.0',
		'csv-long': 'Long table (import template)'
	},
	formatUnknown: 'not recognised',
	reportCaption: (file: string) => `Import report of ${file}`,
	reportFormat: 'Format recognised',
	reportRowsRead: 'Rows read',
	reportRowsAccepted: 'Rows accepted',
	reportRowsRejected: 'Rows rejected',
	reportObservations: 'Observations',
	reportMissing: 'of which missing values (“:”)',
	reportCoverage: 'Geos · periods',
	coverage: (geos: number, first: string, last: string) =>
		`${geos} ${geos > 1 ? 'geos' : 'geo'}, ${first === last ? first : `${first}–${last}`}`,
	unknownCodes: 'Unknown codes, kept',
	issuesSummary: (count: number) => `${count} import ${count > 1 ? 'remarks' : 'remark'}`,
	severity: { error: 'error', warning: 'warning' },
	browserTitle: 'Recompute in your browser',
	browserIntro:
		'The home page figures are computed when the site is built. This button runs the whole path again in your browser (files, import, DuckDB-WASM, queries) to check that it gives the same results (about 8 MB to download).',
	browserButton: 'Recompute in the browser',
	browserStep: {
		manifest: 'reading the manifest',
		engine: 'starting DuckDB-WASM',
		file: (file: string) => `reading ${file}`
	},
	browserRunning: (step: string) => `Working: ${step}…`,
	browserFailed: (message: string) => `Failed: ${message}`,
	browserDone: (ms: string, observations: string) =>
		`Computed by DuckDB-WASM in your browser in ${ms} ms, on ${observations} observations:`,
	browserRank: (rank: number, of: number) => `rank ${rank} of ${of}`
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
