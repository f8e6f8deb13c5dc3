import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../duckdb/engine';
import { testEngine } from '../duckdb/testing';
import { countSourceFile } from '../queries/imported';
import { sql } from '../duckdb/engine';
import { arrowStream } from '../duckdb/schema';
import {
	addImported,
	imported,
	lostWith,
	removeImported,
	sourceFileOf,
	stageInEngine,
	withImported,
	type ImportedDataset,
	type StagedLoad
} from '../imported.svelte';
import { observationsOf } from './columns';
import { ingestBytesToColumns } from './ingest';
import { bytesOf } from './input';
import { MAX_FILE_BYTES } from './limits';
import { ImportSession, isBundledSource, type SessionDeps } from './session.svelte';

// The real importer (on the main thread instead of its Worker), the real store of imports (in
// Node there is no IndexedDB: datasets are kept for the visit, outcome `unavailable`), and the
// real DuckDB engine of the tests instead of DuckDB-WASM in the browser.
let engine: Engine;
beforeAll(async () => {
	engine = await testEngine();
});
afterEach(async () => {
	for (const d of [...imported.datasets]) await removeImported(d.id);
	await engine.close();
});

const session = (deps: Partial<SessionDeps> = {}) =>
	new ImportSession({
		ingest: async (file, options) => ingestBytesToColumns(file.name, await bytesOf(file), options),
		load: async (datasets, commitWhen) => {
			let rows = 0;
			for (const d of datasets)
				rows += await engine.insertObservations(d.columns, sourceFileOf(d.id), { commitWhen });
			return rows;
		},
		stage: (id, columns) => stageInEngine(id, columns, { engine: async () => engine }),
		now: () => '2026-12-01T22:00:00.000Z',
		...deps
	});

// Two office files (`;`, decimal comma) that disagree on Île-de-France in 2023.
// Three files of one statistic (a file that names no indicator is only ever its own table).
const A = new File(
	['indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;21,4\nE_ESELL;FRB0;2023;15,2\n'],
	'a.csv'
);
const B = new File(
	['indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;22,0\nE_ESELL;FRB0;2023;15,2\n'],
	'b.csv'
);
const C = new File(['indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2024;23,5\n'], 'c.csv');

const rowsOf = (d: ImportedDataset | undefined) =>
	observationsOf(d!.columns).map((o) => [o.geo, o.period, o.value]);
const byFile = (file: string) => imported.datasets.find((d) => d.file === file);

describe('ImportSession: the commit path', () => {
	it('conflict: blocks until the person chooses, then keeps the chosen value only', async () => {
		const s = session();
		await s.addFiles([A, B]);
		expect(s.ready.map((e) => e.file.name)).toEqual(['a.csv', 'b.csv']);
		expect(s.blocked).toBe('checking');
		await s.check();
		expect(s.plan.conflicts).toHaveLength(1);
		expect(s.plan.conflicts[0]!.options.map((o) => [o.file, o.value])).toEqual([
			['a.csv', 21.4],
			['b.csv', 22]
		]);
		expect(s.conflictFiles.map(([, file]) => file)).toEqual(['a.csv', 'b.csv']);
		expect(s.blocked).toBe('conflicts');
		// The rows kept depend on the choice: not worked out before it.
		expect(s.checked!.kept).toBeUndefined();
		await s.commit();
		expect(s.committed).toBeNull();
		expect(imported.datasets).toHaveLength(0);

		s.choose(s.plan.conflicts[0]!.key, 1);
		expect(s.blocked).toBeNull();
		await s.commit();
		expect(s.committed).toEqual({
			files: ['a.csv', 'b.csv'],
			outcome: { status: 'unavailable' },
			nothingNew: []
		});
		// a.csv keeps FRB0 only; b.csv the chosen FR10 (its FRB0 repeats a.csv's: kept once).
		expect(rowsOf(byFile('a.csv'))).toEqual([['FRB0', '2023', 15.2]]);
		expect(rowsOf(byFile('b.csv'))).toEqual([['FR10', '2023', 22]]);
		expect(byFile('b.csv')!.importedAt).toBe('2026-12-01T22:00:00.000Z');
		expect(s.entries).toEqual([]);
		expect(s.choices).toEqual({});
		// The engine gets the kept rows in the background.
		expect(s.engine).toBe('loading');
		await s.loaded;
		expect(s.engine).toBe('loaded');
		expect(await countSourceFile(engine, sourceFileOf(byFile('a.csv')!.id))).toBe(1);
		expect(await countSourceFile(engine, sourceFileOf(byFile('b.csv')!.id))).toBe(1);
	});

	it('accept: a file with no conflict is added as read, marked illustrative when asked', async () => {
		const s = session();
		await s.addFiles([C]);
		await s.check();
		expect(s.plan.conflicts).toEqual([]);
		expect(s.blocked).toBeNull();
		// Nothing to choose: the rows kept are worked out at once, for the commit to use.
		expect(await s.checked!.kept).toEqual({
			[s.entries[0]!.uid]: { mask: Uint8Array.of(1), count: 1 }
		});
		s.setSynthetic(s.entries[0]!.uid, true);
		await s.commit();
		expect(s.committed?.files).toEqual(['c.csv']);
		expect(rowsOf(byFile('c.csv'))).toEqual([['FR10', '2024', 23.5]]);
		expect(byFile('c.csv')!.synthetic).toBe(true);
		// What is stored of the report: no rejected lines, no preview.
		expect(byFile('c.csv')!.report).not.toHaveProperty('rejectedRows');
		await s.loaded;
		expect(await countSourceFile(engine, sourceFileOf(byFile('c.csv')!.id))).toBe(1);
	});

	it('loads the engine beside the store, and shows the rows there only once they are stored', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let stored = false;
		const s = session({
			store: async (datasets) => {
				await held;
				stored = true;
				return addImported(datasets);
			}
		});
		await s.addFiles([C]);
		await s.check();
		const committing = s.commit();
		// The store has not answered: the engine is loading, and shows nothing of the file.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(stored).toBe(false);
		expect(await engine.all(sql`SELECT count(*) AS n FROM observations`)).toEqual([{ n: 0 }]);
		release();
		await committing;
		await s.loaded;
		expect(s.engine).toBe('loaded');
		expect(await countSourceFile(engine, sourceFileOf(byFile('c.csv')!.id))).toBe(1);
	});

	it('another tab wrote first (stale): nothing is added, in the store or in the engine', async () => {
		const s = session({ store: async () => ({ status: 'stale' }) });
		await s.addFiles([C]);
		await s.check();
		await s.commit();
		await s.loaded;
		expect(s.committed?.outcome).toEqual({ status: 'stale' });
		expect(s.engine).toBe('idle');
		expect(s.entries).toHaveLength(1);
		// The load that ran beside the store was rolled back.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await engine.all(sql`SELECT count(*) AS n FROM observations`)).toEqual([{ n: 0 }]);
	});

	it('a file giving two values of one figure: no one-stroke keep picks one of them for the reader', async () => {
		const twice = new File(
			['indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;20,1\nE_ESELL;FR10;2023;22,0\n'],
			'twice.csv'
		);
		const s = session();
		await s.addFiles([twice]);
		await s.check();
		expect(s.plan.conflicts[0]!.options.map((o) => [o.file, o.value])).toEqual([
			['twice.csv', 20.1],
			['twice.csv', 22]
		]);
		// No "keep everywhere twice.csv": it would silently keep its first value.
		expect(s.conflictFiles).toEqual([]);
		s.keepAll(s.entries[0]!.uid);
		expect(s.unresolved).toBe(1);
		expect(s.blocked).toBe('conflicts');

		// Beside a file with one value of that figure, that file settles it; the first does not.
		const s2 = session();
		await s2.addFiles([twice, A]);
		await s2.check();
		const fr10 = s2.plan.conflicts.find((c) => c.observation.geo === 'FR10')!;
		expect(fr10.options.map((o) => [o.file, o.value])).toEqual([
			['twice.csv', 20.1],
			['twice.csv', 22],
			['a.csv', 21.4]
		]);
		expect(s2.conflictFiles.map(([, file]) => file)).toEqual(['a.csv']);
		s2.keepAll(s2.entries[0]!.uid);
		expect(s2.choices[fr10.key]).toBeUndefined();
		s2.keepAll(s2.entries[1]!.uid);
		expect(s2.choices[fr10.key]).toBe(2);
	});

	it('a conflict with an earlier import, settled for the new file, rewrites the earlier dataset', async () => {
		const first = session();
		await first.addFiles([A]);
		await first.check();
		await first.commit();
		const earlier = byFile('a.csv')!;
		expect(rowsOf(earlier)).toHaveLength(2);

		const s = session();
		await s.addFiles([B]);
		await s.check();
		expect(s.plan.conflicts).toHaveLength(1);
		expect(s.fileIds.has(earlier.id)).toBe(false);
		s.keepAll(s.entries[0]!.uid);
		expect(s.unresolved).toBe(0);
		await s.commit();
		// Only the new file counts as added; the earlier one lost its FR10 (same id, rewritten).
		expect(s.committed?.files).toEqual(['b.csv']);
		expect(byFile('a.csv')!.id).toBe(earlier.id);
		expect(rowsOf(byFile('a.csv'))).toEqual([['FRB0', '2023', 15.2]]);
		// b.csv's FRB0 repeats the earlier import's: kept once, there.
		expect(rowsOf(byFile('b.csv'))).toEqual([['FR10', '2023', 22]]);
		// Each keeps count of what only the other holds now: removing one takes those figures.
		const later = byFile('b.csv')!;
		expect(byFile('a.csv')!.setAside).toEqual([{ by: later.id, file: 'b.csv', figures: 1 }]);
		expect(later.setAside).toEqual([{ by: earlier.id, file: 'a.csv', figures: 1 }]);
		expect(lostWith(later.id)).toEqual([{ file: 'a.csv', figures: 1 }]);
		expect(lostWith(earlier.id)).toEqual([{ file: 'b.csv', figures: 1 }]);
	});

	it("names a value two bundled files agree on by the newer edition's file, with each file's date", async () => {
		const table = 'indic_is,geo,TIME_PERIOD,OBS_VALUE\nE_ESELL,FR,2023,13.43\n';
		const columnsOf = async (file: string) =>
			(await ingestBytesToColumns(file, new TextEncoder().encode(table))).columns;
		const older = await columnsOf('old.csv');
		const newer = await columnsOf('new.csv');
		expect(observationsOf(older)).toHaveLength(1);
		const s = session({
			bundled: () =>
				Promise.resolve([
					{ file: 'estat_old.tsv', vintage: '2025', columns: older },
					{ file: 'estat_new.csv', vintage: '2026-02-27T11:00:00', columns: newer }
				])
		});
		const mine = new File(
			[
				'DATAFLOW,LAST UPDATE,freq,indic_is,geo,TIME_PERIOD,OBS_VALUE\n' +
					'ESTAT:X(1.0),05/11/26 11:00:00,A,E_ESELL,FR,2023,14\n'
			],
			'mine.csv'
		);
		await s.addFiles([mine]);
		await s.check();
		expect(
			s.plan.conflicts[0]!.options.map((o) => [o.file, o.value, o.vintage, o.vintageFrom])
		).toEqual([
			['estat_new.csv', 13.43, '2026-02-27T11:00:00', null],
			['mine.csv', 14, '2026-11-05T11:00:00', null]
		]);
	});

	it('checks a file against the bundled data: a copy is dropped, a different value is the reader’s choice', async () => {
		// The real bundled table (France, SMEs 10-249, 2023: 12.74; all enterprises GE10: 13.43).
		const name = 'estat_isoc_ec_esels.csv';
		const bytes = new Uint8Array(await readFile(path.join('data', name)));
		const bundledColumns = (await ingestBytesToColumns(name, bytes)).columns;
		const withBundled = () =>
			session({ bundled: () => Promise.resolve([{ file: name, columns: bundledColumns }]) });
		const header = 'indic_is;unit;size_emp;nace_r2;geo;TIME_PERIOD;OBS_VALUE\n';
		const row = (size: string, geo: string, value: string) =>
			`E_ESELL;PC_ENT;${size};C10-S951_X_K;${geo};2023;${value}\n`;
		const copy = new File(
			[
				header +
					row('10-249', 'FR', '12,74') +
					row('GE10', 'FR', '14,00') +
					row('10-249', 'FR10', '21,4')
			],
			'ministere.csv'
		);
		const s = withBundled();
		await s.addFiles([copy]);
		await s.check();
		const uid = s.entries[0]!.uid;
		expect(s.plan.duplicates[uid]).toBe(1);
		expect(s.plan.alreadyBundled[uid]).toBe(1);
		expect(s.plan.conflicts).toHaveLength(1);
		const [conflict] = s.plan.conflicts;
		expect(conflict!.options.map((o) => [o.file, o.value, isBundledSource(o.sourceId)])).toEqual([
			[name, 13.43, true],
			['ministere.csv', 14, false]
		]);
		expect(s.blocked).toBe('conflicts');
		s.keepAll(uid);
		await s.commit();
		const kept = byFile('ministere.csv')!;
		// The copy of 12.74 is not kept twice; 14.00 replaces the bundled 13.43 on every page.
		expect(rowsOf(kept)).toEqual([
			['FR', '2023', 14],
			['FR10', '2023', 21.4]
		]);
		expect(kept.overrides).toEqual([conflict!.key]);
		const bundledRows = observationsOf(bundledColumns);
		const france2023 = withImported(bundledRows, {
			geo: (g) => g === 'FR',
			period: (p) => p === '2023',
			sizeClass: (c) => c === 'GE10'
		});
		expect(france2023.map((o) => o.value)).toEqual([14]);

		// A later file with the bundled value again: checked against 14 (what the pages show);
		// kept, it takes the figure back from the earlier import, which replaces nothing more.
		const back = new File([header + row('GE10', 'FR', '13,43')], 'retour.csv');
		const later = withBundled();
		await later.addFiles([back]);
		await later.check();
		expect(later.plan.conflicts[0]!.options.map((o) => [o.file, o.value])).toEqual([
			['ministere.csv', 14],
			['retour.csv', 13.43]
		]);
		later.keepAll(later.entries[0]!.uid);
		await later.commit();
		expect(byFile('ministere.csv')!.overrides).toBeUndefined();
		expect(rowsOf(byFile('ministere.csv'))).toEqual([['FR10', '2023', 21.4]]);
		expect(byFile('retour.csv')!.overrides).toBeUndefined();
	});

	it('a file keeping no row is not added, and said: the outcome names it and why', async () => {
		const bundledColumns = (
			await ingestBytesToColumns(
				'estat_isoc_ec_esels.csv',
				new TextEncoder().encode(
					'indic_is,unit,size_emp,nace_r2,geo,TIME_PERIOD,OBS_VALUE\nE_ESELL,PC_ENT,10-249,C10-S951_X_K,FR,2023,12.74\n'
				)
			)
		).columns;
		const s = session({
			bundled: () => Promise.resolve([{ file: 'estat_isoc_ec_esels.csv', columns: bundledColumns }])
		});
		const copy = new File(
			[
				'indic_is;unit;size_emp;nace_r2;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;PC_ENT;10-249;C10-S951_X_K;FR;2023;12,74\n'
			],
			'copie.csv'
		);
		await s.addFiles([copy, C]);
		await s.check();
		await s.commit();
		expect(s.committed?.files).toEqual(['c.csv']);
		expect(s.committed?.nothingNew).toEqual([
			{ file: 'copie.csv', observations: 1, alreadyBundled: 1 }
		]);
		expect(byFile('copie.csv')).toBeUndefined();
	});

	it('cancel: a file whose reading is cancelled is never committed', async () => {
		const s = session();
		const reading = s.addFiles([C]);
		expect(s.entries[0]!.status).toBe('reading');
		expect(s.blocked).toBe('reading');
		s.cancel(s.entries[0]!.uid);
		await reading;
		expect(s.entries[0]).toMatchObject({ status: 'cancelled', problem: { kind: 'cancelled' } });
		await s.check();
		expect(s.blocked).toBe('nothing');
		await s.commit();
		expect(s.committed).toBeNull();
		expect(imported.datasets).toEqual([]);
	});

	it('a file removed before the commit is not added; one over the limit is refused unread', async () => {
		const s = session();
		const huge = { name: 'huge.csv', size: MAX_FILE_BYTES + 1, arrayBuffer: () => C.arrayBuffer() };
		await s.addFiles([A, B, huge]);
		expect(s.entries[2]).toMatchObject({
			status: 'too-large',
			problem: { kind: 'too-large', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
		});
		s.remove(s.entries[0]!.uid);
		await s.check();
		expect(s.plan.conflicts).toEqual([]);
		await s.commit();
		expect(s.committed?.files).toEqual(['b.csv']);
		expect(imported.datasets.map((d) => d.file)).toEqual(['b.csv']);
		// The refused file stays on the page with its message; the committed one leaves.
		expect(s.entries.map((e) => e.file.name)).toEqual(['huge.csv']);
	});
});

describe('ImportSession: rows staged in the engine as soon as a file is read', () => {
	/** The session's stages, and every insert the engine was asked for, by source file. */
	const watched = (deps: Partial<SessionDeps> = {}) => {
		const stages: StagedLoad[] = [];
		const inserts: string[] = [];
		/** The Arrow stream each insert was given (none: the engine built its own). */
		const given: (Uint8Array | undefined)[] = [];
		const counting: Engine = {
			...engine,
			insertObservations: (rows, sourceFile, options) => {
				inserts.push(sourceFile);
				given.push(options?.arrow);
				return engine.insertObservations(rows, sourceFile, options);
			}
		};
		const s = session({
			load: async (datasets, commitWhen) => {
				let rows = 0;
				for (const d of datasets)
					rows += await counting.insertObservations(d.columns, sourceFileOf(d.id), { commitWhen });
				return rows;
			},
			stage: (id, columns, arrow) => {
				const load = stageInEngine(id, columns, {
					engine: async () => counting,
					...(arrow ? { arrow } : {})
				});
				stages.push(load);
				return load;
			},
			...deps
		});
		return { s, stages, inserts, given };
	};
	const total = async () =>
		(await engine.all<{ n: number }>(sql`SELECT count(*) AS n FROM observations`))[0]!.n;
	/** Whether a promise settles within a moment. */
	const settles = (p: Promise<unknown>) =>
		Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 200))]);
	/** What a stage's load came to, failing (not hanging) when it never settles. */
	const outcome = (load: StagedLoad) =>
		Promise.race([
			load.loaded,
			new Promise<never>((_, reject) => setTimeout(() => reject(new Error('never settled')), 2000))
		]);

	it('loads a file when it is read, shows nothing until it is added, then commits without a second insert', async () => {
		const { s, stages, inserts } = watched();
		await s.addFiles([C]);
		const uid = s.entries[0]!.uid;
		expect(inserts).toEqual([sourceFileOf(uid)]);
		await s.check();
		expect(await total()).toBe(0);
		expect(await settles(stages[0]!.loaded)).toBe(false);
		await s.commit();
		await s.loaded;
		expect(s.engine).toBe('loaded');
		expect(inserts).toEqual([sourceFileOf(uid)]);
		expect(await outcome(stages[0]!)).toBe(1);
		expect(await countSourceFile(engine, sourceFileOf(uid))).toBe(1);
	});

	it('a file the check takes rows from is loaded anew with the rows it keeps; its staged rows are taken out', async () => {
		const { s, stages, inserts } = watched();
		await s.addFiles([A, B]);
		await s.check();
		s.choose(s.plan.conflicts[0]!.key, 1);
		const [a, b] = s.entries.map((e) => e.uid);
		await s.commit();
		await s.loaded;
		// a.csv lost FR10 to b.csv: staged whole (2 rows), taken out, loaded again with 1.
		expect(await outcome(stages[0]!)).toBe(0);
		expect(inserts.filter((f) => f === sourceFileOf(a!))).toHaveLength(2);
		// b.csv kept 1 of its 2 rows (its FRB0 repeats a.csv's): loaded again too.
		expect(await outcome(stages[1]!)).toBe(0);
		expect(await countSourceFile(engine, sourceFileOf(a!))).toBe(1);
		expect(await countSourceFile(engine, sourceFileOf(b!))).toBe(1);
		expect(await total()).toBe(2);
	});

	it('stages the Arrow stream the reader built for it, and builds one when that failed', async () => {
		const asked: (boolean | undefined)[] = [];
		const built = new Map<string, Uint8Array>();
		// The reader as the browser's Worker answers: columns first, then the rows' stream.
		const ingest: SessionDeps['ingest'] = async (file, options) => {
			asked.push(options.withArrow);
			const result = await ingestBytesToColumns(file.name, await bytesOf(file), options);
			const arrow =
				file.name === 'c.csv'
					? arrowStream(result.columns).then((bytes) => {
							built.set(file.name, bytes);
							return bytes;
						})
					: Promise.reject(new Error('the worker stopped'));
			arrow.catch(() => undefined);
			return { ...result, arrow };
		};
		const { s, inserts, given } = watched({ ingest });
		await s.addFiles([A, C]);
		const [a, c] = s.entries.map((e) => e.uid);
		expect(asked).toEqual([true, true]);
		await s.check();
		await s.commit();
		await s.loaded;
		expect(s.engine).toBe('loaded');
		const insertOf = (uid: string) => given[inserts.indexOf(sourceFileOf(uid))];
		expect(insertOf(c!)).toBe(built.get('c.csv'));
		expect(insertOf(a!)).toBeUndefined();
		expect(inserts).toHaveLength(2);
		const rows = await engine.all<{ geo: string; period: string; value: number; file: string }>(
			sql`SELECT geo, period, value, source_file AS file FROM observations ORDER BY file, geo`
		);
		expect(rows.map((r) => [r.file, r.geo, r.period, r.value])).toEqual(
			[
				[sourceFileOf(a!), 'FR10', '2023', 21.4],
				[sourceFileOf(a!), 'FRB0', '2023', 15.2],
				[sourceFileOf(c!), 'FR10', '2024', 23.5]
			].sort((x, y) => String(x[0]).localeCompare(String(y[0])))
		);
	});

	it('a file removed, read again or left on the page has its staged rows taken out', async () => {
		const { s, stages } = watched();
		await s.addFiles([A, C]);
		const [a, c] = s.entries.map((e) => e.uid);
		s.remove(a!);
		expect(await outcome(stages[0]!)).toBe(0);
		await s.read(c!, 'auto');
		expect(stages).toHaveLength(3);
		expect(await outcome(stages[1]!)).toBe(0);
		expect(await settles(stages[2]!.loaded)).toBe(false);
		s.dispose();
		expect(await outcome(stages[2]!)).toBe(0);
		expect(await total()).toBe(0);
	});

	it('a file taken out before the engine was up is never inserted', async () => {
		const inserts: string[] = [];
		let up!: () => void;
		const engineUp = new Promise<void>((resolve) => (up = resolve));
		const counting: Engine = {
			...engine,
			insertObservations: (rows, sourceFile, options) => {
				inserts.push(sourceFile);
				return engine.insertObservations(rows, sourceFile, options);
			}
		};
		const { columns } = await ingestBytesToColumns(
			'c.csv',
			await bytesOf({ name: 'c.csv', blob: C }),
			{
				dialect: 'auto'
			}
		);
		const load = stageInEngine('early', columns, {
			engine: async () => (await engineUp, counting)
		});
		load.settle(false);
		up();
		expect(await outcome(load)).toBe(0);
		expect(inserts).toEqual([]);
		expect(await total()).toBe(0);
	});

	it('a stage that failed (the engine could not start then) is loaded the usual way at the commit', async () => {
		const { s, inserts } = watched({
			stage: (id, columns) =>
				stageInEngine(id, columns, { engine: () => Promise.reject(new Error('engine offline')) })
		});
		await s.addFiles([C]);
		await s.check();
		await new Promise((resolve) => setTimeout(resolve, 50));
		await s.commit();
		await s.loaded;
		expect(s.engine).toBe('loaded');
		expect(inserts).toEqual([sourceFileOf(byFile('c.csv')!.id)]);
		expect(await total()).toBe(1);
	});

	it('another tab wrote first: the staged rows wait, unseen, and the next commit adds them', async () => {
		let tries = 0;
		const { s, stages, inserts } = watched({
			store: async (datasets) => (++tries === 1 ? { status: 'stale' } : addImported(datasets))
		});
		await s.addFiles([C]);
		await s.check();
		await s.commit();
		expect(s.committed?.outcome).toEqual({ status: 'stale' });
		expect(await settles(stages[0]!.loaded)).toBe(false);
		expect(await total()).toBe(0);
		await s.check();
		await s.commit();
		await s.loaded;
		expect(s.engine).toBe('loaded');
		expect(inserts).toHaveLength(1);
		expect(await total()).toBe(1);
	});
});

describe('ImportSession: what the reader worked out', () => {
	it("shows the areas and periods the reader's worker gave, and works them out when none came", async () => {
		const given = { geos: ['FR10'], periods: ['2023'] };
		const s = session({
			ingest: async (file, options) => {
				const result = await ingestBytesToColumns(file.name, await bytesOf(file), options);
				return file.name === 'a.csv' ? { ...result, coverage: given } : result;
			}
		});
		await s.addFiles([A, C]);
		expect(s.entries.map((e) => e.coverage)).toEqual([
			given,
			{ geos: ['FR10'], periods: ['2024'] }
		]);
	});
});

describe('ImportSession: the engine start and the busy flag', () => {
	it('starts the engine once a file is read on a 2-core machine, when the reader picks a file otherwise', async () => {
		const calls: string[] = [];
		const ingest: SessionDeps['ingest'] = async (file, options) => {
			const result = await ingestBytesToColumns(file.name, await bytesOf(file), options);
			calls.push(`read ${file.name}`);
			return result;
		};
		const afterRead = session({ ingest, warmAt: 'read', warm: () => calls.push('warm') });
		const reading = afterRead.addFiles([A]);
		expect(afterRead.busy).toBe(true);
		await reading;
		expect(calls).toEqual(['read a.csv', 'warm']);

		calls.length = 0;
		const beside = session({ ingest, warmAt: 'chosen', warm: () => calls.push('warm') });
		await beside.addFiles([A]);
		expect(calls).toEqual(['warm', 'read a.csv']);

		// The file dialog opened (or a file dragged over the page): before any file, except
		// where the engine waits for the read.
		calls.length = 0;
		const picking = session({ ingest, warmAt: 'chosen', warm: () => calls.push('warm') });
		picking.expectFiles();
		expect(calls).toEqual(['warm']);
		afterRead.expectFiles();
		expect(calls).toEqual(['warm']);
	});

	it('is busy while a file is read or checked, and quiet once the check is done', async () => {
		const s = session();
		expect(s.busy).toBe(false);
		await s.addFiles([A]);
		expect(s.reading).toBe(false);
		expect(s.busy).toBe(true); // read, not yet checked
		await s.check();
		expect(s.busy).toBe(false);
	});
});
