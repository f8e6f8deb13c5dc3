import type { Locale } from '../domain/codes';

/** Strings of the home page that depend on the population and the target, French first. */
const fr = {
	/** What the figures count, under the title: `Part des PME (10 à 249 personnes occupées) …` */
	subtitle: (who: string) =>
		`Part des ${who} (hors secteur financier) dont les ventes électroniques atteignent au moins 1\u202f% du chiffre d'affaires`,
	verdictTitle: 'L’objectif du CNNum',
	/** `Les PME françaises rejoignent la moyenne UE en deux ans (référence 2016, échéance 2019)` */
	targetLine: (name: string, baseline: string, deadline: string) =>
		`${name} (référence ${baseline}, échéance ${deadline}, années d’enquête).`,
	measuredOn: (who: string) => `Mesuré sur les ${who}.`,
	planOnSmes:
		'Le plan porte sur les PME (10 à 249 personnes) : choisissez « PME 10–249 » pour son verdict.',
	gapFromTo: (start: string, startPeriod: string, now: string, nowPeriod: string) =>
		`Écart à la moyenne UE : ${start} en ${startPeriod}, ${now} en ${nowPeriod}.`,
	targetLink: 'Le suivi détaillé de l’objectif →',
	latestTitle: (period: string) => `Les derniers chiffres (enquête ${period})`,
	gapMove: 'Évolution de l’écart',
	movePeriods: (from: string, to: string) => `enquête ${from} → enquête ${to}`,
	sinceBaseline: (by: string, period: string) => `${by} depuis ${period} (référence du plan)`,
	gapMoveNote: 'Positif : la France gagne du terrain sur la moyenne UE',
	breakWithin: (years: string) =>
		`Rupture de série en ${years} (b) : mesures différentes avant et après`,
	chartTitle: (first: string, last: string) => `France et moyenne UE, ${first}–${last}`,
	noTarget: 'Aucun objectif n’est décrit dans data/targets.json.'
};

const en: typeof fr = {
	subtitle: (who) =>
		`Share of ${who} (financial sector excluded) whose e-sales reach at least 1% of turnover`,
	verdictTitle: 'The CNNum target',
	targetLine: (name, baseline, deadline) =>
		`${name} (baseline ${baseline}, deadline ${deadline}, survey years).`,
	measuredOn: (who) => `Measured on ${who}.`,
	planOnSmes: 'The plan is about SMEs (10 to 249 persons): choose “SMEs 10–249” for its verdict.',
	gapFromTo: (start, startPeriod, now, nowPeriod) =>
		`Gap to the EU average: ${start} in ${startPeriod}, ${now} in ${nowPeriod}.`,
	targetLink: 'The target in detail →',
	latestTitle: (period) => `The latest figures (${period} survey)`,
	gapMove: 'Change in the gap',
	movePeriods: (from, to) => `${from} survey → ${to} survey`,
	sinceBaseline: (by, period) => `${by} since ${period} (the plan’s baseline)`,
	gapMoveNote: 'Positive: France gains on the EU average',
	breakWithin: (years) => `Break in series in ${years} (b): measured differently before and after`,
	chartTitle: (first, last) => `France and the EU average, ${first}–${last}`,
	noTarget: 'No target is described in data/targets.json.'
};

export type HomeMessages = typeof fr;

/** The home strings of a locale. `tHome('en').verdictTitle` → `The CNNum target` */
export function tHome(locale: Locale): HomeMessages {
	return locale === 'fr' ? fr : en;
}
