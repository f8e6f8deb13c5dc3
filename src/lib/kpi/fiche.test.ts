import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import { regionFiche } from './fiche';
import { observation, TEST_TARGET } from './testing';
import { trackTarget } from './track';

const target = TEST_TARGET;

const o = (geo: string, period: string, value: number | null, flags = ''): Observation =>
	observation({ dataset: 'reg', geo, period, value, flags });

const rows = [
	o('EU27_2020', '2016', 17),
	o('EU27_2020', '2019', 18),
	o('FRH', '2016', 15), // Bretagne
	o('FRH', '2019', 19),
	o('FR1', '2016', 20), // Île-de-France
	o('FR1', '2019', 21),
	o('FRG', '2016', 14), // Pays de la Loire
	o('FRG', '2019', 19),
	o('FRE', '2016', 12), // Hauts-de-France: no 2019 value
	o('FRE', '2019', null, 'u')
];
const tracked = trackTarget(
	target!,
	rows,
	() => false,
	(u) => u.key
);

describe('regionFiche', () => {
	it('gives the latest value, the EU average of that survey, and a shared rank among regions with a value', () => {
		const fiche = regionFiche(tracked, 'bretagne')!;
		expect(fiche.latest).toEqual({ period: '2019', value: 19, flags: '' });
		expect(fiche.reference).toMatchObject({ period: '2019', value: 18 });
		// Île-de-France 21, then Bretagne and Pays de la Loire 19 (tied); Hauts-de-France has no value.
		expect(fiche.rank).toEqual({ rank: 2, of: 3, tied: true, period: '2019' });
	});

	it('falls back to the latest survey with a value, and ranks among the regions of that survey', () => {
		const fiche = regionFiche(tracked, 'hauts-de-france')!;
		expect(fiche.latest).toEqual({ period: '2016', value: 12, flags: '' });
		expect(fiche.rank).toEqual({ rank: 4, of: 4, tied: false, period: '2016' });
	});

	it('puts beside the latest value the EU average and the gap of the same survey', () => {
		const fiche = regionFiche(tracked, 'bretagne')!;
		expect(fiche.gapLatest).toBe(1);
		expect(regionFiche(tracked, 'hauts-de-france')!.gapLatest).toBe(-5);
	});

	it('never ranks an illustrative region, and ranks a real one among real regions only', () => {
		const mixed = trackTarget(
			target!,
			rows,
			(d) => d === 'reg',
			(u) => u.key
		);
		expect(regionFiche(mixed, 'bretagne')!.rank).toBeNull();
		const oneReal = trackTarget(
			target!,
			[...rows, observation({ dataset: 'ministry', geo: 'FRH0', period: '2019', value: 16 })],
			(d) => d === 'reg',
			(u) => u.key
		);
		const fiche = regionFiche(oneReal, 'bretagne')!;
		expect(fiche.unit.synthetic).toBe(false);
		expect(fiche.rank).toEqual({ rank: 1, of: 1, tied: false, period: '2019' });
	});

	it('is null for a region without data', () => {
		expect(regionFiche(tracked, 'corse')).toBeNull();
	});
});
