import type { Locale } from '../domain/locale';

/** Strings of the export menu, the report builder (/rapport/) and the embeds, French first. */
const fr = {
	nav: 'Rapport',
	menuLabel: (what: string) => `Exporter et partager : ${what}`,
	menuTitle: 'Exporter et partager',
	svg: 'Image SVG',
	png: 'Image PNG (2×)',
	csv: 'Données CSV',
	xlsx: 'Classeur Excel',
	copyLink: 'Copier le lien',
	copyEmbed: 'Copier le code d’intégration',
	toReport: 'Mettre dans un rapport',
	working: 'Préparation du fichier…',
	downloaded: (file: string) => `Fichier ${file} téléchargé.`,
	copied: (what: string) => `${what} copié dans le presse-papiers.`,
	copyFallback: (what: string) =>
		`Copie automatique impossible : sélectionnez le ${what.toLowerCase()} ci-dessous et copiez-le (Ctrl+C ou ⌘+C).`,
	failed: (message: string) => `Échec : ${message}`,
	noChart: 'le graphique n’est pas encore affiché',
	linkName: 'Lien',
	embedName: 'Code d’intégration',
	dataDate: (when: string) => `Données\u00a0: ${when}`,
	flagsLegendTitle: 'Indicateurs de statut Eurostat',
	columns: {
		geo: 'Code zone',
		label: 'Zone',
		period: 'Année d’enquête',
		value: 'Valeur (% des entreprises)',
		flags: 'Indicateurs de statut Eurostat'
	},
	// Report builder
	reportTitle: 'Composer un rapport',
	reportIntro:
		'Choisissez des vues, ajoutez une note à chacune, mettez-les dans l’ordre, puis imprimez le rapport ou enregistrez-le en PDF. Le lien de la page garde le rapport : copiez-le pour le rouvrir ou le transmettre.',
	builderLabel: 'Contenu du rapport',
	docTitleLabel: 'Titre du rapport',
	defaultDocTitle: 'Le commerce électronique des PME françaises face à l’UE',
	available: 'Vues disponibles',
	add: 'Ajouter',
	added: 'déjà dans le rapport',
	chosen: 'Vues du rapport, dans l’ordre',
	none: 'Aucune vue : ajoutez-en depuis la liste.',
	up: 'Monter',
	down: 'Descendre',
	remove: 'Retirer',
	noteLabel: (view: string) => `Note sur « ${view} » (facultative)`,
	moved: (view: string, position: number, total: number) =>
		`« ${view} » déplacé en position ${position} sur ${total}.`,
	addedStatus: (view: string) => `« ${view} » ajouté au rapport.`,
	removedStatus: (view: string) => `« ${view} » retiré du rapport.`,
	print: 'Imprimer ou enregistrer en PDF',
	copyReportLink: 'Copier le lien du rapport',
	reportLinkName: 'Lien du rapport',
	preview: 'Aperçu du rapport',
	coverKicker: 'Rapport',
	madeOn: (date: string) => `Établi le ${date}`,
	contents: 'Sommaire',
	openOnline: 'Voir en ligne',
	dataAndSource: 'Données et source en ligne',
	viewLoading: 'Chargement des données de la vue…',
	viewFailed: (detail: string) =>
		`Les données de cette vue n’ont pas pu être chargées (${detail}). Vérifiez la connexion, puis réessayez.`,
	retry: 'Réessayer',
	viewsPending: 'Impression possible quand les données de toutes les vues seront chargées.',
	appendixPending:
		'L’annexe sera établie quand les données de toutes les vues du rapport seront chargées.',
	appendix: 'Annexe : sources et méthode',
	appendixIntro:
		'Chaque chiffre de ce rapport vient des fichiers ci-dessous, lus par l’importateur de l’Observatoire et interrogés avec DuckDB. Une valeur manquante reste manquante (jamais remplacée par 0 ni interpolée) ; les indicateurs Eurostat accompagnent chaque valeur.',
	datasetCol: 'Jeu de données',
	publisherCol: 'Source',
	vintageCol: 'Version',
	fileCol: 'Fichier',
	usedIn: 'Utilisé dans ce rapport',
	yes: 'oui',
	no: 'non',
	lastUpdate: (when: string) => `mise à jour Eurostat ${when}`,
	method: [
		'L’année indiquée est celle de l’enquête sur l’usage des TIC dans les entreprises ; les ventes portent sur l’année précédente.',
		'La moyenne UE est l’agrégat UE à 27 (EU27_2020) publié par Eurostat, non recalculé.',
		'Les données régionales et sectorielles livrées sont des données illustratives générées, pas des statistiques.'
	],
	embedFrom: (site: string) => `Voir sur ${site}`,
	tableCaption: 'Valeurs par année d’enquête',
	notAvailable: 'non disponible'
};

export type ExportMessages = typeof fr;

const en: ExportMessages = {
	nav: 'Report',
	menuLabel: (what: string) => `Export and share: ${what}`,
	menuTitle: 'Export and share',
	svg: 'SVG image',
	png: 'PNG image (2×)',
	csv: 'CSV data',
	xlsx: 'Excel workbook',
	copyLink: 'Copy link',
	copyEmbed: 'Copy embed code',
	toReport: 'Put in a report',
	working: 'Preparing the file…',
	downloaded: (file: string) => `File ${file} downloaded.`,
	copied: (what: string) => `${what} copied to the clipboard.`,
	copyFallback: (what: string) =>
		`Automatic copy is not available: select the ${what.toLowerCase()} below and copy it (Ctrl+C or ⌘+C).`,
	failed: (message: string) => `Failed: ${message}`,
	noChart: 'the chart is not displayed yet',
	linkName: 'Link',
	embedName: 'Embed code',
	dataDate: (when: string) => `Data: ${when}`,
	flagsLegendTitle: 'Eurostat flags',
	columns: {
		geo: 'Geo code',
		label: 'Area',
		period: 'Survey year',
		value: 'Value (% of enterprises)',
		flags: 'Eurostat flags'
	},
	reportTitle: 'Build a report',
	reportIntro:
		'Pick views, add a note to each, put them in order, then print the report or save it as PDF. The page address keeps the report: copy it to reopen or share it.',
	builderLabel: 'Report content',
	docTitleLabel: 'Report title',
	defaultDocTitle: 'E-commerce of French SMEs against the EU',
	available: 'Available views',
	add: 'Add',
	added: 'already in the report',
	chosen: 'Views in the report, in order',
	none: 'No view yet: add some from the list.',
	up: 'Move up',
	down: 'Move down',
	remove: 'Remove',
	noteLabel: (view: string) => `Note on “${view}” (optional)`,
	moved: (view: string, position: number, total: number) =>
		`“${view}” moved to position ${position} of ${total}.`,
	addedStatus: (view: string) => `“${view}” added to the report.`,
	removedStatus: (view: string) => `“${view}” removed from the report.`,
	print: 'Print or save as PDF',
	copyReportLink: 'Copy the report link',
	reportLinkName: 'Report link',
	preview: 'Report preview',
	coverKicker: 'Report',
	madeOn: (date: string) => `Made on ${date}`,
	contents: 'Contents',
	openOnline: 'View online',
	dataAndSource: 'Data and source online',
	viewLoading: 'Loading the view’s data…',
	viewFailed: (detail: string) =>
		`This view’s data could not be loaded (${detail}). Check the connection, then try again.`,
	retry: 'Try again',
	viewsPending: 'Printing is possible once every view’s data has loaded.',
	appendixPending:
		'The appendix will be drawn up once the data of every view in the report has loaded.',
	appendix: 'Appendix: sources and method',
	appendixIntro:
		'Every figure in this report comes from the files below, read by the Observatory’s importer and queried with DuckDB. A missing value stays missing (never replaced by 0 nor interpolated); Eurostat flags go with every value.',
	datasetCol: 'Dataset',
	publisherCol: 'Source',
	vintageCol: 'Vintage',
	fileCol: 'File',
	usedIn: 'Used in this report',
	yes: 'yes',
	no: 'no',
	lastUpdate: (when: string) => `Eurostat update ${when}`,
	method: [
		'The year shown is the year of the survey on ICT usage in enterprises; sales refer to the year before.',
		'The EU average is the EU-27 aggregate (EU27_2020) published by Eurostat, not recomputed.',
		'The bundled regional and sector data are generated illustrative data, not statistics.'
	],
	embedFrom: (site: string) => `View on ${site}`,
	tableCaption: 'Values by survey year',
	notAvailable: 'not available'
};

export const exportMessages: Record<Locale, ExportMessages> = { fr, en };

/** The export and report strings of one locale. `tExport('en').csv` → `CSV data` */
export function tExport(locale: Locale): ExportMessages {
	return exportMessages[locale];
}
