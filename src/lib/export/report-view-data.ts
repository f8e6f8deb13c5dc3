/**
 * The data of a report's views, fetched when a view is chosen. The report page used to carry the
 * data of every registered view in its HTML (218 kB of script the browser read, parsed and ran
 * before hydrating, for two views on the default report: the page's longest opening at CPU ×4,
 * issue #18). The page now carries the default report's data; each other view's data is a
 * prerendered JSON file (`/report-views/<dataId>.json`), its rows packed as in page data.
 */
import { packRows, unpackRows } from '../data/page-rows';

/** Where a view's data is published, under the site's base path. `viewDataPath('targets')` → `'/report-views/targets.json'` */
export function viewDataPath(dataId: string): string {
	return `/report-views/${encodeURIComponent(dataId)}.json`;
}

/** A loader's result as its published JSON (rows packed). */
export function viewDataJson(value: object): string {
	return JSON.stringify(packRows(value));
}

/**
 * The loader's result again, from its published JSON. Throws on text that is not a JSON object,
 * so a page answered by something else (an error page, a captive portal) is not drawn as data.
 * `readViewData(viewDataJson(data))` → `data`
 */
export function readViewData(text: string): unknown {
	const value: unknown = JSON.parse(text);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Error('not a JSON object');
	}
	return unpackRows(value);
}

const asked = new Map<string, Promise<unknown>>();

/**
 * Fetches a view's data once per page life; a failed fetch is forgotten, so asking again (back
 * online) fetches again. The error says which file and why.
 */
export function fetchViewData(
	dataId: string,
	basePath: string,
	fetcher: typeof fetch = fetch
): Promise<unknown> {
	const url = `${basePath}${viewDataPath(dataId)}`;
	const known = asked.get(url);
	if (known) return known;
	const pending = (async () => {
		try {
			const response = await fetcher(url);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return readViewData(await response.text());
		} catch (error) {
			throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
		}
	})();
	asked.set(url, pending);
	pending.catch(() => asked.delete(url));
	return pending;
}
