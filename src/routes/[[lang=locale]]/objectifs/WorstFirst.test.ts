import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { summarise } from '$lib/kpi/summary';
import { trackTarget } from '$lib/kpi/track';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import WorstFirst from './WorstFirst.svelte';

describe('WorstFirst', () => {
	// Bretagne (FRH) from a ministry's table in whole percentages, Pays de la Loire (FRG) from an
	// illustrative set in hundredths, both against an EU average in whole percentages: each list
	// writes its gaps as its own values are published.
	const tracked = trackTarget(
		TEST_TARGET,
		['2016', '2019'].flatMap((period, i) => [
			observation({ geo: 'EU27_2020', period, value: 22 + i * 3 }),
			observation({ geo: 'FRH', period, value: 20 + i }),
			observation({ dataset: 'synth', geo: 'FRG', period, value: 20.25 + i })
		]),
		(d) => d === 'synth',
		(u) => u.key
	);
	const list = (body: string, testId: string) => {
		const start = body.indexOf(`data-testid="${testId}"`);
		return body.slice(start, body.indexOf('</ol>', start));
	};

	it('writes the real list’s gaps without decimals, the illustrative one’s with two', () => {
		const { body } = render(WorstFirst, {
			props: {
				summary: summarise(tracked.regions),
				reference: tracked.units.reference,
				locale: 'fr'
			}
		});
		expect(list(body, 'worst-real')).toContain('−4\u00a0pts (2019)');
		expect(list(body, 'worst-real')).not.toMatch(/\d,\d+\u00a0pts?/);
		expect(list(body, 'worst-illustrative')).toContain('−3,75\u00a0pts (2019)');
	});
});
