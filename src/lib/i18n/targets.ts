import type { Locale } from '../domain/locale';
import type { GapDirection, Outcome, ProgressClass, UnratedReason } from '../kpi/measures';
import type { MatchHow } from '../kpi/press';
import type { Status } from '../kpi/summary';

/** What the summary says of the sectors: counted there, or their illustrative series set aside. */
export interface SummarySectors {
	counted: boolean;
	illustrativeSetAside: boolean;
}

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
	/** A unit's status: its verdict on the gap, as the national verdict says it, or unrated. */
	status: {
		closed: 'écart comblé',
		'on-pace': 'l’écart se réduit au rythme requis',
		'too-slow': 'l’écart se réduit, trop lentement',
		unchanged: 'l’écart n’a pas bougé',
		widening: 's’éloigne de l’objectif : l’écart s’est creusé',
		unrated: 'non évalué'
	} satisfies Record<Status, string>,
	/** The same in a few words: the national verdict's badge, a table's status cells. */
	statusShort: {
		closed: 'écart comblé',
		'on-pace': 'au rythme requis',
		'too-slow': 'trop lent',
		unchanged: 'écart inchangé',
		widening: 's’éloigne',
		unrated: 'non évalué'
	} satisfies Record<Status, string>,
	/** The Eurostat SDG classes (the secondary measure, on the value). */
	sdgClass: {
		met: 'objectif atteint',
		significant: 'progrès significatif',
		moderate: 'progrès modéré',
		insufficient: 'progrès insuffisant',
		away: 's’éloigne de l’objectif'
	} satisfies Record<ProgressClass, string>,
	outcome: {
		met: 'Objectif atteint à l’échéance',
		missed: 'Objectif manqué à l’échéance',
		pending: 'Échéance à venir',
		unknown: 'Échéance passée, valeur de l’échéance non disponible'
	} satisfies Record<Outcome, string>,
	verdict: (outcome: string, year: string, status: string) => `${outcome} (${year}) — ${status}.`,
	unrated: {
		'non-annual': 'Non évalué : les périodes ne sont pas des années d’enquête.',
		'no-baseline':
			'Non évalué : la valeur de l’année de référence manque, et celle de l’enquête précédente aussi.',
		'no-target-value':
			'Non évalué : la valeur cible ne peut pas être calculée (référence manquante).',
		'too-few-points':
			'Non évalué : trop peu de points. Il faut au moins une valeur publiée après le point de départ et avant l’échéance.',
		'no-reference-at-baseline': 'Non évalué : la moyenne UE manque au point de départ.',
		'no-sector-reference':
			'Non évalué : la valeur UE du même secteur manque. Un secteur n’est jamais jugé face à la moyenne UE de toutes les activités.'
	} satisfies Record<UnratedReason, string>,
	baselineMissing: (period: string, flags: string, used: string) =>
		`La valeur ${period} manque${flags ? ` (${flags})` : ''} : le point de départ est l’enquête ${used}.`,
	periodsUsed: (start: string, now: string | null, target: string | null) =>
		`Périodes utilisées : départ ${start}${now ? `, dernier point ${now}` : ''}${target ? `, valeur cible ${target}` : ''}.`,
	provisional:
		'valeur cible provisoire : dernière moyenne UE connue, l’échéance n’est pas atteinte',
	breakNote: (periods: string) =>
		`Rupture de série en ${periods} : la comparaison dans le temps est fragile.`,
	gapChange: 'Variation de l’écart',
	gapPace: 'Rythme de l’écart',
	gapPaceValue: (actual: string, required: string) =>
		`${actual} par an depuis le départ, contre ${required} requis`,
	requiredFromLatest: 'Rythme requis d’ici l’échéance',
	requiredFromLatestValue: (from: string, deadline: string) =>
		`de l’enquête ${from} à celle de ${deadline}`,
	requiredFromLatestNone: 'échéance passée',
	perYearShort: '/an',
	secondaryTitle: 'Mesure secondaire : classe ODD d’Eurostat',
	secondaryClass: (cls: string) => `Classe : ${cls}.`,
	classNote: {
		'too-few-observations': (n: number) =>
			`Non calculée : ${n} observation${n > 1 ? 's' : ''} entre le départ et le dernier point, il en faut au moins 3 pour juger une tendance.`,
		'zero-start': () =>
			'Non calculée : la valeur de départ est 0, et un taux de croissance ne se calcule pas depuis 0. Les mesures sur l’écart suffisent.'
	},
	awayWhy:
		'La valeur a baissé, d’où cette classe, mais la moyenne UE a baissé davantage : l’écart s’est réduit.',
	flaggedTitle: 'Valeurs signalées utilisées par ce verdict',
	flaggedItem: (who: string, period: string, flags: string) => `${who} ${period} (${flags})`,
	referenceShort: 'Moyenne UE',
	populationLine: (population: string, vintage: string) => `${population} · ${vintage}`,
	migratedNote:
		'Ce lien date d’avant le choix de la population : il montre ce qu’il montrait alors, les entreprises de 10 personnes ou plus, du tableau tin00111 tel que publié en 2025.',
	migratedLink: 'Voir les PME, dernier millésime',
	summaryPopulation: (population: string, sectors: SummarySectors) =>
		`${sectors.counted ? 'France, régions et secteurs suivis' : 'France et régions suivies'} sur la population de l’objectif : ${population}. Les secteurs réels (tableau isoc_ec_eseln2) se mesurent sur un autre indicateur (E_AESELL) : ils sont jugés à part, page Secteurs.${sectors.illustrativeSetAside ? ' Ils couvrent la fenêtre de l’objectif : les séries sectorielles illustratives ne sont donc ni montrées ni comptées.' : ''}`,
	press: {
		title: 'Les chiffres de 2016–2017, rapprochés des séries',
		intro:
			'Ce que la presse citait quand le plan a été préparé, à côté de la série Eurostat et de la valeur qui donnent chaque chiffre. Une valeur « donne » un chiffre quand, arrondie ou tronquée au nombre de décimales imprimé, elle l’écrit. Recherché dans E_ESELL, les cinq tailles d’entreprise, enquêtes 2014 à 2016 (celles publiées avant mars 2017).',
		caption: 'Chiffres cités en 2016–2017 et séries qui les donnent',
		printed: 'Chiffre cité, pays',
		source: 'Publié dans',
		match: 'Série et valeur Eurostat',
		how: { rounded: 'arrondi', cut: 'tronqué' } satisfies Record<MatchHow, string>,
		matchValue: (population: string, survey: string, sales: string, value: string, how: string) =>
			`E_ESELL, ${population}, enquête ${survey} (ventes ${sales}) : ${value} (${how})`,
		none: 'Aucune série trouvée.',
		noneWhy:
			'13,8\u202f% ne correspond à aucune valeur de la France, dans aucune taille d’entreprise, enquêtes 2014 à 2016. E_AESELL (toute vente en ligne) est publié en pourcentages entiers : il ne peut pas donner 13,8\u202f%.',
		approx: (v: string) => `environ ${v}`,
		rankTitle: 'Le rang',
		rank: (printed: number, period: string, eu28: string, eu27: string) =>
			`Cité : ${printed}e de l’UE (${period}). Calculé sur les PME, enquête ${period} : ${eu28} dans l’UE à 28 de l’époque, ${eu27} dans l’UE à 27 d’aujourd’hui.`,
		rankOf: (rank: number, of: number) => `${rank}${rank === 1 ? 're' : 'e'} sur ${of}`,
		explainTitle: 'Trois différences qui changent le chiffre',
		explain: [
			'E_ESELL contre E_AESELL. E_ESELL compte les entreprises dont les ventes en ligne font au moins 1\u202f% du chiffre d’affaires ; c’est l’indicateur du tableau de bord et du plan. E_AESELL compte les entreprises qui ont fait au moins une vente en ligne, quel qu’en soit le montant : il est plus élevé, et publié en pourcentages entiers.',
			'10 personnes ou plus contre 10 à 249. La série « 10 personnes ou plus » (GE10, tableau tin00111) inclut les grandes entreprises, qui vendent bien plus souvent en ligne : elle est plus élevée que celle des PME (le sélecteur « Entreprises » les montre côte à côte). Le plan parle des PME : 10 à 249 personnes.',
			'Année d’enquête contre année des ventes. L’enquête de l’année N porte sur les ventes de l’année N − 1 : en juillet 2016, la dernière enquête publiée était celle de 2015 (ventes de 2014), et c’est elle que donnent les chiffres cités. Le tableau de bord date tout par l’année d’enquête, comme Eurostat.'
		]
	},
	sensitivity: {
		title: 'Le verdict du CNNum selon la lecture du plan',
		intro:
			'Le plan dit : « rejoindre la moyenne européenne en deux ans ». Cinq choix traduisent cette phrase en chiffres. Le tableau donne le verdict sous chaque lecture défendable, calculé sur les fichiers livrés.',
		defaultArgued: [
			'Lecture par défaut : les PME (10 à 249 personnes), parce que le plan parle des PME ; référence 2016, la dernière enquête publiée quand le plan a été remis (mars 2017) ; échéance 2019, deux enquêtes plus tard (ventes de 2018) ; la moyenne UE mesurée à l’échéance, parce que rattraper une moyenne, c’est l’atteindre quand on y arrive ; l’UE à 27 d’aujourd’hui (EU27_2020), publiée pour toutes les années.',
			'Les autres lectures se défendent aussi : l’enquête 2015 est celle que la presse citait en 2016 ; l’enquête 2020 porte sur les ventes de 2019, deux ans après le plan ; une moyenne figée dit « l’Europe de 2016 » ; l’UE à 28 est l’Europe du moment.'
		],
		counts: (met: number, missed: number, none: number) =>
			`${missed} lecture${missed > 1 ? 's' : ''} sur ${met + missed + none} : objectif manqué ; ${met} : atteint ; ${none} sans verdict (valeur non publiée).`,
		caption:
			'Le verdict du CNNum sous chaque lecture (une seule différence avec la lecture par défaut)',
		captionAll: 'Toutes les combinaisons',
		more: (n: number) => `Voir les ${n} autres combinaisons (plusieurs différences)`,
		reading: 'Lecture',
		defaultRow: 'par défaut',
		changed: {
			population: 'population',
			baseline: 'départ',
			deadline: 'échéance',
			rule: 'moyenne',
			reference: 'UE'
		},
		population: 'Population',
		baseline: 'Départ (enquête)',
		deadline: 'Échéance (enquête, ventes)',
		deadlineValue: (survey: string, sales: string) => `${survey} (ventes ${sales})`,
		rule: 'Moyenne UE',
		ruleValue: {
			'eu-average-at-deadline': 'mesurée à l’échéance',
			'eu-average-frozen-at-baseline': 'figée au départ'
		},
		reference: 'UE',
		referenceValue: { EU27_2020: 'UE à 27 (EU27_2020)', EU28: 'UE à 28 (EU28)' } as Record<
			string,
			string
		>,
		gapStart: 'Écart au départ',
		gapEnd: 'Écart à l’échéance',
		verdict: 'Verdict',
		verdictValue: (outcome: string, direction: string) => `${outcome}, ${direction}`,
		outcome: { met: 'atteint', missed: 'manqué' },
		direction: {
			closed: 'écart comblé',
			narrowing: 'l’écart se réduit',
			unchanged: 'écart inchangé',
			widening: 's’éloigne'
		} satisfies Record<GapDirection, string>,
		missing: (geo: string, period: string) =>
			geo === 'EU28'
				? `sans verdict : pas de moyenne UE à 28 pour l’enquête ${period} (le Royaume-Uni est sorti le 31 janvier 2020 ; Eurostat publie l’UE à 28 jusqu’à l’enquête 2019)`
				: `sans verdict : ${geo} ${period} non publié`,
		source: (datasets: string) =>
			`Source : Eurostat, E_ESELL, toutes activités hors secteur financier ; fichiers ${datasets}. Écarts en points : France moins la moyenne UE.`
	},
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
	/** The shaded band of the tracker, from the start to the deadline. */
	window: 'Période de l’objectif',
	chartTitle: (name: string) => `France : trajectoire réelle et trajectoire requise — ${name}`,
	actual: 'France (réel)',
	required: 'Trajectoire requise',
	projection: 'Projection au rythme actuel (pas une prévision)',
	noProjection:
		'Pas de projection : l’échéance est atteinte ou le dernier point manque. La courbe réelle continue après l’échéance.',
	pp: 'pts',
	perYear: 'par an',
	summaryTitle: 'Synthèse',
	summaryCounts: (on: number, off: number, none: number) =>
		`${on} en bonne voie · ${off} hors trajectoire · ${none} non évalué${none > 1 ? 's' : ''}`,
	onTrackLabel: 'En bonne voie (écart comblé, ou qui se réduit au rythme requis)',
	offTrackLabel: 'Hors trajectoire (écart qui se réduit trop lentement, inchangé ou creusé)',
	unratedLabel: 'Non évalués (trop peu de points ou valeur manquante)',
	worstTitle: 'Les écarts les plus grands d’abord',
	unit: 'Unité',
	scopeLabel: { national: 'France', regions: 'Région', sectors: 'Secteur' },
	statusCol: 'Statut',
	classCol: 'Classe ODD (mesure secondaire)',
	synthetic: 'données illustratives',
	syntheticNote:
		'Les séries régionales et sectorielles sont générées pour illustrer la vue : ce ne sont pas des statistiques. Importez vos propres tableaux pour les remplacer.',
	regionsTitle: 'Régions',
	regionsIntro:
		'18 régions en tuiles égales (13 de métropole, 5 d’outre-mer à part), colorées selon le statut. Référence : moyenne UE nationale du même indicateur.',
	tilesTitle: 'Statut par région',
	// The years come from the tiles' own assessments (charts/tilegrid/layout.ts gridYears).
	tilesCaption: (start: string | null, now: string | null) =>
		`Chiffre de chaque tuile : écart à la moyenne UE en ${now ?? '—'}, en points. Couleur : progrès vers l’objectif de ${start ?? '—'} à ${now ?? '—'}.`,
	tilesKey: 'Régions abrégées sur les tuiles',
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
		},
		/** What a file that names no such code is said to have, instead of an empty code. */
		notGiven: {
			indicator: 'indicateur non précisé',
			unit: 'unité non précisée',
			sizeClass: 'taille non précisée',
			nace: 'activité non précisée'
		} as Record<'indicator' | 'unit' | 'sizeClass' | 'nace', string>
	},
	methodTitle: 'Méthode',
	methodLink: 'Comment lire ces verdicts (méthode)',
	dataSource: 'Données',
	method: {
		intro:
			'Cette page explique comment le tableau de bord juge la progression vers un objectif, avec les formules, les seuils et les précautions qui changent la lecture.',
		sections: [
			{
				title: 'Les objectifs suivis',
				body: [
					'L’objectif du CNNum (mars 2017) parle des PME (10 à 249 personnes) : le suivi national porte sur les PME, série E_ESELL du tableau Eurostat isoc_ec_esels (mise à jour du 27 février 2026). Le sélecteur « Entreprises » montre le même objectif pour les 10 personnes ou plus, les 10–49, les 50–249 et les 250 ou plus ; un lien fait avant ce sélecteur montre toujours ce qu’il montrait (10 personnes ou plus, tableau tin00111).',
					'Le second objectif est un objectif de suivi interne de l’observatoire, pas un objectif officiel : aucun objectif européen chiffré ne porte sur la vente en ligne des PME (la cible 2030 de la Décennie numérique vise l’intensité numérique de base).',
					'Trois règles existent : atteindre la moyenne UE mesurée à l’échéance ; atteindre la moyenne UE figée à l’année de référence ; atteindre une valeur fixe. Tant que l’échéance n’est pas atteinte, la règle « moyenne UE à l’échéance » utilise la dernière moyenne UE publiée, signalée comme provisoire.',
					'Pour l’équipe de l’observatoire : les objectifs sont décrits dans le fichier data/targets.json (nom, source, indicateur, taille d’entreprise, secteur, périmètre, année de référence, échéance et règle). Après modification, une reconstruction du site recalcule tous les verdicts ; un fichier mal formé arrête la construction avec un message qui nomme le champ fautif.'
				]
			},
			{
				title: 'Les mesures',
				body: [
					'Un objectif de rattrapage se juge sur son écart : c’est la mesure principale. Écart (en points de pourcentage) : valeur de l’unité moins la valeur de référence de la même année (moyenne UE, ou valeur cible pour les règles figée et fixe), au départ et au dernier point. Variation de l’écart = écart au dernier point − écart au départ (positive : l’écart se réduit).',
					'Rythme de l’écart = variation de l’écart ÷ années écoulées depuis le départ. Rythme requis = écart au départ ÷ (échéance − année de départ) ; rythme requis d’ici l’échéance = écart au dernier point ÷ (échéance − dernière année), affiché même avant tout verdict. Verdict : écart comblé ; l’écart se réduit au rythme requis ; l’écart se réduit trop lentement ; l’écart n’a pas bougé (moins d’un demi-centième de point) ; l’écart s’est creusé (« s’éloigne de l’objectif »). Les drapeaux u (faible fiabilité) et e (estimé) des valeurs utilisées sont affichés à côté du verdict.',
					'Chaque région et chaque secteur reçoit le même verdict sur son écart, qui donne sa couleur sur la carte, le graphique et les tableaux. La synthèse compte « en bonne voie » les unités dont l’écart est comblé ou se réduit au rythme requis, « hors trajectoire » les autres unités évaluées ; la classe ODD est donnée à côté, comme mesure secondaire.',
					'Part de l’écart comblée = (écart au dernier point − écart au départ) ÷ |écart au départ|. Une valeur négative signifie que l’écart s’est creusé. Elle n’est pas calculée quand l’écart de départ est inférieur à 0,5 point : une part d’un écart aussi petit ne dirait rien (0,05 point devenu 1 point se lirait « −1\u202f900\u202f% »).',
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
					'Mesure secondaire. Comme dans le rapport de suivi des objectifs de développement durable d’Eurostat, on compare la croissance réelle à la croissance requise : rapport = TCAM réel ÷ TCAM requis. Elle n’est calculée qu’à partir de 3 observations entre le départ et le dernier point (deux points ne font pas une tendance), et pas depuis une valeur de départ de 0 (aucun taux de croissance depuis 0).',
					'Cette classe suit la valeur, pas l’écart : quand la valeur baisse mais que la moyenne UE baisse davantage, elle dit « s’éloigne » alors que l’écart se réduit. La page le dit alors à côté de la classe.',
					'Objectif atteint : la dernière valeur atteint la cible. Progrès significatif : rapport ≥ 95\u202f%. Progrès modéré : de 60\u202f% à 95\u202f%. Progrès insuffisant : de 0 à 60\u202f%. S’éloigne de l’objectif : rapport négatif.'
				]
			},
			{
				title: 'Quelles années, et quand on refuse de juger',
				body: [
					'Départ : la valeur de l’année de référence. Si elle manque, le départ est l’enquête précédente (une année au plus) et la page le dit. Sinon, l’unité n’est pas évaluée.',
					'Dernier point : la dernière année publiée entre le départ et l’échéance (avec une moyenne UE la même année quand la règle en dépend). Le verdict « atteint » ou « manqué » se lit à l’échéance.',
					'Une unité sans aucune valeur après son départ n’est pas évaluée : le tableau le dit plutôt que de deviner. Une valeur manquante reste manquante, jamais remplacée par zéro ni interpolée.',
					'Exemple : sur les 10 personnes ou plus du tableau tin00111, la France 2024 est publiée « : u » (non disponible, faible fiabilité). Pour l’objectif 2026, le départ est donc 2023 et aucune valeur ne suit : non évalué, mais la page montre le rythme d’écart encore requis depuis 2023.'
				]
			},
			{
				title: 'Précautions de lecture',
				body: [
					'Champ : l’enquête Eurostat couvre les entreprises de 10 personnes ou plus, publiées aussi par taille (PME 10–249, 10–49, 50–249, 250 ou plus) ; les baromètres nationaux couvrent souvent les entreprises de 0 à 249 personnes. Les niveaux ne sont pas comparables d’une source à l’autre.',
					'Décalage : les ventes électroniques portent sur l’année précédant l’enquête (enquête 2019 = ventes 2018).',
					'Ruptures de série (drapeau b) : la méthode ou le questionnaire a changé ; une rupture entre le départ et le dernier point est affichée à côté du verdict.',
					'Données illustratives : les séries régionales et sectorielles livrées sont générées, pas des statistiques ; elles sont signalées partout où elles apparaissent. Une région est comparée à la moyenne UE du même indicateur et de la même population ; un secteur à la valeur UE du même secteur, jamais à la moyenne de toutes les activités (qui jugerait la composition sectorielle plutôt qu’un rattrapage) : sans valeur UE pour ce secteur, il n’est pas évalué.'
				]
			}
		]
	},
	periodsCol: 'Périodes',
	overseas: 'Outre-mer',
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
		closed: 'gap closed',
		'on-pace': 'the gap is narrowing at the required pace',
		'too-slow': 'the gap is narrowing, too slowly',
		unchanged: 'the gap has not moved',
		widening: 'moving away from the target: the gap widened',
		unrated: 'not rated'
	},
	statusShort: {
		closed: 'gap closed',
		'on-pace': 'on pace',
		'too-slow': 'too slow',
		unchanged: 'gap unchanged',
		widening: 'moving away',
		unrated: 'not rated'
	},
	sdgClass: {
		met: 'target met',
		significant: 'significant progress',
		moderate: 'moderate progress',
		insufficient: 'insufficient progress',
		away: 'moving away from the target'
	},
	outcome: {
		met: 'Target met at the deadline',
		missed: 'Target missed at the deadline',
		pending: 'Deadline ahead',
		unknown: 'Deadline passed, no value at the deadline'
	},
	verdict: (outcome: string, year: string, status: string) => `${outcome} (${year}) — ${status}.`,
	unrated: {
		'non-annual': 'Not rated: the periods are not survey years.',
		'no-baseline': 'Not rated: the baseline value is missing, and so is the survey before it.',
		'no-target-value': 'Not rated: the target value cannot be computed (reference missing).',
		'too-few-points':
			'Not rated: too few points. At least one published value after the start and by the deadline is needed.',
		'no-reference-at-baseline': 'Not rated: the EU average is missing at the start.',
		'no-sector-reference':
			'Not rated: the EU value of the same sector is missing. A sector is never judged against the EU average of all activities.'
	},
	baselineMissing: (period: string, flags: string, used: string) =>
		`The ${period} value is missing${flags ? ` (${flags})` : ''}: the start is the ${used} survey.`,
	periodsUsed: (start: string, now: string | null, target: string | null) =>
		`Periods used: start ${start}${now ? `, latest point ${now}` : ''}${target ? `, target value ${target}` : ''}.`,
	provisional: 'provisional target value: latest EU average known, the deadline is still ahead',
	breakNote: (periods: string) =>
		`Break in series in ${periods}: comparisons over time are fragile.`,
	gapChange: 'Change in the gap',
	gapPace: 'Gap pace',
	gapPaceValue: (actual: string, required: string) =>
		`${actual} a year since the start, against ${required} required`,
	requiredFromLatest: 'Pace required by the deadline',
	requiredFromLatestValue: (from: string, deadline: string) =>
		`from the ${from} survey to the ${deadline} one`,
	requiredFromLatestNone: 'deadline passed',
	perYearShort: '/yr',
	secondaryTitle: 'Secondary measure: Eurostat SDG class',
	secondaryClass: (cls: string) => `Class: ${cls}.`,
	classNote: {
		'too-few-observations': (n: number) =>
			`Not computed: ${n} observation${n > 1 ? 's' : ''} between the start and the latest point; a trend needs at least 3.`,
		'zero-start': () =>
			'Not computed: the starting value is 0, and no growth rate can be computed from 0. The gap measures are enough.'
	},
	awayWhy: 'The value fell, hence this class, but the EU average fell further: the gap narrowed.',
	flaggedTitle: 'Flagged values used by this verdict',
	flaggedItem: (who: string, period: string, flags: string) => `${who} ${period} (${flags})`,
	referenceShort: 'EU average',
	populationLine: (population: string, vintage: string) => `${population} · ${vintage}`,
	migratedNote:
		'This link was made before the population choice: it shows what it showed then, enterprises with 10 or more persons employed, from table tin00111 as published in 2025.',
	migratedLink: 'See SMEs, latest vintage',
	summaryPopulation: (population: string, sectors: SummarySectors) =>
		`${sectors.counted ? 'France, regions and sectors' : 'France and the regions'} followed on the target’s population: ${population}. The real sector figures (table isoc_ec_eseln2) measure another indicator (E_AESELL): they are judged apart, on the Sectors page.${sectors.illustrativeSetAside ? ' They cover the target’s window, so the illustrative sector series are neither shown nor counted.' : ''}`,
	press: {
		title: 'The figures of 2016–2017, reconciled with the series',
		intro:
			'What the press quoted while the plan was prepared, beside the Eurostat series and value that give each figure. A value “gives” a figure when, rounded or cut to the printed decimals, it prints it. Searched in E_ESELL, the five size classes, surveys 2014 to 2016 (those published before March 2017).',
		caption: 'Figures quoted in 2016–2017 and the series that give them',
		printed: 'Figure quoted, country',
		source: 'Published in',
		match: 'Eurostat series and value',
		how: { rounded: 'rounded', cut: 'cut' },
		matchValue: (population: string, survey: string, sales: string, value: string, how: string) =>
			`E_ESELL, ${population}, ${survey} survey (sales ${sales}): ${value} (${how})`,
		none: 'No series found.',
		noneWhy:
			'13.8% matches no value for France, in any size class, surveys 2014 to 2016. E_AESELL (any e-sale) is published in whole percentages: it cannot give 13.8%.',
		approx: (v: string) => `about ${v}`,
		rankTitle: 'The rank',
		rank: (printed: number, period: string, eu28: string, eu27: string) =>
			`Quoted: ${printed}th in the EU (${period}). Computed on SMEs, ${period} survey: ${eu28} in the EU of 28 of the time, ${eu27} in today’s EU of 27.`,
		rankOf: (rank: number, of: number) =>
			`${rank}${rank % 10 === 1 && rank !== 11 ? 'st' : rank % 10 === 2 && rank !== 12 ? 'nd' : rank % 10 === 3 && rank !== 13 ? 'rd' : 'th'} of ${of}`,
		explainTitle: 'Three differences that change the figure',
		explain: [
			'E_ESELL against E_AESELL. E_ESELL counts enterprises whose e-sales are at least 1% of turnover; it is the dashboard’s and the plan’s indicator. E_AESELL counts enterprises that made at least one e-sale, whatever its amount: it is higher, and published in whole percentages.',
			'10 or more against 10 to 249. The “10 or more” series (GE10, table tin00111) includes large enterprises, which sell online much more often: it is higher than the SME series (the “Enterprises” switch shows them side by side). The plan speaks of SMEs: 10 to 249 persons employed.',
			'Survey year against sales year. The survey of year N covers the sales of year N − 1: in July 2016 the latest survey published was the 2015 one (sales of 2014), and it is the one the quoted figures match. The dashboard dates everything by survey year, as Eurostat does.'
		]
	},
	sensitivity: {
		title: 'The CNNum verdict under each reading of the plan',
		intro:
			'The plan says: “reach the European average within two years”. Five choices turn that sentence into numbers. The table gives the verdict under each defensible reading, computed on the bundled files.',
		defaultArgued: [
			'Default reading: SMEs (10 to 249 persons employed), because the plan speaks of SMEs; baseline 2016, the latest survey published when the plan was handed over (March 2017); deadline 2019, two surveys later (sales of 2018); the EU average measured at the deadline, because catching up with an average means reaching it when one gets there; today’s EU of 27 (EU27_2020), published for every year.',
			'The other readings can be argued too: the 2015 survey is the one the press quoted in 2016; the 2020 survey covers sales of 2019, two years after the plan; a frozen average means “the Europe of 2016”; the EU of 28 is the Europe of the time.'
		],
		counts: (met: number, missed: number, none: number) =>
			`${missed} reading${missed > 1 ? 's' : ''} of ${met + missed + none}: target missed; ${met}: met; ${none} without a verdict (value not published).`,
		caption: 'The CNNum verdict under each reading (one difference from the default)',
		captionAll: 'Every combination',
		more: (n: number) => `Show the ${n} other combinations (several differences)`,
		reading: 'Reading',
		defaultRow: 'default',
		changed: {
			population: 'population',
			baseline: 'baseline',
			deadline: 'deadline',
			rule: 'average',
			reference: 'EU'
		},
		population: 'Population',
		baseline: 'Baseline (survey)',
		deadline: 'Deadline (survey, sales)',
		deadlineValue: (survey: string, sales: string) => `${survey} (sales ${sales})`,
		rule: 'EU average',
		ruleValue: {
			'eu-average-at-deadline': 'measured at the deadline',
			'eu-average-frozen-at-baseline': 'frozen at the baseline'
		},
		reference: 'EU',
		referenceValue: { EU27_2020: 'EU of 27 (EU27_2020)', EU28: 'EU of 28 (EU28)' } as Record<
			string,
			string
		>,
		gapStart: 'Gap at the start',
		gapEnd: 'Gap at the deadline',
		verdict: 'Verdict',
		verdictValue: (outcome: string, direction: string) => `${outcome}, ${direction}`,
		outcome: { met: 'met', missed: 'missed' },
		direction: {
			closed: 'gap closed',
			narrowing: 'gap narrowing',
			unchanged: 'gap unchanged',
			widening: 'moving away'
		},
		missing: (geo: string, period: string) =>
			geo === 'EU28'
				? `no verdict: no EU28 average for the ${period} survey (the United Kingdom left on 31 January 2020; Eurostat publishes EU28 up to the 2019 survey)`
				: `no verdict: ${geo} ${period} not published`,
		source: (datasets: string) =>
			`Source: Eurostat, E_ESELL, all activities except the financial sector; files ${datasets}. Gaps in points: France minus the EU average.`
	},
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
	window: 'Target period',
	chartTitle: (name: string) => `France: actual and required paths — ${name}`,
	actual: 'France (actual)',
	required: 'Required path',
	projection: 'Projection at the current pace (not a forecast)',
	noProjection:
		'No projection: the deadline is reached or the latest point is missing. The actual line goes on after the deadline.',
	pp: 'pp',
	perYear: 'a year',
	summaryTitle: 'Summary',
	summaryCounts: (on: number, off: number, none: number) =>
		`${on} on track · ${off} off track · ${none} not rated`,
	onTrackLabel: 'On track (gap closed, or narrowing at the required pace)',
	offTrackLabel: 'Off track (gap narrowing too slowly, unchanged or widening)',
	unratedLabel: 'Not rated (too few points or a missing value)',
	worstTitle: 'Widest gaps first',
	unit: 'Unit',
	scopeLabel: { national: 'France', regions: 'Region', sectors: 'Sector' },
	statusCol: 'Status',
	classCol: 'SDG class (secondary measure)',
	synthetic: 'illustrative data',
	syntheticNote:
		'The regional and sector series are generated to illustrate the view: they are not statistics. Import your own tables to replace them.',
	regionsTitle: 'Regions',
	regionsIntro:
		'18 regions as equal tiles (13 in metropolitan France, 5 overseas apart), coloured by status. Reference: the EU national average of the same indicator.',
	tilesTitle: 'Status by region',
	tilesCaption: (start: string | null, now: string | null) =>
		`Figure on each tile: gap to the EU average in ${now ?? '—'}, in percentage points. Colour: progress towards the target from ${start ?? '—'} to ${now ?? '—'}.`,
	tilesKey: 'Regions abbreviated on the tiles',
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
		},
		notGiven: {
			indicator: 'indicator not given',
			unit: 'unit not given',
			sizeClass: 'size class not given',
			nace: 'activity not given'
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
				title: 'The targets tracked',
				body: [
					'The CNNum target (March 2017) speaks of SMEs (10 to 249 persons employed): national tracking is on SMEs, series E_ESELL of Eurostat table isoc_ec_esels (update of 27 February 2026). The “Enterprises” switch shows the same target for 10 or more, 10–49, 50–249 and 250 or more; a link made before that switch still shows what it showed (10 or more, table tin00111).',
					'The second target is an internal monitoring target of the observatory, not an official one: no quantified EU target covers SMEs selling online (the Digital Decade 2030 target is about basic digital intensity).',
					'There are three rules: reach the EU average measured at the deadline; reach the EU average frozen at the baseline year; reach a fixed value. Until the deadline, the "EU average at the deadline" rule uses the latest published EU average, marked as provisional.',
					'For the observatory’s staff: targets are described in data/targets.json (name, source, indicator, size class, sector, scope, baseline year, deadline and rule). After an edit, rebuilding the site recomputes every verdict; a malformed file stops the build with a message naming the field at fault.'
				]
			},
			{
				title: 'The measures',
				body: [
					'A catch-up target is judged on its gap: that is the primary measure. Gap (percentage points): the unit’s value minus the reference value of the same year (EU average, or the target value for the frozen and fixed rules), at the start and at the latest point. Change in the gap = gap at the latest point − gap at the start (positive: the gap narrows).',
					'Gap pace = change in the gap ÷ years since the start. Required pace = gap at the start ÷ (deadline − start year); pace required by the deadline = gap at the latest point ÷ (deadline − latest year), shown even before any verdict. Verdict: gap closed; narrowing at the required pace; narrowing too slowly; not moved (less than half a hundredth of a point); widened (“moving away from the target”). Flags u (low reliability) and e (estimated) of the values used are shown beside the verdict.',
					'Each region and each sector gets the same verdict on its gap, which gives its colour on the map, the chart and in the tables. The summary counts as “on track” the units whose gap is closed or narrowing at the required pace, and as “off track” the other rated units; the SDG class is given beside, as the secondary measure.',
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
					'Secondary measure. As in Eurostat’s monitoring report on the Sustainable Development Goals, actual growth is compared with required growth: ratio = actual CAGR ÷ required CAGR. It is only computed from 3 observations between the start and the latest point (two points are no trend), and not from a starting value of 0 (no growth rate from 0).',
					'This class follows the value, not the gap: when the value falls but the EU average falls further, it says “moving away” while the gap narrows. The page then says so beside the class.',
					'Target met: the latest value reaches the target. Significant progress: ratio ≥ 95%. Moderate progress: 60% to 95%. Insufficient progress: 0 to 60%. Moving away from the target: negative ratio.'
				]
			},
			{
				title: 'Which years, and when we refuse to rate',
				body: [
					'Start: the value of the baseline year. If it is missing, the start is the survey before (one year at most) and the page says so. Otherwise the unit is not rated.',
					'Latest point: the latest published year between the start and the deadline (with an EU average that year when the rule depends on it). "Met" or "missed" is read at the deadline.',
					'A unit with no value after its start is not rated: the dashboard says so rather than guess. A missing value stays missing, never replaced by zero nor interpolated.',
					'Example: on 10 or more in table tin00111, France 2024 is published ": u" (not available, low reliability). For the 2026 target the start is therefore 2023 and no value follows: not rated, but the page shows the gap pace still required from 2023.'
				]
			},
			{
				title: 'Caveats',
				body: [
					'Coverage: Eurostat’s survey covers enterprises with 10 or more persons employed, also published by size (SMEs 10–249, 10–49, 50–249, 250 or more); national barometers often cover enterprises with 0 to 249. Levels are not comparable across sources.',
					'Timing: e-sales refer to the year before the survey (2019 survey = 2018 sales).',
					'Breaks in series (flag b): the method or questionnaire changed; a break between the start and the latest point is shown next to the verdict.',
					'Illustrative data: the bundled regional and sector series are generated, not statistics; they are labelled wherever they appear. A region is compared with the EU average of the same indicator and population; a sector with the EU value of the same sector, never with the average of all activities (which would judge the sector mix rather than a catch-up): without an EU value for that sector, it is not rated.'
				]
			}
		]
	},
	periodsCol: 'Periods',
	overseas: 'Overseas',
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
