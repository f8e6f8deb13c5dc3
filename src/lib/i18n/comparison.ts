import type { Locale } from '../domain/locale';

/**
 * Strings of the comparison page (/comparer/), French first. A function where a sentence takes
 * a value, so word order stays right in each language.
 */
export const fr = {
	title: 'Comparer la France à ses voisins européens',
	intro:
		'Choisissez la série, les pays et l’année : chaque choix est gardé dans l’adresse de la page, que vous pouvez partager.',
	navCompare: 'Comparer',
	seriesLegend: 'Série',
	toViews: 'Aller aux graphiques',
	indicator: 'Indicateur',
	sizeClass: 'Taille d’entreprise',
	sector: 'Secteur',
	illustrative: 'données illustratives',
	illustrativeNote:
		'Cette série est générée pour illustrer l’outil : ce ne sont pas des chiffres d’Eurostat.',
	peersLegend: 'Pays comparés à la France',
	peersHint: 'La France est toujours affichée.',
	search: 'Chercher un pays',
	searchNone: 'Aucun pays ne correspond.',
	chosen: (n: number) => `${n} ${n > 1 ? 'choisis' : 'choisi'}`,
	resetPeers: 'Revenir aux pays par défaut',
	clearPeers: 'Tout décocher',
	tabsLabel: 'Vues',
	tabs: {
		trend: 'Évolution',
		ranking: 'Classement',
		map: 'Carte',
		gap: 'Écart à la moyenne',
		catchup: 'Qui a rattrapé ?'
	},
	viewLabel: 'Présentation',
	viewChart: 'Graphique',
	viewTable: 'Tableau',
	year: 'Année',
	play: 'Lecture',
	pause: 'Pause',
	previousYear: 'Année précédente',
	nextYear: 'Année suivante',
	trendTitle: (series: string) => `${series} : la France et les pays choisis`,
	rankingTitle: (year: string) => `Classement des pays de l’UE, ${year}`,
	mapTitle: (year: string) => `Carte de l’Europe, ${year}`,
	gapTitle: 'Écart entre la France et la moyenne UE, en points de pourcentage',
	changeTitle: (from: string, to: string) => `Évolution de ${from} à ${to}, par pays`,
	franceRank: (rank: string, year: string) => `France : ${rank} en ${year}`,
	franceMissing: (year: string) => `France : pas de valeur publiée en ${year}`,
	rankNote:
		'Rang parmi les pays de l’UE ayant un chiffre publié cette année-là ; les ex æquo partagent leur rang.',
	euAverage: 'Moyenne UE à 27',
	noData: 'Aucune donnée chargée ne permet cette comparaison.',
	country: 'Pays',
	period: 'Année',
	value: 'Valeur',
	rank: 'Rang',
	gap: 'Écart (pts)',
	france: 'France',
	fromYear: 'De',
	toYear: 'À',
	absolute: 'Écart absolu (pts)',
	relative: 'Évolution relative (%)',
	tableOf: (what: string) => `Tableau : ${what}`,
	mapPreparing: 'Préparation de la carte…',
	source: 'Source',
	survey:
		'L’année est celle de l’enquête ; les ventes portent sur l’année précédente (enquête 2023 = ventes 2022).',
	missingNote:
		'Une valeur manquante reste manquante : ni zéro, ni interpolation. Les lettres sont les indicateurs de qualité d’Eurostat.',
	breakdownNote: (count: number, rows: string, names: readonly string[], files: string) =>
		count > 1
			? `${rows} lignes importées, détaillées par ${names.map((d) => `« ${d} »`).join(', ')} (${files}), ne sont pas tracées ici : une ventilation n’est pas un point de la série. Elles restent dans vos données (catalogue).`
			: `${rows} ligne importée, détaillée par ${names.map((d) => `« ${d} »`).join(', ')} (${files}), n’est pas tracée ici : une ventilation n’est pas un point de la série. Elle reste dans vos données (catalogue).`,
	homeLink: 'Comparer la France avec d’autres pays de l’UE →',
	/** The figures of a view read from one imported file (`France 2023, Suisse 2023`). */
	importedNote: (file: string, figures: string, more: number) =>
		`Valeurs lues dans votre fichier importé «\u00a0${file}\u00a0» : ${figures}${more > 0 ? ` et ${more} autre${more > 1 ? 's' : ''}` : ''}.`
};

export type ComparisonMessages = typeof fr;

export const en: ComparisonMessages = {
	title: 'Compare France with its European peers',
	intro:
		'Choose the series, the countries and the year: every choice is kept in the page address, which you can share.',
	navCompare: 'Compare',
	seriesLegend: 'Series',
	toViews: 'Skip to the charts',
	indicator: 'Indicator',
	sizeClass: 'Enterprise size',
	sector: 'Sector',
	illustrative: 'illustrative data',
	illustrativeNote:
		'This series is generated to illustrate the tool: these are not Eurostat figures.',
	peersLegend: 'Countries compared with France',
	peersHint: 'France is always shown.',
	search: 'Find a country',
	searchNone: 'No country matches.',
	chosen: (n: number) => `${n} chosen`,
	resetPeers: 'Back to the default countries',
	clearPeers: 'Untick all',
	tabsLabel: 'Views',
	tabs: {
		trend: 'Trend',
		ranking: 'Ranking',
		map: 'Map',
		gap: 'Gap to average',
		catchup: 'Who caught up?'
	},
	viewLabel: 'Display',
	viewChart: 'Chart',
	viewTable: 'Table',
	year: 'Year',
	play: 'Play',
	pause: 'Pause',
	previousYear: 'Previous year',
	nextYear: 'Next year',
	trendTitle: (series: string) => `${series}: France and the chosen countries`,
	rankingTitle: (year: string) => `Ranking of EU countries, ${year}`,
	mapTitle: (year: string) => `Map of Europe, ${year}`,
	gapTitle: 'Gap between France and the EU average, in percentage points',
	changeTitle: (from: string, to: string) => `Change from ${from} to ${to}, by country`,
	franceRank: (rank: string, year: string) => `France: ${rank} in ${year}`,
	franceMissing: (year: string) => `France: no published value in ${year}`,
	rankNote:
		'Rank among EU countries with a published figure that year; tied countries share their rank.',
	euAverage: 'EU-27 average',
	noData: 'No loaded data allows this comparison.',
	country: 'Country',
	period: 'Year',
	value: 'Value',
	rank: 'Rank',
	gap: 'Gap (pp)',
	france: 'France',
	fromYear: 'From',
	toYear: 'To',
	absolute: 'Absolute change (pp)',
	relative: 'Relative change (%)',
	tableOf: (what: string) => `Table: ${what}`,
	mapPreparing: 'Preparing the map…',
	source: 'Source',
	survey:
		'The year is the survey year; sales refer to the previous year (2023 survey = 2022 sales).',
	missingNote:
		'A missing value stays missing: never zero, never interpolated. Letters are Eurostat’s quality flags.',
	breakdownNote: (count: number, rows: string, names: readonly string[], files: string) =>
		`${rows} imported ${count > 1 ? 'rows' : 'row'} broken down by ${names.map((d) => `“${d}”`).join(', ')} (${files}) ${count > 1 ? 'are' : 'is'} not drawn here: a breakdown is not a point of the series. ${count > 1 ? 'They stay' : 'It stays'} in your data (catalogue).`,
	homeLink: 'Compare France with other EU countries →',
	importedNote: (file: string, figures: string, more: number) =>
		`Values read from your imported file “${file}”: ${figures}${more > 0 ? ` and ${more} more` : ''}.`
};

/** The comparison page's strings in a locale. `tComparison('en').tabs.ranking` → `Ranking` */
export function tComparison(locale: Locale): ComparisonMessages {
	return locale === 'en' ? en : fr;
}
