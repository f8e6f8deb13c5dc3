/**
 * The importer's messages in French and English. The importer gives typed codes with parameters
 * (`IssueMessage`, see `src/lib/data/ingest/types.ts`); this renders them for the import page,
 * the data pages and the command line. No sentence is built anywhere else, so a message reads the
 * same in the browser and in `npm run validate`, in the reader's language.
 * Imports no charting or DOM code: the import Worker and the command line use it.
 */
import type { Locale } from '../domain/codes';
import type {
	DecimalMark,
	Delimiter,
	IssueCode,
	IssueMessage,
	IssueParamsByCode,
	TextEncodingId
} from '../data/ingest/types';
import { wholeMegabytes } from '../data/ingest/limits';
import { list } from './store';

/**
 * A size in megabytes, rounded, in the locale's unit: `megabytesIn(200 * 2 ** 20, 'fr')` → `'200 Mo'`.
 */
export function megabytesIn(bytes: number, locale: Locale): string {
	return `${count(wholeMegabytes(bytes), locale)}${locale === 'fr' ? '\u00a0Mo' : ' MB'}`;
}

/** A whole number with the locale's grouping: `count(12345, 'fr')` → `'12 345'` (narrow space). */
function count(n: number, locale: Locale): string {
	const text = String(Math.abs(Math.round(n))).replace(
		/\B(?=(\d{3})+(?!\d))/g,
		locale === 'fr' ? '\u202f' : ','
	);
	return n < 0 ? `\u2212${text}` : text;
}

/** A value as read, in the locale's decimal mark: `decimalIn(150.5, 'fr')` → `'150,5'`. */
function decimalIn(v: number, locale: Locale): string {
	const text = String(v);
	return locale === 'fr' ? text.replace('.', ',').replace(/^-/, '\u2212') : text;
}

type Renderers = { [C in IssueCode]: (p: IssueParamsByCode[C]) => string };

const delimiterFr: Record<Delimiter, string> = {
	',': 'virgules',
	';': 'points-virgules',
	'\t': 'tabulations',
	'|': 'barres « | »'
};
const delimiterEn: Record<Delimiter, string> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab',
	'|': 'pipe'
};
const decimalFr = (d: DecimalMark) =>
	d === ',' ? 'un nombre à virgule décimale (« 17,5 »)' : 'un nombre à point décimal (« 17.5 »)';
const decimalEn = (d: DecimalMark) =>
	d === ','
		? 'a number with a comma for decimals ("17,5")'
		: 'a number with a dot for decimals ("17.5")';
const encodingName: Record<TextEncodingId, string> = {
	'utf-8': 'UTF-8',
	'windows-1252': 'Windows-1252',
	'iso-8859-15': 'ISO-8859-15',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};
const dimensionFr = {
	indicator: 'des indicateurs',
	unit: 'des unités',
	sizeClass: 'des tailles d’entreprise',
	nace: 'des activités (NACE)',
	geo: 'des zones géographiques'
};
const dimensionEn = {
	indicator: 'indicator',
	unit: 'unit',
	sizeClass: 'size class',
	nace: 'NACE activity',
	geo: 'geo'
};

const LAYOUTS_FR =
	'un TSV Eurostat, un SDMX-CSV, un tableau long avec les colonnes geo, TIME_PERIOD et OBS_VALUE (voir le modèle d’import) ou un JSON-stat 2.0';
const LAYOUTS_EN =
	'a Eurostat TSV, an SDMX-CSV, a long table with the columns geo, TIME_PERIOD and OBS_VALUE (see the import template) or JSON-stat 2.0';

function frRenderers(): Renderers {
	const mb = (b: number) => megabytesIn(b, 'fr');
	return {
		'too-large': (p) =>
			`Le fichier fait ${mb(p.size)}, plus que les ${mb(p.limit)} qu’un onglet de navigateur peut lire. Filtrez le jeu (moins de pays, d’années ou de tailles), découpez le fichier, ou vérifiez-le sur un ordinateur avec « npm run validate ».`,
		'too-large-expanded': (p) =>
			`Une fois décompressé, le fichier dépasse ${mb(p.limit)}, plus qu’un onglet de navigateur peut lire. Filtrez le jeu ou découpez le fichier.`,
		'gzip-broken': (p) =>
			`Le fichier commence comme un fichier gzip mais n’a pas pu être décompressé (${p.reason}) ; il est peut-être coupé. Enregistrez-le ou téléchargez-le de nouveau.`,
		spreadsheet: () =>
			'C’est un classeur Excel 97–2003 (XLS), qui n’est pas lu ici. Enregistrez-le en .xlsx, ou la feuille en CSV (UTF-8 ou Windows), depuis votre tableur.',
		'workbook-broken': (p) =>
			`Le fichier ressemble à un classeur Excel mais n’a pas pu être ouvert (${p.reason}) ; il est peut-être abîmé ou protégé par un mot de passe. Ouvrez-le dans votre tableur et enregistrez-le de nouveau en .xlsx ou en CSV.`,
		'workbook-empty': () => 'Ce classeur Excel n’a aucune feuille.',
		internal: (p) =>
			`Le fichier n’a pas pu être lu à cause d’une erreur interne (${p.reason}). Merci de la signaler avec le fichier.`,
		empty: () => 'Le fichier est vide.',
		'json-not-json-stat': () =>
			`C’est du JSON, mais pas un jeu JSON-stat 2.0 (pas de « dimension » ni de « value »). Attendu : ${LAYOUTS_FR}.`,
		'unrecognised-header': (p) =>
			`En-tête non reconnu : « ${p.header} ».${p.hint === 'legacy' ? ' On dirait un ancien CSV du Data Explorer (des libellés au lieu des codes), impossible à rapprocher sûrement : prenez le jeu en TSV ou SDMX-CSV.' : ' Il faut au moins les colonnes geo, TIME_PERIOD et OBS_VALUE : partez du modèle d’import.'} Attendu : ${LAYOUTS_FR}.`,
		'no-header': () => 'Le fichier n’a pas de ligne d’en-tête.',
		'tsv-no-backslash': (p) =>
			`La première cellule d’en-tête « ${p.cell} » n’a pas de « \\ » avant la dimension du temps (attendu par exemple « freq,unit,geo\\TIME_PERIOD »).`,
		'tsv-no-geo': (p) =>
			`La première cellule d’en-tête « ${p.cell} » ne nomme pas de dimension geo.`,
		'no-periods': () => 'L’en-tête n’a aucune colonne de période.',
		'header-without-period': (p) => `La colonne ${p.column} de l’en-tête n’a pas de période.`,
		'missing-column': (p) => `L’en-tête n’a pas de colonne ${p.name}.`,
		'duplicate-columns': (p) =>
			`L’en-tête a plusieurs colonnes nommées ${p.names} (colonnes ${p.columns}), majuscules ou non : impossible de savoir laquelle lire. Renommez ou supprimez les colonnes en trop.`,
		'bad-period-header': (p) =>
			`La colonne ${p.column} de l’en-tête, « ${p.period} », n’est pas une période (attendu « 2023 », « 2023Q1 », « 2023M01 »…).`,
		'not-json': (p) => `Ce n’est pas du JSON valide (${p.reason}).`,
		'json-shape': (p) => `Le JSON-stat est mal formé : ${p.reason}.`,
		'json-too-large': (p) =>
			`Le cube JSON-stat déclare ${count(p.cells, 'fr')} cellules, plus que les ${count(p.limit, 'fr')} qu’on peut lire. Filtrez le jeu avant de le télécharger.`,
		encoding: (p) =>
			p.encoding === 'windows-1252'
				? 'Le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe de l’Ouest). Vérifiez que les accents s’affichent bien, ou enregistrez-le en UTF-8.'
				: `Le fichier est en ${encodingName[p.encoding]}${p.bom ? '' : ' (sans marque d’ordre des octets, détecté)'} ; il a été lu ainsi.`,
		'ambiguous-decimal': (p) =>
			`« ${p.example} » (ligne ${p.line}) peut être un millier ou un nombre décimal : dites quel est le séparateur décimal avant d’ajouter le fichier.`,
		'too-many-errors': (p) =>
			`${count(p.count, 'fr')} autres erreurs ne sont pas listées (seules les ${p.max} premières le sont).`,
		'bad-size': (p) =>
			`« value » a ${count(p.entries, 'fr')} entrées alors que les tailles donnent ${count(p.cells, 'fr')} cellules.`,
		'bad-quote': (p) =>
			p.kind === 'unclosed'
				? 'Un guillemet « " » ouvre ce champ et ne se ferme pas sur la ligne : la ligne est rejetée et la lecture continue à la suivante. Fermez le guillemet ou supprimez-le.'
				: 'Du texte suit le guillemet fermant de ce champ (« "ab"c ») : la ligne est rejetée. Vérifiez les guillemets.',
		'truncated-cell': (p) =>
			`Le fichier s’arrête au milieu de cette cellule (« ${p.cell} », sans l’espace ou le statut qui termine les autres) : sa valeur peut être tronquée, elle est refusée ; les cellules complètes de la ligne sont gardées. Récupérez le fichier entier.`,
		'header-only': (p) =>
			p.lines === 1
				? 'Le fichier n’a que sa ligne d’en-tête : aucune donnée à lire.'
				: `Le fichier n’a que ses ${p.lines} lignes d’en-tête : aucune donnée à lire.`,
		'bad-last-update': (p) =>
			`La date de mise à jour « ${p.value} » n’est pas une date (jour/mois/année, ou AAAA-MM-JJ) : elle est ignorée, et le fichier n’est pas daté par elle.`,
		'future-last-update': (p) =>
			`La date de mise à jour ${p.value} est dans le futur : elle est ignorée, le fichier ne passe pas pour plus récent qu’il n’est. Vérifiez-la dans le fichier d’origine.`,
		'last-update-varies': (p) =>
			`Les lignes portent ${p.count} dates de mise à jour, du ${p.oldest} au ${p.newest} : le fichier est daté de la plus récente, ${p.newest}.`,
		'thousands-read': (p) =>
			`${p.count === 1 ? 'Une valeur avec un point est lue' : `${p.count} valeurs avec un point sont lues`} comme des milliers, ce fichier écrivant les décimales avec une virgule : « ${p.example} » est lu ${p.value.toLocaleString('fr-FR')}${p.count > 1 ? ' (la première)' : ''}. Si ce point était une virgule décimale, corrigez les réglages de lecture.`,
		'unterminated-last-line': (p) =>
			`Le fichier ne se termine pas par un saut de ligne : il est peut-être coupé dans cette dernière ligne. Sa valeur « ${p.value} » est gardée ; vérifiez-la dans le fichier d’origine.`,
		'wrong-field-count': (p) =>
			`La ligne a ${p.count} champs séparés par des ${delimiterFr[p.delimiter]} alors que l’en-tête en a ${p.expected}${p.cut ? ' (le fichier est peut-être coupé ici)' : ''}. Elle est rejetée${p.count > p.expected && p.delimiter !== '\t' ? ' ; un libellé contenant le séparateur doit être entre guillemets' : p.count < p.expected ? ' ; il lui manque des champs' : ''}.`,
		'bad-key': (p) =>
			`Le premier champ a ${p.count} codes séparés par des virgules alors que l’en-tête en nomme ${p.expected} (${p.dimensions}). La ligne est rejetée.`,
		'missing-key': (p) => `Le code ${p.name} est vide : la ligne est rejetée.`,
		'bad-value': (p) =>
			`La valeur « ${p.value} » n’est pas un nombre. Attendu : ${decimalFr(p.decimal)}${p.wide ? ', suivi éventuellement d’une espace et de lettres de statut (« 13.25 b »), ou « : » si elle manque' : ', ou une cellule vide si elle manque'}.`,
		'bad-flag': (p) =>
			`Le statut « ${p.flag} » n’est pas une suite de lettres (comme « b » ou « bu »).`,
		'bad-period': (p) =>
			p.frequency === 'A'
				? /^\d{4}$/.test(p.period)
					? `L’année ${p.period} est hors de l’intervalle accepté (de 1900 à 2100).`
					: `La période « ${p.period} » n’est pas une année sur quatre chiffres (de 1900 à 2100), alors que la fréquence est annuelle.`
				: `La période « ${p.period} » ne correspond pas à la fréquence « ${p.frequency} ».`,
		'out-of-range': (p) =>
			`La valeur ${decimalIn(p.value, 'fr')} sort de l’intervalle ${p.min}–${p.max} possible pour l’unité ${p.unit} (une part en pourcentage).`,
		underflow: (p) =>
			`La valeur « ${p.value} » est trop petite pour être représentée (elle deviendrait 0).`,
		'bad-index': (p) =>
			`La cellule « ${p.cell} » est hors du cube de ${count(p.total, 'fr')} cellules.`,
		'bad-cell': (p) =>
			p.reason === 'empty-code'
				? `La cellule ${p.cell} a un code ${p.value} vide.`
				: p.reason === 'not-number'
					? `La cellule ${p.cell} a pour valeur ${p.value}, qui n’est pas un nombre.`
					: `La cellule ${p.cell} a pour statut « ${p.value} », qui n’est pas une suite de lettres.`,
		'unknown-area-label': (p) =>
			`La zone « ${p.label} » n’est dans aucune liste de codes (pays, agrégats UE et zone euro, régions françaises) : la ligne est rejetée. Exportez le tableau avec les codes (« GEO (Codes) ») ou corrigez le libellé.`,
		'other-data-sheets': (p) => {
			const others = p.others.map(
				(o) => `« ${o.sheet} »${o.differs.length ? ` (${o.differs.join(', ')})` : ''}`
			);
			return `Ce classeur porte aussi des chiffres sur ${p.others.length > 1 ? 'les feuilles' : 'la feuille'} ${list(others, 'fr')}, ${p.others.length > 1 ? 'qui ne sont pas lues' : 'qui n’est pas lue'} : seule « ${p.read} » l’est. Choisissez une feuille dans la liste pour la lire à la place, ou enregistrez-la comme classeur à part pour l’importer aussi.`;
		},
		'unknown-sheet-label': (p) =>
			`La feuille donne « ${p.label} » pour « ${p.name} », qui n’est pas dans la liste ${dimensionFr[p.dimension]} : ses lignes sont gardées sans cette dimension, en série à part, et ne se comparent pas aux données d’Eurostat. Vérifiez le libellé, ou exportez le tableau en SDMX-CSV, qui donne les codes.`,
		'unknown-code': (p) =>
			`Le code « ${p.code} » n’est pas dans la liste ${dimensionFr[p.dimension]} (première occurrence ici). Il est gardé tel quel ; vérifiez l’orthographe.`,
		'unknown-flag': (p) =>
			`« ${p.flag} » n’est pas un statut d’observation ou de confidentialité d’Eurostat (première occurrence ici). Il est gardé tel quel.`,
		'conflicting-duplicate': (p) =>
			`Le même chiffre (${p.key}) a plusieurs valeurs : ${p.values}. Choisissez laquelle garder.`
	};
}

function enRenderers(): Renderers {
	const mb = (b: number) => megabytesIn(b, 'en');
	return {
		'too-large': (p) =>
			`The file is ${mb(p.size)}, more than the ${mb(p.limit)} a browser tab can read. Filter the dataset (fewer countries, years or sizes), split the file, or check it on a computer with "npm run validate".`,
		'too-large-expanded': (p) =>
			`Once decompressed the file passes ${mb(p.limit)}, more than a browser tab can read. Filter the dataset or split the file.`,
		'gzip-broken': (p) =>
			`The file starts like a gzip file but could not be decompressed (${p.reason}); it may be cut off. Save or download it again.`,
		spreadsheet: () =>
			'This is an Excel 97–2003 workbook (XLS), which is not read here. Save it as .xlsx, or the sheet as CSV (UTF-8 or Windows), from your spreadsheet program.',
		'workbook-broken': (p) =>
			`The file looks like an Excel workbook but could not be opened (${p.reason}); it may be damaged or protected by a password. Open it in your spreadsheet program and save it again as .xlsx or CSV.`,
		'workbook-empty': () => 'This Excel workbook has no sheet.',
		internal: (p) =>
			`The file could not be read because of an internal error (${p.reason}). Please report it with the file.`,
		empty: () => 'The file is empty.',
		'json-not-json-stat': () =>
			`It is JSON but not a JSON-stat 2.0 dataset (no "dimension" and "value"). Expected ${LAYOUTS_EN}.`,
		'unrecognised-header': (p) =>
			`Unrecognised header "${p.header}".${p.hint === 'legacy' ? ' It looks like a legacy Data Explorer CSV (labels instead of codes), which cannot be matched reliably: take the dataset as TSV or SDMX-CSV.' : ' A table needs at least the columns geo, TIME_PERIOD and OBS_VALUE: start from the import template.'} Expected ${LAYOUTS_EN}.`,
		'no-header': () => 'The file has no header line.',
		'tsv-no-backslash': (p) =>
			`The first header cell "${p.cell}" has no "\\" before the time dimension (expected e.g. "freq,unit,geo\\TIME_PERIOD").`,
		'tsv-no-geo': (p) => `The first header cell "${p.cell}" names no geo dimension.`,
		'no-periods': () => 'The header has no period columns.',
		'header-without-period': (p) => `Header column ${p.column} has no period.`,
		'missing-column': (p) => `The header has no ${p.name} column.`,
		'duplicate-columns': (p) =>
			`The header has several columns named ${p.names} (columns ${p.columns}), whatever the case: there is no telling which one to read. Rename or remove the extra columns.`,
		'bad-period-header': (p) =>
			`Header column ${p.column}, "${p.period}", is not a period (expected "2023", "2023Q1", "2023M01"...).`,
		'not-json': (p) => `It is not valid JSON (${p.reason}).`,
		'json-shape': (p) => `The JSON-stat is malformed: ${p.reason}.`,
		'json-too-large': (p) =>
			`The JSON-stat cube declares ${count(p.cells, 'en')} cells, more than the ${count(p.limit, 'en')} that can be read. Filter the dataset before downloading it.`,
		encoding: (p) =>
			p.encoding === 'windows-1252'
				? 'The file is not valid UTF-8; it was read as Windows-1252 (Western European). Check that accented labels look right, or save the file as UTF-8.'
				: `The file is in ${encodingName[p.encoding]}${p.bom ? '' : ' (without a byte order mark, detected)'}; it was read as such.`,
		'ambiguous-decimal': (p) =>
			`"${p.example}" (line ${p.line}) may be a thousand or a decimal number: say which decimal mark the file uses before adding it (--decimal . or --decimal , on the command line).`,
		'too-many-errors': (p) =>
			`${count(p.count, 'en')} more errors are not listed (only the first ${p.max} are).`,
		'bad-size': (p) =>
			`"value" has ${count(p.entries, 'en')} entries where the sizes give ${count(p.cells, 'en')} cells.`,
		'bad-quote': (p) =>
			p.kind === 'unclosed'
				? 'A double quote opens this field and does not close on its line: the line was rejected and reading went on with the next one. Close the quote or remove it.'
				: 'Text follows the closing quote of this field ("ab"c): the line was rejected. Check its double quotes.',
		'truncated-cell': (p) =>
			`The file ends in the middle of this cell ("${p.cell}", without the space or flag that ends the others): its value may be cut short, so it was refused; the line's complete cells were kept. Get the whole file again.`,
		'header-only': (p) =>
			p.lines === 1
				? 'The file has only its header line: no data to read.'
				: `The file has only its ${p.lines} header lines: no data to read.`,
		'bad-last-update': (p) =>
			`The update date "${p.value}" is not a date (day/month/year, or YYYY-MM-DD): it was ignored, and does not date the file.`,
		'future-last-update': (p) =>
			`The update date ${p.value} is in the future: it was ignored, so the file does not pass for newer than it is. Check it in the original file.`,
		'last-update-varies': (p) =>
			`The rows carry ${p.count} update dates, from ${p.oldest} to ${p.newest}: the file is dated by the newest, ${p.newest}.`,
		'thousands-read': (p) =>
			`${p.count === 1 ? 'A value with a dot was' : `${p.count} values with a dot were`} read as thousands, since this file writes decimals with a comma: "${p.example}" is read as ${p.value.toLocaleString('en-GB')}${p.count > 1 ? ' (the first)' : ''}. If that dot was a decimal point, correct the reading settings.`,
		'unterminated-last-line': (p) =>
			`The file does not end with a line break: it may be cut off in this last line. Its value "${p.value}" was kept; check it in the original file.`,
		'wrong-field-count': (p) =>
			`The line has ${p.count} ${delimiterEn[p.delimiter]}-separated fields where the header has ${p.expected}${p.cut ? ' (the file may be cut off here)' : ''}. It was rejected${p.count > p.expected && p.delimiter !== '\t' ? '; a label holding the separator must be in double quotes' : p.count < p.expected ? '; it lacks fields' : ''}.`,
		'bad-key': (p) =>
			`The first field has ${p.count} comma-separated codes where the header names ${p.expected} (${p.dimensions}). The line was rejected.`,
		'missing-key': (p) => `The ${p.name} code is empty; the line was rejected.`,
		'bad-value': (p) =>
			`Value "${p.value}" is not a number. Expected ${decimalEn(p.decimal)}${p.wide ? ', optionally followed by a space and flag letters ("13.25 b"), or ":" when missing' : ', or an empty cell when missing'}.`,
		'bad-flag': (p) => `Flag "${p.flag}" is not a string of flag letters (like "b" or "bu").`,
		'bad-period': (p) =>
			p.frequency === 'A'
				? /^\d{4}$/.test(p.period)
					? `Year ${p.period} is outside the accepted range (1900 to 2100).`
					: `Period "${p.period}" is not a four-digit year (1900 to 2100) while the frequency is annual.`
				: `Period "${p.period}" does not match frequency "${p.frequency}".`,
		'out-of-range': (p) =>
			`Value ${decimalIn(p.value, 'en')} is outside ${p.min}–${p.max}, the possible range of unit ${p.unit} (a percentage share).`,
		underflow: (p) => `Value "${p.value}" is too small to be represented (it would become 0).`,
		'bad-index': (p) => `Cell "${p.cell}" is outside the cube of ${count(p.total, 'en')} cells.`,
		'bad-cell': (p) =>
			p.reason === 'empty-code'
				? `Cell ${p.cell} has an empty ${p.value} code.`
				: p.reason === 'not-number'
					? `Cell ${p.cell} has value ${p.value}, which is not a number.`
					: `Cell ${p.cell} has status "${p.value}", which is not a string of flag letters.`,
		'unknown-area-label': (p) =>
			`Area "${p.label}" is not in the code lists (countries, EU and euro-area aggregates, French regions): the row was rejected. Export the table with codes ("GEO (Codes)") or correct the label.`,
		'other-data-sheets': (p) => {
			const others = p.others.map(
				(o) => `"${o.sheet}"${o.differs.length ? ` (${o.differs.join(', ')})` : ''}`
			);
			return `This workbook also holds figures on ${p.others.length > 1 ? 'sheets' : 'sheet'} ${list(others, 'en')}, not read: only "${p.read}" is. Choose a sheet in the list to read it instead, or save it as a workbook of its own to import it too.`;
		},
		'unknown-sheet-label': (p) =>
			`The sheet gives "${p.label}" for "${p.name}", which is not in the ${dimensionEn[p.dimension]} code list: its rows are kept without that dimension, as a series of their own, and are not compared with Eurostat's data. Check the label, or export the table as SDMX-CSV, which gives the codes.`,
		'unknown-code': (p) =>
			`Code "${p.code}" is not in the ${dimensionEn[p.dimension]} code list (first seen here). It is kept as published; check the spelling.`,
		'unknown-flag': (p) =>
			`"${p.flag}" is not a Eurostat observation or confidentiality flag (first seen here). It is kept as published.`,
		'conflicting-duplicate': (p) =>
			`The same figure (${p.key}) has several values: ${p.values}. Choose which one to keep.`
	};
}

const RENDERERS: Record<Locale, Renderers> = { fr: frRenderers(), en: enRenderers() };

/**
 * An importer message in a locale.
 * `issueText({ code: 'missing-key', params: { name: 'geo' } }, 'fr')` → `'Le code geo est vide : la ligne est rejetée.'`
 */
export function issueText(message: IssueMessage, locale: Locale): string {
	const render = RENDERERS[locale === 'en' ? 'en' : 'fr'][message.code] as (
		p: IssueMessage['params']
	) => string;
	return render(message.params);
}
