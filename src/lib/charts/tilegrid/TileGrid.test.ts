import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import { FRENCH_REGIONS } from '../../domain/geo';
import { STATUS_ORDER, type Status } from '../../kpi/summary';
import TileGrid from './TileGrid.svelte';

const statusLabels = Object.fromEntries(STATUS_ORDER.map((s) => [s, `statut ${s}`])) as Record<
	Status,
	string
>;
const tiles = FRENCH_REGIONS.map((r, i) => ({
	key: r.id,
	label: r.fr,
	status: STATUS_ORDER[i % STATUS_ORDER.length]!,
	value: `${i} pts`,
	description: `${r.fr} : statut ${STATUS_ORDER[i % STATUS_ORDER.length]}`,
	synthetic: true,
	// Mayotte's figures are of another year than the grid's: it says so on its tile.
	periods: { start: '2016', now: r.id === 'mayotte' ? '2018' : '2019' }
}));
const body = render(TileGrid, {
	props: {
		tiles,
		statusLabels,
		overseasLabel: 'Outre-mer',
		title: 'Statut par région',
		legendLabel: 'Légende',
		caption: (start: string | null, now: string | null) =>
			`Écart en ${now}, statut ${start}→${now}`,
		keyLabel: 'Régions abrégées'
	}
}).body;
const svg = chartSvg(body);

describe('TileGrid (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/TileGrid.fr.svg');
	});
	it('draws 18 focusable tiles named in words, and a legend of the statuses present', () => {
		expect((svg.match(/<g class="tile[^"]*"[^>]*tabindex="0"/g) ?? []).length).toBe(18);
		expect(svg).toContain('aria-label="Mayotte : statut');
		expect(body).toContain('statut unrated');
		expect(svg).toContain('>Outre-mer</text>');
	});

	it("draws the legend with the kit's swatches, the unrated one dashed like its tiles", () => {
		const from = body.indexOf('<ul class="legend');
		const legend = body.slice(from, body.indexOf('</ul>', from));
		expect(legend).toMatch(/^<ul class="legend[^"]*" aria-label="Légende">/);
		expect((legend.match(/<li/g) ?? []).length).toBe(STATUS_ORDER.length);
		expect(legend.match(/stroke-dasharray="3 2"/g)).toHaveLength(1);
		// The tooltip's line is reserved under the grid, empty until a tile is hovered or focused.
		expect(body).toMatch(/<p class="detail[^"]*" aria-hidden="true">\u00a0<\/p>/);
	});

	it('says the years of its figures above the grid, from the tiles, and a tile on another year its own', () => {
		expect(body).toMatch(/<figcaption[^>]*>Écart en 2019, statut 2016→2019<\/figcaption>/);
		expect(body.indexOf('<figcaption')).toBeLessThan(body.indexOf('<svg'));
		expect(svg).toMatch(/data-testid="tile-years"[^>]*>2018<\/text>/);
		expect(svg.match(/data-testid="tile-years"/g)).toHaveLength(1);
	});

	it('decodes every abbreviation in a visible list under the grid', () => {
		const key = body.slice(body.indexOf('<ul class="key'));
		expect(key).toMatch(/^<ul class="key[^"]*" aria-label="Régions abrégées"/);
		expect((key.match(/<li/g) ?? []).length).toBe(18);
		expect(key).toMatch(/<abbr[^>]*>HDF<\/abbr> Hauts-de-France</);
		expect(key).toMatch(/<abbr[^>]*>PAC<\/abbr> Provence-Alpes-Côte d/);
	});
});

// The tile grid has one layout at every width (the browser scales it; its labels are three
// letters and a value): English is its only other snapshot.
describe('TileGrid in English', () => {
	it('matches the reviewed SVG in English', async () => {
		const en = chartSvg(
			render(TileGrid, {
				props: {
					tiles: tiles.map((t, i) => ({
						...t,
						label: FRENCH_REGIONS[i]!.en,
						description: `${FRENCH_REGIONS[i]!.en}: status ${t.status}`
					})),
					statusLabels: Object.fromEntries(STATUS_ORDER.map((s) => [s, `status ${s}`])) as Record<
						Status,
						string
					>,
					overseasLabel: 'Overseas',
					title: 'Status by region',
					legendLabel: 'Legend',
					caption: (start: string | null, now: string | null) => `Gap in ${now}, ${start}→${now}`,
					keyLabel: 'Abbreviated regions'
				}
			}).body
		);
		expect(en).toContain('Overseas');
		await expect(en).toMatchFileSnapshot('./__snapshots__/TileGrid.en.svg');
	});
});
