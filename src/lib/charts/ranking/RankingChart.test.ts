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

	it('says in its legend what the chosen countries’ middle tone means', () => {
		expect(body).toContain('pays choisis');
		expect(body).toContain('autres pays');
		const alone = render(RankingChart, {
			props: { ranking, focus: 'FR', peers: [], locale: 'fr', title: 'Classement 2015' }
		}).body;
		expect(alone).not.toContain('pays choisis');
	});

	it('draws the EU average line and lists the missing geo with its flag', () => {
		expect(svg).toContain('Moyenne UE 16,20\u202f%');
		expect(body).toMatch(/Sans valeur publiée\u00a0: Italie \(u\u00a0: [^)]+\)/);
	});
});

describe('RankingChart with a value read from an imported file', () => {
	const joined = rankFigures(
		'2023',
		[
			{ geo: 'DE', label: 'Allemagne', value: 18.85, flags: '', confStatus: null },
			{
				geo: 'FR',
				label: 'France',
				value: 14,
				flags: '',
				confStatus: null,
				imported: 'esels-revise.csv'
			}
		],
		['DE', 'FR']
	);
	const html = (locale: 'fr' | 'en') =>
		render(RankingChart, {
			props: { ranking: joined, focus: 'FR', peers: [], locale, title: 'Classement 2023' }
		}).body;

	it("dashes that bar's edge, names the file to a screen reader, and says so in the legend", () => {
		const fr = html('fr');
		expect(fr).toContain(
			'data-geo="FR" data-rank="2" data-emphasis="focus" data-imported="esels-revise.csv"'
		);
		expect(fr).not.toMatch(/data-geo="DE"[^>]*data-imported/);
		// One dashed bar in the chart (the legend's swatch draws the same edge).
		expect((chartSvg(fr).match(/stroke-dasharray="3 2"/g) ?? []).length).toBe(1);
		expect(fr).toContain(
			'aria-label="France, 2e sur 2 en 2023\u00a0: 14,00\u202f%, valeur lue dans votre fichier importé «\u00a0esels-revise.csv\u00a0»"'
		);
		expect(fr).toMatch(
			/data-testid="legend-imported"[^]*imp\.[^]*valeur lue dans votre fichier importé</
		);
		expect(html('en')).toMatch(
			/data-testid="legend-imported"[^]*value read from your imported file</
		);
		// Without an imported value, no such legend.
		expect(body).not.toContain('legend-imported');
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
