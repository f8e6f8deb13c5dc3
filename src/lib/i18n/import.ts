import { isKnownCode, labelOf, type CodeDimension } from '../domain/codes';
import type { Locale } from '../domain/locale';
import type {
	CommitBlock,
	DecimalMark,
	Delimiter,
	DialectPart,
	FileProblem,
	TextEncodingId
} from '../data/ingest/types';
import { megabytesIn } from './importIssues';
import { MAX_REJECTED_ROWS } from '../data/ingest/limits';

/**
 * Strings of the import and catalogue pages, French first. Functions where a sentence takes a
 * value, so word order stays right in each language.
 */
const fr = {
	importTitle: 'Importer vos fichiers',
	importIntro:
		'Déposez des fichiers Eurostat (TSV, SDMX-CSV, JSON-stat, compressés ou non) ou vos propres tableaux régionaux et sectoriels. Tout est lu dans votre navigateur : rien n’est envoyé nulle part.',
	templateTitle: 'Modèle pour vos propres tableaux',
	templateIntro:
		'Un tableau « long » avec les codes Eurostat : une ligne par chiffre, séparateur « ; » et virgule décimale acceptés.',
	templateCsv: 'Télécharger le modèle (CSV)',
	templateDoc: 'Lire la notice du modèle',
	dropLabel: 'Déposez vos fichiers ici',
	dropOr: 'ou',
	choose: 'Choisir des fichiers',
	accepted: (limit: string) =>
		`CSV, TSV, JSON-stat, et leurs versions .gz, classeurs Excel (.xlsx) ; plusieurs fichiers à la fois ; ${limit} au plus par fichier.`,
	tooLarge: (file: string, size: string, limit: string) =>
		`${file} fait ${size} : c’est plus que les ${limit} qu’un onglet de navigateur peut lire sans se bloquer. Filtrez le jeu sur Eurostat (moins de pays, d’années ou de tailles), découpez le fichier, ou vérifiez-le sur un ordinateur avec « npm run validate ».`,
	reading: (file: string) => `Lecture de ${file}`,
	progress: (rows: string, percent: string) => `${rows} lignes lues · ${percent}`,
	decoding: 'décompression et décodage…',
	cancel: 'Annuler',
	cancelled: (file: string) => `Lecture de ${file} annulée.`,
	failed: (file: string, message: string) => `${file} n’a pas pu être lu : ${message}`,
	remove: 'Retirer',
	reportTitle: (file: string) => `Rapport d’import : ${file}`,
	notCommitted:
		'Rien n’est encore ajouté : vérifiez le rapport, réglez les conflits, puis ajoutez au tableau de bord.',
	format: 'Format reconnu',
	formatUnknown: 'non reconnu',
	linesInFile: 'Lignes du fichier (en-tête compris)',
	rowsRead: 'Lignes lues',
	rowsAccepted: 'Lignes acceptées',
	rowsRejected: 'Lignes rejetées',
	/** The same counts for a JSON-stat cube, which has cells, not lines. */
	cubeCells: {
		read: 'Cellules lues',
		accepted: 'Cellules acceptées',
		rejected: 'Cellules rejetées'
	},
	blankRows: 'Lignes vides (comptées, sans donnée)',
	joinedLines: 'Lignes de libellés sur plusieurs lignes',
	dimensionName: {
		indicator: 'indicateur',
		unit: 'unité',
		sizeClass: 'taille',
		nace: 'activité',
		geo: 'zone',
		flag: 'statut'
	} satisfies Record<CodeDimension, string>,
	decimalQuestion: 'Séparateur décimal',
	decimalAmbiguous: (example: string, line: number) =>
		`« ${example} » (ligne ${line}) peut vouloir dire un millier ou un nombre à virgule. Dites lequel avant d’ajouter le fichier :`,
	decimalMeansThousands: (example: string) => `« ${example} » est un millier (virgule décimale)`,
	decimalMeansDecimal: (example: string) => `« ${example} » est un nombre à point décimal`,
	cellsRejected: 'Cellules rejetées dans des lignes acceptées',
	duplicates: 'Doublons (gardés une fois)',
	observations: 'Observations',
	missing: 'Dont valeurs manquantes',
	geos: 'Zones couvertes',
	periods: 'Périodes',
	fatal: 'Fichier illisible',
	unknownCodes: 'Codes inconnus (conservés, à vérifier)',
	unknownCode: 'code inconnu',
	issuesTitle: (n: number) => `${n} ${n > 1 ? 'remarques' : 'remarque'}`,
	issueFile: 'Fichier',
	issueLine: 'Ligne',
	/** The place column when the places are cells (a workbook's, a JSON-stat cube's). */
	issueCell: 'Cellule',
	issueColumn: 'Colonne',
	issueSeverity: 'Gravité',
	issueReason: 'Motif',
	severity: { error: 'rejet', warning: 'avertissement' },
	downloadRejected: 'Télécharger les lignes rejetées (CSV)',
	/** The downloaded file of rejected lines: its column names and its last record. */
	rejectedFile: {
		header: ['fichier', 'ligne', 'colonne', 'nom_colonne', 'motif'] as readonly string[],
		field: (i: number) => `champ_${i}`,
		notKept: (n: number) =>
			`${n.toLocaleString('fr-FR')} autre${n > 1 ? 's' : ''} ligne${n > 1 ? 's' : ''} rejetée${n > 1 ? 's' : ''}, comptée${n > 1 ? 's' : ''} mais non reprise${n > 1 ? 's' : ''} ici (au-delà de ${MAX_REJECTED_ROWS.toLocaleString('fr-FR')} par fichier)`
	},
	dialectTitle: 'Réglages de lecture',
	dialectUnsure:
		'Nous ne sommes pas sûrs de la façon dont ce fichier est écrit. Regardez l’aperçu et corrigez si besoin :',
	dialectSummary: (d: string, m: string, e: string) => `séparateur ${d} · décimales ${m} · ${e}`,
	dialectPart: {
		delimiter: 'Séparateur de colonnes',
		decimal: 'Séparateur décimal',
		encoding: 'Encodage des caractères'
	} satisfies Record<DialectPart, string>,
	delimiterName: {
		',': 'virgule « , »',
		';': 'point-virgule « ; »',
		'\t': 'tabulation',
		'|': 'barre « | »'
	} satisfies Record<Delimiter, string>,
	decimalName: { '.': 'point « . »', ',': 'virgule « , »' } satisfies Record<DecimalMark, string>,
	encodingName: {
		'utf-8': 'UTF-8',
		'windows-1252': 'Windows-1252 (Excel, Europe de l’Ouest)',
		'iso-8859-15': 'ISO-8859-15 (Latin-9)',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE'
	} satisfies Record<TextEncodingId, string>,
	preview: 'Aperçu des premières lignes, découpées avec ces réglages',
	reread: 'Relire avec ces réglages',
	synthetic: 'Ce fichier contient des données illustratives (pas de vraies statistiques)',
	conflictsTitle: (n: number) => `${n} ${n > 1 ? 'conflits' : 'conflit'} à trancher`,
	/** An option among several of the same file: which of its lines, in file order. */
	valueInFile: (nth: number) => `${nth === 1 ? '1re' : `${nth}e`} valeur du fichier`,
	conflictsIntro:
		'Le même chiffre (mêmes codes, même période) a des valeurs différentes selon les fichiers, ou dans un même fichier. Choisissez celle à garder : rien n’est écrasé sans votre accord. Une valeur gardée contre celle d’un fichier fourni avec le tableau de bord la remplace dans le suivi des objectifs, et dans la comparaison quand le fichier importé porte le même code de tableau ; le fichier fourni n’est pas modifié, et la retrouve si vous supprimez le jeu importé.',
	conflictStatistic: 'Chiffre',
	conflictChoice: 'Valeur à garder',
	keepAll: (file: string) => `Garder partout ${file}`,
	workbookSheet: (sheet: string) => `Classeur Excel, feuille « ${sheet} », lue comme `,
	measures: 'Ce que mesurent les chiffres',
	noIndicator:
		'aucun indicateur nommé : ces chiffres ne sont comparés à aucun autre tableau, et ne complètent aucune série',
	conflictsListed: (shown: number, all: number) => `${shown} conflits listés sur ${all}.`,
	moreConflicts: (n: number) => `Lister les ${n} suivants`,
	alreadyImported: 'déjà importé',
	bundledFile: 'fourni avec le tableau de bord',
	/**
	 * The edition of a conflict's value, from its file's vintage (the day, not the hour; a bare
	 * year is an edition's), or the span of its rows' dates when they differ.
	 */
	conflictUpdated: (vintage: string, from: string | null) =>
		from !== null
			? `mis à jour entre le ${from.slice(0, 10)} et le ${vintage.slice(0, 10)}`
			: /^\d{4}$/.test(vintage)
				? `édition ${vintage}`
				: `mis à jour le ${vintage.slice(0, 10)}`,
	alreadyBundled: 'Dont déjà dans les données fournies (même valeur)',
	missingValue: 'manquant',
	commit: 'Ajouter au tableau de bord',
	commitBlocked: {
		reading: 'Attendez la fin de la lecture.',
		conflicts: 'Choisissez une valeur pour chaque conflit.',
		nothing: 'Aucune observation à ajouter.',
		decimal: 'Dites quel est le séparateur décimal du fichier (voir son rapport).',
		checking: 'Recherche des doublons et des conflits…'
	},
	adding: 'Ajout en cours…',
	committed: (n: number) =>
		`${n} ${n > 1 ? 'jeux ajoutés' : 'jeu ajouté'} au tableau de bord et gardés dans ce navigateur.`,
	notStored:
		'Ce navigateur refuse le stockage local : les données importées dureront jusqu’à la fermeture de l’onglet.',
	seeCatalogue: 'Voir le catalogue',
	seeRegions: 'Voir la vue régionale',
	engineLoading: 'Chargement dans le moteur DuckDB du navigateur…',
	engineLoaded: 'Chargé dans le moteur DuckDB du navigateur.',
	engineFailed: (message: string) => `Le moteur DuckDB n’a pas pu charger ces données : ${message}`,
	limitNote: (limit: string) =>
		`Limite : ${limit} par fichier (au-delà, un onglet de navigateur manque de mémoire).`,
	catalogueTitle: 'Catalogue des données',
	catalogueIntro:
		'Tous les jeux de données du tableau de bord : ceux livrés avec le site et ceux que vous avez importés dans ce navigateur.',
	bundled: 'Livré avec le site',
	importedKind: 'Importé dans ce navigateur',
	colName: 'Jeu de données',
	colSource: 'Source',
	colVintage: 'Version',
	colEurostatUpdate: 'Dernière mise à jour Eurostat',
	colFetched: 'Téléchargé le',
	noEurostatUpdate: 'aucune : données illustratives, pas un tableau Eurostat',
	updateUnknown: 'non indiquée',
	updateFromManifest: 'selon le manifeste',
	generatedOn: (when: string) => `généré le ${when}`,
	colRows: 'Observations',
	colPeriods: 'Périodes',
	colGeos: 'Zones',
	colImported: 'Importé le',
	colKind: 'Nature',
	syntheticBadge: 'données illustratives',
	realData: 'statistiques',
	removeDataset: (name: string) => `Retirer ${name}`,
	removed: (name: string) =>
		`${name} a été retiré. Les données livrées avec le site ne changent pas.`,
	/** Figures of another import that only the removed one kept (a repeat, or a conflict it won). */
	removedLost: (figures: string, count: number, file: string) =>
		`${count > 1 ? `${figures} chiffres` : 'Un chiffre'} de ${file}, écarté${count > 1 ? 's' : ''} à l’import au profit de ce fichier, ne ${count > 1 ? 'reviennent' : 'revient'} pas : importez de nouveau ${file} pour ${count > 1 ? 'les' : 'le'} retrouver (ses doublons et conflits seront vérifiés de nouveau).`,
	noImported: 'Aucun jeu importé dans ce navigateur pour l’instant.',
	importLink: 'Importer des fichiers',
	yourFile: 'Votre fichier',
	notApplicable: '—'
};

type ImportMessages = typeof fr;

const en: ImportMessages = {
	importTitle: 'Import your files',
	importIntro:
		'Drop Eurostat files (TSV, SDMX-CSV, JSON-stat, gzipped or not) or your own regional and sector tables. Everything is read in your browser: nothing is sent anywhere.',
	templateTitle: 'Template for your own tables',
	templateIntro:
		'A “long” table with Eurostat codes: one row per figure; “;” separators and decimal commas are accepted.',
	templateCsv: 'Download the template (CSV)',
	templateDoc: 'Read the template guide',
	dropLabel: 'Drop your files here',
	dropOr: 'or',
	choose: 'Choose files',
	accepted: (limit: string) =>
		`CSV, TSV, JSON-stat and their .gz forms, Excel workbooks (.xlsx); several files at once; at most ${limit} per file.`,
	tooLarge: (file: string, size: string, limit: string) =>
		`${file} is ${size}: more than the ${limit} a browser tab can read without freezing. Filter the dataset on Eurostat (fewer countries, years or sizes), split the file, or check it on a computer with “npm run validate”.`,
	reading: (file: string) => `Reading ${file}`,
	progress: (rows: string, percent: string) => `${rows} rows read · ${percent}`,
	decoding: 'decompressing and decoding…',
	cancel: 'Cancel',
	cancelled: (file: string) => `Reading ${file} was cancelled.`,
	failed: (file: string, message: string) => `${file} could not be read: ${message}`,
	remove: 'Remove',
	reportTitle: (file: string) => `Import report: ${file}`,
	notCommitted:
		'Nothing is added yet: check the report, settle the conflicts, then add to the dashboard.',
	format: 'Format recognised',
	formatUnknown: 'not recognised',
	linesInFile: 'Lines in the file (header included)',
	rowsRead: 'Rows read',
	rowsAccepted: 'Rows accepted',
	cubeCells: { read: 'Cells read', accepted: 'Cells accepted', rejected: 'Cells rejected' },
	rowsRejected: 'Rows rejected',
	blankRows: 'Blank rows (counted, no data)',
	joinedLines: 'Lines of labels spanning lines',
	dimensionName: {
		indicator: 'indicator',
		unit: 'unit',
		sizeClass: 'size',
		nace: 'activity',
		geo: 'area',
		flag: 'flag'
	},
	decimalQuestion: 'Decimal mark',
	decimalAmbiguous: (example: string, line: number) =>
		`“${example}” (line ${line}) may mean a thousand or a decimal number. Say which before adding the file:`,
	decimalMeansThousands: (example: string) => `“${example}” is a thousand (decimal comma)`,
	decimalMeansDecimal: (example: string) => `“${example}” is a decimal number (decimal point)`,
	cellsRejected: 'Cells rejected in accepted rows',
	duplicates: 'Duplicates (kept once)',
	observations: 'Observations',
	missing: 'of which missing values',
	geos: 'Areas covered',
	periods: 'Periods',
	fatal: 'Unreadable file',
	unknownCodes: 'Unknown codes (kept, to check)',
	unknownCode: 'unknown code',
	issuesTitle: (n: number) => `${n} ${n > 1 ? 'remarks' : 'remark'}`,
	issueFile: 'File',
	issueLine: 'Line',
	issueCell: 'Cell',
	issueColumn: 'Column',
	issueSeverity: 'Severity',
	issueReason: 'Reason',
	severity: { error: 'rejected', warning: 'warning' },
	downloadRejected: 'Download the rejected rows (CSV)',
	rejectedFile: {
		header: ['file', 'line', 'column', 'column_name', 'reason'],
		field: (i: number) => `field_${i}`,
		notKept: (n: number) =>
			`${n.toLocaleString('en-GB')} more rejected line${n > 1 ? 's' : ''}, counted but not listed here (past ${MAX_REJECTED_ROWS.toLocaleString('en-GB')} per file)`
	},
	dialectTitle: 'Reading settings',
	dialectUnsure:
		'We are not sure how this file is written. Look at the preview and correct if needed:',
	dialectSummary: (d: string, m: string, e: string) => `separator ${d} · decimals ${m} · ${e}`,
	dialectPart: {
		delimiter: 'Column separator',
		decimal: 'Decimal mark',
		encoding: 'Character encoding'
	},
	delimiterName: { ',': 'comma “,”', ';': 'semicolon “;”', '\t': 'tab', '|': 'bar “|”' },
	decimalName: { '.': 'dot “.”', ',': 'comma “,”' },
	encodingName: {
		'utf-8': 'UTF-8',
		'windows-1252': 'Windows-1252 (Excel, Western Europe)',
		'iso-8859-15': 'ISO-8859-15 (Latin-9)',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE'
	},
	preview: 'Preview of the first lines, split with these settings',
	reread: 'Read again with these settings',
	synthetic: 'This file holds illustrative data (not real statistics)',
	conflictsTitle: (n: number) => `${n} ${n > 1 ? 'conflicts' : 'conflict'} to settle`,
	valueInFile: (nth: number) =>
		`${nth}${nth % 10 === 1 && nth % 100 !== 11 ? 'st' : nth % 10 === 2 && nth % 100 !== 12 ? 'nd' : nth % 10 === 3 && nth % 100 !== 13 ? 'rd' : 'th'} value in the file`,
	conflictsIntro:
		'The same figure (same codes, same period) has different values in different files, or within one file. Choose which one to keep: nothing is overwritten without your say. A value kept over that of a file bundled with the dashboard replaces it in the target tracking, and in the comparison when the imported file carries the same table code; the bundled file is not changed, and gets it back if you remove the imported dataset.',
	conflictStatistic: 'Figure',
	conflictChoice: 'Value to keep',
	keepAll: (file: string) => `Keep ${file} everywhere`,
	workbookSheet: (sheet: string) => `Excel workbook, sheet “${sheet}”, read as `,
	measures: 'What the figures measure',
	noIndicator:
		'no indicator named: these figures are compared with no other table, and complete no series',
	conflictsListed: (shown: number, all: number) => `${shown} of ${all} conflicts listed.`,
	moreConflicts: (n: number) => `List the next ${n}`,
	alreadyImported: 'already imported',
	bundledFile: 'bundled with the dashboard',
	conflictUpdated: (vintage: string, from: string | null) =>
		from !== null
			? `updated between ${from.slice(0, 10)} and ${vintage.slice(0, 10)}`
			: /^\d{4}$/.test(vintage)
				? `${vintage} edition`
				: `updated ${vintage.slice(0, 10)}`,
	alreadyBundled: 'Of which already in the bundled data (same value)',
	missingValue: 'missing',
	commit: 'Add to the dashboard',
	commitBlocked: {
		reading: 'Wait until reading is over.',
		conflicts: 'Choose a value for every conflict.',
		nothing: 'No observation to add.',
		decimal: 'Say which decimal mark the file uses (see its report).',
		checking: 'Looking for duplicates and conflicts…'
	},
	adding: 'Adding…',
	committed: (n: number) =>
		`${n} ${n > 1 ? 'datasets' : 'dataset'} added to the dashboard and kept in this browser.`,
	notStored: 'This browser refuses local storage: imported data will last until the tab is closed.',
	seeCatalogue: 'See the catalogue',
	seeRegions: 'See the regional view',
	engineLoading: 'Loading into the in-browser DuckDB engine…',
	engineLoaded: 'Loaded into the in-browser DuckDB engine.',
	engineFailed: (message: string) => `The DuckDB engine could not load this data: ${message}`,
	limitNote: (limit: string) =>
		`Limit: ${limit} per file (beyond that a browser tab runs out of memory).`,
	catalogueTitle: 'Data catalogue',
	catalogueIntro:
		'Every dataset of the dashboard: those shipped with the site and those you imported in this browser.',
	bundled: 'Shipped with the site',
	importedKind: 'Imported in this browser',
	colName: 'Dataset',
	colSource: 'Source',
	colVintage: 'Vintage',
	colEurostatUpdate: 'Eurostat’s last update',
	colFetched: 'Downloaded on',
	noEurostatUpdate: 'none: illustrative data, not a Eurostat table',
	updateUnknown: 'not stated',
	updateFromManifest: 'as the manifest says',
	generatedOn: (when: string) => `generated on ${when}`,
	colRows: 'Observations',
	colPeriods: 'Periods',
	colGeos: 'Areas',
	colImported: 'Imported on',
	colKind: 'Kind',
	syntheticBadge: 'illustrative data',
	realData: 'statistics',
	removeDataset: (name: string) => `Remove ${name}`,
	removed: (name: string) => `${name} was removed. The data shipped with the site is unchanged.`,
	removedLost: (figures: string, count: number, file: string) =>
		`${count > 1 ? `${figures} figures` : 'One figure'} of ${file}, set aside at import for this file's, ${count > 1 ? 'do' : 'does'} not come back: import ${file} again to get ${count > 1 ? 'them' : 'it'} back (its duplicates and conflicts will be checked again).`,
	noImported: 'No dataset imported in this browser yet.',
	importLink: 'Import files',
	yourFile: 'Your file',
	notApplicable: '—'
};

/**
 * The codes of a statistic as a person reads them: the label where the code lists know the code,
 * the code itself otherwise (with the code kept in the `code` field for a tooltip or a `<code>`).
 * `labelledCodes({ geo: 'FR', unit: 'PC_ENT' }, 'fr')` → `[{ code: 'PC_ENT', label: "Pourcentage d'entreprises" }, { code: 'FR', label: 'France' }]`.
 */
export function labelledCodes(
	o: Partial<Record<Exclude<CodeDimension, 'flag'>, string>>,
	locale: Locale
): { code: string; label: string | null }[] {
	const dimensions = ['indicator', 'unit', 'sizeClass', 'nace', 'geo'] as const;
	return dimensions
		.filter((d) => o[d])
		.map((d) => ({ code: o[d]!, label: knownLabel(d, o[d]!, locale) }));
}

/** A code's label where the code lists know it, else null. `knownLabel('geo', 'FR', 'en')` → `'France'` */
function knownLabel(
	dimension: Exclude<CodeDimension, 'flag'>,
	code: string,
	locale: Locale
): string | null {
	return isKnownCode(dimension, code) ? labelOf(dimension, code, locale) : null;
}

/**
 * What a file's figures measure, in words: each indicator, unit and size class it names (its
 * labels where the code lists know them), at most `max` of each; `null` when it names no indicator.
 * `measuresText({ indicator: ['E_ESELL'], unit: ['PC_ENT'], sizeClass: ['10-249'] }, 'en')` →
 * `'Enterprises with e-commerce sales … · Percentage of enterprises · From 10 to 249 persons employed (SMEs)'`.
 */
export function measuresText(
	codes: Readonly<Record<'indicator' | 'unit' | 'sizeClass', readonly (string | null)[]>>,
	locale: Locale,
	max = 3
): string | null {
	const named = (d: 'indicator' | 'unit' | 'sizeClass') => codes[d].filter((c): c is string => !!c);
	if (named('indicator').length === 0) return null;
	const words = (d: 'indicator' | 'unit' | 'sizeClass') => {
		const list = named(d);
		const shown = list.slice(0, max).map((c) => {
			const label = knownLabel(d, c, locale);
			return label ? `${label} (${c})` : c;
		});
		return list.length > max ? [...shown, `+${list.length - max}`].join(', ') : shown.join(', ');
	};
	return (['indicator', 'unit', 'sizeClass'] as const)
		.map(words)
		.filter((w) => w !== '')
		.join(' · ');
}

/** The import and catalogue strings of a locale: `tImport('en').commit` → `'Add to the dashboard'`. */
export function tImport(locale: Locale): ImportMessages {
	return locale === 'en' ? en : fr;
}

/**
 * Why a file is not read, in words. `fileProblem({ kind: 'cancelled' }, 'a.csv', 'fr')` →
 * `Lecture de a.csv annulée.`
 */
export function fileProblem(problem: FileProblem, file: string, locale: Locale): string {
	const m = tImport(locale);
	if (problem.kind === 'cancelled') return m.cancelled(file);
	if (problem.kind === 'failed') return m.failed(file, problem.reason);
	return m.tooLarge(file, megabytesIn(problem.size, locale), megabytesIn(problem.limit, locale));
}

/**
 * Why "Ajouter au tableau de bord" is disabled, in words; `null` when it is not.
 * `commitBlockedText('conflicts', 'fr')` → `Choisissez une valeur pour chaque conflit.`
 */
export function commitBlockedText(block: CommitBlock, locale: Locale): string | null {
	const m = tImport(locale);
	if (block === null) return null;
	if (typeof block === 'object') return block.failed;
	return block === 'adding' ? m.adding : m.commitBlocked[block];
}

export { fr, en };
