/**
 * The query string an input has just chosen, shown at once and written to history later.
 *
 * Every choice lives in the address, and writing history costs: SvelteKit's `goto` reads the
 * scroll position (a forced layout while the input's own style change is pending), writes
 * history and re-runs the layout's address-based work, 15–20 ms on a 2-core machine and four times
 * that on a slow laptop, before the page can even start drawing; a shallow history entry costs
 * less, but still a root update. So a write is kept here first: pages read it as their address
 * at once, and it reaches history after the frame that shows it. Writes made before that frame
 * are merged into one history step.
 */

/**
 * The query string a page shows once no write is pending: the browser's, when the browser is on
 * the page's path, else the router's. The two differ after a shallow write (SvelteKit's
 * `replaceState`/`pushState` leave `page.url` as it was), after the back button between such
 * entries, and after a return to one from another page (the router loads the address the entry
 * was written over). `shownSearch({pathname:'/c/',search:'?pop=GE10'}, {pathname:'/c/',search:''})`
 * → `'?pop=GE10'`
 */
export function shownSearch(
	browser: { pathname: string; search: string } | null,
	router: { pathname: string; search: string }
): string {
	return browser && browser.pathname === router.pathname ? browser.search : router.search;
}

/** One pending address: the page's path, its query string (`?a=1` or ''), and no history entry. */
export interface AddressWrite {
	path: string;
	search: string;
	replace: boolean;
}

/**
 * Two writes before one flush become one: the later address, a new history entry if either
 * asked for one. `mergeWrites({path:'/c/',search:'?a',replace:false}, {…search:'?b',replace:true})`
 * → `{path:'/c/',search:'?b',replace:false}`
 */
export function mergeWrites(earlier: AddressWrite | null, later: AddressWrite): AddressWrite {
	if (!earlier || earlier.path !== later.path) return later;
	return { ...later, replace: earlier.replace && later.replace };
}

/** What the writer needs from the browser and the router (the page wires history, frames). */
export interface AddressRouter {
	/** Runs `task` after the next frame is painted. */
	afterPaint(task: () => void): void;
	/** The browser's path now: a write for another page is dropped (the reader left). */
	path(): string;
	/** Writes `path + search` to history; settles when the page reads the new address. */
	navigate(write: AddressWrite): Promise<unknown>;
}

/**
 * A pending address and its hand-over to the router. `createAddressWriter(router).write({path:
 * '/comparer/', search: '?pop=GE10', replace: false})`; `.pendingFor('/comparer/')` → `'?pop=GE10'`
 * until the router's address has it.
 */
export function createAddressWriter(router: AddressRouter) {
	let pending = $state<AddressWrite | null>(null);
	// The write the next flush carries (merged), apart from `pending`, which stays readable until
	// the router's own address agrees.
	let queued: AddressWrite | null = null;

	const flush = () => {
		const write = queued;
		queued = null;
		if (!write) return;
		if (router.path() !== write.path) {
			if (pending === write) pending = null;
			return;
		}
		const clear = () => {
			if (pending === write) pending = null;
		};
		router.navigate(write).then(clear, clear);
	};

	return {
		/** The query string written for `path` and not yet the router's, or null. */
		pendingFor(path: string): string | null {
			return pending && pending.path === path ? pending.search : null;
		},
		write(next: AddressWrite) {
			const first = queued === null;
			queued = mergeWrites(queued, next);
			pending = queued;
			if (first) router.afterPaint(flush);
		},
		/** Back/forward: the browser's history wins over a write not yet handed over. */
		drop() {
			queued = null;
			pending = null;
		}
	};
}
