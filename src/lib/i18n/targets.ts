import type { Locale } from '../domain/codes';
import type { Outcome, UnratedReason } from '../kpi/measures';
import type { Status } from '../kpi/summary';

/** Strings of the target pages (/objectifs/), French first. */
const fr = {
	nav: 'Objectifs',
	title: 'Suivi des objectifs',
	intro:
		'Où en est-on par rapport à l’objectif ? Le verdict, l’écart à combler et le rythme nécessaire, pour la France, chaque région et chaque secteur.',
	subnavLabel: 'Vues des objectifs',
	tabNational: 'France',
	tabRegions: 'Régions',
	tabSectors: 'Secteurs',
	tabMethod: 'Méthode',
	targetLabel: 'Objectif suivi',
	source: 'Source de l’objectif',
	rules: {
		'eu-average-at-deadline': 'atteindre la moyenne UE mesurée à l’échéance',
		'eu-average-frozen-at-baseline': 'atteindre la moyenne UE figée à l’année de référence',
		fixed: (v: string) => `atteindre ${v}`
	},
	ruleLine: (rule: string, baseline: string, deadline: string) =>
		`Règle : ${rule}. Référence ${baseline}, échéance ${deadline} (années d’enquête).`,
	status: {
		met: 'objectif atteint',
		significant: 'progrès significatif',
		moderate: 'progrès modéré',
		insufficient: 'progrès insuffisant',
		away: 's’éloigne de l’objectif',
		unrated: 'non évalué'
	} satisfies Record<Status, string>,
	outcome: {
		met: 'Objectif atteint à l’échéance',
		missed: 'Objectif manqué à l’échéance',
		pending: 'Échéance à venir',
		unknown: 'Échéance passée, valeur de l’échéance non disponible'
	} satisfies Record<Outcome, string>,
	verdict: (outcome: string, status: string) => `${outcome} — ${status}.`,
	unrated: {
		'non-annual': 'Non évalué : les périodes ne sont pas des années d’enquête.',
		'no-baseline':
			'Non évalué : la valeur de l’année de référence manque, et celle de l’enquête précédente aussi.',
		'no-target-value':
			'Non évalué : la valeur cible ne peut pas être calculée (référence manquante).',
		'too-few-points':
			'Non évalué : trop peu de points. Il faut au moins une valeur publiée après le point de départ et avant l’échéance.',
		'no-reference-at-baseline': 'Non évalué : la moyenne UE manque au point de départ.'
	} satisfies Record<UnratedReason, string>,
	baselineMissing: (period: string, flags: string, used: string) =>
		`La valeur ${period} manque${flags ? ` (${flags})` : ''} : le point de départ est l’enquête ${used}.`,
	periodsUsed: (start: string, now: string | null, target: string | null) =>
		`Périodes utilisées : départ ${start}${now ? `, dernier point ${now}` : ''}${target ? `, valeur cible ${target}` : ''}.`,
	provisional:
		'valeur cible provisoire : dernière moyenne UE connue, l’échéance n’est pas atteinte',
	breakNote: (periods: string) =>
		`Rupture de série en ${periods} : la comparaison dans le temps est fragile.`,
	gapStart: 'Écart au départ',
	gapNow: 'Écart au dernier point',
	shareClosed: 'Part de l’écart comblée',
	pace: 'Rythme annuel',
	paceValue: (actual: string, required: string) => `${actual} par an, contre ${required} requis`,
	growth: 'Croissance annuelle (TCAM)',
	growthValue: (actual: string, required: string, ratio: string) =>
		`${actual} contre ${required} requis (rapport ${ratio})`,
	closing: 'Écart comblé',
	closingClosed: 'déjà comblé',
	closingYear: (year: number) => `vers l’enquête ${year} au rythme actuel`,
	closingNever: 'pas au rythme actuel',
	behind: 'Retard sur la trajectoire',
	behindValue: (years: string, atLeast: boolean) =>
		`${atLeast ? 'au moins ' : ''}${years} an${years === '1' || years === '1,0' ? '' : 's'}`,
	ahead: (years: string) => `en avance de ${years} ans`,
	target: 'Valeur cible',
	chartTitle: (name: string) => `France : trajectoire réelle et trajectoire requise — ${name}`,
	actual: 'France (réel)',
	euAverage: 'Moyenne UE à 27',
	required: 'Trajectoire requise',
	projection: 'Projection au rythme actuel (pas une prévision)',
	noProjection:
		'Pas de projection : l’échéance est atteinte ou le dernier point manque. La courbe réelle continue après l’échéance.',
	pp: 'pts',
	perYear: 'par an',
	summaryTitle: 'Synthèse',
	summaryCounts: (on: number, off: number, none: number) =>
		`${on} en bonne voie · ${off} hors trajectoire · ${none} non évalué${none > 1 ? 's' : ''}`,
	onTrackLabel: 'En bonne voie (objectif atteint ou progrès significatif)',
	offTrackLabel: 'Hors trajectoire (progrès modéré, insuffisant, ou éloignement)',
	unratedLabel: 'Non évalués (trop peu de points ou valeur manquante)',
	worstTitle: 'Les écarts les plus grands d’abord',
	unit: 'Unité',
	scopeLabel: { national: 'France', regions: 'Région', sectors: 'Secteur' },
	statusCol: 'Statut',
	synthetic: 'données illustratives',
	syntheticNote:
		'Les séries régionales et sectorielles sont générées pour illustrer la vue : ce ne sont pas des statistiques. Importez vos propres tableaux pour les remplacer.',
	regionsTitle: 'Régions',
	regionsIntro:
		'18 régions en tuiles égales (13 de métropole, 5 d’outre-mer à part), colorées selon le statut. Référence : moyenne UE nationale du même indicateur.',
	tilesTitle: 'Statut par région',
	multiplesTitle: 'Trajectoire de chaque région',
	sectorsTitle: 'Secteurs',
	sectorsIntro:
		'Chaque secteur d’activité en France. Pour 2009–2019 : données réelles d’Eurostat (isoc_ec_eseln2), chaque secteur face à la valeur UE du même secteur. Pour les autres années : vos tableaux importés, sinon des séries illustratives signalées comme telles.',
	dotTitle: 'Écart par secteur, du départ au dernier point',
	tableTitle: 'Tableau',
	sortBy: (col: string) => `Trier par ${col}`,
	ratio: 'Rapport réel / requis',
	legend: 'Légende',
	noUnits: 'Aucune donnée pour cette vue dans les fichiers chargés.',
	outside: {
		title: 'Vos données importées que cet objectif ne note pas',
		intro:
			'Ces séries sont bien chargées (voir le catalogue), mais leur population ou leur découpage diffère de celui de l’objectif : elles sont montrées telles quelles, sans verdict.',
		file: 'Fichier',
		area: { regions: 'Zone', sectors: 'Secteur' },
		population: 'Population',
		latest: 'Dernière valeur',
		periods: 'Périodes',
		why: 'Pourquoi non notée',
		more: (groups: string, series: string) =>
			`Afficher les ${groups} autres populations (${series} séries)`,
		reasons: {
			indicator: (own: string, wanted: string) =>
				`autre indicateur (${own} ; l’objectif : ${wanted})`,
			unit: (own: string, wanted: string) => `autre unité (${own} ; l’objectif : ${wanted})`,
			sizeClass: (own: string, wanted: string) =>
				`autre taille d’entreprise (${own} ; l’objectif : ${wanted})`,
			nace: (own: string, wanted: string) => `autre activité (${own} ; l’objectif : ${wanted})`,
			partialRegion: () =>
				'une partie d’une région d’aujourd’hui (ancien découpage NUTS), non notée comme la région entière'
		}
	},
	methodTitle: 'Méthode',
	methodLink: 'Comment lire ces verdicts (méthode)',
	dataSource: 'Données',
	method: {
		intro:
			'Cette page explique comment le tableau de bord juge la progression vers un objectif, avec les formules, les seuils et les précautions qui changent la lecture.',
		sections: [
			{
				title: 'Les objectifs sont des données',
				body: [
					'Les objectifs sont décrits dans le fichier data/targets.json, que l’équipe peut modifier : nom, source, indicateur, taille d’entreprise, secteur, périmètre (France, régions, secteurs), année de référence, échéance et règle. Après modification, une reconstruction du site recalcule tous les verdicts. Un fichier mal formé arrête la construction avec un message qui nomme le champ fautif.',
					'Trois règles existent : atteindre la moyenne UE mesurée à l’échéance ; atteindre la moyenne UE figée à l’année de référence ; atteindre une valeur fixe. Tant que l’échéance n’est pas atteinte, la règle « moyenne UE à l’échéance » utilise la dernière moyenne UE publiée, signalée comme provisoire.',
					'L’objectif du CNNum (mars 2017) parle des PME (10 à 249 personnes). La série Eurostat livrée (tableau tin00111) couvre les entreprises de 10 personnes ou plus : le suivi national porte donc sur les 10 personnes ou plus, ce qui inclut les grandes entreprises.',
					'Le second objectif est un objectif de suivi interne de l’observatoire, pas un objectif officiel : aucun objectif européen chiffré ne porte sur la vente en ligne des PME (la cible 2030 de la Décennie numérique vise l’intensité numérique de base).'
				]
			},
			{
				title: 'Les mesures',
				body: [
					'Écart (en points de pourcentage) : valeur de l’unité moins la valeur de référence de la même année (moyenne UE, ou valeur cible pour les règles figée et fixe), au départ et au dernier point.',
					'Part de l’écart comblée = (écart au dernier point − écart au départ) ÷ |écart au départ|. Une valeur négative signifie que l’écart s’est creusé. Elle n’est pas calculée quand l’écart de départ est inférieur à 0,5 point : une part d’un écart aussi petit ne dirait rien (0,05 point devenu 1 point se lirait « −1 900 % »).',
					'Rythme annuel requis = (valeur cible − valeur de départ) ÷ (échéance − année de départ) ; rythme réel = (dernière valeur − valeur de départ) ÷ (dernière année − année de départ), en points par an.',
					'Croissance annuelle moyenne (TCAM) : réelle = (xₜ ÷ x₀)^(1 ÷ (t − t₀)) − 1 ; requise = (cible ÷ x₀)^(1 ÷ (T − t₀)) − 1, où T est l’échéance.',
					'Année où l’écart se comble : l’écart continue de se réduire au rythme moyen observé depuis le départ ; s’il ne s’est pas réduit, le tableau indique « pas au rythme actuel ».',
					'Retard sur la trajectoire : nombre d’années entre aujourd’hui et l’année où la trajectoire requise atteignait la valeur actuelle. Si la valeur est tombée sous son point de départ, le retard est « au moins » le temps écoulé depuis le départ.',
					'Projection : la valeur actuelle prolongée jusqu’à l’échéance au rythme de croissance réel. Ce n’est pas une prévision.'
				]
			},
			{
				title: 'Le classement (méthode des ODD d’Eurostat)',
				body: [
					'Comme dans le rapport de suivi des objectifs de développement durable d’Eurostat, on compare la croissance réelle à la croissance requise : rapport = TCAM réel ÷ TCAM requis.',
					'Objectif atteint : la dernière valeur atteint la cible. Progrès significatif : rapport ≥ 95 %. Progrès modéré : de 60 % à 95 %. Progrès insuffisant : de 0 à 60 %. S’éloigne de l’objectif : rapport négatif.',
					'La synthèse compte « en bonne voie » les unités qui ont atteint l’objectif ou progressent significativement, « hors trajectoire » les autres unités évaluées.'
				]
			},
			{
				title: 'Quelles années, et quand on refuse de juger',
				body: [
					'Départ : la valeur de l’année de référence. Si elle manque, le départ est l’enquête précédente (une année au plus) et la page le dit. Sinon, l’unité n’est pas évaluée.',
					'Dernier point : la dernière année publiée entre le départ et l’échéance (avec une moyenne UE la même année quand la règle en dépend). Le verdict « atteint » ou « manqué » se lit à l’échéance.',
					'Une unité sans aucune valeur après son départ n’est pas évaluée : le tableau le dit plutôt que de deviner. Une valeur manquante reste manquante, jamais remplacée par zéro ni interpolée.',
					'Exemple : la France 2024 est publiée « : u » (non disponible, faible fiabilité). Pour l’objectif 2026, le départ est donc 2023, et aucune valeur ne suit encore : non évalué.'
				]
			},
			{
				title: 'Précautions de lecture',
				body: [
					'Champ : l’enquête Eurostat couvre les entreprises de 10 personnes ou plus ; les baromètres nationaux couvrent souvent les entreprises de 0 à 249 personnes. Les niveaux ne sont pas comparables d’une source à l’autre.',
					'Décalage : les ventes électroniques portent sur l’année précédant l’enquête (enquête 2019 = ventes 2018).',
					'Ruptures de série (drapeau b) : la méthode ou le questionnaire a changé ; une rupture entre le départ et le dernier point est affichée à côté du verdict.',
					'Données illustratives : les séries régionales et sectorielles livrées sont générées, pas des statistiques ; elles sont signalées partout où elles apparaissent. Les régions et secteurs sont comparés à la moyenne UE nationale du même indicateur (tin00111, 10 personnes ou plus).'
				]
			}
		]
	},
	periodsCol: 'Périodes',
	overseas: 'Outre-mer',
	zeroLabel: 'moyenne UE',
	startMark: 'écart au départ',
	nowMark: 'écart au dernier point (couleur : statut)',
	chartSmall: (name: string) => `${name} : trajectoire réelle et requise`,
	nationalTitle: 'France',
	scopeCount: (n: number) => `${n} unités suivies`,
	importedNote: (n: number) =>
		`${n} jeu${n > 1 ? 'x' : ''} importé${n > 1 ? 's' : ''} dans ce navigateur pris en compte.`
};

export type TargetMessages = typeof fr;

const en: TargetMessages = {
	nav: 'Targets',
	title: 'Target tracking',
	intro:
		'Where do we stand against the target? The verdict, the gap to close and the pace needed, for France, each region and each sector.',
	subnavLabel: 'Target views',
	tabNational: 'France',
	tabRegions: 'Regions',
	tabSectors: 'Sectors',
	tabMethod: 'Method',
	targetLabel: 'Target followed',
	source: 'Source of the target',
	rules: {
		'eu-average-at-deadline': 'reach the EU average measured at the deadline',
		'eu-average-frozen-at-baseline': 'reach the EU average frozen at the baseline year',
		fixed: (v: string) => `reach ${v}`
	},
	ruleLine: (rule: string, baseline: string, deadline: string) =>
		`Rule: ${rule}. Baseline ${baseline}, deadline ${deadline} (survey years).`,
	status: {
		met: 'target met',
		significant: 'significant progress',
		moderate: 'moderate progress',
		insufficient: 'insufficient progress',
		away: 'moving away from the target',
		unrated: 'not rated'
	},
	outcome: {
		met: 'Target met at the deadline',
		missed: 'Target missed at the deadline',
		pending: 'Deadline ahead',
		unknown: 'Deadline passed, no value at the deadline'
	},
	verdict: (outcome: string, status: string) => `${outcome} — ${status}.`,
	unrated: {
		'non-annual': 'Not rated: the periods are not survey years.',
		'no-baseline': 'Not rated: the baseline value is missing, and so is the survey before it.',
		'no-target-value': 'Not rated: the target value cannot be computed (reference missing).',
		'too-few-points':
			'Not rated: too few points. At least one published value after the start and by the deadline is needed.',
		'no-reference-at-baseline': 'Not rated: the EU average is missing at the start.'
	},
	baselineMissing: (period: string, flags: string, used: string) =>
		`The ${period} value is missing${flags ? ` (${flags})` : ''}: the start is the ${used} survey.`,
	periodsUsed: (start: string, now: string | null, target: string | null) =>
		`Periods used: start ${start}${now ? `, latest point ${now}` : ''}${target ? `, target value ${target}` : ''}.`,
	provisional: 'provisional target value: latest EU average known, the deadline is still ahead',
	breakNote: (periods: string) =>
		`Break in series in ${periods}: comparisons over time are fragile.`,
	gapStart: 'Gap at the start',
	gapNow: 'Gap at the latest point',
	shareClosed: 'Share of the gap closed',
	pace: 'Annual pace',
	paceValue: (actual: string, required: string) => `${actual} a year, against ${required} required`,
	growth: 'Annual growth (CAGR)',
	growthValue: (actual: string, required: string, ratio: string) =>
		`${actual} against ${required} required (ratio ${ratio})`,
	closing: 'Gap closed',
	closingClosed: 'already closed',
	closingYear: (year: number) => `around the ${year} survey at the current pace`,
	closingNever: 'not at the current pace',
	behind: 'Behind the trajectory',
	behindValue: (years: string, atLeast: boolean) =>
		`${atLeast ? 'at least ' : ''}${years} year${years === '1' || years === '1.0' ? '' : 's'}`,
	ahead: (years: string) => `${years} years ahead`,
	target: 'Target value',
	chartTitle: (name: string) => `France: actual and required paths — ${name}`,
	actual: 'France (actual)',
	euAverage: 'EU-27 average',
	required: 'Required path',
	projection: 'Projection at the current pace (not a forecast)',
	noProjection:
		'No projection: the deadline is reached or the latest point is missing. The actual line goes on after the deadline.',
	pp: 'pp',
	perYear: 'a year',
	summaryTitle: 'Summary',
	summaryCounts: (on: number, off: number, none: number) =>
		`${on} on track · ${off} off track · ${none} not rated`,
	onTrackLabel: 'On track (target met or significant progress)',
	offTrackLabel: 'Off track (moderate, insufficient progress, or moving away)',
	unratedLabel: 'Not rated (too few points or a missing value)',
	worstTitle: 'Widest gaps first',
	unit: 'Unit',
	scopeLabel: { national: 'France', regions: 'Region', sectors: 'Sector' },
	statusCol: 'Status',
	synthetic: 'illustrative data',
	syntheticNote:
		'The regional and sector series are generated to illustrate the view: they are not statistics. Import your own tables to replace them.',
	regionsTitle: 'Regions',
	regionsIntro:
		'18 regions as equal tiles (13 in metropolitan France, 5 overseas apart), coloured by status. Reference: the EU national average of the same indicator.',
	tilesTitle: 'Status by region',
	multiplesTitle: 'Path of each region',
	sectorsTitle: 'Sectors',
	sectorsIntro:
		'Each sector of activity in France. For 2009–2019: real Eurostat data (isoc_ec_eseln2), each sector against the EU value of the same sector. For other years: your imported tables, otherwise illustrative series marked as such.',
	dotTitle: 'Gap by sector, from the start to the latest point',
	tableTitle: 'Table',
	sortBy: (col: string) => `Sort by ${col}`,
	ratio: 'Ratio actual / required',
	legend: 'Legend',
	noUnits: 'No data for this view in the loaded files.',
	outside: {
		title: 'Your imported data that this target does not rate',
		intro:
			'These series are loaded (see the catalogue), but their population or area differs from the target’s: they are shown as they are, without a verdict.',
		file: 'File',
		area: { regions: 'Area', sectors: 'Sector' },
		population: 'Population',
		latest: 'Latest value',
		periods: 'Periods',
		why: 'Why not rated',
		more: (groups: string, series: string) =>
			`Show the ${groups} other populations (${series} series)`,
		reasons: {
			indicator: (own: string, wanted: string) =>
				`another indicator (${own}; the target: ${wanted})`,
			unit: (own: string, wanted: string) => `another unit (${own}; the target: ${wanted})`,
			sizeClass: (own: string, wanted: string) =>
				`another size class (${own}; the target: ${wanted})`,
			nace: (own: string, wanted: string) => `another activity (${own}; the target: ${wanted})`,
			partialRegion: () =>
				'part of a present-day region (older NUTS boundaries), not rated as the whole region'
		}
	},
	methodTitle: 'Method',
	methodLink: 'How to read these verdicts (method)',
	dataSource: 'Data',
	method: {
		intro:
			'This page explains how the dashboard judges progress towards a target: the formulas, the thresholds and the caveats that change a reading.',
		sections: [
			{
				title: 'Targets are data',
				body: [
					'Targets are described in data/targets.json, which staff can edit: name, source, indicator, size class, sector, scope (France, regions, sectors), baseline year, deadline and rule. After an edit, rebuilding the site recomputes every verdict. A malformed file stops the build with a message naming the field at fault.',
					'There are three rules: reach the EU average measured at the deadline; reach the EU average frozen at the baseline year; reach a fixed value. Until the deadline, the "EU average at the deadline" rule uses the latest published EU average, marked as provisional.',
					'The CNNum target (March 2017) speaks of SMEs (10 to 249 persons employed). The bundled Eurostat series (table tin00111) covers enterprises with 10 or more: national tracking is therefore on 10+, which includes large enterprises.',
					'The second target is an internal monitoring target of the observatory, not an official one: no quantified EU target covers SMEs selling online (the Digital Decade 2030 target is about basic digital intensity).'
				]
			},
			{
				title: 'The measures',
				body: [
					'Gap (percentage points): the unit’s value minus the reference value of the same year (EU average, or the target value for the frozen and fixed rules), at the start and at the latest point.',
					'Share of the gap closed = (gap at the latest point − gap at the start) ÷ |gap at the start|. A negative value means the gap widened. It is not computed when the starting gap is under 0.5 point: a share of so small a gap says nothing (0.05 point becoming 1 point would read “−1,900%”).',
					'Required annual pace = (target value − start value) ÷ (deadline − start year); actual pace = (latest value − start value) ÷ (latest year − start year), in points a year.',
					'Compound annual growth (CAGR): actual = (xₜ ÷ x₀)^(1 ÷ (t − t₀)) − 1; required = (target ÷ x₀)^(1 ÷ (T − t₀)) − 1, where T is the deadline.',
					'Year the gap closes: the gap keeps narrowing at its average pace since the start; if it did not narrow, the dashboard says "not at the current pace".',
					'Years behind the trajectory: years between now and the year the required path reached today’s value. If the value fell below its start, the delay is "at least" the time since the start.',
					'Projection: today’s value continued to the deadline at the actual growth rate. It is not a forecast.'
				]
			},
			{
				title: 'The rating (Eurostat’s SDG method)',
				body: [
					'As in Eurostat’s monitoring report on the Sustainable Development Goals, actual growth is compared with required growth: ratio = actual CAGR ÷ required CAGR.',
					'Target met: the latest value reaches the target. Significant progress: ratio ≥ 95%. Moderate progress: 60% to 95%. Insufficient progress: 0 to 60%. Moving away from the target: negative ratio.',
					'The summary counts as "on track" the units that met the target or make significant progress, and as "off track" the other rated units.'
				]
			},
			{
				title: 'Which years, and when we refuse to rate',
				body: [
					'Start: the value of the baseline year. If it is missing, the start is the survey before (one year at most) and the page says so. Otherwise the unit is not rated.',
					'Latest point: the latest published year between the start and the deadline (with an EU average that year when the rule depends on it). "Met" or "missed" is read at the deadline.',
					'A unit with no value after its start is not rated: the dashboard says so rather than guess. A missing value stays missing, never replaced by zero nor interpolated.',
					'Example: France 2024 is published ": u" (not available, low reliability). For the 2026 target the start is therefore 2023, and no value follows yet: not rated.'
				]
			},
			{
				title: 'Caveats',
				body: [
					'Coverage: Eurostat’s survey covers enterprises with 10 or more persons employed; national barometers often cover enterprises with 0 to 249. Levels are not comparable across sources.',
					'Timing: e-sales refer to the year before the survey (2019 survey = 2018 sales).',
					'Breaks in series (flag b): the method or questionnaire changed; a break between the start and the latest point is shown next to the verdict.',
					'Illustrative data: the bundled regional and sector series are generated, not statistics; they are labelled wherever they appear. Regions and sectors are compared with the EU national average of the same indicator (tin00111, 10 or more).'
				]
			}
		]
	},
	periodsCol: 'Periods',
	overseas: 'Overseas',
	zeroLabel: 'EU average',
	startMark: 'gap at the start',
	nowMark: 'gap at the latest point (colour: status)',
	chartSmall: (name: string) => `${name}: actual and required paths`,
	nationalTitle: 'France',
	scopeCount: (n: number) => `${n} units followed`,
	importedNote: (n: number) => `${n} dataset${n > 1 ? 's' : ''} imported in this browser included.`
};

export const targetMessages: Record<Locale, TargetMessages> = { fr, en };

/** Strings of the target pages in a locale. `tTargets('en').nav` → `Targets` */
export function tTargets(locale: Locale): TargetMessages {
	return targetMessages[locale];
}
