import { base } from '$app/paths';
import type { Locale } from '$lib/domain/locale';
import { localizedPath } from '$lib/i18n/locale';

/**
 * A link to a page of the site in a locale, under the site's base path.
 * `siteHref('/donnees/', 'en')` → `/en/donnees/`
 */
export function siteHref(path: string, locale: Locale): string {
	return `${base}${localizedPath(path, locale)}`;
}
