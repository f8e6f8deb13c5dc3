import type { Locale } from '../domain/codes';

/**
 * Words of the sentences charts carry (src/lib/charts/core/sentence.ts), French first. A function
 * where a phrase takes values, so that word order stays right in each language. Every number
 * reaches these functions already formatted.
 */
const fr = {
	/** Who is counted, as the subject of "x % des …". Keyed by Eurostat `size_emp` code. */
	frenchPopulation: {
		'10-249': 'PME françaises (10 à 249 personnes occupées)',
		GE10: 'entreprises françaises de 10 personnes occupées ou plus',
		'10-49': 'entreprises françaises de 10 à 49 personnes occupées',
		'50-249': 'entreprises françaises de 50 à 249 personnes occupées',
		GE250: 'entreprises françaises de 250 personnes occupées ou plus'
	} as Record<string, string>,
	/** A size class inside a list ("pour les …"). */
	sizeShort: {
		'10-249': 'PME (10 à 249 personnes)',
		GE10: '10 personnes ou plus',
		'10-49': '10 à 49 personnes',
		'50-249': '50 à 249 personnes',
		GE250: '250 personnes ou plus'
	} as Record<string, string>,
	euAverage: 'la moyenne de l’UE à 27',
	semicolon: '\u202f;',
	/** `En 2025, 15,20 % des PME françaises réalisent … contre 19,59 % en moyenne dans l’UE à 27` */
	headline: (period: string, focus: string, who: string, reference: string) =>
		`En ${period}, ${focus} des ${who} réalisent au moins 1\u00a0% de leur chiffre d’affaires par des ventes électroniques, contre ${reference} en moyenne dans l’UE à 27`,
	franceIs: 'la France est',
	/** France as the subject of a comparison sentence. */
	france: 'la France',
	rank: (rank: string) => `la France est au ${rank}`,
	rankPlace: (ordinal: string, of: number, tied: boolean) =>
		`${ordinal} rang${tied ? ' ex æquo' : ''} sur ${of}`,
	gapBehind: (gap: string) => `à ${gap} de la moyenne`,
	gapAhead: (gap: string) => `${gap} au-dessus de la moyenne`,
	gapEven: 'à la moyenne',
	narrowed: (by: string, since: string) => `un écart réduit de ${by} depuis ${since}`,
	widened: (by: string, since: string) => `un écart creusé de ${by} depuis ${since}`,
	leadGrew: (by: string, since: string) => `une avance accrue de ${by} depuis ${since}`,
	leadShrank: (by: string, since: string) => `une avance réduite de ${by} depuis ${since}`,
	unchanged: (since: string) => `un écart inchangé depuis ${since}`,
	crossedAbove: (since: string, was: string) =>
		`alors qu’elle était sous la moyenne en ${since} (écart de ${was})`,
	crossedBelow: (since: string, was: string) =>
		`alors qu’elle était au-dessus en ${since} (écart de ${was})`,
	/** `En 2025, l’écart … va de −5,01 pts (10 à 49 personnes) à +2,42 pts (250 personnes ou plus)` */
	bySizeRange: (period: string, low: string, high: string) =>
		`En ${period}, l’écart entre la France et la moyenne de l’UE à 27 va de ${low} à ${high}`,
	bySizeOne: (period: string, item: string) =>
		`En ${period}, l’écart entre la France et la moyenne de l’UE à 27 est de ${item}`,
	bySizeSmes: (gap: string) => `pour les PME (10 à 249 personnes), il est de ${gap}`,
	item: (gap: string, what: string, period: string | null) =>
		`${gap} (${what}${period ? `, ${period}` : ''})`,
	/** Comparison views (trend, ranking, map, gap). */
	trendFocus: (who: string, from: string, fromPeriod: string, to: string, toPeriod: string) =>
		`${who}\u00a0: de ${from} en ${fromPeriod} à ${to} en ${toPeriod}`,
	trendOther: (who: string, from: string, to: string) => `${who}\u00a0: de ${from} à ${to}`,
	trendOthersSame: 'sur la même période',
	trendOne: (who: string, value: string, period: string) => `${who}\u00a0: ${value} en ${period}`,
	rankingHead: (period: string, who: string, place: string, value: string) =>
		`En ${period}, ${who} est au ${place} des pays de l’UE (${value})`,
	rankingMissing: (period: string, who: string) => `En ${period}, ${who} n’a pas de valeur publiée`,
	rankingEnds: (top: string, topValue: string, bottom: string, bottomValue: string) =>
		`en tête ${top} (${topValue}), en dernier ${bottom} (${bottomValue})`,
	rankingReference: (value: string) => `moyenne de l’UE à 27\u00a0: ${value}`,
	mapHead: (period: string, low: string, lowGeo: string, high: string, highGeo: string) =>
		`En ${period}, dans l’UE, la part va de ${low} (${lowGeo}) à ${high} (${highGeo})`,
	mapFocus: (who: string, value: string, place: string) => `${who}\u00a0: ${value}, ${place}`,
	gapHead: (from: string, fromPeriod: string, to: string, toPeriod: string) =>
		`L’écart entre la France et la moyenne de l’UE à 27 passe de ${from} en ${fromPeriod} à ${to} en ${toPeriod}`,
	gapNarrowest: (gap: string, period: string) => `il était le plus faible en ${period} (${gap})`,
	gapOne: (gap: string, period: string) =>
		`L’écart entre la France et la moyenne de l’UE à 27 est de ${gap} en ${period}`,
	noValue: 'Aucune valeur publiée pour cette vue.',
	/** Target tracker. */
	/** `reference`: what the gap is measured to (`la moyenne de l’UE à 27`, `trackerFrozen`…). */
	trackerHead: (
		who: string,
		reference: string,
		from: string,
		fromPeriod: string,
		to: string,
		toPeriod: string
	) => `L’écart de ${who} à ${reference} passe de ${from} en ${fromPeriod} à ${to} en ${toPeriod}`,
	/** A gap to a target frozen at the baseline: `la valeur cible (moyenne de l’UE à 27 de 2024, figée : 20,13 %)`. */
	trackerFrozen: (average: string, period: string, value: string) =>
		`la valeur cible (${average} de ${period}, figée\u00a0: ${value})`,
	trackerFixed: (value: string) => `la valeur cible (${value})`,
	trackerOutcome: {
		met: (deadline: string) => `objectif atteint à l’échéance (${deadline})`,
		missed: (deadline: string) => `objectif manqué à l’échéance (${deadline})`,
		pending: (deadline: string) => `échéance en ${deadline}`,
		unknown: (deadline: string) =>
			`échéance passée (${deadline}), valeur de l’échéance non disponible`
	},
	trackerNone: (who: string) => `Pas d’écart mesurable pour ${who} sur la période de l’objectif.`,
	noData: 'Aucune donnée commune à la France et à la moyenne de l’UE.'
};

const en: typeof fr = {
	frenchPopulation: {
		'10-249': 'French SMEs (10–249 persons employed)',
		GE10: 'French enterprises with 10 or more persons employed',
		'10-49': 'French enterprises with 10–49 persons employed',
		'50-249': 'French enterprises with 50–249 persons employed',
		GE250: 'French enterprises with 250 or more persons employed'
	},
	sizeShort: {
		'10-249': 'SMEs (10–249 persons)',
		GE10: '10 persons or more',
		'10-49': '10–49 persons',
		'50-249': '50–249 persons',
		GE250: '250 persons or more'
	},
	euAverage: 'the EU-27 average',
	semicolon: ';',
	headline: (period, focus, who, reference) =>
		`In ${period}, ${focus} of ${who} made at least 1% of their turnover from e-sales, against ${reference} on average in the EU-27`,
	franceIs: 'France is',
	france: 'France',
	rank: (rank) => `France ranks ${rank}`,
	rankPlace: (ordinal, of, tied) => `${tied ? 'tied ' : ''}${ordinal} of ${of}`,
	gapBehind: (gap) => `${gap} from the average`,
	gapAhead: (gap) => `${gap} above the average`,
	gapEven: 'at the average',
	narrowed: (by, since) => `a gap that narrowed by ${by} since ${since}`,
	widened: (by, since) => `a gap that widened by ${by} since ${since}`,
	leadGrew: (by, since) => `a lead that grew by ${by} since ${since}`,
	leadShrank: (by, since) => `a lead that shrank by ${by} since ${since}`,
	unchanged: (since) => `a gap unchanged since ${since}`,
	crossedAbove: (since, was) => `having been below it in ${since} (gap ${was})`,
	crossedBelow: (since, was) => `having been above it in ${since} (gap ${was})`,
	bySizeRange: (period, low, high) =>
		`In ${period}, the gap between France and the EU-27 average ranges from ${low} to ${high}`,
	bySizeOne: (period, item) =>
		`In ${period}, the gap between France and the EU-27 average is ${item}`,
	bySizeSmes: (gap) => `for SMEs (10–249 persons) it is ${gap}`,
	item: (gap, what, period) => `${gap} (${what}${period ? `, ${period}` : ''})`,
	trendFocus: (who, from, fromPeriod, to, toPeriod) =>
		`${who}: from ${from} in ${fromPeriod} to ${to} in ${toPeriod}`,
	trendOther: (who, from, to) => `${who}: from ${from} to ${to}`,
	trendOthersSame: 'over the same period',
	trendOne: (who, value, period) => `${who}: ${value} in ${period}`,
	rankingHead: (period, who, place, value) =>
		`In ${period}, ${who} ranks ${place} among EU countries (${value})`,
	rankingMissing: (period, who) => `In ${period}, ${who} has no published value`,
	rankingEnds: (top, topValue, bottom, bottomValue) =>
		`first ${top} (${topValue}), last ${bottom} (${bottomValue})`,
	rankingReference: (value) => `EU-27 average: ${value}`,
	mapHead: (period, low, lowGeo, high, highGeo) =>
		`In ${period}, in the EU, the share ranges from ${low} (${lowGeo}) to ${high} (${highGeo})`,
	mapFocus: (who, value, place) => `${who}: ${value}, ${place}`,
	gapHead: (from, fromPeriod, to, toPeriod) =>
		`The gap between France and the EU-27 average went from ${from} in ${fromPeriod} to ${to} in ${toPeriod}`,
	gapNarrowest: (gap, period) => `it was narrowest in ${period} (${gap})`,
	gapOne: (gap, period) => `The gap between France and the EU-27 average is ${gap} in ${period}`,
	noValue: 'No published value for this view.',
	trackerHead: (who, reference, from, fromPeriod, to, toPeriod) =>
		`The gap of ${who} to ${reference} went from ${from} in ${fromPeriod} to ${to} in ${toPeriod}`,
	trackerFrozen: (average, period, value) =>
		`the target value (${average} of ${period}, frozen: ${value})`,
	trackerFixed: (value) => `the target value (${value})`,
	trackerOutcome: {
		met: (deadline) => `target met at the deadline (${deadline})`,
		missed: (deadline) => `target missed at the deadline (${deadline})`,
		pending: (deadline) => `deadline ${deadline}`,
		unknown: (deadline) => `deadline passed (${deadline}), value at the deadline not available`
	},
	trackerNone: (who) => `No measurable gap for ${who} over the target’s period.`,
	noData: 'No period has a figure for both France and the EU average.'
};

export type SentenceWords = typeof fr;

/** The sentence words of a locale. `tSentence('en').gapEven` → `at the average` */
export function tSentence(locale: Locale): SentenceWords {
	return locale === 'fr' ? fr : en;
}
