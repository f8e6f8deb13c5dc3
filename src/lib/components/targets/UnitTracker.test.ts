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
});
