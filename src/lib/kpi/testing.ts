/**
 * Shared fixtures of the kpi tests: one target read through the real parser (CNNum's shape:
 * E_ESELL, 10+ persons, all activities but finance, EU27 at the 2019 deadline from 2016), and
 * observations of that series. `observation({ geo: 'FRH', period: '2016', value: 15 })`.
 */
import type { Observation } from '../domain/observation';
import { parseTargets, type Target } from './targets';
import { trackTarget } from './track';

export const TEST_TARGET: Target = parseTargets(
	JSON.stringify({
		targets: [
			{
				id: 't',
				name: { fr: 't', en: 't' },
				source: { fr: 's', en: 's' },
				indicator: 'E_ESELL',
				unit: 'PC_ENT',
				sizeClass: 'GE10',
				nace: 'C10-S951_X_K',
				scope: ['national', 'regions', 'sectors'],
				referenceGeo: 'EU27_2020',
				baseline: '2016',
				deadline: '2019',
				rule: 'eu-average-at-deadline'
			}
		]
	}),
	't.json'
)[0]!;

/** An observation of the test target's series; any field can be overridden. */
export function observation(
	fields: Pick<Observation, 'geo' | 'period' | 'value'> & Partial<Observation>
): Observation {
	return {
		dataset: 'd',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: 'GE10',
		nace: 'C10-S951_X_K',
		flags: '',
		confStatus: null,
		...fields
	};
}

/**
 * The test target tracked over one region in whole percentages, Bretagne (FRH) at 20 then 21 %
 * in 2016 and 2019, against an EU average of `eu` then `eu + 3`: gaps of −2 then −4 points with
 * a whole `eu`, −2.25 then −4.25 with `eu` = 22.25. `wholePercentRegion(22).regions[0].key` → `'FRH'`
 */
export function wholePercentRegion(eu: number) {
	return trackTarget(
		TEST_TARGET,
		['2016', '2019'].flatMap((period, i) => [
			observation({ geo: 'FRH', period, value: 20 + i }),
			observation({ geo: 'EU27_2020', period, value: eu + i * 3 })
		]),
		() => false,
		(u) => u.key
	);
}
