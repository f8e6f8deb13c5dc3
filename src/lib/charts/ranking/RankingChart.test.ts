import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import RankingChart from './RankingChart.svelte';
import { rankFigures } from './series';

/** Fixed, made-up figures: a tie between BE and DE, a missing value for IT (flag u). */
const ranking = rankFigures(
	'2015',
	[
		{ geo: 'IE', label: 'Irlande', value: 32.18, flags: '', confStatus: null },
		{ geo: 'BE', label: 'Belgique', value: 24.57, flags: '', confStatus: null },
		{ geo: 'DE', label: 'Allemagne', value: 24.57, flags: 'e', confStatus: null },
		{ geo: 'FR', label: 'France', value: 16.5, flags: '', confStatus: null },
		{ geo: 'IT', label: 'Italie', value: null, flags: 'u', confStatus: null }
	],
	['IE', 'BE', 'DE', 'FR', 'IT']
);

const body = render(RankingChart, {
	props: {
		ranking,
		focus: 'FR',
		peers: ['DE'],
		reference: { label: 'Moyenne UE', value: 16.2 },
		locale: 'fr',
		title: 'Classement 2015'
	}
}).body;
const svg = chartSvg(body);

describe('RankingChart (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/RankingChart.fr.svg');
	});

	it('draws one focusable bar per geo with a value, ties sharing a rank', () => {
		expect((svg.match(/<g class="bar[^"]*"[^>]*tabindex="0"/g) ?? []).length).toBe(4);
		expect(svg).toContain('aria-label="Belgique, 2e ex æquo sur 4 en 2015\u00a0: 24,57\u202f%"');
		expect(svg).toContain('aria-label="France, 4e sur 4 en 2015\u00a0: 16,50\u202f%"');
		expect(svg).toContain('data-geo="FR" data-rank="4" data-emphasis="focus"');
	});

	it('draws the EU average line and lists the missing geo with its flag', () => {
		expect(svg).toContain('Moyenne UE 16,20\u202f%');
		expect(body).toMatch(/Sans valeur publiée\u00a0: Italie \(u\u00a0: [^)]+\)/);
	});
});

describe('RankingChart in English and on a phone', () => {
	const props = {
		ranking,
		focus: 'FR',
		peers: ['DE'],
		reference: { label: 'EU average', value: 16.2 },
		locale: 'en' as const,
		title: 'Ranking 2015'
	};

	it('matches the reviewed SVG in English', async () => {
		const en = chartSvg(render(RankingChart, { props }).body);
		expect(en).toContain('16.50%');
		await expect(en).toMatchFileSnapshot('./__snapshots__/RankingChart.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured)', async () => {
		const phone = chartSvg(
			render(RankingChart, {
				props: {
					...props,
					locale: 'fr',
					reference: { label: 'Moyenne UE', value: 16.2 },
					measured: 358
				}
			}).body
		);
		expect(phone).toContain('viewBox="0 0 358 ');
		await expect(phone).toMatchFileSnapshot('./__snapshots__/RankingChart.fr.390.svg');
	});
});
