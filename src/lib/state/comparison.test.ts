import { describe, expect, it } from 'vitest';
import {
	canonicalSearch,
	DEFAULT_PEERS,
	decodeState,
	defaultState,
	encodeState,
	migrateV1,
	pinnedSearch,
	STATE_VERSION,
	stateSearch,
	versionOf,
	type ComparisonState
} from './comparison';

describe('decodeState', () => {
	const cases: { name: string; search: string; expected: Partial<ComparisonState> }[] = [
		{ name: 'no parameter: every default', search: '', expected: defaultState() },
		{
			name: 'the documented example',
			search: 'v=1&tab=ranking&year=2015&peers=DE,IE',
			expected: { tab: 'ranking', year: '2015', peers: ['DE', 'IE'] }
		},
		{
			name: 'a link without version is read as version 1',
			search: 'tab=gap&from=2013&to=2023',
			expected: { tab: 'gap', from: '2013', to: '2023' }
		},
		{
			name: 'a link from a later version: unknown parameters are ignored',
			search: 'v=7&tab=map&colour=viridis&year=2020',
			expected: { tab: 'map', year: '2020', peers: [...DEFAULT_PEERS] }
		},
		{
			name: 'values that do not parse fall back to their default',
			search: 'tab=pie&view=3d&year=last&ind=E_ESELL;DROP&from=2023-13',
			expected: { tab: 'trend', view: 'chart', year: null, indicator: null, from: null }
		},
		{
			name: 'peers are upper-cased, deduplicated, France and junk dropped',
			search: 'peers=de, IE,de,FR,<script>,,EU27_2020',
			expected: { peers: ['DE', 'IE', 'EU27_2020'] }
		},
		{ name: 'an empty peer list stays empty', search: 'peers=', expected: { peers: [] } },
		{
			name: 'series key and table view',
			search: 'view=table&ds=tin00111&ind=E_ESELL&unit=PC_ENT&size=10-249&nace=C10-S951_X_K',
			expected: {
				view: 'table',
				dataset: 'tin00111',
				indicator: 'E_ESELL',
				unit: 'PC_ENT',
				sizeClass: '10-249',
				nace: 'C10-S951_X_K'
			}
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(decodeState(c.search)).toMatchObject(c.expected);
		});
	}
});

describe('encodeState', () => {
	const cases: { name: string; state: ComparisonState; search: string }[] = [
		{ name: 'defaults give a bare version', state: defaultState(), search: '?v=2' },
		{
			name: 'only what differs from the default',
			state: { ...defaultState(), tab: 'ranking', year: '2015', view: 'table' },
			search: '?v=2&tab=ranking&view=table&year=2015'
		},
		{
			name: 'peers in the order chosen, commas readable',
			state: { ...defaultState(), peers: ['IE', 'DE'] },
			search: '?v=2&peers=IE,DE'
		},
		{
			name: 'no peer at all is written, not defaulted',
			state: { ...defaultState(), peers: [] },
			search: '?v=2&peers='
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(stateSearch(c.state)).toBe(c.search);
		});
	}

	it('round-trips through decodeState', () => {
		const states: ComparisonState[] = [
			defaultState(),
			{
				tab: 'gap',
				view: 'table',
				dataset: 'tin00111',
				indicator: 'E_ESELL',
				unit: 'PC_ENT',
				sizeClass: 'GE10',
				nace: 'C10-S951_X_K',
				peers: ['SE', 'EU27_2020'],
				year: '2018',
				group: 'EU28',
				from: '2014',
				to: '2022',
				set: null
			},
			{ ...defaultState(), peers: [] },
			{ ...defaultState(), tab: 'catchup', set: 'climbers' }
		];
		for (const s of states) expect(decodeState(encodeState(s))).toEqual(s);
	});
});

// Version 2 made SMEs the default and `ds` a pinned vintage: a link made before must keep showing
// 10+ from tin00111, the only series it could show.
describe('links of version 1 (before the population switch)', () => {
	const legacy = {
		dataset: 'tin00111',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: 'GE10',
		nace: 'C10-S951_X_K'
	};

	it('writes version 2', () => {
		expect(STATE_VERSION).toBe(2);
		expect(stateSearch(defaultState())).toBe('?v=2');
	});

	it.each([
		['v=1', {}],
		['v=1&tab=ranking&year=2015', { tab: 'ranking', year: '2015' }],
		['tab=gap&from=2013', { tab: 'gap', from: '2013' }],
		['v=1&view=table&peers=DE&embed=1', { view: 'table', peers: ['DE'] }]
	])('%s shows 10+ from tin00111, pinned', (search, rest) => {
		expect(decodeState(search)).toEqual({ ...defaultState(), ...legacy, ...rest });
	});

	it('keeps what a version-1 reader picked, size renamed pop', () => {
		expect(
			migrateV1(new URLSearchParams('v=1&ds=mine&ind=X&unit=PC&size=10-49&nace=C')).toString()
		).toBe('v=2&ds=mine&ind=X&unit=PC&nace=C&pop=10-49');
		expect(decodeState('v=1&size=GE250')).toMatchObject({ ...legacy, sizeClass: 'GE250' });
	});

	it('reads a bare address, or one with no state parameter, as today’s default: SMEs, newest vintage', () => {
		expect(versionOf(new URLSearchParams(''))).toBe(2);
		expect(versionOf(new URLSearchParams('embed=1'))).toBe(2);
		expect(versionOf(new URLSearchParams('year=2015'))).toBe(1);
		expect(decodeState('embed=1')).toEqual(defaultState());
		expect(decodeState('v=2&pop=GE10')).toMatchObject({ sizeClass: 'GE10', dataset: null });
	});

	it('reads and writes the EU of a ranking, today’s by default', () => {
		expect(decodeState('v=2&ue=EU28').group).toBe('EU28');
		expect(decodeState('v=2&ue=EU15').group).toBe('EU27_2020');
		expect(stateSearch({ ...defaultState(), tab: 'ranking', year: '2015', group: 'EU28' })).toBe(
			'?v=2&tab=ranking&year=2015&ue=EU28'
		);
	});

	it('links a revised cell to the comparison pinned on a vintage', () => {
		const search = pinnedSearch(legacy, 'tin00111', '2024');
		expect(search).toBe(
			'?v=2&tab=ranking&ds=tin00111&ind=E_ESELL&unit=PC_ENT&pop=GE10&nace=C10-S951_X_K&year=2024'
		);
		expect(decodeState(search.slice(1))).toMatchObject({ ...legacy, year: '2024' });
	});
});

describe('named peer sets and the catch-up view in the address', () => {
	it.each([
		['v=2&set=closest', 'closest'],
		['v=2&set=top&tab=catchup', 'top'],
		['v=2&set=nonsense', null],
		['v=2', null]
	] as const)('%s → set %s', (query, set) => {
		expect(decodeState(query).set).toBe(set);
	});

	it('writes the set after the other choices, and reads the catch-up tab', () => {
		const s = { ...defaultState(), tab: 'catchup' as const, set: 'plan' as const };
		expect(stateSearch(s)).toBe('?v=2&tab=catchup&set=plan');
		expect(decodeState('v=2&tab=catchup').tab).toBe('catchup');
	});
});

describe('canonicalSearch: one string per state, so hydration on the same state recomputes nothing', () => {
	it('gives the bare address and its hydrated forms the same string', () => {
		expect(canonicalSearch('')).toBe('?v=2');
		expect(canonicalSearch('?')).toBe('?v=2');
		expect(canonicalSearch('?v=2')).toBe('?v=2');
		// Not the comparison's: the embed flag and the timeline's markers.
		expect(canonicalSearch('?embed=1&ev=0&ann=2020~Covid')).toBe('?v=2');
	});
	it('tells different states apart, and reads an old link as what it showed', () => {
		expect(canonicalSearch('?v=2&tab=map')).not.toBe(canonicalSearch('?v=2'));
		expect(canonicalSearch('?v=2&peers=IE,DE')).toBe('?v=2&peers=IE,DE');
		expect(canonicalSearch('?tab=ranking')).toBe(
			'?v=2&tab=ranking&ds=tin00111&ind=E_ESELL&unit=PC_ENT&pop=GE10&nace=C10-S951_X_K'
		);
	});
	const addresses = [
		'',
		'?tab=ranking&year=2015&peers=de,ie,DE',
		'?v=2&tab=gap&from=2013&to=2023&view=table',
		'?v=2&set=closest&ue=EU28&year=2010',
		'?v=2&pop=GE10&ds=isoc_ec_esels&nace=C10-S951_X_K&ind=E_ESELL&unit=PC_ENT',
		'?v=2&tab=nonsense&year=20x5&peers=' + 'A,'.repeat(80)
	];
	it.each(addresses)('is a fixed point that keeps the state: %s', (search) => {
		const once = canonicalSearch(search);
		expect(canonicalSearch(once)).toBe(once);
		expect(decodeState(once)).toEqual(decodeState(search));
	});
});
