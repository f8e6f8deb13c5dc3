import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

// The document's language follows the edition, so screen readers pronounce each page right.
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'fr';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
