import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '$lib/server/bundled';
import { REPORT_LOADERS } from '$lib/export/report-data.server';
import type { ComparisonData } from '$lib/export/views/comparison';
import ComparisonView from './ComparisonView.svelte';

// What an embed prerenders (no address yet): the comparison page's default choices, SMEs of the
// newest file (isoc_ec_esels, 2025).
const data = (await REPORT_LOADERS.comparison!(await loadBundled())) as ComparisonData;

describe('ComparisonView', () => {
	it.each([
		// tab, locale, text the view must show, the chart's own mark
		['trend', 'fr', /la France et les pays choisis/, 'svg'],
		['ranking', 'fr', /France\s: 21e sur 27 en 2025 \(UE à 27\)/, 'data-geo="FR"'],
		['map', 'en', /Map of Europe, 2025/, 'svg'],
		['gap', 'en', /Gap between France and the EU average/, 'svg']
	] as const)('%s (%s) draws its chart with %s and its source line', (tab, locale, text, mark) => {
		const { body } = render(ComparisonView, { props: { data, locale, params: { tab } } });
		expect(body).toMatch(text);
		expect(body).toContain(mark);
		expect(body).toMatch(/role="group"/);
		expect(body).toContain('Eurostat, isoc_ec_esels');
		expect(body).toMatch(/(Millésime|Vintage)\s?: isoc_ec_esels/);
		expect(body).not.toContain('données illustratives');
	});

	it('an unknown tab falls back to the trend', () => {
		const { body } = render(ComparisonView, {
			props: { data, locale: 'fr', params: { tab: 'nope' } }
		});
		expect(body).toContain('data-tab="trend"');
	});
});

describe('ComparisonView of E_AESELL, published in whole percentages', () => {
	// Its charts, tooltips' labels and descriptions read « 14,00 % » (two decimals never published).
	const choices = 'v=2&ind=E_AESELL&unit=PC_ENT&pop=10-249&nace=C10-S951_X_K';
	it.each(['trend', 'ranking'] as const)('%s writes the values as published', (tab) => {
		const { body } = render(ComparisonView, {
			props: { data, locale: 'fr', params: { tab, choices } }
		});
		expect(body).toContain('isoc_ec_eseln2');
		expect(body).not.toMatch(/\d,\d\d\u202f%/);
		expect(body).toMatch(/\d\u202f%/);
	});

	it('the trend’s points say France 2010 : 14 %', () => {
		const { body } = render(ComparisonView, {
			props: { data, locale: 'en', params: { tab: 'trend', choices } }
		});
		expect(body).toContain('aria-label="France, 2010: 14%');
		expect(body).not.toMatch(/\d\.\d\d%/);
	});
});
