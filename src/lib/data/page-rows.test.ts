import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/observation';
import { loadTargetPageData } from '../kpi/page-data.server';
import { loadReadings } from '../kpi/readings.server';
import { packRows, unpackRows } from './page-rows';

function row(geo: string, period: string, value: number | null, more: Partial<Observation> = {}) {
	return {
		dataset: 'isoc_ec_esels',
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: '10-249',
		nace: 'C10-S951_X_K',
		geo,
		period,
		value,
		flags: '',
		confStatus: null,
		...more
	} satisfies Observation;
}

// What a prerendered page does with its server data: written into the HTML, read back.
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packRows / unpackRows', () => {
	it('gives back the same rows, in order, with gaps, flags, confidentiality and extra columns', () => {
		const observations = [
			row('FR', '2016', 15.8, { flags: 'b' }),
			row('FR', '2017', null, { flags: 'c', confStatus: 'C' }),
			row('EU27_2020', '2016', 17.4, { extra: { obs_comment: 'a "quoted" note' } }),
			row('EU27_2020', '2017', 0)
		];
		const data = { targets: ['cnnum-2019'], observations, nationalRows: [], other: { n: 1 } };
		const back = unpackRows(overTheWire(packRows(data)));
		expect(back).toEqual(data);
		expect(back.observations[1]!.value).toBeNull();
		expect(back.observations[3]!.value).toBe(0);
	});

	it('packs only the row fields and leaves data without them as it is', () => {
		const packed = packRows({ observations: [row('FR', '2016', 15.8)], rows: [1, 2] });
		expect(Array.isArray(packed.observations)).toBe(false);
		expect(packed.rows).toEqual([1, 2]);
		expect(unpackRows({ targets: [], observations: undefined })).toEqual({
			targets: [],
			observations: undefined
		});
	});

	it('gives the target pages their bundled rows back, equal, in a fraction of the size', async () => {
		const [targetData, readings] = await Promise.all([loadTargetPageData(), loadReadings()]);
		const data = { ...targetData, ...readings };
		const packed = overTheWire(packRows(data));
		expect(unpackRows(packed)).toEqual(data);
		expect(data.observations.length + data.sectorObservations.length).toBeGreaterThan(1000);
		const size = (v: unknown) => JSON.stringify(v).length;
		const rows = (d: object) =>
			size((d as typeof packed).observations) +
			size((d as typeof packed).sectorObservations) +
			size((d as typeof packed).nationalRows);
		expect(rows(packed)).toBeLessThan(rows(data) / 4);
	});
});

describe('loadTargetPageData({ sectors: false })', () => {
	it('leaves out the sector rows and nothing else', async () => {
		const [all, without] = await Promise.all([
			loadTargetPageData(),
			loadTargetPageData({ sectors: false })
		]);
		expect('sectorObservations' in without).toBe(false);
		const { sectorObservations, ...rest } = all;
		expect(sectorObservations.length).toBeGreaterThan(0);
		expect(without).toEqual(rest);
	});
});
