import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { trackTarget } from '$lib/kpi/track';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import { unitsDecimals } from '$lib/kpi/view';
import SectorDots from './SectorDots.svelte';

describe('SectorDots', () => {
	// The zero line of a gap by sector read "moyenne UE", an average of all activities that no
	// sector is compared with: it is the EU value of the same sector, in the EU actually used.
	const sectors = (geo: string) =>
		trackTarget(
			{ ...TEST_TARGET, referenceGeo: geo },
			['2016', '2019'].flatMap((period, i) => [
				observation({ geo: 'FR', nace: 'G47', period, value: 20 + i }),
				observation({ geo, nace: 'G47', period, value: 25 })
			]),
			() => false,
			(u) => u.key
		).sectors;

	it.each([
		['EU28', 'fr', 'même secteur, EU28'],
		['EU27_2019', 'fr', 'même secteur, EU27_2019'],
		['EU27_2020', 'en', 'same sector, EU27_2020']
	] as const)('names the zero line after %s (%s)', (geo, locale, name) => {
		const { body } = render(SectorDots, {
			props: { sectors: sectors(geo), target: TEST_TARGET, referenceGeo: geo, locale }
		});
		expect(body).toContain(`>${name}</text>`);
		expect(body).not.toMatch(/>(moyenne UE|EU average)<\/text>/);
	});

	// The real sectors' E_AESELL is published in whole percentages: the dots' names (and the
	// exported SVG's titles) read « −5,00 pts », a precision never published. RealSectors gives
	// the decimals its table writes (`unitsDecimals`); the target's own sectors keep two.
	it('words the gaps with the decimals of the values', () => {
		const whole = sectors('EU28');
		const { body } = render(SectorDots, {
			props: {
				sectors: whole,
				target: TEST_TARGET,
				referenceGeo: 'EU28',
				locale: 'fr',
				decimals: unitsDecimals(whole)
			}
		});
		expect(body).toContain('écart au dernier point −4\u00a0pts (2019)');
		expect(body).not.toMatch(/\d,\d\d\u00a0pts?/);
		const two = render(SectorDots, {
			props: { sectors: whole, target: TEST_TARGET, referenceGeo: 'EU28', locale: 'fr' }
		}).body;
		expect(two).toContain('écart au dernier point −4,00\u00a0pts (2019)');
	});
});
