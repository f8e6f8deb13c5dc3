import type { Locale } from '../domain/codes';

/** Strings of the by-size view (/tailles/, its embed and report views), French first. */
const fr = {
	nav: 'Tailles',
	title: 'Par taille d’entreprise',
	intro:
		'La France et la moyenne de l’UE à 27 pour chaque classe de taille d’entreprise : part des entreprises dont les ventes électroniques atteignent au moins 1\u202f% du chiffre d’affaires (hors secteur financier), et l’écart entre les deux.',
	chartTitle: 'France et moyenne UE par taille d’entreprise',
	tabChart: 'Graphique',
	tabTable: 'Tableau',
	tabsLabel: 'Vue',
	/** Short class names for panel headers and table headings. */
	classLabel: {
		'10-49': '10 à 49 personnes',
		'50-249': '50 à 249 personnes',
		GE250: '250 personnes ou plus',
		'10-249': 'PME (10 à 249)',
		GE10: '10 personnes ou plus'
	} as Record<string, string>,
	france: 'France',
	eu: 'UE',
	euAverage: 'Moyenne UE à 27',
	headerYear: (label: string, period: string) => `${label} · ${period}`,
	headerValues: (france: string, eu: string) => `France ${france} · UE ${eu}`,
	headerGap: (gap: string) => `Écart\u00a0: ${gap}`,
	noCommon: 'pas d’année commune',
	missing: 'valeur non disponible',
	gap: 'Écart (pts)',
	sizeClass: 'Taille',
	period: 'Année',
	tableCaption:
		'France et moyenne UE à 27 par taille d’entreprise et par année d’enquête (% des entreprises), écart en points',
	note: 'Les PME (10 à 249 personnes) et les « 10 personnes ou plus » regroupent les classes précédentes : ce ne sont pas des classes de plus. Un point manquant reste un trou dans la courbe ; un carré signale une rupture de série.',
	link: 'Voir par taille d’entreprise →'
};

const en: typeof fr = {
	nav: 'Sizes',
	title: 'By size class',
	intro:
		'France and the EU-27 average for each enterprise size class: share of enterprises whose e-sales reach at least 1% of turnover (financial sector excluded), and the gap between the two.',
	chartTitle: 'France and the EU average by enterprise size',
	tabChart: 'Chart',
	tabTable: 'Table',
	tabsLabel: 'View',
	classLabel: {
		'10-49': '10–49 persons',
		'50-249': '50–249 persons',
		GE250: '250 persons or more',
		'10-249': 'SMEs (10–249)',
		GE10: '10 persons or more'
	},
	france: 'France',
	eu: 'EU',
	euAverage: 'EU-27 average',
	headerYear: (label, period) => `${label} · ${period}`,
	headerValues: (france, eu) => `France ${france} · EU ${eu}`,
	headerGap: (gap) => `Gap: ${gap}`,
	noCommon: 'no common year',
	missing: 'value not available',
	gap: 'Gap (pp)',
	sizeClass: 'Size',
	period: 'Year',
	tableCaption:
		'France and the EU-27 average by enterprise size and survey year (% of enterprises), gap in percentage points',
	note: 'SMEs (10–249 persons) and “10 persons or more” group the classes before them: they are not further classes. A missing point stays a hole in the line; a square marks a break in series.',
	link: 'See by enterprise size →'
};

export type BySizeMessages = typeof fr;

/** The by-size strings of a locale. `tBySize('en').title` → `By size class` */
export function tBySize(locale: Locale): BySizeMessages {
	return locale === 'fr' ? fr : en;
}
