import { describe, expect, it } from 'vitest';
import { loadBundled } from '../server/bundled';
import { REPORT_LOADERS, loadReportData } from './report-data.server';
import { reportDataIds } from './report-registry';
import { fetchViewData, readViewData, viewDataJson, viewDataPath } from './report-view-data';

describe('report view data, as published for the report page', () => {
	it('gives back every loader’s result exactly (no NaN, undefined or -0 lost to JSON)', async () => {
		const ids = reportDataIds();
		expect(ids.sort()).toEqual(Object.keys(REPORT_LOADERS).sort());
		const views = await loadReportData(await loadBundled(), ids);
		for (const id of ids) {
			const text = viewDataJson(views[id] as object);
			expect(readViewData(text), id).toStrictEqual(views[id]);
		}
	}, 120_000);

	it('refuses text that is not a JSON object', () => {
		expect(() => readViewData('<!doctype html><p>Portail')).toThrow();
		expect(() => readViewData('[1, 2]')).toThrow(/not a JSON object/);
		expect(() => readViewData('null')).toThrow(/not a JSON object/);
	});

	it('fetches under the base path, once, and again after a failure', async () => {
		const urls: string[] = [];
		let answer: Response = new Response('offline', { status: 503 });
		const fetcher = (async (url: string) => {
			urls.push(url);
			return answer;
		}) as unknown as typeof fetch;
		await expect(fetchViewData('bysize', '/obs', fetcher)).rejects.toThrow(
			'/obs/report-views/bysize.json: HTTP 503'
		);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		await expect(fetchViewData('home', '', offline)).rejects.toThrow(
			'/report-views/home.json: Failed to fetch'
		);
		answer = new Response(viewDataJson({ note: 'x', observations: [] }));
		const first = await fetchViewData('bysize', '/obs', fetcher);
		const second = await fetchViewData('bysize', '/obs', fetcher);
		expect(first).toEqual({ note: 'x', observations: [] });
		expect(second).toBe(first);
		expect(urls).toEqual(['/obs/report-views/bysize.json', '/obs/report-views/bysize.json']);
		expect(viewDataPath('home')).toBe('/report-views/home.json');
	});
});
