import type { Locale } from '../domain/locale';

/**
 * Short words that components and exports write beside figures (French first), so that no
 * module outside `i18n/` picks a language with `locale === 'fr' ? … : …`.
 */
// The same abbreviation reads in both languages.
const importedMark = (n: number | null) => (n === null ? 'imp.' : `imp.${n}`);

const FR = {
	/** The hint on a sortable column's header. */
	sort: 'trier',
	/** After "E_AESELL, %" in a table's title. */
	ofEnterprises: 'des entreprises',
	/** The flags column, and its suffix on a table's name. */
	// Not bare « indicateurs »: on pages about an indicator (E_ESELL) it read as one.
	flags: 'indicateurs de statut',
	/** Heading of the column with the year of the latest gap. */
	yearOfGap: 'Année de l’écart',
	surveyYear: 'Année d’enquête',
	target: 'Objectif',
	/** The worksheet of an exported workbook. */
	dataSheet: 'Données',
	megabytes: 'Mo',
	illustrativeData: 'données illustratives',
	/** A pace in percentage points a year (`0,52 pt`): singular, the pace is per year. */
	pointUnit: 'pt',
	/** Table columns of a target's start and latest point. */
	start: 'Départ',
	startLower: 'départ',
	latest: 'Dernier point',
	latestLower: 'dernier point',
	breaks: 'Ruptures de série',
	atLeast: 'au moins',
	/** The data kind of a unit's row in a target export. */
	real: 'réel',
	realImported: 'réel, importé',
	/** The home page's link to the comparison page. */
	compareLink: 'Comparer la France avec d’autres pays de l’UE →',
	/** An imported table named in a source line, by its file. */
	importedFile: (file: string) => `fichier importé « ${file} »`,
	/**
	 * The mark of a table's value read from an imported file, numbered when the table has several
	 * (`imp.2`), its meaning, and the export's column that names the file.
	 */
	importedMark,
	// No-break spaces inside the guillemets: a file name never starts a line alone.
	importedFrom: (file: string) => `valeur lue dans votre fichier importé «\u00a0${file}\u00a0»`,
	importedColumn: 'fichier importé',
	/** A chart's legend entry for its values read from an imported file. */
	importedValue: 'valeur lue dans votre fichier importé',
	/** The ranking's legend: the countries the reader chose, the others. */
	chosenCountries: 'pays choisis',
	otherCountries: 'autres pays'
};

const EN: typeof FR = {
	sort: 'sort',
	ofEnterprises: 'of enterprises',
	flags: 'flags',
	yearOfGap: 'Year of the gap',
	surveyYear: 'Survey year',
	target: 'Target',
	dataSheet: 'Data',
	megabytes: 'MB',
	illustrativeData: 'illustrative data',
	pointUnit: 'pp',
	start: 'Start',
	startLower: 'start',
	latest: 'Latest point',
	latestLower: 'latest point',
	breaks: 'Breaks in series',
	atLeast: 'at least',
	real: 'real',
	realImported: 'real, imported',
	compareLink: 'Compare France with other EU countries →',
	importedFile: (file: string) => `imported file “${file}”`,
	importedMark,
	importedFrom: (file: string) => `value read from your imported file “${file}”`,
	importedColumn: 'imported file',
	importedValue: 'value read from your imported file',
	chosenCountries: 'chosen countries',
	otherCountries: 'other countries'
};

/** The short words of a locale. `tWords('en').sort` → `'sort'`; `tWords('fr').megabytes` → `'Mo'`. */
export function tWords(locale: Locale): typeof FR {
	return locale === 'fr' ? FR : EN;
}
