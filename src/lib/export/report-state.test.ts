import { describe, expect, it } from 'vitest';
import {
	MAX_NOTE,
	addItem,
	addQuery,
	decodeAdd,
	decodeReport,
	encodeReport,
	move,
	pickChoices,
	type ReportState
} from './report-state';

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
		['v=home-trend:a&v=home-trend:a', { title: '', items: [{ id: 'home-trend', note: 'a' }] }],
		[
			'v=compare-ranking%40year%3D2015&v=compare-ranking%40year%3D2025',
			{
				title: '',
				items: [
					{ id: 'compare-ranking', note: '', q: 'year=2015' },
					{ id: 'compare-ranking', note: '', q: 'year=2025' }
				]
			}
		],
		['v=__proto__&v=constructor', { title: '', items: [] }],
		['t=&v=', { title: '', items: [] }],
		[
			'v=compare-ranking%40year%3D2015%3Cscript%3E',
			{ title: '', items: [{ id: 'compare-ranking', note: '' }] }
		],
		['v=home-trend%40', { title: '', items: [{ id: 'home-trend', note: '' }] }]
	])('%s → %j (unknown views and exact repeats dropped)', (query, expected) => {
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

describe('adding a view as the reader set it', () => {
	it('carries the choices through the add link, annotations included', () => {
		const q = 'cible=cnnum-2019&scenario=1.23,0.25,france&ann=2020%7ECovid+%3A+fermetures';
		const link = addQuery('target-national', q);
		const item = decodeAdd(new URLSearchParams(link).get('add'), ['target-national']);
		expect(item).toEqual({ id: 'target-national', note: '', q });
		expect(decodeAdd('nope@x=1', known)).toBeNull();
	});

	it('adds the same view twice with different choices, and both survive the link', () => {
		let r: ReportState = { title: '', items: [] };
		r = addItem(r, { id: 'compare-ranking', note: '', q: 'tab=ranking&year=2015' });
		r = addItem(r, { id: 'compare-ranking', note: '', q: 'tab=ranking&year=2025' });
		expect(decodeReport(encodeReport(r), known)).toEqual(r);
		expect(r.items).toHaveLength(2);
	});

	it('drops markup from choices', () => {
		expect(addItem({ title: '', items: [] }, { id: 'x', note: '', q: '<b>' }).items[0]).toEqual({
			id: 'x',
			note: ''
		});
	});
});

describe('pickChoices', () => {
	it('keeps the view’s own parameters, in order, repeated ones included', () => {
		expect(
			pickChoices('cible=x&embed=1&scenario=1,0.4&ann=2020~a&ann=2021~b', [
				'cible',
				'scenario',
				'ann'
			])
		).toBe('cible=x&scenario=1,0.4&ann=2020%7Ea&ann=2021%7Eb');
	});
});
