import type { Locale } from '../domain/locale';

const fr = {
	kicker: 'Fiche région',
	title: (region: string) => `${region} : la vente en ligne des entreprises face à l’objectif`,
	/** Whom the figures count and what they measure: the title says only « des entreprises ». */
	scope: (population: string, measure: string, unit: string, colon: string) =>
		`Population${colon} ${population}. Mesure${colon} ${measure} (${unit}).`,
	print: 'Imprimer ou enregistrer en PDF',
	latest: 'Dernière valeur',
	euSame: 'Moyenne UE, même enquête',
	gapSame: 'Écart à la moyenne UE, même enquête',
	noRankIllustrative: 'non classée : données illustratives',
	rank: 'Rang parmi les régions',
	rankNote: (period: string) =>
		`parmi les régions ayant un chiffre en ${period} ; ex æquo partagés`,
	survey: (period: string) => `enquête ${period}`,
	latestAfter: (period: string) => `Ci-dessous : la dernière enquête publiée (${period}).`,
	pathTitle: 'Trajectoire face à l’objectif',
	reading: 'Lecture',
	sources: 'Sources et méthode',
	seeOnline: 'Voir la vue des régions en ligne',
	method: 'Méthode des verdicts',
	allRegions: 'Toutes les fiches régions',
	noData: 'Aucune donnée pour cette région dans les fichiers chargés.',
	ficheLink: (region: string) => `Fiche ${region}`
};

export type FicheMessages = typeof fr;

const en: FicheMessages = {
	kicker: 'Region fact sheet',
	title: (region: string) => `${region}: enterprises selling online against the target`,
	scope: (population: string, measure: string, unit: string, colon: string) =>
		`Population${colon} ${population}. Measure${colon} ${measure} (${unit}).`,
	print: 'Print or save as PDF',
	latest: 'Latest value',
	euSame: 'EU average, same survey',
	gapSame: 'Gap to the EU average, same survey',
	noRankIllustrative: 'not ranked: illustrative data',
	rank: 'Rank among regions',
	rankNote: (period: string) => `among regions with a figure in ${period}; ties shared`,
	survey: (period: string) => `survey ${period}`,
	latestAfter: (period: string) => `Below: the latest survey published (${period}).`,
	pathTitle: 'Path against the target',
	reading: 'Reading',
	sources: 'Sources and method',
	seeOnline: 'See the regions view online',
	method: 'How verdicts are made',
	allRegions: 'All region fact sheets',
	noData: 'No data for this region in the loaded files.',
	ficheLink: (region: string) => `${region} fact sheet`
};

/** Strings of the region fact sheet. `tFiche('en').kicker` → `Region fact sheet` */
export function tFiche(locale: Locale): FicheMessages {
	return locale === 'fr' ? fr : en;
}
