import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Observation } from '$lib/domain/observation';
import type { TargetPageData } from '$lib/kpi/page-data.server';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import TargetView from './TargetView.svelte';

/**
 * A target whose regions and sectors are published in whole percentages, as a ministry's table
 * may be: Bretagne (FRH) and retail trade (G47) against EU values, 2016 and 2019, −2 then −4
 * points. No real sector file: the sector view draws the target's own sector series.
 */
function wholeData(): TargetPageData {
	const observations: Observation[] = ['2016', '2019'].flatMap((period, i) => [
		observation({ geo: 'FRH', period, value: 20 + i }),
		observation({ geo: 'EU27_2020', period, value: 22 + i * 3 }),
		observation({ geo: 'FR', nace: 'G47', period, value: 20 + i }),
		observation({ geo: 'EU27_2020', nace: 'G47', period, value: 22 + i * 3 })
	]);
	return {
		targets: [TEST_TARGET],
		observations,
		sectorObservations: [],
		sectorLastPeriod: null,
		syntheticDatasets: [],
		sources: []
	};
}

describe('TargetView of units published in whole percentages', () => {
	it.each(['regions', 'sectors'])('words the %s’ gaps without decimals', (view) => {
		const { body } = render(TargetView, {
			props: { data: wholeData(), locale: 'fr', params: { view } }
		});
		expect(body).toContain('écart au dernier point −4\u00a0pts (2019)');
		expect(body).not.toMatch(/\d,\d+\u00a0pts?/);
	});
});
