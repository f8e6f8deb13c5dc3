import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { trackTarget } from '$lib/kpi/track';
import { observation, TEST_TARGET } from '$lib/kpi/testing';
import { trackerCsv } from '$lib/export/views/targets';
import { tTargets } from '$lib/i18n/targets';
import UnitTracker from './UnitTracker.svelte';

describe('UnitTracker', () => {
	// The legend said "Moyenne UE à 27" whatever the target's reference: the line of a target
	// judged against EU28 (data/targets.json `referenceGeo`) is EU28's and is named so, in the
	// words of the tracker's CSV column.
	it.each(['fr', 'en'] as const)(
		'names the reference line after the target’s geo (%s)',
		(locale) => {
			const target = { ...TEST_TARGET, referenceGeo: 'EU28' };
			const rows = ['2016', '2017', '2018', '2019'].flatMap((period, i) => [
				observation({ geo: 'FR', period, value: 15 + i }),
				observation({ geo: 'EU28', period, value: 17 + i / 2 })
			]);
			const tracked = trackTarget(
				target,
				rows,
				() => false,
				(u) => u.key
			);
			const { body } = render(UnitTracker, {
				props: {
					unit: tracked.national!,
					reference: tracked.units.reference,
					target,
					actualLabel: 'France',
					title: 'T',
					description: 'D',
					locale
				}
			});
			const column = trackerCsv(
				tracked.national!,
				tracked.units.reference,
				target.referenceGeo,
				tTargets(locale),
				'France',
				locale
			).columns.find((c) => c.key === 'reference')![locale];
			expect(column).toMatch(/EU28/);
			expect(body).toContain(`>${column}<`);
			expect(body).not.toContain(locale === 'fr' ? 'Moyenne UE à 27' : 'EU-27 average');
		}
	);

	// A region from a ministry's table in whole percentages, against an EU average in whole
	// percentages: its points and the target read `21 %`, not `21,00 %`; a series published with
	// two decimals keeps them.
	const drawn = (fr: number[], eu: number[], decimals?: number) => {
		const rows = ['2016', '2017', '2018', '2019'].flatMap((period, i) => [
			observation({ geo: 'FR', period, value: fr[i]! }),
			observation({ geo: 'EU27_2020', period, value: eu[i]! })
		]);
		const tracked = trackTarget(
			TEST_TARGET,
			rows,
			() => false,
			(u) => u.key
		);
		return render(UnitTracker, {
			props: {
				unit: tracked.national!,
				reference: tracked.units.reference,
				target: TEST_TARGET,
				actualLabel: 'France',
				title: 'T',
				description: 'D',
				locale: 'fr',
				...(decimals === undefined ? {} : { decimals })
			}
		}).body;
	};

	it('writes its points and target with the decimals of the unit and the reference', () => {
		const whole = drawn([18, 19, 20, 21], [22, 23, 24, 25]);
		expect(whole).toContain('aria-label="France, 2019\u00a0: 21\u202f%"');
		expect(whole).toMatch(/>Valeur cible(<tspan[^>]*>| )25\u202f%/);
		expect(whole).not.toMatch(/\d,\d\d\u202f%/);
		const two = drawn([18.25, 19, 20, 21], [22, 23, 24, 25]);
		expect(two).toContain('aria-label="France, 2019\u00a0: 21,00\u202f%"');
		expect(two).toMatch(/>Valeur cible(<tspan[^>]*>| )25,00\u202f%/);
	});

	it('writes them with the decimals its page gives for all its figures', () => {
		// The regions page writes every region with one decimal when one of them has it.
		const body = drawn([18, 19, 20, 21], [22, 23, 24, 25], 1);
		expect(body).toContain('aria-label="France, 2019\u00a0: 21,0\u202f%"');
		expect(body).toMatch(/>Valeur cible(<tspan[^>]*>| )25,0\u202f%/);
	});
});
