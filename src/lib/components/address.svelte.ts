/**
 * The page's query string as the reader last chose it. An input writes it here and the page
 * redraws from it in the same frame; SvelteKit's router gets it after that frame is painted
 * (`state/address-writer`), so a reload, the back button and a shared link still keep every
 * choice, and the navigation's own work no longer delays the picture.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { createAddressWriter } from '$lib/state/address-writer.svelte';

// A hidden tab paints no frame: the timer hands the address over anyway.
const HAND_OVER_MS = 250;

const writer = createAddressWriter({
	afterPaint(task) {
		let done = false;
		const once = () => {
			if (done) return;
			done = true;
			task();
		};
		requestAnimationFrame(() => setTimeout(once, 0));
		setTimeout(once, HAND_OVER_MS);
	},
	path: () => location.pathname,
	navigate: (write) =>
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
		goto(`${write.path}${write.search}`, {
			replaceState: write.replace,
			keepFocus: true,
			noScroll: true
		})
});
if (browser) addEventListener('popstate', () => writer.drop());

/** The query string shown (`?pop=GE10`, or ''): the reader's last choice, else the router's. */
export function currentSearch(): string {
	return writer.pendingFor(page.url.pathname) ?? page.url.search;
}

/**
 * Chooses a new query string for this page (`replace`: no history entry, for the year slider and
 * typing). `writeSearch('pop=GE10')` → the page shows `?pop=GE10` at once.
 */
export function writeSearch(search: string, replace = false): void {
	const q = search.replace(/^\?/, '');
	writer.write({ path: page.url.pathname, search: q ? `?${q}` : '', replace });
}
