/**
 * Links that reopen a view: the permalink (the page's address with its state in the query
 * string) and the `<iframe>` snippet that embeds a chart alone on another site.
 */
import type { Locale } from '../domain/locale';
import { localizedPath } from '../i18n/locale';
import { escapeXml } from './svg';

/**
 * The absolute address of a view with its state in the query string; the fragment is dropped
 * (it names a place in the page, not a state), `state` values replace those in the URL, and an
 * empty or null value removes its key.
 * `permalink('http://x/comparer/?peers=DE#t', { year: '2023' })` → `http://x/comparer/?peers=DE&year=2023`
 */
export function permalink(
	url: string | URL,
	state: Record<string, string | null | undefined> = {}
): string {
	const out = new URL(url);
	out.hash = '';
	for (const [key, value] of Object.entries(state)) {
		if (value === null || value === undefined || value === '') out.searchParams.delete(key);
		else out.searchParams.set(key, value);
	}
	return out.toString();
}

/**
 * The site path of an embed in a locale, like every page: French at `/embed/<id>/`, English at
 * `/en/embed/<id>/`. `embedPath('/embed/home-trend/', 'en')` → `/en/embed/home-trend/`
 */
export function embedPath(path: string, locale: Locale): string {
	return localizedPath(path, locale);
}

/**
 * An address as it is printed on paper, for a reader who will type it: no scheme, no fragment
 * (the page opens on the view; a `#source` is a place in it, not worth typing).
 * `paperAddress('https://obs.example/embed/home-kpis/#source')` → `obs.example/embed/home-kpis/`
 */
export function paperAddress(url: string | URL): string {
	const u = new URL(url);
	return `${u.host}${u.pathname}${u.search}`;
}

export interface EmbedOptions {
	/** Absolute address of the embed page. */
	src: string;
	/** What the frame shows, for screen readers (WCAG 4.1.2: frames have a title). */
	title: string;
	width?: number | string;
	height?: number;
	locale: Locale;
}

/**
 * The HTML a journalist pastes to show a chart alone with its source line. Every value is escaped
 * (titles may come from imported files); `src` must be http(s).
 * `embedSnippet({ src: 'https://x/embed/tendance/', title: 'France', locale: 'fr' })`
 * → `<iframe src="https://x/embed/tendance/" title="France" lang="fr" width="100%" height="520" loading="lazy" style="border:0;max-width:100%" referrerpolicy="no-referrer-when-downgrade"></iframe>`
 */
export function embedSnippet({
	src,
	title,
	width = '100%',
	height = 520,
	locale
}: EmbedOptions): string {
	const url = new URL(src);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`embedSnippet: "${src}" is not an http(s) address`);
	}
	const attrs: [string, string][] = [
		['src', url.toString()],
		['title', title],
		['lang', locale],
		['width', String(width)],
		['height', String(Math.round(height))],
		['loading', 'lazy'],
		['style', 'border:0;max-width:100%'],
		['referrerpolicy', 'no-referrer-when-downgrade']
	];
	return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}></iframe>`;
}
