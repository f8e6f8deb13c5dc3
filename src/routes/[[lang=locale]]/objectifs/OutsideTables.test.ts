import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Observation } from '$lib/domain/observation';
import { outsideTarget } from '$lib/kpi/outside';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import OutsideTables from './OutsideTables.svelte';

describe('OutsideTables', () => {
	const o = (geo: string, period: string, value: number | null, more: Partial<Observation>) =>
		observation({ geo, period, value, ...more });
	// Two kept files the target does not rate: a ministry's table of SMEs in whole percentages,
	// and a file of small firms in hundredths whose latest value for Bretagne is published `18.00`;
	// in a third, in tenths, Île-de-France's only value is whole.
	const whole = { dataset: 'ministry', sizeClass: '10-249' };
	const hundredths = { dataset: 'small', sizeClass: '10-49' };
	const tenths = { dataset: 'tenths', sizeClass: '50-249' };
	const outside = outsideTarget(
		TEST_TARGET,
		[
			{
				dataset: 'ministry',
				file: 'ministere.csv',
				observations: [o('FR10', '2022', 20, whole), o('FR10', '2023', 21, whole)]
			},
			{
				dataset: 'small',
				file: 'petites.csv',
				observations: [o('FRH0', '2022', 17.35, hundredths), o('FRH0', '2023', 18, hundredths)]
			},
			{
				dataset: 'tenths',
				file: 'dixiemes.csv',
				observations: [o('FR10', '2023', 16, tenths), o('FRH0', '2023', 15.4, tenths)]
			}
		],
		'regions'
	);
	const { body } = render(OutsideTables, {
		props: { outside, target: TEST_TARGET, scope: 'regions', locale: 'fr' }
	});
	const cell = (file: string, geo: string) => {
		const table = body.slice(body.indexOf(`<strong>${file}</strong>`));
		const row = table.slice(table.indexOf(`data-geo="${geo}"`));
		return /<td class="num[^"]*">([^<]*)</.exec(row)![1]!.trim();
	};

	it('writes each latest value with the decimals its series is published with', () => {
		expect(cell('ministere.csv', 'FR10')).toBe('21\u202f%');
		expect(cell('petites.csv', 'FRH0')).toBe('18,00\u202f%');
	});

	it('writes a table’s values alike: a whole value among tenths has its tenth', () => {
		expect(cell('dixiemes.csv', 'FR10')).toBe('16,0\u202f%');
		expect(cell('dixiemes.csv', 'FRH0')).toBe('15,4\u202f%');
	});
});
