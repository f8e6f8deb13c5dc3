import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import GapChart from './GapChart.svelte';
import { gapSeries } from './series';

/** Fixed, made-up figures: France below then above the EU, a break in 2021, a gap in 2022. */
const points = gapSeries(
	[
		{ period: '2019', value: 12.2, flags: '', confStatus: null },
		{ period: '2020', value: 15, flags: '', confStatus: null },
		{ period: '2021', value: 19.9, flags: 'b', confStatus: null },
		{ period: '2022', value: null, flags: 'u', confStatus: null }
	],
	[
		{ period: '2019', value: 17.8, flags: '', confStatus: null },
		{ period: '2020', value: 18.4, flags: '', confStatus: null },
		{ period: '2021', value: 19.2, flags: '', confStatus: null },
		{ period: '2022', value: 19.74, flags: '', confStatus: null }
	]
);

const body = render(GapChart, {
	props: {
		points,
		locale: 'fr',
		title: 'Écart France − moyenne UE',
		focusLabel: 'France',
		referenceLabel: 'Moyenne UE'
	}
}).body;
const svg = chartSvg(body);

describe('GapChart (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/GapChart.fr.svg');
	});

	it('has one focusable column per period, the missing one marked, not drawn as 0', () => {
		expect((svg.match(/<g class="column[^"]*"[^>]*tabindex="0"/g) ?? []).length).toBe(4);
		expect(svg).toContain('aria-label="2022\u00a0: écart non calculable');
		expect(svg).toContain('aria-label="2021\u00a0: +0,70\u00a0pt');
	});

	it('is described in words', () => {
		expect(svg).toContain(
			'Écart entre France et Moyenne UE\u00a0: \u22125,60\u00a0pts en 2019, +0,70\u00a0pt en 2021\u202f; non calculable en 2022.'
		);
	});
});

describe('GapChart in English and on a phone', () => {
	it('matches the reviewed SVG in English', async () => {
		const en = render(GapChart, {
			props: {
				points,
				locale: 'en',
				title: 'Gap France − EU average',
				focusLabel: 'France',
				referenceLabel: 'EU average'
			}
		}).body;
		await expect(chartSvg(en)).toMatchFileSnapshot('./__snapshots__/GapChart.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured)', async () => {
		const phone = render(GapChart, {
			props: {
				points,
				locale: 'fr',
				title: 'Écart France − moyenne UE',
				focusLabel: 'France',
				referenceLabel: 'Moyenne UE',
				measured: 358
			}
		}).body;
		const svg390 = chartSvg(phone);
		expect(svg390).toContain('viewBox="0 0 358 320"');
		await expect(svg390).toMatchFileSnapshot('./__snapshots__/GapChart.fr.390.svg');
	});
});

describe('GapChart with a figure read from an imported file', () => {
	const joined = gapSeries(
		[
			{ period: '2022', value: 12.57, flags: 'b', confStatus: null },
			{ period: '2023', value: 14, flags: '', confStatus: null, imported: 'esels-revise.csv' }
		],
		[
			{ period: '2022', value: 19.17, flags: '', confStatus: null },
			{ period: '2023', value: 19.09, flags: '', confStatus: null }
		]
	);
	const html = render(GapChart, {
		props: {
			points: joined,
			locale: 'en',
			title: 'Gap',
			focusLabel: 'France',
			referenceLabel: 'EU average'
		}
	}).body;

	it('dashes the edge of the column that rests on it, names the file, and explains the dashes', () => {
		expect(joined.map((p) => p.imported)).toEqual([undefined, ['esels-revise.csv']]);
		expect((chartSvg(html).match(/<rect class="imported"/g) ?? []).length).toBe(1);
		expect(html).toMatch(
			/aria-label="2023: [^"(]*\(France 14\.00%, EU average 19\.09%\), value read from your imported file “esels-revise\.csv”"/
		);
		expect(html).toMatch(
			/data-testid="legend-imported"[^]*imp\.[^]*value read from your imported file/
		);
		expect(body).not.toContain('legend-imported');
	});
});
