import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { assess } from '../../kpi/measures';
import { loadTargets } from '../../kpi/load.server';
import { trackTarget } from '../../kpi/track';
import type { Engine } from '../duckdb/engine';
import { testEngine } from '../duckdb/testing';
import { loadBundled } from '../../server/bundled';
import { loadTargetPageData } from '../../kpi/page-data.server';
import { targetRows } from './targets';

const key = {
	dataset: 't',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K',
	referenceGeo: 'EU27_2020'
};

const o = (
	dataset: string,
	geo: string,
	period: string,
	value: number | null,
	nace = key.nace
): Observation => ({
	dataset,
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace,
	geo,
	period,
	value,
	flags: '',
	confStatus: null
});

describe('targetRows on hand-made observations', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await testEngine();
		await engine.insertObservations(
			[
				o('t', 'FR', '2016', 16.62),
				o('t', 'EU27_2020', '2016', 17.59),
				o('t', 'DE', '2016', 20),
				o('r', 'FRH', '2016', 15),
				o('r', 'FRI1', '2016', 15),
				o('s', 'FR', '2016', 30, 'G47'),
				o('s', 'DE', '2016', 30, 'G47'),
				{ ...o('t', 'FR', '2016', 99), sizeClass: '10-249' },
				// The same series in another vintage: never merged with the resolved one.
				o('t2', 'FR', '2016', 16.5),
				o('t2', 'EU27_2020', '2016', 17.6),
				// A geo that only looks French must not match the regional pattern.
				o('t', 'FRANCE', '2016', 1)
			],
			'hand.tsv'
		);
	});
	afterAll(async () => engine?.close());

	it('returns the reference and France from the resolved file, French NUTS rows and French sector rows only', async () => {
		const rows = await targetRows(engine, key);
		expect(rows.map((r) => `${r.dataset} ${r.geo} ${r.nace} ${r.value}`)).toEqual([
			'r FRH C10-S951_X_K 15',
			'r FRI1 C10-S951_X_K 15',
			's FR G47 30',
			't EU27_2020 C10-S951_X_K 17.59',
			't FR C10-S951_X_K 16.62'
		]);
	});

	it('reads the other vintage when it is the one resolved', async () => {
		const rows = await targetRows(engine, { ...key, dataset: 't2' });
		expect(rows.map((r) => `${r.dataset} ${r.geo} ${r.nace} ${r.value}`)).toEqual([
			'r FRH C10-S951_X_K 15',
			'r FRI1 C10-S951_X_K 15',
			's FR G47 30',
			't2 EU27_2020 C10-S951_X_K 17.6',
			't2 FR C10-S951_X_K 16.5'
		]);
	});

	it('binds the codes as parameters: a hostile code matches nothing', async () => {
		const rows = await targetRows(engine, { ...key, referenceGeo: "x' OR 1=1 --" });
		expect(rows.some((r) => r.geo === 'DE')).toBe(false);
	});
});

// One engine for the bundled data, shared by the describes below and by the other test files of
// this worker (the suite runs with `isolate: false`): never closed, the worker's exit frees it.

describe('the CNNum target on the bundled real data (isoc_ec_esels, SMEs 10-249, E_ESELL)', () => {
	it('France 2016 15.92 vs EU27 17.03, 2019 15.22 vs 16.58: missed, moving away', async () => {
		const { engine, manifest } = await loadBundled();
		const targets = await loadTargets(path.resolve('data/targets.json'));
		const cnnum = targets.find((t) => t.id === 'cnnum-2019')!;
		const synthetic = new Set(manifest.files.filter((f) => f.synthetic).map((f) => f.dataset));
		const tracked = trackTarget(
			cnnum,
			await targetRows(engine, { ...cnnum, dataset: 'isoc_ec_esels' }),
			(d) => synthetic.has(d),
			(u) => u.key
		);
		const fr = tracked.national!.assessment;
		expect(tracked.national!.series.datasets).toEqual(['isoc_ec_esels']);
		expect(fr.periods).toMatchObject({ start: '2016', now: '2019', target: '2019' });
		expect([fr.start, fr.now, fr.targetValue]).toEqual([15.92, 15.22, 16.58]);
		// The gap the plan is about: −1.11 pts in 2016, −1.36 in 2019, 0.37 pt a year required.
		expect(fr.gapStart).toBe(-1.11);
		expect(fr.gapNow).toBe(-1.36);
		expect(fr.gapChange).toBe(-0.25);
		expect(fr.gapPace).toBeCloseTo(-0.083333, 6);
		expect(fr.requiredGapPace).toBeCloseTo(0.37, 10);
		expect(fr.direction).toBe('widening');
		expect(fr.gapStatus).toBe('widening');
		expect(fr.outcome).toBe('missed');
		expect(fr.flagged).toEqual([]);
		// Secondary: four observations 2016–2019, so the SDG class is computed.
		// Required (16.58 / 15.92)^(1/3) − 1 = 1.3632 %/yr; actual (15.22 / 15.92)^(1/3) − 1 = −1.4877 %/yr.
		expect(fr.observations).toBe(4);
		expect(fr.requiredGrowth).toBeCloseTo(0.013632, 5);
		expect(fr.actualGrowth).toBeCloseTo(-0.014877, 5);
		expect(fr.ratio).toBeCloseTo(-1.0913, 3);
		expect(fr.progress).toBe('away');
		expect(fr.awayWhileNarrowing).toBe(false);
		expect(fr.closing).toEqual({ kind: 'not-at-current-pace' });
		expect(fr.yearsBehind).toBe(3);
		expect(fr.yearsBehindAtLeast).toBe(true);
		expect(tracked.national!.synthetic).toBe(false);
		// The illustrative files use codes of their own (ILLUS_ESELL, ILLUS_PC), so the query of the
		// target's Eurostat series brings none of them: the pages add them apart, labelled.
		expect(tracked.regions).toEqual([]);
		expect(tracked.sectors).toEqual([]);
	});

	it('rates the 2026 target on its gap (2024 → 2025) and waits for a third survey for the SDG class', async () => {
		const { engine } = await loadBundled();
		const targets = await loadTargets(path.resolve('data/targets.json'));
		const next = targets.find((t) => t.id === 'observatoire-2026')!;
		const tracked = trackTarget(
			next,
			await targetRows(engine, { ...next, dataset: 'isoc_ec_esels' }),
			() => false,
			(u) => u.key
		);
		const fr = tracked.national!.assessment;
		expect(fr.rated).toBe(true);
		expect(fr.periods).toMatchObject({ start: '2024', now: '2025', target: '2024' });
		expect(fr.targetValue).toBe(20.13);
		expect([fr.gapStart, fr.gapNow]).toEqual([-6.24, -4.93]);
		// 4.93 pts left for the 2026 survey; 1.31 a year so far.
		expect(fr.requiredGapPaceFromLatest).toBeCloseTo(4.93, 10);
		expect(fr.gapPace).toBeCloseTo(1.31, 10);
		expect(fr.gapStatus).toBe('too-slow');
		expect(fr.progress).toBeNull();
		expect(fr.classNote).toBe('too-few-observations');
		expect(fr.outcome).toBe('pending');
	});

	// The figures of table tin00111 as published in 2025 (10+): what links made before SMEs became
	// the default showed, pinned to that vintage.
	it('on 10+ pinned to tin00111: 2016 16.62 vs 17.59, 2019 16.03 vs 17.19, missed, moving away', async () => {
		const { engine } = await loadBundled();
		const targets = await loadTargets(path.resolve('data/targets.json'));
		const cnnum = { ...targets.find((t) => t.id === 'cnnum-2019')!, sizeClass: 'GE10' };
		const rows = await targetRows(engine, { ...cnnum, dataset: 'tin00111' });
		const fr = trackTarget(
			cnnum,
			rows,
			() => false,
			(u) => u.key
		).national!.assessment;
		expect(fr.periods).toMatchObject({ start: '2016', now: '2019', target: '2019' });
		expect([fr.start, fr.now, fr.targetValue]).toEqual([16.62, 16.03, 17.19]);
		expect([fr.gapStart, fr.gapNow]).toEqual([-0.97, -1.16]);
		// Required (17.19 / 16.62)^(1/3) − 1 = 1.1304 %/yr; actual (16.03 / 16.62)^(1/3) − 1 = −1.1976 %/yr.
		expect(fr.requiredGrowth).toBeCloseTo(0.011304, 5);
		expect(fr.actualGrowth).toBeCloseTo(-0.011976, 5);
		expect(fr.ratio).toBeCloseTo(-1.0594, 3);
		expect(fr.outcome).toBe('missed');
		expect(fr.direction).toBe('widening');
		expect(fr.progress).toBe('away');
	});

	it('on 10+ as tin00111 published it, the 2026 target starts in 2023 and shows the pace still required', async () => {
		const { engine } = await loadBundled();
		const targets = await loadTargets(path.resolve('data/targets.json'));
		const next = { ...targets.find((t) => t.id === 'observatoire-2026')!, sizeClass: 'GE10' };
		const rows = await targetRows(engine, { ...next, dataset: 'tin00111' });
		const fr = trackTarget(
			next,
			rows,
			() => false,
			(u) => u.key
		).national!.assessment;
		expect(fr.rated).toBe(false);
		expect(fr.baselineMissing).toEqual({ period: '2024', flags: 'u' });
		expect(fr.periods.start).toBe('2023');
		expect(fr.targetValue).toBe(20.75);
		expect(fr.reason).toBe('too-few-points');
		// 13.43 − 20.75 = −7.32 to close in three years: 2.44 pts a year.
		expect(fr.gapStart).toBe(-7.32);
		expect(fr.requiredGapPaceFromLatest).toBeCloseTo(2.44, 10);
	});
});

// The end-to-end promise "editing a target in the file changes the verdict after a rebuild",
// tested where the build computes it: the pages' load logic (targets file → query → kpi),
// run on an edited copy of the data folder through OBSERVATOIRE_DATA_DIR.
describe('editing data/targets.json changes the verdict', () => {
	let dir: string;
	const before = process.env.OBSERVATOIRE_DATA_DIR;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'observatoire-targets-'));
		await cp('data', dir, { recursive: true });
		const file = path.join(dir, 'targets.json');
		const json = JSON.parse(await readFile(file, 'utf8'));
		// Staff lower the bar: a fixed 15 % instead of the EU average at the deadline.
		json.targets[0].rule = { fixed: 15 };
		await writeFile(file, JSON.stringify(json, null, '\t'));
	});
	afterAll(async () => {
		if (before === undefined) delete process.env.OBSERVATOIRE_DATA_DIR;
		else process.env.OBSERVATOIRE_DATA_DIR = before;
		await rm(dir, { recursive: true, force: true });
	});

	it('the same data reads "missed, moving away" with the shipped file and "met" with the edited one', async () => {
		const verdict = async () => {
			// The load function of the /objectifs/ pages, then what the page computes from its data.
			const data = await loadTargetPageData();
			const t = data.targets[0]!;
			const synthetic = new Set(data.syntheticDatasets);
			const units = trackTarget(
				t,
				data.observations,
				(d) => synthetic.has(d),
				(u) => u.key
			);
			const a = units.national!.assessment;
			return `${JSON.stringify(t.rule)} ${a.outcome} ${a.progress}`;
		};
		expect(await verdict()).toBe('"eu-average-at-deadline" missed away');
		process.env.OBSERVATOIRE_DATA_DIR = dir;
		// SMEs: 15.22 in 2019 ≥ 15: met.
		expect(await verdict()).toBe('{"fixed":15} met met');
	});

	it('a malformed edit stops the load with the field named', async () => {
		process.env.OBSERVATOIRE_DATA_DIR = dir;
		const file = path.join(dir, 'targets.json');
		const json = JSON.parse(await readFile(file, 'utf8'));
		json.targets[1].deadline = 2026;
		await writeFile(file, JSON.stringify(json));
		await expect(loadTargets()).rejects.toThrow(
			/targets\.json: targets\[1\]\.deadline: expected a survey year/
		);
	});

	it('assess is what the verdict rests on (sanity: no hidden state)', () => {
		const a = assess({
			unit: [
				{ period: '2016', value: 16.62, flags: '' },
				{ period: '2019', value: 16.03, flags: '' }
			],
			reference: [],
			target: { baseline: '2016', deadline: '2019', rule: { fixed: 16 } },
			lastDataPeriod: '2019'
		});
		expect(a.outcome).toBe('met');
	});
});
