import type { Locale } from '../domain/locale';

/** The locale of a page from its optional `[[lang]]` route segment. `localeOf('en')` → `'en'` */
export function localeOf(lang: string | undefined): Locale {
	return lang === 'en' ? 'en' : 'fr';
}

/**
 * A site path in a locale: French has no prefix, English lives under `/en`.
 * `localizedPath('/donnees/', 'en')` → `/en/donnees/`; `localizedPath('/en/donnees/', 'fr')` → `/donnees/`
 */
export function localizedPath(path: string, locale: Locale): string {
	const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
	return locale === 'en' ? `/en${bare === '/' ? '/' : bare}` : bare;
}
