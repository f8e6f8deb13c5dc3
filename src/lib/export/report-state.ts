/**
 * A report as a query string, so a report link reopens the same report: `t` holds the title, each
 * `v` one view in order, as `id` or `id:note` (the note after the first colon); a view with
 * choices of its own (a comparison view's year, peers…) writes them after `@`: `id@year=2015:note`.
 * `?t=Conseil+du+12&v=home-kpis&v=home-trend%3AEn+retard` → title, KPI cards, trend with a note.
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

/** Limits that keep a link short enough for every browser and mail client. */
export const MAX_VIEWS = 20;
export const MAX_NOTE = 600;
export const MAX_TITLE = 160;
export const MAX_CHOICES = 400;

// The characters of a comparison state's query string (codes, periods, `=`, `&`, `,`): nothing
// that could end the view's part (`:`) or carry markup.
const CHOICES = /^[A-Za-z0-9_=&,.-]*$/;

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
		if (!known.includes(id) || seen.has(id) || items.length >= MAX_VIEWS) continue;
		seen.add(id);
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
