import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../server/bundled';
import type { Observation } from '../domain/observation';
import type { TargetPageData } from '../kpi/page-data.server';
import { observation } from '../kpi/testing';
import TargetView from '../components/export/views/TargetView.svelte';
import { loadReportData } from './report-data.server';
import { reportView, shownTitle } from './report-registry';

// What an embed and a report receive: the targets loader's data on the bundled files.
const views = await loadReportData(await loadBundled(), ['targets']);
const data = views.targets as TargetPageData;

/**
 * The bundled data with a ministry's real table for `regions` (E_ESELL, SMEs, 2016–2019), as a
 * reader's import adds it: those regions are real, the others stay illustrative.
 */
function withRealRegions(geos: readonly string[]): TargetPageData {
	const rows: Observation[] = geos.flatMap((geo) =>
		['2016', '2017', '2018', '2019'].map((period, i) =>
			observation({ dataset: 'esell_reg', sizeClass: '10-249', geo, period, value: 16 + i / 2 })
		)
	);
	return { ...data, observations: [...data.observations, ...rows] };
}

// The 18 regions' NUTS codes of the illustrative set, from the bundled rows.
const regionGeos = [
	...new Set(data.observations.filter((o) => o.dataset === 'synth_esell_reg').map((o) => o.geo))
];

describe('shownTitle', () => {
	const regions = reportView('target-regions')!;

	// The embed said "(données illustratives sauf tableau importé)": it shows either the
	// illustrative regions (prerendered, or framed on another site) or the reader's own import.
	it.each([
		['fr', 'Objectif : statut des régions (données illustratives)'],
		['en', 'Target: status of the regions (illustrative data)']
	] as const)('says the bundled regions are illustrative (%s)', (locale, title) => {
		expect(shownTitle(regions, views, '', locale)).toBe(title);
		expect(shownTitle(regions, views, '', locale)).not.toMatch(/sauf|unless/);
	});

	it('says what an imported table leaves illustrative: some regions, then none', () => {
		expect(shownTitle(regions, { targets: withRealRegions(['FRH']) }, '', 'fr')).toBe(
			'Objectif : statut des régions (en partie données illustratives)'
		);
		expect(shownTitle(regions, { targets: withRealRegions(regionGeos) }, '', 'en')).toBe(
			'Target: status of the regions'
		);
	});

	it('follows the target of the choices, as the view does', () => {
		expect(shownTitle(regions, views, 'cible=observatoire-2026', 'fr')).toBe(
			'Objectif : statut des régions (données illustratives)'
		);
	});

	it('marks a region’s fact sheet by its own figures', () => {
		const sheet = reportView('fiche-bretagne')!;
		expect(shownTitle(sheet, views, '', 'fr')).toBe(
			'Fiche région : Bretagne (données illustratives)'
		);
		expect(shownTitle(sheet, { targets: withRealRegions(['FRH']) }, '', 'fr')).toBe(
			'Fiche région : Bretagne'
		);
		expect(
			shownTitle(reportView('fiche-normandie')!, { targets: withRealRegions(['FRH']) }, '', 'en')
		).toBe('Region fact sheet: Normandy (illustrative data)');
	});

	it('keeps the list title until the data are there, and for views without illustrative units', () => {
		expect(shownTitle(regions, {}, '', 'fr')).toBe(regions.title.fr);
		const national = reportView('target-national')!;
		expect(shownTitle(national, views, '', 'en')).toBe(national.title.en);
	});
});

describe('TargetView heading', () => {
	// It said "(données illustratives)" of a grid where an imported table gives some regions.
	it('says "partly" when an imported table gives some regions', () => {
		const { body } = render(TargetView, {
			props: { data: withRealRegions(['FRH']), locale: 'fr', params: { view: 'regions' } }
		});
		expect(body).toMatch(
			/data-testid="view-heading"[^>]*>\s*Statut par région \(en partie données illustratives\)/
		);
	});
});
