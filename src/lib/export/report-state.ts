/**
 * A report as a query string, so a report link reopens the same report: `t` holds the title, each
 * `v` one view in order, as `id` or `id:note` (the note after the first colon); a view with
 * choices of its own (a comparison view's year, peers…) writes them after `@`: `id@year=2015:note`.
 * `?t=Conseil+du+12&v=home-kpis&v=home-trend%3AEn+retard` → title, KPI cards, trend with a note.
 * The same view may come twice with different choices (two rankings of different years); an entry
 * repeated exactly (same view, choices and note) is kept once.
 */

export interface ReportItem {
	id: string;
	note: string;
	/** The view's own choices as a query string without `?` (`tab=ranking&year=2015`); absent: its defaults. */
	q?: string;
}

export interface ReportState {
	title: string;
	items: ReportItem[];
}

/** The report a reader starts from (and the one prerendered): the key figures and the trend. */
export const DEFAULT_REPORT: Readonly<ReportState> = Object.freeze({
	title: '',
	items: [
		{ id: 'home-kpis', note: '' },
		{ id: 'home-trend', note: '' }
	]
});

/** Limits that keep a link short enough for every browser and mail client. */
export const MAX_VIEWS = 20;
export const MAX_NOTE = 600;
export const MAX_TITLE = 160;
export const MAX_CHOICES = 1200;

// The characters of a view's query string as URLSearchParams writes it (codes, periods, `=`, `&`,
// `,`, and the percent-escapes and `+` of a reader's annotation): nothing that could end the
// view's part (`:`) or carry markup.
const CHOICES = /^[A-Za-z0-9_=&,.*%+~-]*$/;

/**
 * The query string of a report (without `?`).
 * `encodeReport({ title: 'R', items: [{ id: 'home-trend', note: 'a:b' }] })` → `t=R&v=home-trend%3Aa%3Ab`
 */
export function encodeReport(state: ReportState): string {
	const params = new URLSearchParams();
	if (state.title.trim()) params.set('t', state.title.trim().slice(0, MAX_TITLE));
	for (const item of state.items.slice(0, MAX_VIEWS)) {
		const note = item.note.trim().slice(0, MAX_NOTE);
		const q = item.q && CHOICES.test(item.q) ? item.q.slice(0, MAX_CHOICES) : '';
		const key = q ? `${item.id}@${q}` : item.id;
		params.append('v', note ? `${key}:${note}` : key);
	}
	return params.toString();
}

/**
 * A report read back from a query string: views the site does not know are dropped (an old link
 * keeps what still exists), a view listed twice is kept once, notes and title are cut to their
 * limits. `decodeReport('v=home-trend&v=gone', ['home-trend'])` → `{ title: '', items: [{ id: 'home-trend', note: '' }] }`
 */
export function decodeReport(
	query: string | URLSearchParams,
	known: readonly string[]
): ReportState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const items: ReportItem[] = [];
	const seen = new Set<string>();
	for (const value of params.getAll('v')) {
		const colon = value.indexOf(':');
		const key = colon < 0 ? value : value.slice(0, colon);
		const note = colon < 0 ? '' : value.slice(colon + 1).slice(0, MAX_NOTE);
		const at = key.indexOf('@');
		const id = at < 0 ? key : key.slice(0, at);
		const q = at < 0 ? '' : key.slice(at + 1);
		if (!known.includes(id) || seen.has(value) || items.length >= MAX_VIEWS) continue;
		seen.add(value);
		// Choices the site could not have written are dropped; the view keeps its defaults.
		items.push(q && q.length <= MAX_CHOICES && CHOICES.test(q) ? { id, note, q } : { id, note });
	}
	return { title: (params.get('t') ?? '').slice(0, MAX_TITLE), items };
}

/**
 * The list with the item at `index` moved by `step` (−1 up, +1 down); unchanged at the ends.
 * `move(['a', 'b', 'c'], 2, -1)` → `['a', 'c', 'b']`
 */
export function move<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
	const to = index + step;
	if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
	const out = [...list];
	out.splice(to, 0, ...out.splice(index, 1));
	return out;
}

/**
 * The report with one more view at its end (as the reader set it on its page), unless it is full.
 * `addItem({ title: '', items: [] }, { id: 'compare-ranking', note: '', q: 'year=2015' }).items.length` → 1
 */
export function addItem(state: ReportState, item: ReportItem): ReportState {
	if (state.items.length >= MAX_VIEWS) return state;
	const clean: ReportItem =
		item.q && CHOICES.test(item.q) ? { ...item } : { id: item.id, note: item.note };
	return { ...state, items: [...state.items, clean] };
}

/**
 * The `add` parameter a page's "Ajouter au rapport" link carries: `id` or `id@choices`, read with the
 * same rules as a report's views. `decodeAdd('compare-ranking@year=2015', known)` →
 * `{ id: 'compare-ranking', note: '', q: 'year=2015' }`; an unknown view → null
 */
export function decodeAdd(value: string | null, known: readonly string[]): ReportItem | null {
	if (!value) return null;
	return (
		decodeReport(new URLSearchParams([['v', value.replaceAll(':', '')]]), known).items[0] ?? null
	);
}

/**
 * The address (without `?`) that adds a view to the reader's report. `addHref('compare-ranking',
 * 'tab=ranking&year=2015')` → `add=compare-ranking%40tab%3Dranking%26year%3D2015`
 */
export function addQuery(id: string, q = ''): string {
	const choices = q && CHOICES.test(q) ? q.slice(0, MAX_CHOICES) : '';
	return new URLSearchParams([['add', choices ? `${id}@${choices}` : id]]).toString();
}

/**
 * The parameters of an address a view keeps in a report, in their order, the others dropped.
 * `pickChoices('cible=x&tab=1&scenario=1,0', ['cible', 'scenario'])` → `cible=x&scenario=1,0`
 */
export function pickChoices(search: string, keys: readonly string[]): string {
	const out = new URLSearchParams();
	for (const [k, v] of new URLSearchParams(search)) if (keys.includes(k)) out.append(k, v);
	return out.toString().replaceAll('%2C', ',');
}
