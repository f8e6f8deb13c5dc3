import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import TrackerChart from './TrackerChart.svelte';

const p = (period: string, value: number | null, flags = '') => ({
	period,
	value,
	flags,
	confStatus: null
});
// Made-up figures: a unit with a gap (u) and a break, the EU average, a required path and a projection.
const input = {
	actual: [p('2016', 10), p('2017', null, 'u'), p('2018', 12, 'b'), p('2019', 13)],
	reference: [p('2016', 15), p('2019', 16)],
	trajectory: [
		{ period: '2016', value: 10 },
		{ period: '2018', value: 14.14 },
		{ period: '2020', value: 20 }
	],
	projection: [
		{ period: '2019', value: 13 },
		{ period: '2020', value: 14 }
	],
	target: { value: 20, deadline: '2020' },
	baseline: '2016'
};
const labels = {
	actual: 'France (réel)',
	reference: 'Moyenne UE à 27',
	required: 'Trajectoire requise',
	projection: 'Projection au rythme actuel',
	target: 'Valeur cible'
};
const body = render(TrackerChart, {
	props: {
		input,
		labels,
		locale: 'fr',
		title: 'France et objectif',
		description: 'Objectif en cours.'
	}
}).body;
const svg = chartSvg(body);

describe('TrackerChart (server render)', () => {
	it('names the target’s period in its band where the words fit, else in the legend', () => {
		const named = (measured?: number, tracker = input) => {
			const html = render(TrackerChart, {
				props: {
					input: tracker,
					labels: { ...labels, window: 'Période de l’objectif' },
					locale: 'fr',
					title: 'France et objectif',
					description: 'Objectif en cours.',
					...(measured ? { measured } : {})
				}
			}).body;
			const band = /<text[^>]*data-testid="window-text"[^>]*>(.*?)<\/text>/s.exec(chartSvg(html));
			return {
				band: band
					? band[1]!
							.replace(/<[^>]+>/g, ' ')
							.replace(/\s+/g, ' ')
							.trim()
					: null,
				legend: html.includes('data-testid="window-legend"')
			};
		};
		// 720 wide: 2016–2020 is most of the axis, room for the words in the band.
		expect(named()).toEqual({ band: 'Période de l’objectif', legend: false });
		// On a phone, three years of fifteen leave the band 56 units wide, narrower than "Période de".
		const long = {
			...input,
			reference: [p('2010', 15), p('2025', 16)],
			trajectory: [
				{ period: '2016', value: 10 },
				{ period: '2019', value: 20 }
			],
			target: { value: 20, deadline: '2019' }
		};
		expect(named(undefined, long)).toEqual({ band: 'Période de l’objectif', legend: false });
		expect(named(340, long)).toEqual({ band: null, legend: true });
		// Without its words, no entry: the band stays as it was.
		expect(body.includes('window-legend') || svg.includes('window-text')).toBe(false);
	});
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/TrackerChart.fr.svg');
	});
	it('draws the actual path in two runs, the required path, the projection labelled, the target', () => {
		expect((svg.match(/<path class="actual/g) ?? []).length).toBe(2);
		expect(svg).toContain('class="required"');
		expect(svg).toContain('class="projection"');
		expect(svg).toContain('Projection au rythme actuel');
		// The target sits at the top right corner: one line would be cut by the chart's top edge
		// or cross a line, so the value goes under the words, the two inside the chart.
		const target = svg.match(
			/<text[^>]* y="([\d.]+)"[^>]*>Valeur cible<tspan x="[\d.]+" dy="1.2em">20,00\u202f%<\/tspan>/
		);
		expect(target).not.toBeNull();
		expect(Number(target![1])).toBeGreaterThan(13);
		expect(body).toContain('data-testid="projection-legend"');
	});
	it('makes each known point focusable with its value and flags', () => {
		expect((svg.match(/<g class="point[^"]*"[^>]*tabindex="0"/g) ?? []).length).toBe(3);
		expect(svg).toContain('aria-label="France (réel), 2018\u00a0: 12,00\u202f%, b\u00a0: ');
	});
	it('says a missing value in words where it is marked, and in the legend', () => {
		expect(svg).toContain(
			'aria-label="France (réel), 2017\u00a0: valeur non disponible (u\u00a0: fiabilité faible)"'
		);
		expect(body).toMatch(/<li[^>]*>[\s\S]*?valeur non disponible[\s\S]*?<\/li>/);
		const noGap = render(TrackerChart, {
			props: {
				input: { ...input, actual: input.actual.filter((q) => q.value !== null) },
				labels,
				locale: 'fr',
				title: 't',
				description: 'd'
			}
		}).body;
		expect(noGap).not.toContain('valeur non disponible');
	});
});

describe('TrackerChart with the decimals of its series', () => {
	// A region from a ministry's table in whole percentages, against a target of 16.58.
	const whole = {
		...input,
		actual: [p('2016', 10), p('2018', 12, 'b'), p('2019', 21)],
		target: { value: 16.58, deadline: '2020' }
	};
	const drawn = (decimals?: number) =>
		chartSvg(
			render(TrackerChart, {
				props: {
					input: whole,
					labels,
					locale: 'fr',
					title: 'Bretagne',
					description: 'd',
					...(decimals === undefined ? {} : { decimals })
				}
			}).body
		);

	it('writes the points and the target with two decimals by default', () => {
		const svg = drawn();
		expect(svg).toContain('aria-label="France (réel), 2019\u00a0: 21,00\u202f%"');
		expect(svg).toMatch(/>Valeur cible(<tspan[^>]*>| )16,58\u202f%/);
	});

	it('writes them in whole percentages when the series is published so', () => {
		const svg = drawn(0);
		expect(svg).toContain('aria-label="France (réel), 2016\u00a0: 10\u202f%"');
		expect(svg).toContain('aria-label="France (réel), 2019\u00a0: 21\u202f%"');
		expect(svg).toMatch(/>Valeur cible(<tspan[^>]*>| )17\u202f%/);
		expect(svg).not.toMatch(/\d,\d\d\u202f%/);
	});
});

describe('TrackerChart in English and on a phone', () => {
	const en = {
		actual: 'France (actual)',
		reference: 'EU-27 average',
		required: 'Required path',
		projection: 'Projection at the current pace',
		target: 'Target value'
	};

	it('matches the reviewed SVG in English', async () => {
		const svgEn = chartSvg(
			render(TrackerChart, {
				props: {
					input,
					labels: en,
					locale: 'en',
					title: 'France and target',
					description: 'On track.'
				}
			}).body
		);
		expect(svgEn).toMatch(/>Target value<tspan x="[\d.]+" dy="1.2em">20.00%<\/tspan>/);
		await expect(svgEn).toMatchFileSnapshot('./__snapshots__/TrackerChart.en.svg');
	});

	it('matches the reviewed SVG in English laid out at 390 px (358 measured)', async () => {
		const phone = chartSvg(
			render(TrackerChart, {
				props: {
					input,
					labels: en,
					locale: 'en',
					title: 'France and target',
					description: 'On track.',
					measured: 358
				}
			}).body
		);
		expect(phone).toContain('viewBox="0 0 358 288"');
		await expect(phone).toMatchFileSnapshot('./__snapshots__/TrackerChart.en.390.svg');
	});
});

describe('TrackerChart as a small multiple', () => {
	it('matches the reviewed SVG: points drawn, none focusable, no words on them', async () => {
		const small = chartSvg(
			render(TrackerChart, {
				props: {
					input,
					labels,
					locale: 'fr',
					title: 'Bretagne',
					description: 'Objectif en cours.',
					compact: true
				}
			}).body
		);
		expect(small).not.toContain('tabindex');
		expect(small).not.toContain('aria-label="France (réel)');
		await expect(small).toMatchFileSnapshot('./__snapshots__/TrackerChart.fr.compact.svg');
	});
});
