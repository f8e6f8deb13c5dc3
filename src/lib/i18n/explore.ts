import type { Locale } from '../domain/codes';
import type { EventKind } from '../kpi/events';
import type { PeerSet } from '../kpi/peers';
import type { PresetId } from '../kpi/scenario';

/**
 * Strings of the exploration tools, French first: what-if scenarios on the target pages, events and
 * annotations on the time charts, comparable countries and "who caught up" on the comparison page,
 * and the additions to reports.
 */
const fr = {
	// Scenarios
	scenarioTitle: 'Et si ? Scénario de rattrapage',
	scenarioIntro:
		'Choisissez un rythme d’évolution par an pour la France et pour la moyenne UE, à partir de leur dernière valeur publiée. Le graphique trace le scénario en pointillés, à part des données observées.',
	scenarioFrance: 'France : évolution par an (points)',
	scenarioEu: 'Moyenne UE : évolution par an (points)',
	presetsLabel: 'Partir d’un rythme connu',
	preset: {
		france: (from: string, to: string) => `Rythme de la France (${from}–${to})`,
		eu: (from: string, to: string) => `Rythme de l’UE (${from}–${to})`,
		peer: (country: string, from: string, to: string) =>
			`Rythme d’un pays parti d’un écart proche : ${country} (${from}–${to})`,
		required: (deadline: string) => `Rythme qu’exige l’échéance ${deadline}`,
		requiredPassed: (from: string, to: string) => `Rythme que demandait l’objectif (${from}–${to})`
	},
	presetShort: {
		france: 'rythme récent de la France',
		eu: 'rythme récent de l’UE',
		peer: 'rythme du pays comparable',
		required: 'rythme exigé par l’échéance'
	} satisfies Record<PresetId, string>,
	apply: 'Tracer le scénario',
	clear: 'Effacer le scénario',
	scenarioWord: 'scénario',
	scenarioLegend: 'Scénario (hypothèse, pas une donnée)',
	scenarioFranceLabel: 'France (scénario)',
	scenarioEuLabel: 'Moyenne UE (scénario)',
	closesIn: (year: number) => `Avec ces rythmes, l’écart se comble en ${year}.`,
	closedAlready: (year: number) => `Avec ces rythmes, l’écart est déjà comblé en ${year}.`,
	neverCloses: 'Avec ces rythmes, l’écart ne se comble jamais.',
	closingMark: (year: number) => `écart comblé en ${year}`,
	scenarioLine: (france: string, eu: string, outcome: string) =>
		`Scénario (hypothèse, pas une donnée) : France ${france} par an, moyenne UE ${eu} par an, à partir des dernières valeurs publiées. ${outcome}`,
	scenarioCsv: 'Données du scénario (CSV)',
	scenarioTableCaption: 'Tableau du scénario (hypothèse, pas des données observées)',
	scenarioColumns: {
		period: 'Année',
		france: 'France, scénario (%)',
		eu: 'Moyenne UE, scénario (%)',
		gap: 'Écart, scénario (pts)',
		kind: 'Nature'
	},
	scenarioKind: 'scénario',
	noScenario: 'Pas de scénario possible : il manque une valeur publiée de la France ou de l’UE.',
	paceUnit: 'pt/an',

	// Events and annotations
	eventsToggle: 'Afficher les repères (événements)',
	eventsTitle: 'Repères sur la frise',
	eventKind: {
		policy: 'décision publique',
		meeting: 'rencontre',
		report: 'rapport',
		consultation: 'consultation',
		plan: 'plan'
	} satisfies Record<EventKind, string>,
	eventLabel: (n: number, date: string, title: string, source: string) =>
		`Repère ${n} : ${date} — ${title} (source : ${source})`,
	annotationLabel: (n: number, date: string, text: string) =>
		`Repère ${n} : ${date} — ${text} (note du lecteur)`,
	annotationsTitle: 'Vos annotations',
	annotationDate: 'Date (année, ou AAAA-MM)',
	annotationText: 'Texte',
	annotationAdd: 'Ajouter l’annotation',
	annotationRemove: (text: string) => `Retirer l’annotation « ${text} »`,
	annotationBadDate: 'Date non reconnue : écrivez une année (2020) ou un mois (2020-03).',
	readerNote: 'note du lecteur',
	markersNote: (list: string) => `Repères : ${list}`,
	surveyYearNote:
		'Les repères sont placés à leur date ; une année d’enquête est placée au début de l’année.',

	// Peer sets and who caught up
	peerSetsLegend: 'Pays comparables',
	peerSetFree: 'Choix libre',
	peerSet: {
		plan: 'Pays cités par le plan (Allemagne, Irlande, Lituanie, Croatie)',
		closest: (year: string) => `Les plus proches de la France en ${year}`,
		neighbours: 'Pays voisins',
		top: (year: string) => `Les trois premiers en ${year}`,
		climbers: (from: string, to: string) => `Les plus fortes progressions ${from}–${to}`
	},
	peerSetShown: (name: string, countries: string) => `${name} : ${countries}.`,
	catchupTab: 'Qui a rattrapé ?',
	catchupTitle: (year: string) =>
		`Qui a rattrapé ? Les pays sous la moyenne UE en ${year}, et ce qu’ils sont devenus`,
	catchupIntro: (year: string) =>
		`Chaque pays membre dont la part était sous la moyenne UE en ${year} : l’année où il l’a atteinte, s’il l’a atteinte, et le rythme auquel son écart s’est réduit (points par an). La France y figure.`,
	catchupCols: {
		country: 'Pays',
		start: (year: string) => `Part en ${year}`,
		gapStart: (year: string) => `Écart en ${year}`,
		reached: 'Moyenne atteinte en',
		gapEnd: 'Écart à cette date',
		pace: 'Écart réduit par an',
		still: 'Encore au-dessus à la dernière enquête'
	},
	notYet: 'pas encore',
	yes: 'oui',
	no: 'non',
	catchupSummary: (n: number, total: number, year: string) =>
		`${n} pays sur ${total} sous la moyenne en ${year} l’ont atteinte depuis.`,
	franceRow: (
		gapStart: string,
		year: string,
		gapEnd: string,
		end: string,
		narrowing: boolean,
		pace: string
	) =>
		`France : écart ${gapStart} en ${year}, ${gapEnd} en ${end} : il s’est ${narrowing ? 'réduit' : 'creusé'} de ${pace} par an.`,
	breaksWithin: (years: string) =>
		`Rupture de série en ${years} (indicateur de statut b) : l’évolution compare des mesures faites différemment.`,

	// Reports
	addToReport: 'Ajouter au rapport',
	addedFromPage: (view: string) => `« ${view} » ajouté au rapport, avec les choix de la page.`,
	choicesOf: (text: string) => `Choix : ${text}`,
	pageOf: 'Page'
};

type Messages = typeof fr;

const en: Messages = {
	scenarioTitle: 'What if? A catch-up scenario',
	scenarioIntro:
		'Choose a yearly change for France and for the EU average, from their latest published values. The chart draws the scenario dotted, apart from the observed data.',
	scenarioFrance: 'France: change per year (points)',
	scenarioEu: 'EU average: change per year (points)',
	presetsLabel: 'Start from a known pace',
	preset: {
		france: (from, to) => `France’s pace (${from}–${to})`,
		eu: (from, to) => `The EU’s pace (${from}–${to})`,
		peer: (country, from, to) => `Pace of a country from a similar gap: ${country} (${from}–${to})`,
		required: (deadline) => `Pace the ${deadline} deadline requires`,
		requiredPassed: (from, to) => `Pace the target asked for (${from}–${to})`
	},
	presetShort: {
		france: 'France’s recent pace',
		eu: 'the EU’s recent pace',
		peer: 'the comparable country’s pace',
		required: 'the pace the deadline requires'
	},
	apply: 'Draw the scenario',
	clear: 'Clear the scenario',
	scenarioWord: 'scenario',
	scenarioLegend: 'Scenario (a hypothesis, not data)',
	scenarioFranceLabel: 'France (scenario)',
	scenarioEuLabel: 'EU average (scenario)',
	closesIn: (year) => `At these paces, the gap closes in ${year}.`,
	closedAlready: (year) => `At these paces, the gap is already closed in ${year}.`,
	neverCloses: 'At these paces, the gap never closes.',
	closingMark: (year) => `gap closed in ${year}`,
	scenarioLine: (france, eu, outcome) =>
		`Scenario (a hypothesis, not data): France ${france} a year, EU average ${eu} a year, from the latest published values. ${outcome}`,
	scenarioCsv: 'Scenario data (CSV)',
	scenarioTableCaption: 'Scenario table (a hypothesis, not observed data)',
	scenarioColumns: {
		period: 'Year',
		france: 'France, scenario (%)',
		eu: 'EU average, scenario (%)',
		gap: 'Gap, scenario (pp)',
		kind: 'Kind'
	},
	scenarioKind: 'scenario',
	noScenario: 'No scenario possible: France or the EU has no published value.',
	paceUnit: 'pp/yr',

	eventsToggle: 'Show markers (events)',
	eventsTitle: 'Markers on the timeline',
	eventKind: {
		policy: 'policy decision',
		meeting: 'meeting',
		report: 'report',
		consultation: 'consultation',
		plan: 'plan'
	},
	eventLabel: (n, date, title, source) => `Marker ${n}: ${date} — ${title} (source: ${source})`,
	annotationLabel: (n, date, text) => `Marker ${n}: ${date} — ${text} (reader’s note)`,
	annotationsTitle: 'Your annotations',
	annotationDate: 'Date (year, or YYYY-MM)',
	annotationText: 'Text',
	annotationAdd: 'Add the annotation',
	annotationRemove: (text) => `Remove the annotation “${text}”`,
	annotationBadDate: 'Date not recognised: write a year (2020) or a month (2020-03).',
	readerNote: 'reader’s note',
	markersNote: (list) => `Markers: ${list}`,
	surveyYearNote: 'Markers sit at their date; a survey year sits at the start of the year.',

	peerSetsLegend: 'Comparable countries',
	peerSetFree: 'Free choice',
	peerSet: {
		plan: 'Countries the plan names (Germany, Ireland, Lithuania, Croatia)',
		closest: (year) => `Closest to France in ${year}`,
		neighbours: 'Neighbouring countries',
		top: (year) => `The top three in ${year}`,
		climbers: (from, to) => `The biggest climbers ${from}–${to}`
	},
	peerSetShown: (name, countries) => `${name}: ${countries}.`,
	catchupTab: 'Who caught up?',
	catchupTitle: (year) =>
		`Who caught up? The countries below the EU average in ${year}, and what became of them`,
	catchupIntro: (year) =>
		`Every member state whose share was below the EU average in ${year}: the year it reached the average, if it did, and how fast its gap narrowed (points a year). France is among them.`,
	catchupCols: {
		country: 'Country',
		start: (year) => `Share in ${year}`,
		gapStart: (year) => `Gap in ${year}`,
		reached: 'Reached the average in',
		gapEnd: 'Gap then',
		pace: 'Gap narrowed per year',
		still: 'Still above in the latest survey'
	},
	notYet: 'not yet',
	yes: 'yes',
	no: 'no',
	catchupSummary: (n, total, year) =>
		`${n} of the ${total} countries below the average in ${year} have reached it since.`,
	franceRow: (gapStart, year, gapEnd, end, narrowing, pace) =>
		`France: gap ${gapStart} in ${year}, ${gapEnd} in ${end}: ${narrowing ? 'narrowing' : 'widening'} by ${pace} a year.`,
	breaksWithin: (years) =>
		`Break in series in ${years} (flag b): the change compares figures measured differently.`,

	addToReport: 'Add to report',
	addedFromPage: (view) => `“${view}” added to the report, with the page’s choices.`,
	choicesOf: (text) => `Choices: ${text}`,
	pageOf: 'Page'
};

/** The exploration strings of a locale. `tExplore('en').catchupTab` → `Who caught up?` */
export function tExplore(locale: Locale): Messages {
	return locale === 'en' ? en : fr;
}

export type ExploreMessages = Messages;

/** Name of a peer set, with its years. `peerSetName(tExplore('fr'), 'top', '2016', '2025')` → `Les trois premiers en 2025` */
export function peerSetName(m: Messages, set: PeerSet, baseline: string, year: string): string {
	const s = m.peerSet;
	if (set === 'closest') return s.closest(baseline);
	if (set === 'top') return s.top(year);
	if (set === 'climbers') return s.climbers(baseline, year);
	return s[set];
}
