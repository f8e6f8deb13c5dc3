import { describe, expect, it } from 'vitest';
import { MAX_NOTE, decodeReport, encodeReport, move, type ReportState } from './report-state';

const known = ['home-kpis', 'home-trend', 'home-table', 'compare-ranking'];

describe('encodeReport / decodeReport', () => {
	it.each<[string, ReportState, string]>([
		['empty', { title: '', items: [] }, ''],
		['title only', { title: 'Conseil du 12', items: [] }, 't=Conseil+du+12'],
		[
			'views in order, with notes holding colons, ampersands and line breaks',
			{
				title: 'R',
				items: [
					{ id: 'home-trend', note: 'Écart : 6 pts & plus\nà suivre' },
					{ id: 'home-kpis', note: '' }
				]
			},
			't=R&v=home-trend%3A%C3%89cart+%3A+6+pts+%26+plus%0A%C3%A0+suivre&v=home-kpis'
		],
		[
			'a comparison view with its own choices and a note',
			{
				title: '',
				items: [
					{ id: 'compare-ranking', note: 'En 2015 : 12e', q: 'tab=ranking&year=2015&peers=DE,IT' }
				]
			},
			'v=compare-ranking%40tab%3Dranking%26year%3D2015%26peers%3DDE%2CIT%3AEn+2015+%3A+12e'
		]
	])('%s round-trips', (_name, state, query) => {
		expect(encodeReport(state)).toBe(query);
		expect(decodeReport(query, known)).toEqual(state);
	});

	it.each<[string, ReportState]>([
		[
			'v=home-trend&v=gone&v=home-kpis',
			{
				title: '',
				items: [
					{ id: 'home-trend', note: '' },
					{ id: 'home-kpis', note: '' }
				]
			}
		],
		['v=home-trend:a&v=home-trend:b', { title: '', items: [{ id: 'home-trend', note: 'a' }] }],
		['v=__proto__&v=constructor', { title: '', items: [] }],
		['t=&v=', { title: '', items: [] }],
		[
			'v=compare-ranking%40year%3D2015%3Cscript%3E',
			{ title: '', items: [{ id: 'compare-ranking', note: '' }] }
		],
		['v=home-trend%40', { title: '', items: [{ id: 'home-trend', note: '' }] }]
	])('%s → %j (unknown and repeated views dropped)', (query, expected) => {
		expect(decodeReport(query, known)).toEqual(expected);
	});

	it('drops choices the site could not have written, on encoding too', () => {
		const query = encodeReport({
			title: '',
			items: [{ id: 'compare-ranking', note: '', q: 'year=2015"><b>' }]
		});
		expect(query).toBe('v=compare-ranking');
	});

	it('cuts a note to its limit', () => {
		const state = decodeReport(`v=home-trend:${'x'.repeat(MAX_NOTE + 50)}`, known);
		expect(state.items[0]?.note).toHaveLength(MAX_NOTE);
	});
});

describe('move', () => {
	it.each([
		[['a', 'b', 'c'], 2, -1, ['a', 'c', 'b']],
		[['a', 'b', 'c'], 0, 1, ['b', 'a', 'c']],
		[['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
		[['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
		[['a'], 5, 1, ['a']]
	] as const)('%j: %d by %d → %j', (list, index, step, expected) => {
		expect(move(list, index, step)).toEqual(expected);
	});
});
