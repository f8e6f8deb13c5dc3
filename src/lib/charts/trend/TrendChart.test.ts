import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import TrendChart from './TrendChart.svelte';
import type { TrendInput } from './series';

/** Fixed, made-up figures: France with a gap in 2020 (flag u) and a break in 2021; the EU. */
const series: TrendInput[] = [
	{
		geo: 'FR',
		label: 'France',
		emphasis: 'focus',
		points: [
			{ period: '2018', value: 11.45, flags: '', confStatus: null },
			{ period: '2019', value: 12.2, flags: '', confStatus: null },
			{ period: '2020', value: null, flags: 'u', confStatus: null },
			{ period: '2021', value: 12.9, flags: 'b', confStatus: null },
			{ period: '2022', value: 13.43, flags: '', confStatus: null }
		]
	},
	{
		geo: 'EU27_2020',
		label: 'Moyenne UE à 27',
		emphasis: 'reference',
		points: [
			{ period: '2018', value: 17.1, flags: '', confStatus: null },
			{ period: '2019', value: 17.8, flags: '', confStatus: null },
			{ period: '2020', value: 18.4, flags: '', confStatus: null },
			{ period: '2021', value: 19.2, flags: '', confStatus: null },
			{ period: '2022', value: 19.74, flags: 'e', confStatus: null }
		]
	}
];

const body = render(TrendChart, {
	props: { series, locale: 'fr', title: 'France et moyenne UE' }
}).body;
// One helper for every chart (core/snapshot.ts): the snapshot opens as a plain SVG file and a
// change shows as a readable diff.
const svg = chartSvg(body);
const count = (re: RegExp) => (svg.match(re) ?? []).length;

describe('TrendChart with a point read from an imported file', () => {
	const joined: TrendInput[] = [
		{
			...series[0]!,
			points: series[0]!.points.map((p) =>
				p.period === '2022' ? { ...p, imported: 'esels-revise.csv' } : p
			)
		},
		series[1]!
	];
	const html = render(TrendChart, {
		props: { series: joined, locale: 'fr', title: 'France et moyenne UE' }
	}).body;

	it('rings that point alone and says what the ring means in the legend', () => {
		expect((html.match(/<circle class="imported"/g) ?? []).length).toBe(1);
		expect(html).toMatch(/data-geo="FR" data-period="2022"[^>]*data-imported="esels-revise.csv"/);
		expect(html).toMatch(
			/data-testid="legend-imported"[^]*imp\.[^]*valeur lue dans votre fichier importé/
		);
		// Without one, neither ring nor legend.
		expect(body).not.toContain('class="imported"');
		expect(body).not.toContain('legend-imported');
	});
});

describe('TrendChart (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/TrendChart.fr.svg');
	});

	it('draws one path.line per segment: the gap splits France in two', () => {
		expect(count(/<path class="line[^"]*" data-geo="FR"/g)).toBe(2);
		expect(count(/<path class="line[^"]*" data-geo="EU27_2020"/g)).toBe(1);
	});

	it('marks the gap on the axis with its flag in words', () => {
		expect(count(/<g class="missing[^"]*" data-geo="FR" data-period="2020"/g)).toBe(1);
		expect(count(/class="missing/g)).toBe(1);
		expect(svg).toMatch(
			/<title>France, 2020\u00a0: valeur non disponible \(u\u00a0: [^<]+\)<\/title>/
		);
	});

	it('makes every known point focusable with its value and flags', () => {
		expect(count(/<g class="point[^"]*"[^>]*tabindex="0"/g)).toBe(9);
		expect(svg).toContain(
			'aria-label="France, 2021\u00a0: 12,90\u202f%, indicateur de statut b\u00a0: '
		);
		expect(count(/data-marker="break"/g)).toBe(1);
		expect(count(/data-marker="estimate"/g)).toBe(1);
	});

	it('is named and described for screen readers', () => {
		expect(svg).toMatch(/<title id="[^"]+-title">France et moyenne UE<\/title>/);
		expect(svg).toContain('France\u00a0: de 11,45\u202f% (2018) à 13,43\u202f% (2022)');
		expect(svg).toContain('valeur non disponible en 2020');
	});

	it('has end labels with the last value and a legend', () => {
		expect(svg).toContain('>13,43\u202f%</tspan>');
		expect(body).toMatch(/<ul class="legend[^"]*">/);
		expect(body).toContain('valeur non disponible');
	});
});

describe('TrendChart in English and on a phone', () => {
	const en: TrendInput[] = series.map((s) =>
		s.geo === 'FR' ? s : { ...s, label: 'EU-27 average' }
	);

	it('matches the reviewed SVG in English', async () => {
		const body = render(TrendChart, {
			props: { series: en, locale: 'en', title: 'France and EU average' }
		}).body;
		await expect(chartSvg(body)).toMatchFileSnapshot('./__snapshots__/TrendChart.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured), end labels smaller', async () => {
		const body = render(TrendChart, {
			props: { series, locale: 'fr', title: 'France et moyenne UE', measured: 358 }
		}).body;
		const phone = chartSvg(body);
		expect(phone).toContain('viewBox="0 0 358 306"');
		expect(phone).toMatch(/class="end-label[^"]*" font-size="12"/);
		await expect(phone).toMatchFileSnapshot('./__snapshots__/TrendChart.fr.390.svg');
	});
});

describe('TrendChart without its marks (a view switched to draws them a task later)', () => {
	const bare = chartSvg(
		render(TrendChart, { props: { series, locale: 'fr', title: 'France', marks: false } }).body
	);
	const countIn = (text: string, re: RegExp) => (text.match(re) ?? []).length;

	it('draws the same lines, end labels and legend, and no point or gap mark', () => {
		expect(countIn(bare, /<path class="line/g)).toBe(count(/<path class="line/g));
		expect(countIn(bare, /class="end-label"/g)).toBe(2);
		expect(countIn(bare, /<g class="point[ "]/g)).toBe(0);
		expect(countIn(bare, /<g class="missing[ "]/g)).toBe(0);
		expect(count(/<g class="point[ "]/g)).toBe(9);
		expect(count(/<g class="missing[ "]/g)).toBe(1);
	});
});
