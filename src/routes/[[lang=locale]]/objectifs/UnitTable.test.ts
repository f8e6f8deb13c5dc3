import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { wholePercentRegion as tracked } from '$lib/kpi/testing';
import { unitsDecimals } from '$lib/kpi/view';
import UnitTable from './UnitTable.svelte';

describe('UnitTable', () => {
	// A ministry's regional table in whole percentages, against an EU average in whole ones too:
	// its gaps read « −3,00 pts », a precision the figures never had.
	const table = async (t: ReturnType<typeof tracked>, decimals?: number) =>
		(
			await render(UnitTable, {
				props: {
					units: t.regions,
					locale: 'fr',
					caption: 'Régions',
					unitHeader: 'Région',
					decimals
				}
			})
		).body;

	it('writes the gaps with the decimals of the values they are differences of', async () => {
		const whole = tracked(22);
		const body = await table(whole, unitsDecimals(whole.regions, whole.units.reference));
		expect(body).toContain('>−2\u00a0pts</td>');
		expect(body).toContain('>−4\u00a0pts</td>');
		expect(body).not.toMatch(/\d,\d+\u00a0pts?</);
	});

	it('keeps two decimals unless told, and those of a reference published with them', async () => {
		expect(await table(tracked(22))).toContain('>−4,00\u00a0pts</td>');
		const hundredths = tracked(22.25);
		const body = await table(
			hundredths,
			unitsDecimals(hundredths.regions, hundredths.units.reference)
		);
		expect(body).toContain('>−2,25\u00a0pts</td>');
		expect(body).toContain('>−4,25\u00a0pts</td>');
	});
});
