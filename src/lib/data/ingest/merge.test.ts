import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { columnsOf, filterColumns, observationsOf } from './columns';
import {
	planMerge,
	resolveMerge,
	setAsideBy,
	statisticKey,
	type KeptRows,
	type MergeSource
} from './merge';
import { csvCell, rejectedRowsCsv } from '../../export/rejected';
import { ingestText } from './ingest';

function o(geo: string, period: string, value: number | null, dataset = 'd'): Observation {
	return {
		dataset,
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: '10-249',
		nace: 'C10-S951_X_K',
		geo,
		period,
		value,
		flags: '',
		confStatus: null
	};
}

function source(id: string, observations: Observation[], settled = false): MergeSource {
	return {
		id,
		file: `${id}.csv`,
		columns: columnsOf(observations),
		...(settled ? { settled } : {})
	};
}

/** The rows a resolution keeps, per source, as [geo, value]; each count checked against its mask. */
function keptRows(sources: MergeSource[], kept: Record<string, KeptRows>) {
	return Object.fromEntries(
		sources.map((s) => {
			const { mask, count } = kept[s.id]!;
			expect(count).toBe(mask.reduce((sum, k) => sum + k, 0));
			return [s.id, observationsOf(filterColumns(s.columns, mask)).map((x) => [x.geo, x.value])];
		})
	);
}

describe('planMerge and resolveMerge', () => {
	const a = source('a', [o('FR1', '2023', 17), o('FRB', '2023', 12), o('FR1', '2023', 17)]);
	const b = source('b', [
		o('FR1', '2023', 18, 'other'),
		o('FRB', '2023', 12),
		o('FRC', '2023', null)
	]);

	it('counts same-value repeats as duplicates and lists different values as conflicts', async () => {
		const plan = await planMerge([a, b]);
		expect({ ...plan.duplicates }).toEqual({ a: 1, b: 1 });
		expect(plan.conflicts).toHaveLength(1);
		expect(plan.conflicts[0]!.observation.geo).toBe('FR1');
		expect(plan.conflicts[0]!.key).toBe(statisticKey(o('FR1', '2023', 0)));
		expect(plan.conflicts[0]!.options.map((x) => [x.file, x.value])).toEqual([
			['a.csv', 17],
			['b.csv', 18]
		]);
	});

	it("gives each value of a conflict its file's edition, or null when the file does not say", async () => {
		const dated = { ...a, vintage: '2026-02-27T11:00:00' };
		const plan = await planMerge([dated, b]);
		expect(plan.conflicts[0]!.options.map((x) => [x.sourceId, x.vintage])).toEqual([
			['a', '2026-02-27T11:00:00'],
			['b', null]
		]);
	});

	it('waits for a choice, then keeps each statistic once, where the person chose', async () => {
		const plan = await planMerge([a, b]);
		expect(await resolveMerge([a, b], plan, {})).toBeNull();
		const masks = (await resolveMerge([a, b], plan, { [plan.conflicts[0]!.key]: 1 }))!;
		expect(keptRows([a, b], masks)).toEqual({
			a: [['FRB', 12]],
			b: [
				['FR1', 18],
				['FRC', null]
			]
		});
	});

	it('tells apart statistics that differ only by an extra dimension, even one named __proto__', async () => {
		const x = {
			...o('FR', '2023', 1),
			extra: Object.assign(Object.create(null), JSON.parse('{"__proto__":"p"}'))
		};
		const y = {
			...o('FR', '2023', 2),
			extra: Object.assign(Object.create(null), JSON.parse('{"__proto__":"q"}'))
		};
		expect((await planMerge([source('s', [x, y])])).conflicts).toEqual([]);
	});

	it('never takes two tables that name no indicator for one statistic, but still compares a table with itself', async () => {
		// Data Browser sheets (tin00110, tin00111): geo and period only, no indicator, no unit.
		const sheet = (geo: string, value: number, dataset: string): Observation => ({
			...o(geo, '2013', value, dataset),
			indicator: '',
			unit: ''
		});
		const t110 = source('t110', [sheet('EU27_2020', 13.12, 'tin00110')]);
		const t111 = source('t111', [sheet('EU27_2020', 13.79, 'tin00111')]);
		const again = source('again', [sheet('EU27_2020', 13.8, 'tin00111')]);
		expect((await planMerge([t110, t111])).conflicts).toEqual([]);
		expect(statisticKey(sheet('EU27_2020', 0, 'tin00110'))).not.toBe(
			statisticKey(sheet('EU27_2020', 0, 'tin00111'))
		);
		// The same table twice, with another value: the reader's conflict, keyed as statisticKey.
		const plan = await planMerge([t110, t111, again]);
		expect(plan.conflicts.map((c) => c.options.map((x) => [x.file, x.value]))).toEqual([
			[
				['t111.csv', 13.79],
				['again.csv', 13.8]
			]
		]);
		expect(plan.conflicts[0]!.key).toBe(statisticKey(sheet('EU27_2020', 0, 'tin00111')));
		// Keeping both tables keeps both figures.
		const kept = await resolveMerge([t110, t111], await planMerge([t110, t111]), {});
		expect(keptRows([t110, t111], kept!)).toEqual({
			t110: [['EU27_2020', 13.12]],
			t111: [['EU27_2020', 13.79]]
		});
	});

	it('treats two missing values as the same value, and a missing value and 0 as different', async () => {
		const plan = await planMerge([
			source('a', [o('FR', '2023', null), o('DE', '2023', 0)]),
			source('b', [o('FR', '2023', null), o('DE', '2023', null)])
		]);
		expect(plan.duplicates).toEqual({ a: 0, b: 1 });
		expect(plan.conflicts.map((c) => c.options.map((x) => x.value))).toEqual([[0, null]]);
	});

	it('gives a settled source that shares nothing no row keys, and still keeps all its rows', async () => {
		const earlier = source('earlier', [o('DE', '2021', 1), o('DE', '2022', 2)], true);
		const file = source('file', [o('FR', '2023', 3), o('FR', '2023', 3)]);
		const plan = await planMerge([earlier, file]);
		expect(plan.rowKeys[0]).toBeNull();
		expect(plan.duplicates).toEqual({ earlier: 0, file: 1 });
		const masks = (await resolveMerge([earlier, file], plan, {}))!;
		expect(keptRows([earlier, file], masks)).toEqual({
			earlier: [
				['DE', 1],
				['DE', 2]
			],
			file: [['FR', 3]]
		});
	});

	it('checks a settled source against a new file that shares its statistics', async () => {
		const earlier = source('earlier', [o('FR', '2022', 1), o('FR', '2023', 2)], true);
		const update = source('update', [o('FR', '2023', 2.5), o('FR', '2024', 4)]);
		const plan = await planMerge([earlier, update]);
		expect(plan.rowKeys[0]).not.toBeNull();
		expect(
			plan.conflicts.map((c) => [c.observation.period, c.options.map((x) => x.value)])
		).toEqual([['2023', [2, 2.5]]]);
		const masks = (await resolveMerge([earlier, update], plan, { [plan.conflicts[0]!.key]: 1 }))!;
		expect(keptRows([earlier, update], masks)).toEqual({
			earlier: [['FR', 1]],
			update: [
				['FR', 2.5],
				['FR', 4]
			]
		});
	});

	it('checks a new file against the bundled files, but not bundled files against each other', async () => {
		const bundled = (id: string, rows: Observation[]): MergeSource => ({
			...source(id, rows, true),
			bundled: true
		});
		// Two vintages bundled that disagree on FR 2022: not the reader's conflict.
		const tin = bundled('tin', [o('FR', '2022', 15.2), o('FR', '2023', 16.4)]);
		const esels = bundled('esels', [o('FR', '2022', 15.3)]);
		// An import made before bundled files were checked, holding FR 2023 with another value.
		const earlier = source('earlier', [o('FR', '2023', 16.9), o('DE', '2023', 22)], true);
		const file = source('file', [o('FR', '2022', 15.3), o('FR', '2023', 17.5), o('IT', '2023', 9)]);
		const sources = [tin, esels, earlier, file];
		const plan = await planMerge(sources);
		expect(plan.duplicates).toEqual({ tin: 0, esels: 0, earlier: 0, file: 1 });
		expect(plan.alreadyBundled).toEqual({ tin: 0, esels: 0, earlier: 0, file: 1 });
		expect(
			plan.conflicts.map((c) => [c.observation.period, c.options.map((x) => [x.sourceId, x.value])])
		).toEqual([
			[
				'2023',
				[
					['tin', 16.4],
					['earlier', 16.9],
					['file', 17.5]
				]
			]
		]);
		// Keeping the bundled value: the file loses its FR 2023 and its copy of FR 2022.
		const keepBundled = (await resolveMerge(sources, plan, { [plan.conflicts[0]!.key]: 0 }))!;
		expect(keptRows(sources, keepBundled).file).toEqual([['IT', 9]]);
		expect(keptRows(sources, keepBundled).earlier).toEqual([['DE', 22]]);
		// What a bundled file keeps is not "set aside": bundled files stay.
		expect(setAsideBy(sources, plan, keepBundled)).toEqual({});
		// Keeping the new file's value: the earlier import's FR 2023 lives on in the file only.
		const keepFile = (await resolveMerge(sources, plan, { [plan.conflicts[0]!.key]: 2 }))!;
		expect(setAsideBy(sources, plan, keepFile)).toEqual({
			earlier: [{ by: 'file', file: 'file.csv', figures: 1 }]
		});
		// Without a new file on FR 2023, the earlier import keeps its row (nothing is lost).
		const alone = [tin, esels, earlier];
		const quiet = await planMerge(alone);
		expect(quiet.conflicts).toEqual([]);
		expect(keptRows(alone, (await resolveMerge(alone, quiet, {}))!).earlier).toEqual([
			['FR', 16.9],
			['DE', 22]
		]);
	});

	it('gives the same answer when it yields after every stride, and when codes overflow 2^53', async () => {
		// 200 distinct codes in each of the 7 key columns: 200^7 > 2^53, so tuples are numbered.
		const wide = Array.from({ length: 200 }, (_, i) => ({
			...o(`G${i}`, `P${i}`, i),
			indicator: `I${i}`,
			unit: `U${i}`,
			sizeClass: `S${i}`,
			nace: `N${i}`,
			extra: Object.assign(Object.create(null), { x: `X${i}` })
		}));
		const first = source('first', wide);
		const second = source('second', [
			...wide.slice(0, 50).map((w) => ({ ...w, value: -1 })),
			...wide.slice(50)
		]);
		const plan = await planMerge([first, second], { yieldEvery: 0 });
		expect(plan.conflicts).toHaveLength(50);
		expect(plan.duplicates).toEqual({ first: 0, second: 150 });
		const choices = Object.fromEntries(plan.conflicts.map((c) => [c.key, 1]));
		const masks = (await resolveMerge([first, second], plan, choices, { yieldEvery: 0 }))!;
		const kept = keptRows([first, second], masks);
		expect(kept.first).toHaveLength(150);
		expect(kept.second).toHaveLength(50);
		expect(kept.second!.every(([, value]) => value === -1)).toBe(true);
	});

	it('finds what a plain reading finds, whether the codes span few possible keys or many, and leaves settled sources whole', async () => {
		// What planMerge must find, with statistic keys as text: a new file's repeat of a value
		// already seen is a duplicate; a statistic to which a new file brings another value is a
		// conflict. Settled sources disagreeing among themselves are neither.
		const naive = (sources: MergeSource[]) => {
			const seen = new Map<string, { values: (number | null)[]; withNew: boolean }>();
			const duplicates: Record<string, number> = {};
			for (const s of sources) {
				duplicates[s.id] = 0;
				for (const x of observationsOf(s.columns)) {
					const entry = seen.get(statisticKey(x)) ?? { values: [], withNew: false };
					if (entry.values.includes(x.value)) duplicates[s.id]! += s.settled ? 0 : 1;
					else {
						if (entry.values.length > 0 && !s.settled) entry.withNew = true;
						entry.values.push(x.value);
					}
					seen.set(statisticKey(x), entry);
				}
			}
			const conflicts = [...seen.values()].filter((e) => e.withNew).length;
			return { duplicates, conflicts };
		};
		// Dense: every geo in every period, as Eurostat publishes (few possible keys per row).
		// Sparse: each row its own codes in five columns (12 · 6^4 possible keys for 12 rows).
		const dense = (value: (i: number) => number) =>
			Array.from({ length: 600 }, (_, i) =>
				o(`G${i % 30}`, String(2000 + Math.floor(i / 30)), value(i))
			);
		const sparse = (value: (i: number) => number) =>
			Array.from({ length: 12 }, (_, i) => ({
				...o(`G${i}`, String(2000 + ((i * 5) % 6)), value(i)),
				indicator: `I${(i * 7) % 6}`,
				unit: `U${(i * 11) % 6}`,
				nace: `N${(i * 13) % 6}`
			}));
		// Figures of the settled sources alone (areas no new file has), on which they disagree;
		// one with a sector the new file also has, so that a careless number would fall on one of
		// the new file's statistics.
		const theirs = (value: number) => [
			{ ...o('XX', '2001', value), nace: 'N2' },
			o('YY', '2002', value)
		];
		for (const rows of [dense, sparse]) {
			const sources = [
				source('old', [...theirs(1), ...rows((i) => i % 50).slice(300)], true),
				{
					...source('bundled', [...rows((i) => i % 40).slice(0, 9), ...theirs(2)], true),
					bundled: true
				},
				source('new', [
					...rows((i) => (i % 3 === 0 ? -i : i % 50)),
					{ ...o('G0', '2000', 5), nace: 'N2' }
				]),
				source('again', rows((i) => i % 50).slice(0, 7))
			];
			const plan = await planMerge(sources, { yieldEvery: 0 });
			const expected = naive(sources);
			expect({ ...plan.duplicates }).toEqual(expected.duplicates);
			expect(plan.conflicts).toHaveLength(expected.conflicts);
			expect(plan.conflicts.length).toBeGreaterThan(0);
			expect(plan.conflicts.some((c) => ['XX', 'YY'].includes(c.observation.geo))).toBe(false);
			// Whatever is chosen, the settled sources keep their own figures.
			const choices = Object.fromEntries(plan.conflicts.map((c) => [c.key, c.options.length - 1]));
			const kept = keptRows(sources, (await resolveMerge(sources, plan, choices))!);
			for (const id of ['old', 'bundled']) {
				expect(kept[id]!.filter(([geo]) => geo === 'XX' || geo === 'YY')).toHaveLength(2);
			}
		}
	});

	it('stops when its signal is aborted', async () => {
		const many = source(
			'many',
			Array.from({ length: 20_000 }, (_, i) =>
				o(`G${i % 300}`, String(1900 + Math.floor(i / 300)), i)
			)
		);
		const controller = new AbortController();
		const planning = planMerge([many], { yieldEvery: 0, signal: controller.signal });
		controller.abort();
		await expect(planning).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('rejected rows as CSV', () => {
	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+cmd', `'+cmd`],
		['@SUM(1)', `'@SUM(1)`],
		['-3.5', '-3.5'],
		['-x', `'-x`],
		['a;b', '"a;b"'],
		['plain', 'plain'],
		[null, '']
	])('%j → %s', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('lists each rejection with file, line, column, reason and the fields as read, defused', () => {
		const text = 'geo;TIME_PERIOD;OBS_VALUE\nFR1;2023;=1+2\nFRB;2023;12,5\n';
		const { report } = ingestText('r.csv', text, { dialect: 'auto' });
		const csv = rejectedRowsCsv([report]).split('\r\n');
		expect(csv[0]).toBe('file,line,column,column_name,reason,field_1,field_2,field_3');
		expect(csv[1]).toMatch(/^r\.csv,2,3,OBS_VALUE,".*is not a number.*",FR1,2023,'=1\+2$/);
		expect(csv).toHaveLength(3);
	});

	it('lists every rejected line it kept, past the 200 the page lists, in the reader’s language, and counts the rest', () => {
		const bad = (n: number) => Array.from({ length: n }, (_, i) => `FR${i};2023;abc`).join('\n');
		const text = `geo;TIME_PERIOD;OBS_VALUE\nFR;2023;12,5\n${bad(10_050)}\n`;
		const { report } = ingestText('r.csv', text, { dialect: 'auto' });
		expect(report.rowsRejected).toBe(10_050);
		expect(report.issues.filter((i) => i.severity === 'error' && i.line > 0)).toHaveLength(200);
		const csv = rejectedRowsCsv([report], 'fr').split('\r\n');
		expect(csv[0]).toBe('fichier;ligne;colonne;nom_colonne;motif;champ_1;champ_2;champ_3');
		// 10,000 lines kept (lines 3 to 10,002), then one record for the 50 only counted.
		expect(csv.filter((r) => r.startsWith('r.csv;'))).toHaveLength(10_001);
		expect(csv[1]).toMatch(/^r\.csv;3;3;OBS_VALUE;.*n’est pas un nombre.*;FR0;2023;abc$/);
		expect(csv[10_000]).toMatch(/^r\.csv;10002;3;OBS_VALUE;/);
		expect(csv[10_001]).toBe(
			'r.csv;;;;"50 autres lignes rejetées, comptées mais non reprises ici (au-delà de 10\u202f000 par fichier)"'
		);
	});
});

describe('coverage', () => {
	it('lists areas and periods once, sorted', async () => {
		const { coverageOfColumns, periodRange } = await import('./coverage');
		const rows = [o('FRB', '2023', 1), o('FR1', '2022', 2), o('FRB', '2022', 3)];
		const c = coverageOfColumns(columnsOf(rows));
		expect(c).toEqual({ geos: ['FR1', 'FRB'], periods: ['2022', '2023'] });
		expect(periodRange(c.periods)).toBe('2022–2023');
		expect(periodRange(['2023'])).toBe('2023');
		// A file of 2021 and 2023 does not cover 2022: the gap is said, not bridged.
		expect(periodRange(['2021', '2023'])).toBe('2021, 2023');
		expect(periodRange(['2013', '2014', '2015', '2017', '2019', '2020'])).toBe(
			'2013–2015, 2017, 2019–2020'
		);
		expect(periodRange(['2023-Q1', '2023-Q3'])).toBe('2023-Q1–2023-Q3');
		expect(coverageOfColumns(filterColumns(columnsOf(rows), Uint8Array.of(1, 0, 0)))).toEqual({
			geos: ['FRB'],
			periods: ['2023']
		});
	});
});
