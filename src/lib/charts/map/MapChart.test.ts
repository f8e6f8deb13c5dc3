import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../core/snapshot';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import MapChart from './MapChart.svelte';
import type { MapValue } from './layout';

/**
 * Fixed, made-up figures: every EU member a value from 4 to 36 except Malta (null, flag u) and
 * Luxembourg (no row at all); Norway has a value, Montenegro a confidential gap, and the EU
 * aggregate a row the map cannot draw.
 */
const values: MapValue[] = [
	...EU27_2020_MEMBERS.filter((geo) => geo !== 'LU').map((geo, i) => ({
		geo,
		value: geo === 'MT' ? null : geo === 'FR' ? 16.5 : 4 + ((i * 7) % 33),
		flags: geo === 'MT' ? 'u' : geo === 'DE' ? 'b' : '',
		confStatus: null
	})),
	{ geo: 'NO', value: 26.2, flags: '', confStatus: null },
	{ geo: 'ME', value: null, flags: 'c', confStatus: null },
	{ geo: 'EU27_2020', value: 16.2, flags: '', confStatus: null }
];

const body = render(MapChart, {
	props: { values, locale: 'fr', title: 'Entreprises vendant en ligne, 2015' }
}).body;
// Hydration markers dropped and one tag a line, so the snapshot opens as a plain SVG file.
const svg = chartSvg(body);
const count = (re: RegExp) => (svg.match(re) ?? []).length;
const pathOf = (geo: string) =>
	svg.match(new RegExp(`<path class="country[^"]*"[^>]*data-geo="${geo}"[^>]*>`))?.[0] ?? '';

describe('MapChart (server render)', () => {
	it('matches the reviewed SVG', async () => {
		await expect(svg).toMatchFileSnapshot('./__snapshots__/MapChart.fr.svg');
	});

	it('draws the 27 EU members as focusable paths with their code, plus the other rows', () => {
		for (const geo of EU27_2020_MEMBERS) {
			expect(pathOf(geo), geo).toContain('tabindex="0"');
		}
		expect(count(/<path class="country[^"]*"/g)).toBe(27 + 2);
		expect(pathOf('NO')).not.toBe('');
		expect(svg).not.toContain('data-geo="EU27_2020"');
	});

	it('hatches a null value and a missing row, and only those', () => {
		const hatch = svg.match(/<pattern id="([^"]+)"/)?.[1];
		expect(hatch).toBeTruthy();
		expect(pathOf('MT')).toContain(`fill="url(#${hatch})"`);
		expect(pathOf('LU')).toContain(`fill="url(#${hatch})"`);
		expect(pathOf('ME')).toContain(`fill="url(#${hatch})"`);
		expect(count(/<path class="country[^"]*"[^>]*data-hatched="true"/g)).toBe(3);
		expect(pathOf('FR')).toMatch(/fill="#[0-9a-f]{6}"/);
	});

	it('says each value and the reason for a gap, in French', () => {
		expect(pathOf('FR')).toContain('aria-label="France\u00a0: 16,50\u202f%"');
		expect(pathOf('MT')).toContain(
			'aria-label="Malte\u00a0: pas de donnée (u\u00a0: fiabilité faible)"'
		);
		expect(pathOf('LU')).toContain('aria-label="Luxembourg\u00a0: pas de donnée"');
		expect(pathOf('DE')).toMatch(
			/aria-label="Allemagne\u00a0: [\d,]+\u202f%, b\u00a0: rupture de série"/
		);
	});

	it('outlines France on top of every country, and orders the paths by name', () => {
		expect(pathOf('FR')).toContain('data-focus="true"');
		const outline = svg.indexOf('<path class="focus-outline');
		expect(outline).toBeGreaterThan(svg.lastIndexOf('<path class="country'));
		expect(svg.slice(outline)).toMatch(
			/^<path class="focus-outline[^"]*" data-geo="FR"[^>]*stroke-width="2"/
		);
		const geos = [...svg.matchAll(/<path class="country[^"]*"[^>]*data-geo="([A-Z]+)"/g)].map(
			(m) => m[1]
		);
		expect(geos.slice(0, 3)).toEqual(['DE', 'AT', 'BE']);
	});

	it('is named and described, and has a legend with the hatch explained', () => {
		expect(svg).toMatch(/role="group" aria-labelledby="([^"]+)-title" aria-describedby="\1-desc"/);
		expect(svg).toMatch(/<title id="[^"]+-title">Entreprises vendant en ligne, 2015<\/title>/);
		expect(svg).toContain('France\u00a0: 16,50\u202f% (classe');
		expect(svg).toContain('sans donnée\u00a0: Luxembourg et Malte');
		expect(body).toMatch(/<ul class="legend[^"]*" aria-label="Légende de la carte">/);
		expect(body).toContain('pas de donnée');
		expect(body).toContain('hors comparaison');
		expect(count(/<circle class="marker[^"]*" data-geo="MT"/g)).toBe(1);
	});

	it("draws its legend with the kit's swatches: classes read out in full, the hatch as drawn", () => {
		const legend = body.slice(body.indexOf('<ul class="legend'));
		// The short class label is seen; the spoken one says which end is included.
		expect(legend).toMatch(
			/<span aria-hidden="true">[^<]*%<\/span><span class="visually-hidden">de [^<]+%<\/span>/
		);
		// The "no data" swatch is filled with the same hatch pattern as the countries.
		const hatch = body.match(/<pattern id="([^"]+)"/)![1];
		expect(legend).toContain(`fill="url(#${hatch})"`);
	});

	it('speaks English when asked', () => {
		const en = render(MapChart, { props: { values, locale: 'en', title: 'Selling online' } }).body;
		expect(en).toContain('aria-label="France: 16.50%"');
		expect(en).toContain('aria-label="Malta: no data (u: low reliability)"');
		expect(en).toContain('no data');
	});
});

describe('MapChart in English and on a phone', () => {
	it('matches the reviewed SVG in English', async () => {
		const en = chartSvg(
			render(MapChart, {
				props: { values, locale: 'en', title: 'Enterprises selling online, 2015' }
			}).body
		);
		expect(en).toContain('16.50%');
		await expect(en).toMatchFileSnapshot('./__snapshots__/MapChart.en.svg');
	});

	it('matches the reviewed SVG laid out at 390 px (358 measured)', async () => {
		const phone = chartSvg(
			render(MapChart, {
				props: { values, locale: 'fr', title: 'Entreprises vendant en ligne, 2015', measured: 358 }
			}).body
		);
		expect(phone).toContain('viewBox="0 0 358 ');
		await expect(phone).toMatchFileSnapshot('./__snapshots__/MapChart.fr.390.svg');
	});
});

describe('MapChart with values read from an imported file', () => {
	const joined = values.map((v) =>
		v.geo === 'FR' || v.geo === 'MT' ? { ...v, imported: 'esels-revise.csv' } : v
	);
	const html = render(MapChart, {
		props: { values: joined, locale: 'fr', title: 'Carte' }
	}).body;

	it('dashes their edges (round the dot of a small country) and explains it in the legend', () => {
		const marks = chartSvg(html).match(/<g class="imported"[^]*?<\/g>/)?.[0] ?? '';
		expect(marks.match(/data-geo="[A-Z]+"/g)).toEqual(['data-geo="FR"', 'data-geo="MT"']);
		expect(marks).toMatch(/<circle data-geo="MT"/);
		expect(marks).toMatch(/<path data-geo="FR"/);
		expect(html).toMatch(
			/data-testid="legend-imported"[^]*imp\.[^]*valeur lue dans votre fichier importé/
		);
		expect(html).toContain('valeur lue dans votre fichier importé «\u00a0esels-revise.csv\u00a0»');
		// Without one, nothing of it.
		expect(body).not.toContain('class="imported"');
		expect(body).not.toContain('legend-imported');
	});
});
