import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { composePanels, standaloneSvg } from '../../export/svg';
import { xmlProblems } from '../../export/xmlcheck';
import { normaliseSvg } from '../core/snapshot';
import BySizeChart from './BySizeChart.svelte';
import { BY_SIZE_PICTURE } from './layout';
import { BY_SIZE_CLASSES, toPanels } from './series';
import { SAMPLE_ROWS as ROWS } from './sample';

const panels = toPanels(ROWS, BY_SIZE_CLASSES, 'FR', 'EU27_2020');
const body = render(BySizeChart, {
	props: { panels, locale: 'fr', title: 'Par taille', sentence: 'La phrase du graphique.' }
}).body;
/** Each panel's own `<svg>`, as the server wrote it (a panel holds no other `<svg>`). */
const panelSvgs = (html: string) => html.match(/<svg[^>]*data-panel="[^"]*"[^]*?<\/svg>/g) ?? [];
// The five panels made one picture, as the page exports it: a plain SVG file a reviewer opens.
const picture = (html: string) => normaliseSvg(composePanels(panelSvgs(html), BY_SIZE_PICTURE));
const svg = picture(body);
const count = (re: RegExp) => (svg.match(re) ?? []).length;

describe('BySizeChart (server render)', () => {
	it('matches the reviewed SVG, its panels put together three a row', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/BySizeChart.fr.svg');
	});

	it('draws one panel per size class, France split by its gap', () => {
		expect(count(/<g class="panel" data-size=/g)).toBe(5);
		expect(count(/<path class="line" data-geo="FR"/g)).toBe(3);
		expect(count(/class="missing"/g)).toBe(2);
		expect(svg).toContain('Écart\u00a0: −5,01\u00a0pts');
	});

	it('draws each panel in an <svg> of its own, of one size, named by its class', () => {
		const own = panelSvgs(body);
		expect(own).toHaveLength(5);
		for (const p of own) expect(p).toMatch(/viewBox="0 0 260 225"/);
		expect(own.map((p) => /role="group" aria-label="([^"]+)"/.exec(p)?.[1])).toEqual([
			'10 à 49 personnes',
			'50 à 249 personnes',
			'250 personnes ou plus',
			'PME (10 à 249)',
			'10 personnes ou plus'
		]);
		// Laid out by the page's grid, never narrower than a panel's viewBox in px.
		expect(body).toMatch(/class="panels[^"]*" style="--panel-min: 260px; --columns: 3;"/);
		// Nothing placed by a measured width any more: no translated panel, no second layout.
		expect(body).not.toContain('translate(');
	});

	it('is one figure named by its title, described by its sentence first, then each panel', () => {
		const figure =
			/<figure class="bysize[^"]*" aria-label="Par taille" aria-describedby="([^"]+)"/.exec(body);
		expect(figure).not.toBeNull();
		const desc = new RegExp(`<p id="${figure![1]}" hidden[^>]*>([^<]*)</p>`).exec(body);
		expect(desc?.[1]).toMatch(
			/^La phrase du graphique\. 10 à 49 personnes, France\u00a0: de 11,50/
		);
		// One figure, one description, and no id given twice.
		expect(body.match(/<figure/g)).toHaveLength(1);
		const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		// One legend for the whole chart, after the panels.
		expect(body.match(/<ul class="legend/g)).toHaveLength(1);
		expect(body.indexOf('<ul class="legend')).toBeGreaterThan(body.lastIndexOf('data-panel='));
	});

	it('exports as one well-formed picture 840 units wide', () => {
		const out = standaloneSvg(composePanels(panelSvgs(body), BY_SIZE_PICTURE), {
			title: 'Par taille',
			source: 'Source : Eurostat',
			dataDate: '2026',
			siteName: 'Observatoire',
			locale: 'fr'
		});
		expect(xmlProblems(out)).toEqual([]);
		expect(out).toMatch(/viewBox="0 0 840 472" overflow="visible"/);
	});
});

describe('BySizeChart in English', () => {
	it('matches the reviewed SVG in English', async () => {
		const en = picture(
			render(BySizeChart, {
				props: { panels, locale: 'en', title: 'By size', sentence: 'The chart in a sentence.' }
			}).body
		);
		await expect(en).toMatchFileSnapshot('./__snapshots__/BySizeChart.en.svg');
	});
});

describe('BySizeChart with the timeline’s markers', () => {
	const markers = [
		{ id: 'event-plan', year: 2023.2, kind: 'event' as const, label: 'Repère 1 : mars 2023' },
		{ id: 'note-0', year: 2024.5, kind: 'annotation' as const, label: 'Repère 2 : juillet 2024' }
	];
	const html = render(BySizeChart, {
		props: { panels, locale: 'fr', title: 'Par taille', markers }
	}).body;

	it('draws the same numbered badges in every panel', () => {
		const own = panelSvgs(html);
		for (const p of own) {
			expect(p.match(/data-testid="chart-markers"/g)).toHaveLength(1);
			expect(p.match(/data-marker="event-plan"/g)).toHaveLength(1);
			expect(p.match(/data-marker="note-0"/g)).toHaveLength(1);
		}
		expect(own).toHaveLength(5);
	});

	it('lets the keyboard and screen readers reach them once, in the first panel', () => {
		const own = panelSvgs(html);
		expect(own[0]!.match(/class="marker[^"]*"[^>]*tabindex="0"/g)).toHaveLength(2);
		expect(own[0]).not.toContain('<g aria-hidden="true">');
		for (const p of own.slice(1)) {
			expect(p).not.toMatch(/tabindex="0"/);
			expect(p.match(/<g aria-hidden="true">/g)).toHaveLength(1);
		}
		// Without markers, nothing of them is drawn.
		expect(svg).not.toContain('chart-markers');
	});
});
