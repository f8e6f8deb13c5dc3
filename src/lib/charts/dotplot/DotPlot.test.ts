import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import { textBox } from '../core/labels';
import DotPlot from './DotPlot.svelte';

const body = render(DotPlot, {
	props: {
		rows: [
			{
				key: 'G47',
				label: 'Commerce de détail',
				status: 'widening',
				gapStart: -1,
				gapNow: -2.5,
				description: 'Commerce de détail : s’éloigne'
			},
			{
				key: 'J58-J63',
				label: 'Information et communication',
				status: 'closed',
				gapStart: 1,
				gapNow: 3,
				description: 'Information : écart comblé'
			},
			{
				key: 'L68',
				label: 'Activités immobilières',
				status: 'unrated',
				gapStart: -4,
				gapNow: null,
				description: 'Immobilier : non évalué'
			}
		],
		locale: 'fr',
		title: 'Écart par secteur',
		zeroLabel: 'moyenne UE',
		startLabel: 'écart au départ',
		nowLabel: 'écart au dernier point'
	}
}).body;
const svg = chartSvg(body);

describe('DotPlot (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/DotPlot.fr.svg');
	});
	it('draws one focusable row per unit, widest gap first, unknown last', () => {
		const order = [...svg.matchAll(/data-sector="([^"]+)"/g)].map((m) => m[1]);
		expect(order).toEqual(['G47', 'J58-J63', 'L68']);
		expect((svg.match(/tabindex="0"/g) ?? []).length).toBe(3);
		expect(svg).toContain('>moyenne UE</text>');
	});
	it("names its two marks in the kit's legend: hollow at the start, filled now", () => {
		const legend = body.slice(body.indexOf('<ul class="legend'));
		expect(legend).toMatch(/<circle[^>]*fill="#ffffff"[^>]*>[^]*écart au départ/);
		expect(legend).toMatch(/<circle[^>]*fill="#8a909c"[^>]*>[^]*écart au dernier point/);
	});
});

describe('DotPlot in English and on a phone', () => {
	const rows = [
		{
			key: 'G47',
			label: 'Retail trade',
			status: 'widening' as const,
			gapStart: -1,
			gapNow: -2.5,
			description: 'Retail trade: moving away'
		},
		{
			key: 'J58-J63',
			label: 'Information and communication',
			status: 'closed' as const,
			gapStart: 1,
			gapNow: 3,
			description: 'Information: gap closed'
		}
	];
	const props = {
		rows,
		locale: 'en' as const,
		title: 'Gap by sector',
		zeroLabel: 'EU average',
		startLabel: 'gap at the start',
		nowLabel: 'gap at the latest point'
	};

	it('matches the reviewed SVG in English', async () => {
		const en = chartSvg(render(DotPlot, { props }).body);
		expect(en).toContain('−2\u00a0pp');
		await expect(en).toMatchFileSnapshot('./__snapshots__/DotPlot.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured)', async () => {
		const phone = chartSvg(render(DotPlot, { props: { ...props, measured: 358 } }).body);
		expect(phone).toContain('viewBox="0 0 358 ');
		await expect(phone).toMatchFileSnapshot('./__snapshots__/DotPlot.en.390.svg');
	});
});

describe('DotPlot names its zero line inside the drawing', () => {
	// Every sector above the reference puts 0 at the left edge: the name of the reference, centred
	// on it, was cut in half by the edge of the picture.
	it.each([720, 358])('at %i px, a long name by a zero at the edge', (width) => {
		const zeroLabel = 'même secteur, EU27_2019';
		const svg = chartSvg(
			render(DotPlot, {
				props: {
					rows: [
						{
							key: 'J',
							label: 'Information',
							status: 'closed' as const,
							gapStart: 0.5,
							gapNow: 9,
							description: 'J'
						}
					],
					locale: 'fr' as const,
					title: 'T',
					zeroLabel,
					startLabel: 'départ',
					nowLabel: 'dernier point',
					measured: width === 720 ? 0 : width
				}
			}).body
		);
		const drawn = new RegExp(`<text x="([\\d.]+)"[^>]*>${zeroLabel}</text>`).exec(svg);
		expect(drawn).not.toBeNull();
		const box = textBox(zeroLabel, { size: 13, anchor: 'middle', x: Number(drawn![1]), y: 0 });
		expect(box.x0).toBeGreaterThanOrEqual(0);
		expect(box.x1).toBeLessThanOrEqual(width);
	});
});
