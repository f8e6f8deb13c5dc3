/**
 * The HTTP headers the static site needs, as pure functions shared by `scripts/serve.ts` (what
 * `npm start` sends) and `scripts/postbuild.ts` (the `_headers` file written for static hosts), so
 * that both say the same thing.
 *
 * Why headers and not only the `<meta>` CSP SvelteKit writes: a `<meta>` policy cannot say who may
 * frame a page (`frame-ancestors` is ignored there, CSP Level 3 §6.4.2). Embeds are made to be
 * framed by anyone; every other page is framed by no one (clickjacking).
 */

/** Sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// The dashboard uses none of these; saying so stops an injected frame or script from asking.
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()'
});

/**
 * Whether a URL path (with the site's base path) is an embed, the only pages others may frame.
 * `isEmbedPath('/observatoire/en/embed/home/', '/observatoire')` → `true`;
 * `isEmbedPath('/comparer/', '')` → `false`.
 */
export function isEmbedPath(pathname: string, base: string): boolean {
	if (base && !pathname.startsWith(base + '/')) return false;
	const rest = pathname.slice(base.length);
	return /^\/(?:en\/)?embed(?:\/|$)/.test(rest);
}

/**
 * The page's Content-Security-Policy as a header: the policy SvelteKit wrote into the page's
 * `<meta>` (with the hashes of its inline scripts) plus who may frame it.
 * `cspHeader("default-src 'self'", '/embed/home/', '')` → `"default-src 'self'; frame-ancestors *"`.
 */
export function cspHeader(metaPolicy: string, pathname: string, base: string): string {
	const ancestors = isEmbedPath(pathname, base) ? '*' : "'none'";
	const policy = metaPolicy.trim().replace(/;\s*$/, '');
	return `${policy ? policy + '; ' : ''}frame-ancestors ${ancestors}`;
}

/**
 * The policy of the `<meta http-equiv="content-security-policy">` tag of a prerendered page, or
 * null when it has none. Entities SvelteKit escapes (`&#39;`, `&quot;`, `&amp;`) are decoded.
 */
export function metaPolicyOf(html: string): string | null {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!tag) return null;
	return tag[1]!
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}

/**
 * Cache policy by path: hashed build assets never change (a new build writes new names); pages,
 * data and the service worker must be revalidated so a deployment is seen at once.
 * `cacheControl('/_app/immutable/chunks/a.B1x.js')` → `'public, max-age=31536000, immutable'`.
 */
export function cacheControl(pathname: string): string {
	return pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export { normaliseBase } from './base-path.js';

/**
 * The URL paths a prerendered page answers to, from its file under the build folder.
 * `pagePaths('comparer/index.html')` → `['/comparer/', '/comparer/index.html']`;
 * `pagePaths('404.html')` → `['/404.html', '/404']`.
 */
export function pagePaths(relativeFile: string): string[] {
	const file = '/' + relativeFile.split('\\').join('/');
	if (file === '/index.html') return ['/', '/index.html'];
	if (file.endsWith('/index.html')) return [file.slice(0, -'index.html'.length), file];
	return [file, file.slice(0, -'.html'.length)];
}
