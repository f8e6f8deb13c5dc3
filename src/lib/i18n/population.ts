import type { Locale } from '../domain/codes';
import type { Population } from '../domain/population';

/**
 * Strings of the population switch and of the vintage notes, French first. The long labels of
 * the size classes stay in domain/sizeClass.ts (`labelOf('sizeClass', …)`).
 */
const fr = {
	/** The switch's legend. */
	legend: 'Entreprises',
	/** Short labels, in the switch's order. */
	short: {
		'10-249': 'PME 10–249',
		GE10: '10 personnes ou plus',
		'10-49': '10–49',
		'50-249': '50–249',
		GE250: '250 ou plus'
	} satisfies Record<Population, string>,
	/** What the figure counts, in a title or a source line: `PME (10 à 249 personnes occupées)`. */
	long: {
		'10-249': 'PME (10 à 249 personnes occupées)',
		GE10: 'entreprises de 10 personnes occupées ou plus',
		'10-49': 'entreprises de 10 à 49 personnes occupées',
		'50-249': 'entreprises de 50 à 249 personnes occupées',
		GE250: 'entreprises de 250 personnes occupées ou plus'
	} satisfies Record<Population, string>,
	/** `Millésime : isoc_ec_esels, mis à jour le 2026-02-27` */
	vintage: (dataset: string, when: string) => `Millésime : ${dataset}, mis à jour le ${when}`,
	vintageYear: (dataset: string, year: string) => `Millésime : ${dataset} (${year})`,
	pinned: 'millésime choisi',
	newest: 'dernier millésime',
	/** Link to the newest vintage from a page whose vintage was pinned. */
	unpin: 'Lire le dernier millésime'
};

const en: typeof fr = {
	legend: 'Enterprises',
	short: {
		'10-249': 'SMEs 10–249',
		GE10: '10 persons or more',
		'10-49': '10–49',
		'50-249': '50–249',
		GE250: '250 or more'
	},
	long: {
		'10-249': 'SMEs (10 to 249 persons employed)',
		GE10: 'enterprises with 10 or more persons employed',
		'10-49': 'enterprises with 10 to 49 persons employed',
		'50-249': 'enterprises with 50 to 249 persons employed',
		GE250: 'enterprises with 250 or more persons employed'
	},
	vintage: (dataset: string, when: string) => `Vintage: ${dataset}, updated ${when}`,
	vintageYear: (dataset: string, year: string) => `Vintage: ${dataset} (${year})`,
	pinned: 'vintage chosen',
	newest: 'latest vintage',
	unpin: 'Read the latest vintage'
};

/** The population strings of a locale. `tPopulation('fr').short.GE10` → `10 personnes ou plus` */
export function tPopulation(locale: Locale) {
	return locale === 'en' ? en : fr;
}

/**
 * A vintage as a reader reads it: the dataset and the day of its edition (or its year).
 * `vintageText('isoc_ec_esels', '2026-02-27T11:00:00', 'fr')` → `Millésime : isoc_ec_esels, mis à jour le 2026-02-27`;
 * `vintageText('tin00111', '2025', 'en')` → `Vintage: tin00111 (2025)`
 */
export function vintageText(dataset: string, vintage: string, locale: Locale): string {
	const m = tPopulation(locale);
	return vintage.length >= 10
		? m.vintage(dataset, vintage.slice(0, 10))
		: m.vintageYear(dataset, vintage);
}
