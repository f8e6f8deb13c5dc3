import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import RegionSheet from './RegionSheet.svelte';

describe('RegionSheet of a region published in whole percentages', () => {
	// A ministry's table for Bretagne (FRH), 2016 and 2019, against an EU average in whole
	// percentages: its cards read « 21,00 % » and « −4,00 pts », a precision never published.
	const data = {
		targets: [TEST_TARGET],
		observations: ['2016', '2019'].flatMap((period, i) => [
			observation({ geo: 'FRH', period, value: 20 + i }),
			observation({ geo: 'EU27_2020', period, value: 22 + i * 3 })
		]),
		sectorLastPeriod: null,
		syntheticDatasets: [],
		sources: []
	};

	it('writes its cards’ values and gap, and its reading, without decimals', () => {
		const { body } = render(RegionSheet, {
			props: { data, locale: 'fr', params: { region: 'bretagne' } }
		});
		const cards = body.slice(body.indexOf('class="kpis'), body.indexOf('id="path-title"'));
		const value = (testId: string) =>
			/class="value[^"]*">([^<]*)</.exec(cards.slice(cards.indexOf(testId)))?.[1];
		expect(value('kpi-latest')).toBe('21\u202f%');
		expect(value('kpi-gap')).toBe('−4\u00a0pts');
		expect(cards).toContain('>25\u202f%</p>');
		const reading = body.slice(body.indexOf('class="reading'));
		expect(reading).toContain('écart au dernier point −4\u00a0pts (2019)');
		expect(reading).toContain('écart au départ −2\u00a0pts (2016)');
		expect(`${cards}${reading}`).not.toMatch(/\d,\d+(\u00a0pts?|\u202f%)/);
	});

	it('labels its chart’s points and target without decimals', () => {
		const { body } = render(RegionSheet, {
			props: { data, locale: 'fr', params: { region: 'bretagne' } }
		});
		const chart = body.slice(body.indexOf('id="path-title"'), body.indexOf('class="reading'));
		expect(chart).toContain('aria-label="Bretagne, 2019\u00a0: 21\u202f%"');
		expect(chart).toMatch(/>Valeur cible(<tspan[^>]*>| )25\u202f%/);
		expect(chart).not.toMatch(/\d,\d+\u202f%/);
	});
});
