import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import BySizeChart from './BySizeChart.svelte';
import { BY_SIZE_CLASSES, toPanels } from './series';
import { SAMPLE_ROWS as ROWS } from './sample';

const panels = toPanels(ROWS, BY_SIZE_CLASSES, 'FR', 'EU27_2020');
const body = render(BySizeChart, {
	props: { panels, locale: 'fr', title: 'Par taille', sentence: 'La phrase du graphique.' }
}).body;
// Hydration markers dropped and one tag a line: the snapshot opens as a plain SVG file.
const svg = chartSvg(body);
const count = (re: RegExp) => (svg.match(re) ?? []).length;

describe('BySizeChart (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/BySizeChart.fr.svg');
	});

	it('draws one panel per size class, France split by its gap', () => {
		expect(count(/<g class="panel" data-size=/g)).toBe(5);
		expect(count(/<path class="line" data-geo="FR"/g)).toBe(3);
		expect(count(/class="missing"/g)).toBe(2);
	});

	it('is described by its sentence first, then each panel', () => {
		expect(svg).toMatch(
			/<desc id="[^"]+-desc">La phrase du graphique\. 10 à 49 personnes, France\u00a0: de 11,50/
		);
		expect(svg).toContain('Écart\u00a0: −5,01\u00a0pts');
	});
});

describe('BySizeChart in English and on a phone', () => {
	it('matches the reviewed SVG in English', async () => {
		const en = chartSvg(
			render(BySizeChart, {
				props: { panels, locale: 'en', title: 'By size', sentence: 'The chart in a sentence.' }
			}).body
		);
		await expect(en).toMatchFileSnapshot('./__snapshots__/BySizeChart.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured), one panel a row', async () => {
		const phone = chartSvg(
			render(BySizeChart, {
				props: { panels, locale: 'fr', title: 'Par taille', sentence: 'La phrase.', measured: 358 }
			}).body
		);
		expect(phone).toContain('viewBox="0 0 358 ');
		await expect(phone).toMatchFileSnapshot('./__snapshots__/BySizeChart.fr.390.svg');
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
		expect(html.match(/data-testid="chart-markers"/g)).toHaveLength(5);
		expect(html.match(/data-marker="event-plan"/g)).toHaveLength(5);
		expect(html.match(/data-marker="note-0"/g)).toHaveLength(5);
	});

	it('lets the keyboard and screen readers reach them once, in the first panel', () => {
		expect(html.match(/class="marker[^"]*"[^>]*tabindex="0"/g)).toHaveLength(2);
		expect(html.match(/class="marker[^"]*"[^>]*tabindex="-1"/g)).toHaveLength(8);
		expect(html.match(/<g aria-hidden="true">/g)).toHaveLength(4);
		// Without markers, nothing of them is drawn.
		expect(svg).not.toContain('chart-markers');
	});
});
