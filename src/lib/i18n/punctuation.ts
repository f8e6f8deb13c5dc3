import type { Locale } from '../domain/locale';

/**
 * Punctuation that differs between the editions: French puts a no-break space before `:` and a
 * narrow one before `;`. One owner, so that no page prints "Source : Eurostat" in English.
 */

/** The colon as written in `locale`. `colon('fr')` → `'\u00a0:'`; `colon('en')` → `':'`. */
export function colon(locale: Locale): string {
	return locale === 'fr' ? '\u00a0:' : ':';
}

/** A label followed by its colon. `labelled('Source', 'fr')` → `'Source\u00a0:'`; in English `'Source:'`. */
export function labelled(label: string, locale: Locale): string {
	return `${label}${colon(locale)}`;
}

/** The separator between the parts of a sentence. `semicolon('fr')` → `'\u202f; '`. */
export function semicolon(locale: Locale): string {
	return locale === 'fr' ? '\u202f; ' : '; ';
}
