/**
 * The site's two languages and a label in both: a leaf module (it imports nothing), so that the
 * code lists, the strings and the charts can all name a locale without importing each other.
 */

/** A language of the site: French first, English second. */
export type Locale = 'fr' | 'en';

/** A label in both languages of the site, French first. */
export interface Bilingual {
	fr: string;
	en: string;
}
