/**
 * The page's query string as the reader last chose it. An input writes it here and the page
 * redraws from it in the same frame; the browser's address gets it after that frame is painted
 * (`state/address-writer`), so a reload, the back button and a shared link still keep every
 * choice, and writing history no longer delays the picture.
 *
 * The address is written as a shallow history entry (SvelteKit's `replaceState`/`pushState`),
 * not with `goto`: a choice changes no data, and a navigation per input re-ran the router's
 * route matching and loads and handed every page a new `data` object, 10–15 ms after each input
 * on a 2-core machine and 40–130 ms at a quarter of its speed. The router's `page.url` then
 * keeps the address it loaded, so the query string is read from the browser (`shownSearch`).
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { createAddressWriter, shownSearch } from '$lib/state/address-writer.svelte';

// A hidden tab paints no frame: the timer hands the address over anyway.
const HAND_OVER_MS = 250;

// The browser's address is not reactive: this counts the changes the router's `page.url` does
// not see (a shallow write, the back and forward buttons), so that what reads it reads again.
let moved = $state(0);

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
	navigate: (write) => {
		const href = `${write.path}${write.search}`;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
		if (write.replace) replaceState(href, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query string
		else pushState(href, {});
		moved += 1;
		return Promise.resolve();
	}
});

if (browser)
	addEventListener('popstate', () => {
		writer.drop();
		moved += 1;
	});

/** The query string shown (`?pop=GE10`, or ''): the reader's last choice, else the address's. */
export function currentSearch(): string {
	const pending = writer.pendingFor(page.url.pathname);
	if (pending !== null) return pending;
	void moved;
	return shownSearch(browser ? location : null, page.url);
}

/**
 * Chooses a new query string for this page (`replace`: no history entry, for the year slider and
 * typing). `writeSearch('pop=GE10')` → the page shows `?pop=GE10` at once.
 */
export function writeSearch(search: string, replace = false): void {
	const q = search.replace(/^\?/, '');
	writer.write({ path: page.url.pathname, search: q ? `?${q}` : '', replace });
}
