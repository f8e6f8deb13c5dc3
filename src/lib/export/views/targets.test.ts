import { describe, expect, it } from 'vitest';
import { tTargets } from '../../i18n/targets';
import { trackTarget } from '../../kpi/track';
import { loadTargetPageData } from '../../kpi/page-data.server';
import { toCsv } from '../csv';
import { targetSourceLine, trackerCsv, unitsCsv } from './targets';

// On the bundled data, as the /objectifs/ pages compute it at build time.
const data = await loadTargetPageData();
const cnnum = data.targets[0]!;
const synthetic = new Set(data.syntheticDatasets);
const tracked = trackTarget(
	cnnum,
	data.observations,
	(d) => synthetic.has(d),
	(u) => u.key
);

describe('trackerCsv', () => {
	it('writes France, the EU average and the required path by survey year, as numbers', () => {
		const { columns, rows } = trackerCsv(
			tracked.national!,
			tracked.units.reference,
			tTargets('en'),
			'France',
			'en'
		);
		expect(columns.map((c) => c.en)).toEqual([
			'Survey year',
			'France',
			'France — flags',
			'EU-27 average',
			'EU-27 average — flags',
			'Required path',
			'Projection at the current pace (not a forecast)'
		]);
		// SMEs (10–249) from isoc_ec_esels, the CNNum target's population.
		expect(rows.find((r) => r.period === '2016')).toMatchObject({
			actual: 15.92,
			reference: 17.03,
			required: 15.92
		});
		expect(rows.find((r) => r.period === '2019')).toMatchObject({
			actual: 15.22,
			reference: 16.58,
			required: 16.58
		});
		// The 2022 break in series travels with the value, as its flag.
		expect(rows.find((r) => r.period === '2022')).toMatchObject({
			actual: 12.57,
			actualFlags: 'b'
		});
		expect(rows.map((r) => r.period)).toEqual([...rows.map((r) => r.period)].sort());
	});
});

describe('unitsCsv', () => {
	it('lists every region once, worst gap first, with its status in words and the illustrative mark', () => {
		const { columns, rows } = unitsCsv(tracked.regions, tTargets('fr'), 'Région', 'fr');
		expect(rows).toHaveLength(18);
		expect(new Set(rows.map((r) => r.code)).size).toBe(18);
		const gaps = rows.map((r) => r.gapNow as number);
		expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
		expect(rows.every((r) => r.synthetic === 'oui')).toBe(true);
		expect(rows.every((r) => typeof r.status === 'string' && r.status !== '')).toBe(true);
		const csv = toCsv(rows, columns, { locale: 'fr' });
		expect(csv.split('\r\n')[0]).toBe(
			'\ufeffCode;Région;Statut;Écart au départ (pts);Écart au dernier point (pts);Part de l’écart comblée (%);Rapport réel / requis;Retard sur la trajectoire;Départ;Dernier point;Ruptures de série;données illustratives'
		);
	});

	it('writes France’s share of the gap closed in percent: −22.5 (the gap widened)', () => {
		const { rows } = unitsCsv([tracked.national!], tTargets('en'), 'Unit', 'en');
		// (−1.36 + 1.11) / 1.11 = −0.2252
		expect(rows[0]!.shareClosed as number).toBeCloseTo(-22.52, 1);
		expect(rows[0]).toMatchObject({ code: 'FR', start: '2016', now: '2019', synthetic: 'no' });
	});
});

describe('targetSourceLine', () => {
	// The national 10+ series is read from its newest vintage (isoc_ec_esels), never from both files.
	it('names every dataset the target reads, the illustrative ones as such', () => {
		const sources = data.sources.map((s) => ({ ...s }));
		expect(targetSourceLine(cnnum, data.observations, sources, tTargets('fr'), 'fr')).toBe(
			'Sources : Eurostat, isoc_ec_esels ; Observatoire PME numérique (données illustratives), synth_esell_nace ; Observatoire PME numérique (données illustratives), synth_esell_reg. Objectif : Rattrapage CNNum : la moyenne UE en deux ans.'
		);
	});
});
