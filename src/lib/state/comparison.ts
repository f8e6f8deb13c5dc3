/**
 * The comparison page's choices ⇄ URL search parameters, as pure functions: the page reads the
 * address on load and on back/forward, and writes it on every change, so any view can be shared.
 *
 * Old links keep working: every parameter has a default, so a link written before an option
 * existed simply gets that option's default; parameters that are unknown (from a later version,
 * or mistyped) are ignored; a value that does not parse falls back to its default instead of
 * breaking the page. `v` says which version wrote the link; when a parameter is renamed or its
 * meaning changes, add a step to `MIGRATIONS` that rewrites links of the older version.
 */
import { isPeriod } from '../domain/period';
import { LEGACY_HEADLINE_SERIES } from '../domain/headline';
import { POPULATION_PARAM, VINTAGE_PARAM, type SeriesFields } from '../domain/population';
import { PEER_SETS, type PeerSet } from '../kpi/peers';

/**
 * Version of the parameters written by `encodeState`. Version 2 (population switch): SMEs are
 * the default, the size class is written `pop`, and `ds` pins a vintage (the newest is read
 * without it).
 */
export const STATE_VERSION = 2;

export const TABS = ['trend', 'ranking', 'map', 'gap', 'catchup'] as const;
export type Tab = (typeof TABS)[number];

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** Whom a ranking counts: today's EU (the default) or the EU of 28 of the years before 2020. */
export const GROUPS = ['EU27_2020', 'EU28'] as const;
export type Group = (typeof GROUPS)[number];

/** Peers the CNNum plan cites, and the EU27 average. */
export const DEFAULT_PEERS: readonly string[] = Object.freeze([
	'DE',
	'IE',
	'LT',
	'HR',
	'EU27_2020'
]);

/** The geo every view is about; it is always shown, so it is never a peer. */
export const FOCUS = 'FR';

/** Everything a reader can choose on the comparison page. `null` means "the default". */
export interface ComparisonState {
	tab: Tab;
	view: View;
	/**
	 * Series key fields; each `null` lets the page pick the default series: SMEs (`sizeClass`
	 * null is the default population) from the newest vintage (`dataset` null). A `dataset`
	 * pins that vintage.
	 */
	dataset: string | null;
	indicator: string | null;
	unit: string | null;
	sizeClass: string | null;
	nace: string | null;
	/** Geos compared with France, in the order chosen (may include EU aggregates). */
	peers: string[];
	/** Year of the ranking and the map. */
	year: string | null;
	/** The EU a ranking counts; EU28 applies only to years where its average is published. */
	group: Group;
	/** First and last year of the change table. */
	from: string | null;
	to: string | null;
	/** A named set of comparable countries (`kpi/peers`) instead of `peers`; null: the free choice. */
	set: PeerSet | null;
}

/** The state of a link with no parameter at all. */
export function defaultState(): ComparisonState {
	return {
		tab: 'trend',
		view: 'chart',
		dataset: null,
		indicator: null,
		unit: null,
		sizeClass: null,
		nace: null,
		peers: [...DEFAULT_PEERS],
		year: null,
		group: 'EU27_2020',
		from: null,
		to: null,
		set: null
	};
}

/** Parameter name of each field: short, so that a shared link stays readable. */
const KEYS = {
	tab: 'tab',
	view: 'view',
	dataset: VINTAGE_PARAM,
	indicator: 'ind',
	unit: 'unit',
	sizeClass: POPULATION_PARAM,
	nace: 'nace',
	peers: 'peers',
	year: 'year',
	group: 'ue',
	from: 'from',
	to: 'to',
	set: 'set'
} as const satisfies Record<keyof ComparisonState, string>;

/**
 * Version 1 → 2. A version-1 link showed 10+ from tin00111 unless its reader had picked a series
 * (then every key field was written, `ds` included, which now pins that file): the fields it left
 * out are set to that series, so it keeps showing what it showed. `size` is renamed `pop`.
 * `migrateV1(new URLSearchParams('v=1&tab=ranking')).toString()` →
 * `v=2&tab=ranking&ds=tin00111&ind=E_ESELL&unit=PC_ENT&pop=GE10&nace=C10-S951_X_K`
 */
export function migrateV1(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(params);
	out.set('v', '2');
	const size = out.get('size');
	out.delete('size');
	if (size !== null) out.set(POPULATION_PARAM, size);
	const legacy: Record<string, string> = {
		[VINTAGE_PARAM]: LEGACY_HEADLINE_SERIES.dataset,
		ind: LEGACY_HEADLINE_SERIES.indicator,
		unit: LEGACY_HEADLINE_SERIES.unit,
		[POPULATION_PARAM]: LEGACY_HEADLINE_SERIES.sizeClass,
		nace: LEGACY_HEADLINE_SERIES.nace
	};
	for (const [key, value] of Object.entries(legacy)) if (!out.has(key)) out.set(key, value);
	return out;
}

/**
 * Steps that rewrite the parameters of version `i` into those of version `i + 1`. A link without
 * `v` is read as version 1 when it carries a parameter of the state, as the current version when
 * it carries none (a bare `/comparer/` opens on today's default).
 */
export const MIGRATIONS: readonly ((params: URLSearchParams) => URLSearchParams)[] = [migrateV1];

// Eurostat codes: letters, digits, `_` and `-` (`C10-S951_X_K`, `EU27_2020`, `10-249`).
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_PEERS = 60;

function code(value: string | null): string | null {
	return value !== null && CODE.test(value) ? value : null;
}

function period(value: string | null): string | null {
	return value !== null && isPeriod(value) ? value.trim() : null;
}

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
	return (list as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/**
 * The version a link says it was written by; absent or unreadable means version 1, unless the
 * link has no parameter of the state at all (then it is today's default).
 * `versionOf(new URLSearchParams('tab=map'))` → 1; `versionOf(new URLSearchParams('embed=1'))` → 2
 */
export function versionOf(params: URLSearchParams): number {
	const raw = params.get('v');
	const v = Number(raw);
	if (raw !== null && Number.isInteger(v) && v >= 1) return v;
	const stateKeys: readonly string[] = [...Object.values(KEYS), 'size'];
	return [...params.keys()].some((k) => stateKeys.includes(k)) ? 1 : STATE_VERSION;
}

/**
 * Reads the choices from search parameters, forgiving anything it does not understand.
 * `decodeState(new URLSearchParams('v=1&tab=ranking&year=2015&peers=DE,IE'))` → `{ tab:
 * 'ranking', view: 'chart', year: '2015', peers: ['DE', 'IE'], ... }`
 */
export function decodeState(input: URLSearchParams | string): ComparisonState {
	let params = new URLSearchParams(input);
	for (let v = versionOf(params); v - 1 < MIGRATIONS.length; v++) {
		params = MIGRATIONS[v - 1]!(params);
	}
	const d = defaultState();
	const rawPeers = params.get(KEYS.peers);
	const peers =
		rawPeers === null
			? d.peers
			: [
					...new Set(
						rawPeers
							.split(',')
							.map((p) => p.trim().toUpperCase())
							.filter((p) => CODE.test(p) && p !== FOCUS)
					)
				].slice(0, MAX_PEERS);
	return {
		tab: oneOf(TABS, params.get(KEYS.tab), d.tab),
		view: oneOf(VIEWS, params.get(KEYS.view), d.view),
		dataset: code(params.get(KEYS.dataset)),
		indicator: code(params.get(KEYS.indicator)),
		unit: code(params.get(KEYS.unit)),
		sizeClass: code(params.get(KEYS.sizeClass)),
		nace: code(params.get(KEYS.nace)),
		peers,
		year: period(params.get(KEYS.year)),
		group: oneOf(GROUPS, params.get(KEYS.group), d.group),
		from: period(params.get(KEYS.from)),
		to: period(params.get(KEYS.to)),
		set: (PEER_SETS as readonly string[]).includes(params.get(KEYS.set) ?? '')
			? (params.get(KEYS.set) as PeerSet)
			: null
	};
}

/**
 * Writes the choices as search parameters: the version first, then only what differs from the
 * default, so that links stay short and a later change of default reaches old links too.
 * `encodeState({ ...defaultState(), tab: 'ranking', year: '2015' }).toString()` →
 * `v=2&tab=ranking&year=2015`
 */
export function encodeState(state: ComparisonState): URLSearchParams {
	const d = defaultState();
	const out = new URLSearchParams({ v: String(STATE_VERSION) });
	if (state.tab !== d.tab) out.set(KEYS.tab, state.tab);
	if (state.view !== d.view) out.set(KEYS.view, state.view);
	for (const field of ['dataset', 'indicator', 'unit', 'sizeClass', 'nace'] as const) {
		const value = state[field];
		if (value !== null) out.set(KEYS[field], value);
	}
	if (state.peers.join(',') !== d.peers.join(',')) out.set(KEYS.peers, state.peers.join(','));
	for (const field of ['year', 'from', 'to'] as const) {
		const value = state[field];
		if (value !== null) out.set(KEYS[field], value);
		if (field === 'year' && state.group !== d.group) out.set(KEYS.group, state.group);
	}
	if (state.set !== null) out.set(KEYS.set, state.set);
	return out;
}

/**
 * The comparison page on one series read from one pinned vintage, at a year (ranking tab): the
 * catalogue's link to a revised cell.
 * `pinnedSearch({ indicator: 'E_ESELL', unit: 'PC_ENT', sizeClass: 'GE10', nace: 'C10-S951_X_K' }, 'tin00111', '2024')`
 * → `?v=2&tab=ranking&ds=tin00111&ind=E_ESELL&unit=PC_ENT&pop=GE10&nace=C10-S951_X_K&year=2024`
 */
export function pinnedSearch(series: SeriesFields, dataset: string, year: string | null): string {
	return stateSearch({
		...defaultState(),
		tab: 'ranking',
		dataset,
		indicator: series.indicator,
		unit: series.unit,
		sizeClass: series.sizeClass,
		nace: series.nace,
		year
	});
}

/**
 * The search string of a state, ready to append to a path (commas left readable).
 * `stateSearch({ ...defaultState(), peers: ['DE', 'IE'] })` → `?v=2&peers=DE,IE`
 */
export function stateSearch(state: ComparisonState): string {
	return `?${encodeState(state).toString().replaceAll('%2C', ',')}`;
}

/**
 * The one search string of everything an address says about the comparison, whatever it carries
 * besides (`embed`, `ev`, unknown keys) and in whichever version it was written: two addresses
 * showing the same state give the same string. The page derives its state from this string, so
 * that hydration on a bare address (empty before, `location.search` after) finds the same
 * string and recomputes and redraws nothing.
 * `canonicalSearch('')` → `?v=2`; `canonicalSearch('?embed=1&tab=map')` → `?v=2&tab=map`
 */
export function canonicalSearch(input: URLSearchParams | string): string {
	return stateSearch(decodeState(input));
}
