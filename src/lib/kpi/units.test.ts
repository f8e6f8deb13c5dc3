import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import { observation, TEST_TARGET } from './testing';
import fc from 'fast-check';
import { columnsOf, observationsWhere } from '../data/ingest/columns';
import { matchesSeries, seriesWhere, unitsFor, wholeRegionOf } from './units';

const target = TEST_TARGET;

const o = (
	dataset: string,
	geo: string,
	period: string,
	value: number | null,
	more: Partial<Observation> = {}
): Observation => observation({ dataset, geo, period, value, ...more });

describe('wholeRegionOf', () => {
	it.each([
		['FRH', 'bretagne'],
		['FRH0', 'bretagne'],
		['FR52', 'bretagne'],
		['FRB0', 'centre-val-de-loire'],
		['FR24', 'centre-val-de-loire'],
		['FRY4', 'la-reunion'],
		['FRA4', 'la-reunion'],
		['FR7', 'auvergne-rhone-alpes'],
		['FRI1', null],
		['FR3', null],
		['FR2', null],
		['DE1', null]
	])('%s → %s', (code, id) => {
		expect(wholeRegionOf(code)?.id ?? null).toBe(id);
	});
});

describe('unitsFor', () => {
	const synthetic = (d: string) => d.startsWith('synth');
	const rows = [
		o('tin00111', 'FR', '2016', 16.62),
		o('tin00111', 'EU27_2020', '2016', 17.59),
		o('tin00111', 'DE', '2016', 20),
		// Bretagne under NUTS 2016 (NUTS 1) and NUTS 2013 (NUTS 2): one region, the fuller code wins.
		o('synth_reg', 'FRH', '2016', 15),
		o('synth_reg', 'FRH', '2019', 16),
		o('imported', 'FR52', '2016', 14.9),
		// Aquitaine is only part of Nouvelle-Aquitaine: not a regional value.
		o('synth_reg', 'FRI1', '2016', 12),
		o('synth_sec', 'FR', '2016', 30, { nace: 'G47' }),
		// Another size class or indicator never leaks in.
		o('synth_sec', 'FR', '2016', 99, { nace: 'G47', sizeClass: '10-249' }),
		o('tin00111', 'FR', '2016', 99, { indicator: 'E_AWSELL' })
	];
	const u = unitsFor(target!, rows, synthetic);

	it('puts France, the reference, regions and sectors apart', () => {
		expect(u.national?.points).toEqual([{ period: '2016', value: 16.62, flags: '' }]);
		expect(u.national?.synthetic).toBe(false);
		expect(u.reference).toEqual([{ period: '2016', value: 17.59, flags: '' }]);
		// A real (imported) row replaces the illustrative series of the region, set aside and said so.
		expect(u.regions.map((r) => [r.key, r.code, r.points.length, r.synthetic])).toEqual([
			['bretagne', 'FR52', 1, false]
		]);
		expect(u.regions[0]?.setAside).toEqual({
			datasets: ['synth_reg'],
			first: '2016',
			last: '2019'
		});
		expect(u.regions[0]?.datasets).toEqual(['imported']);
		expect(u.referenceDatasets).toEqual(['tin00111']);
		expect(u.partialRegionRows).toBe(1);
		expect(u.sectors.map((s) => [s.key, s.points])).toEqual([
			['G47', [{ period: '2016', value: 30, flags: '' }]]
		]);
		expect(u.lastDataPeriod).toBe('2016');
	});

	it('shows illustrative stand-ins (ILLUS_ codes) where no real row covers a unit, never in the reference', () => {
		const illus = { indicator: 'ILLUS_ESELL', unit: 'ILLUS_PC' };
		const v = unitsFor(
			target!,
			[
				o('tin00111', 'EU27_2020', '2016', 17.59),
				o('synth_reg', 'EU27_2020', '2016', 50, illus),
				o('synth_reg', 'FRH', '2016', 15, illus),
				o('synth_reg', 'FRH', '2019', 16, illus),
				// A real row without a value does not replace anything.
				o('imported', 'FRH', '2019', null, { flags: 'c' })
			],
			synthetic
		);
		expect(v.reference).toEqual([{ period: '2016', value: 17.59, flags: '' }]);
		expect(v.regions.map((r) => [r.key, r.synthetic, r.points.length, r.setAside])).toEqual([
			['bretagne', true, 2, null]
		]);
	});

	it('keeps a published value over a missing one for the same period', () => {
		const v = unitsFor(
			target!,
			[o('a', 'FR', '2016', null, { flags: 'u' }), o('b', 'FR', '2016', 16.62)],
			synthetic
		);
		expect(v.national?.points).toEqual([{ period: '2016', value: 16.62, flags: '' }]);
	});

	it('follows only the scopes the target names', () => {
		const v = unitsFor({ ...target!, scope: ['national'] }, rows, synthetic);
		expect(v.regions).toEqual([]);
		expect(v.sectors).toEqual([]);
	});
});

describe('seriesWhere', () => {
	it('picks from columns every row matchesSeries accepts, so the units are the same', () => {
		const t = TEST_TARGET;
		const code = (list: string[]) => fc.constantFrom(...list);
		const row = fc.record({
			geo: code(['FR', 'FR10', 'EU27_2020']),
			sizeClass: code([t.sizeClass, '10-249', '0-9']),
			indicator: code([t.indicator, 'E_AWSELL', 'ILLUS_ESELL']),
			unit: code([t.unit, 'PC_TURN', 'ILLUS_PC']),
			period: code(['2015', '2023'])
		});
		fc.assert(
			fc.property(fc.array(row, { maxLength: 40 }), (specs) => {
				const rows = specs.map((x) => observation({ ...x, value: 10 }));
				const picked = observationsWhere(columnsOf(rows), seriesWhere(t));
				// Columns are tested one by one, so the pick may hold a real indicator with an
				// illustrative unit; matchesSeries then drops it: never a row it accepts is missed.
				expect(picked.filter((r) => matchesSeries(r, t))).toEqual(
					rows.filter((r) => matchesSeries(r, t))
				);
				expect(unitsFor(t, picked, () => false)).toEqual(unitsFor(t, rows, () => false));
			})
		);
	});
});
