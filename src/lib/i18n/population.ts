import type { Locale } from '../domain/codes';
import type { Population } from '../domain/population';

/**
 * Strings of the population switch and of the vintage notes, French first. The long labels of
 * the size classes stay in domain/sizeClass.ts (`labelOf('sizeClass', …)`).
 */
const fr = {
	/** The switch's legend. */
	legend: 'Entreprises',
	/** Short labels, in the switch's order. */
	short: {
		'10-249': 'PME 10–249',
		GE10: '10 personnes ou plus',
		'10-49': '10–49',
		'50-249': '50–249',
		GE250: '250 ou plus'
	} satisfies Record<Population, string>,
	/** What the figure counts, in a title or a source line: `PME (10 à 249 personnes occupées)`. */
	long: {
		'10-249': 'PME (10 à 249 personnes occupées)',
		GE10: 'entreprises de 10 personnes occupées ou plus',
		'10-49': 'entreprises de 10 à 49 personnes occupées',
		'50-249': 'entreprises de 50 à 249 personnes occupées',
		GE250: 'entreprises de 250 personnes occupées ou plus'
	} satisfies Record<Population, string>,
	/** `Millésime : isoc_ec_esels, mis à jour le 2026-02-27` */
	vintage: (dataset: string, when: string) => `Millésime : ${dataset}, mis à jour le ${when}`,
	vintageYear: (dataset: string, year: string) => `Millésime : ${dataset} (${year})`,
	pinned: 'millésime choisi',
	newest: 'dernier millésime',
	/** Link to the newest vintage from a page whose vintage was pinned. */
	unpin: 'Lire le dernier millésime',
	// Catalogue: revisions between vintages
	revisionsTitle: 'Révisions entre millésimes',
	revisionsIntro:
		'Quand deux fichiers publient la même série, le plus récent est lu par défaut et les deux ne sont jamais mélangés. Le tableau donne chaque cellule que le millésime récent a changée (valeur, indicateur ou statut de confidentialité).',
	noRevisionPair: 'Aucune série n’est publiée dans deux fichiers livrés.',
	pairTitle: (older: string, newer: string) => `${older} → ${newer}`,
	pairSummary: (series: string, common: string, revised: number) =>
		`${series} : ${common} cellules en commun, ${revised === 0 ? 'aucune révisée' : revised === 1 ? 'une révisée' : `${revised} révisées`}.`,
	colSeries: 'Série',
	colGeo: 'Zone',
	colPeriod: 'Année d’enquête',
	colOld: (dataset: string) => `Avant (${dataset})`,
	colNew: (dataset: string) => `Après (${dataset})`,
	colChange: 'Révision',
	readIn: (dataset: string) => `Voir dans Comparer avec ${dataset}`,
	readShort: 'Voir dans Comparer',
	// The EU of a ranking: today's (27) or that of the time (28, before 2020)
	groupLegend: 'Classer dans',
	group: { EU27_2020: 'l’UE à 27 (actuelle)', EU28: 'l’UE à 28 (avant 2020)' },
	groupShort: { EU27_2020: 'UE à 27', EU28: 'UE à 28' },
	eu28Average: 'Moyenne UE à 28',
	rankingTitle: (year: string, group: 'EU27_2020' | 'EU28') =>
		`Classement des pays de l’${group === 'EU28' ? 'UE à 28' : 'UE à 27'}, ${year}`,
	groupMissing: (year: string) =>
		`Pas de moyenne UE à 28 publiée pour ${year} : classement dans l’UE à 27.`,
	vintageLegend: 'Millésime',
	vintageOption: (dataset: string, when: string, newest: boolean) =>
		`${dataset}, ${when}${newest ? ' (le plus récent)' : ''}`,
	withImported: (files: string) => `avec vos fichiers importés : ${files}`,
	pinIgnored: (dataset: string) =>
		`Le millésime demandé (${dataset}) ne publie pas cette série : le plus récent est lu.`,
	pinHint:
		'Chaque lien ouvre la page Comparer sur ce millésime (paramètre « ds » de l’adresse) ; sans lui, la page lit le plus récent.'
};

const en: typeof fr = {
	legend: 'Enterprises',
	short: {
		'10-249': 'SMEs 10–249',
		GE10: '10 persons or more',
		'10-49': '10–49',
		'50-249': '50–249',
		GE250: '250 or more'
	},
	long: {
		'10-249': 'SMEs (10 to 249 persons employed)',
		GE10: 'enterprises with 10 or more persons employed',
		'10-49': 'enterprises with 10 to 49 persons employed',
		'50-249': 'enterprises with 50 to 249 persons employed',
		GE250: 'enterprises with 250 or more persons employed'
	},
	vintage: (dataset: string, when: string) => `Vintage: ${dataset}, updated ${when}`,
	vintageYear: (dataset: string, year: string) => `Vintage: ${dataset} (${year})`,
	pinned: 'vintage chosen',
	newest: 'latest vintage',
	unpin: 'Read the latest vintage',
	revisionsTitle: 'Revisions between vintages',
	revisionsIntro:
		'When two files publish the same series, the newest is read by default and the two are never mixed. The table lists every cell the newer vintage changed (value, flag or confidentiality status).',
	noRevisionPair: 'No series is published in two bundled files.',
	pairTitle: (older: string, newer: string) => `${older} → ${newer}`,
	pairSummary: (series: string, common: string, revised: number) =>
		`${series}: ${common} cells in common, ${revised === 0 ? 'none revised' : revised === 1 ? 'one revised' : `${revised} revised`}.`,
	colSeries: 'Series',
	colGeo: 'Area',
	colPeriod: 'Survey year',
	colOld: (dataset: string) => `Before (${dataset})`,
	colNew: (dataset: string) => `After (${dataset})`,
	colChange: 'Revision',
	readIn: (dataset: string) => `View in Compare with ${dataset}`,
	readShort: 'View in Compare',
	groupLegend: 'Rank within',
	group: { EU27_2020: 'the EU27 (today)', EU28: 'the EU28 (before 2020)' },
	groupShort: { EU27_2020: 'EU27', EU28: 'EU28' },
	eu28Average: 'EU28 average',
	rankingTitle: (year: string, group: 'EU27_2020' | 'EU28') =>
		`Ranking of ${group === 'EU28' ? 'EU28' : 'EU27'} countries, ${year}`,
	groupMissing: (year: string) => `No EU28 average published for ${year}: ranked within the EU27.`,
	vintageLegend: 'Vintage',
	vintageOption: (dataset: string, when: string, newest: boolean) =>
		`${dataset}, ${when}${newest ? ' (latest)' : ''}`,
	withImported: (files: string) => `with your imported files: ${files}`,
	pinIgnored: (dataset: string) =>
		`The vintage asked for (${dataset}) does not publish this series: the latest is read.`,
	pinHint:
		'Each link opens the Compare page on that vintage (the address’s “ds” parameter); without it, the page reads the newest.'
};

/** The population strings of a locale. `tPopulation('fr').short.GE10` → `10 personnes ou plus` */
export function tPopulation(locale: Locale) {
	return locale === 'en' ? en : fr;
}

/**
 * A vintage as a reader reads it: the dataset and the day of its edition (or its year).
 * `vintageText('isoc_ec_esels', '2026-02-27T11:00:00', 'fr')` → `Millésime : isoc_ec_esels, mis à jour le 2026-02-27`;
 * `vintageText('tin00111', '2025', 'en')` → `Vintage: tin00111 (2025)`
 */
export function vintageText(dataset: string, vintage: string, locale: Locale): string {
	const m = tPopulation(locale);
	return vintage.length >= 10
		? m.vintage(dataset, vintage.slice(0, 10))
		: m.vintageYear(dataset, vintage);
}
