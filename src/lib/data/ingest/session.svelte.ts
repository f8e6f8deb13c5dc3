/**
 * One visit of the import page as a state machine, apart from the page that draws it: files are
 * read (`reading` → `done`, `failed`, `cancelled`; `too-large` without reading), checked together
 * with the earlier imports for duplicates and conflicts (`check`), the reader settles each
 * conflict (`choose`, `keepAll`), and `commit` keeps the chosen rows (the store and, beside it,
 * the engine, which shows them once the store has them). Each file read is loaded into the engine
 * at once, unseen (`stage`), so that adding it whole only commits. Nothing is committed while a
 * file is being read, a check runs, a decimal mark is undecided or a conflict is open (`blocked`).
 *
 * What reads, keeps and loads is passed in (`SessionDeps`): in the browser the Worker, IndexedDB
 * and DuckDB-WASM; in the unit tests the same importer on the main thread and the Node engine.
 * Results are kept in `$state.raw`: they hold every observation of a file, never proxied.
 */
import { untrack } from 'svelte';
import { compareVintages } from '../../domain/population';
import {
	addImported,
	imported,
	loadIntoEngine,
	stageInEngine,
	startEngineEarly,
	type ImportedDataset,
	type StagedLoad,
	type StoreOutcome
} from '../imported.svelte';
import { filterColumns, observationsOf, type ObservationColumns } from './columns';
import {
	ingestInWorker,
	isAbort,
	type WorkerIngestOptions,
	type WorkerIngestResult
} from './client';
import { coverageOfColumns, type Coverage } from './coverage';
import { decimalUndecided } from './dialect';
import type { IngestInput } from './input';
import { MAX_FILE_BYTES } from './limits';
import {
	overridesWon,
	setAsideBy,
	sourceOptions,
	type SetAside,
	planMerge,
	resolveMerge,
	statisticKey,
	type KeptRows,
	type Conflict,
	type MergePlan,
	type MergeSource
} from './merge';
import type {
	CommitBlock,
	Dialect,
	FileProblem,
	IngestColumnsResult,
	IngestProgress
} from './types';

/** A file as the page gets it (a `File`), or any blob with a name. */
export interface SessionFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** One file of this visit. */
export interface SessionEntry {
	uid: string;
	file: SessionFile;
	status: 'reading' | 'done' | 'failed' | 'cancelled' | 'too-large';
	progress: IngestProgress | null;
	result: IngestColumnsResult | null;
	/** Finished reads of this file (a re-read with another dialect gives a new result). */
	reads: number;
	coverage: Coverage | null;
	problem: FileProblem | null;
	/** Set by the person when the file is not real statistics. */
	synthetic: boolean;
	controller: AbortController | null;
	/** The sheet of a workbook the person chose (absent: the importer's pick). */
	sheet?: string;
}

/** Where DuckDB is with the rows of the last commit. */
export type EngineState = 'idle' | 'loading' | 'loaded' | { failed: string };

/** What reads, keeps and loads: the browser's by default. */
export interface SessionDeps {
	ingest: (
		file: IngestInput,
		options: WorkerIngestOptions & { dialect: 'auto' | Dialect }
	) => Promise<WorkerIngestResult>;
	/** The datasets imported before (and by other tabs). */
	existing: () => readonly ImportedDataset[];
	/**
	 * The real files bundled with the dashboard, as columns: a file is checked against them too,
	 * so a figure they have is never kept twice, nor with another value unseen.
	 */
	bundled: () => Promise<readonly BundledSource[]>;
	store: (datasets: readonly ImportedDataset[]) => Promise<StoreOutcome>;
	/**
	 * Loads the rows into the engine. Called beside `store`: the engine commits them only once
	 * `commitWhen` settles to `true` (the store added them), and rolls them back otherwise.
	 */
	load: (datasets: readonly ImportedDataset[], commitWhen: Promise<boolean>) => Promise<number>;
	/**
	 * Loads a file's rows as soon as it is read, unseen until settled (`stageInEngine`): a file
	 * added whole is then only committed. None: files are loaded at the commit (`load`). `arrow`:
	 * the rows' Arrow stream, when the reader built it (see `WorkerIngestOptions.withArrow`).
	 */
	stage?: (id: string, columns: ObservationColumns, arrow?: Promise<Uint8Array>) => StagedLoad;
	/** Starts the query engine before the commit (issue #18, item 3); none in Node tests. */
	warm?: () => void;
	/**
	 * When `warm` is called: as soon as a file is chosen (beside the parse), or once it is read.
	 * Compiling the engine (27 MB of wasm) takes about two cores for a second or two. On the
	 * 2-core machine, quiet, beside the parse it made a 1M-row report 0.3 s later (2.3 s against
	 * 1.9 s) and brought the rows into DuckDB 0.3 s sooner (3.3–3.5 s against 3.7–4.0 s); loaded by
	 * other work, the report was 1.5–2 s later for no gain (December 2026). The rows in DuckDB are
	 * what the reader waits for once the report is read: beside the parse.
	 */
	warmAt?: 'chosen' | 'read';
	now: () => string;
}

/** A bundled file as the check reads it. */
export interface BundledSource {
	file: string;
	/** The edition the file is, when known: shown beside its value in a conflict. */
	vintage?: string | null;
	columns: ObservationColumns;
}

/** Id of a bundled file among the sources of a check (never an imported dataset's id). */
const BUNDLED_PREFIX = 'bundled:';
export const bundledSourceId = (file: string) => `${BUNDLED_PREFIX}${file}`;

/** Whether a source of a check is a bundled file: `isBundledSource(bundledSourceId('a.csv'))` → `true`. */
export const isBundledSource = (id: string) => id.startsWith(BUNDLED_PREFIX);

const BROWSER: SessionDeps = {
	ingest: ingestInWorker,
	existing: () => imported.datasets,
	// The page passes the site's files (`realBundledColumns(base)`); none without a page.
	bundled: () => Promise.resolve([]),
	store: addImported,
	load: (datasets, commitWhen) => loadIntoEngine(datasets, commitWhen),
	stage: (id, columns, arrow) => stageInEngine(id, columns, arrow ? { arrow } : {}),
	warm: () => void startEngineEarly(),
	warmAt: 'chosen',
	now: () => new Date().toISOString()
};

const EMPTY_PLAN: MergePlan = {
	duplicates: {},
	alreadyBundled: {},
	conflicts: [],
	rowKeys: [],
	conflictKeys: [],
	repeats: []
};

function newId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Rejects as an abort as soon as `signal` aborts, whether or not `work` listens to it. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
	return new Promise((resolve, reject) => {
		const abort = () => reject(new DOMException('Import cancelled', 'AbortError'));
		if (signal.aborted) return abort();
		signal.addEventListener('abort', abort, { once: true });
		work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
	});
}

/**
 * The index of a source's value among a conflict's options when it gives only one, else -1 (none,
 * or two values of the same figure in one file). `onlyValueOf(conflict, 'file-1')` → `0`
 */
export function onlyValueOf(conflict: Conflict, sourceId: string): number {
	const own = sourceOptions(conflict, sourceId);
	return own.length === 1 ? own[0]! : -1;
}

/** Set-aside counts, one per keeper (an earlier commit's added to this one's). */
function withSetAside(list: readonly SetAside[]): { setAside?: SetAside[] } {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local step, never kept
	const byKeeper = new Map<string, SetAside>();
	for (const x of list) {
		const before = byKeeper.get(x.by);
		byKeeper.set(x.by, before ? { ...before, figures: before.figures + x.figures } : { ...x });
	}
	return byKeeper.size > 0 ? { setAside: [...byKeeper.values()] } : {};
}

const withOverrides = (keys: readonly string[]) => (keys.length > 0 ? { overrides: keys } : {});
const sameOverrides = (a: readonly string[] | undefined, b: readonly string[]) =>
	(a ?? []).length === b.length && b.every((k) => a!.includes(k));
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import page's session. `const s = new ImportSession(); s.addFiles(files); await s.check();
 * s.choose(s.plan.conflicts[0].key, 1); await s.commit()` → `s.committed.outcome.status === 'stored'`
 */
export class ImportSession {
	entries = $state.raw<SessionEntry[]>([]);
	/** The option kept for each conflict, by its key. */
	choices = $state<Record<string, number>>({});
	committed = $state<{
		files: string[];
		outcome: StoreOutcome;
		/**
		 * Files not added since they keep no row: each of their observations is already in the
		 * bundled data (`alreadyBundled` of them) or another file, or lost a conflict.
		 */
		nothingNew: { file: string; observations: number; alreadyBundled: number }[];
	} | null>(null);
	engine = $state<EngineState>('idle');
	adding = $state(false);
	/**
	 * The last finished check, the sources it was run on and, when it found no conflict (the
	 * person has nothing to choose), the rows each source keeps, worked out while they read the
	 * report: "Ajouter" then goes straight to the store.
	 */
	checked = $state.raw<{
		key: string;
		sources: MergeSource[];
		plan: MergePlan;
		kept?: Promise<Record<string, KeptRows> | null>;
	} | null>(null);
	checkFailed = $state<string | null>(null);

	/** Files read and usable. */
	readonly ready = $derived(this.entries.filter((e) => e.status === 'done' && e.result));
	/**
	 * Which sources take part, as text: progress updates of a file being read change `entries`
	 * but not this, so the (possibly long) check does not start again for them.
	 */
	readonly sourcesKey = $derived.by(() =>
		[
			...this.deps.existing().map((d) => d.id),
			...this.ready.map((e) => `${e.uid}#${e.reads}`)
		].join(' ')
	);
	readonly checking = $derived(this.checked?.key !== this.sourcesKey);
	/** What merging the files with the earlier imports would do (empty while checking). */
	readonly plan = $derived(this.checked && !this.checking ? this.checked.plan : EMPTY_PLAN);
	readonly unresolved = $derived(
		this.plan.conflicts.filter((c) => !Object.hasOwn(this.choices, c.key)).length
	);
	readonly reading = $derived(this.entries.some((e) => e.status === 'reading'));
	/** A file is being read, checked, kept or loaded into the engine: heavy work under way. */
	readonly busy = $derived(
		this.reading ||
			(this.checking && this.ready.length > 0) ||
			this.adding ||
			this.engine === 'loading'
	);
	/** The ids of the files read on this page (not the earlier imports). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived anew, never mutated
	readonly fileIds = $derived(new Set(this.ready.map((e) => e.uid)));
	/**
	 * The files that can settle conflicts at one stroke, once each: `[sourceId, file name]`, those
	 * with one value in some conflict (a file giving two values of one figure settles nothing: the
	 * reader picks one of the two).
	 */
	readonly conflictFiles = $derived([
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local step, never kept
		...new Map(
			this.plan.conflicts.flatMap((c: Conflict) =>
				c.options
					.filter((o) => onlyValueOf(c, o.sourceId) >= 0)
					.map((o) => [o.sourceId, o.file] as const)
			)
		).entries()
	]);
	readonly rejectedCount = $derived(
		this.ready.reduce(
			(s, e) => s + e.result!.report.rowsRejected + e.result!.report.cellsRejected,
			0
		)
	);
	readonly blocked: CommitBlock = $derived.by(() => {
		if (this.reading) return 'reading';
		if (this.checkFailed) return { failed: this.checkFailed };
		if (this.checking) return 'checking';
		if (this.adding) return 'adding';
		if (this.ready.some((e) => decimalUndecided(e.result!.report))) return 'decimal';
		if (this.unresolved > 0) return 'conflicts';
		if (this.ready.reduce((sum, e) => sum + e.result!.columns.length, 0) === 0) return 'nothing';
		return null;
	});

	private readonly deps: SessionDeps;
	/** Each read file's rows staged in the engine, and which read of the file they are. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	private readonly staged = new Map<string, { reads: number; load: StagedLoad }>();

	constructor(deps: Partial<SessionDeps> = {}) {
		this.deps = { ...BROWSER, ...deps };
	}

	private update(uid: string, patch: Partial<SessionEntry>) {
		this.entries = this.entries.map((e) => (e.uid === uid ? { ...e, ...patch } : e));
	}

	/**
	 * Adds files and starts reading each (a file over the size limit is refused unread).
	 * Resolves when every one is read (the page does not wait).
	 */
	addFiles(list: Iterable<SessionFile> | ArrayLike<SessionFile> | null | undefined): Promise<void> {
		if (!list) return Promise.resolve();
		this.committed = null;
		const reads: Promise<void>[] = [];
		for (const file of Array.from(list)) {
			const uid = newId();
			const tooLarge = file.size > MAX_FILE_BYTES;
			this.entries = [
				...this.entries,
				{
					uid,
					file,
					status: tooLarge ? 'too-large' : 'reading',
					progress: null,
					result: null,
					reads: 0,
					coverage: null,
					problem: tooLarge ? { kind: 'too-large', size: file.size, limit: MAX_FILE_BYTES } : null,
					synthetic: false,
					controller: null
				}
			];
			if (!tooLarge) reads.push(this.read(uid, 'auto'));
		}
		// The engine starts while the files are parsed (`chosen`), or once a file is read (`read`),
		// while the reader looks at its report: never after the commit.
		if (reads.length > 0 && this.deps.warmAt === 'chosen') this.deps.warm?.();
		// The bundled files the check compares with are fetched (their columns, read at build
		// time) while the file is parsed, not after: the check then starts at once. A failure
		// here is the check's to report.
		if (reads.length > 0) this.deps.bundled().catch(() => undefined);
		return Promise.all(reads).then(() => undefined);
	}

	/**
	 * The reader is about to give files: they opened the file dialog or dragged something over
	 * the page. The engine starts now (with `warmAt: 'chosen'`), while they pick, which takes
	 * seconds, instead of when the file arrives, beside its parse.
	 */
	expectFiles() {
		if (this.deps.warmAt === 'chosen') this.deps.warm?.();
	}

	/** Reads (or reads again, with another dialect or sheet) one file. Resolves when it is done. */
	async read(uid: string, dialect: 'auto' | Dialect, sheet?: string): Promise<void> {
		const entry = this.entries.find((e) => e.uid === uid);
		if (!entry) return;
		const controller = new AbortController();
		sheet ??= entry.sheet;
		this.unstage(uid);
		this.update(uid, { status: 'reading', progress: null, controller, problem: null, sheet });
		try {
			// A chosen File goes to the worker as is (it reads it there); other blobs as bytes.
			const input: IngestInput =
				typeof Blob !== 'undefined' && entry.file instanceof Blob
					? { name: entry.file.name, blob: entry.file }
					: { name: entry.file.name, bytes: new Uint8Array(await entry.file.arrayBuffer()) };
			const { arrow, coverage, ...result } = await abortable(
				this.deps.ingest(input, {
					dialect,
					...(sheet ? { sheet } : {}),
					// The rows' Arrow stream is built in the reader's worker, for the stage below.
					...(this.deps.stage ? { withArrow: true } : {}),
					signal: controller.signal,
					onProgress: (progress) => this.update(uid, { progress })
				}),
				controller.signal
			);
			this.update(uid, {
				status: 'done',
				result,
				reads: entry.reads + 1,
				coverage: coverage ?? coverageOfColumns(result.columns),
				controller: null
			});
			// Into the engine while the reader reads the report: adding the file then only commits.
			if (this.deps.stage && result.columns.length > 0)
				this.staged.set(uid, {
					reads: entry.reads + 1,
					load: this.deps.stage(uid, result.columns, arrow)
				});
			if (this.deps.warmAt !== 'chosen') this.deps.warm?.();
		} catch (error) {
			const cancelled = isAbort(error);
			this.update(uid, {
				status: cancelled ? 'cancelled' : 'failed',
				controller: null,
				problem: cancelled ? { kind: 'cancelled' } : { kind: 'failed', reason: message(error) }
			});
		}
	}

	/** Stops reading a file. */
	cancel(uid: string) {
		this.entries.find((e) => e.uid === uid)?.controller?.abort();
		this.unstage(uid);
	}

	/** Takes a file's staged rows out of the engine (none staged: nothing to do). */
	private unstage(uid: string) {
		const staged = this.staged.get(uid);
		if (!staged) return;
		this.staged.delete(uid);
		staged.load.settle(false);
		// A failed stage has nothing to take out; the commit loads the file anew if it comes.
		staged.load.loaded.catch(() => undefined);
	}

	/** The page is left: rows staged and never added are taken out of the engine. */
	dispose() {
		for (const uid of [...this.staged.keys()]) this.unstage(uid);
	}

	/** Takes a file out of this visit (reading stopped). */
	remove(uid: string) {
		this.cancel(uid);
		this.entries = this.entries.filter((e) => e.uid !== uid);
	}

	/** Marks a file as illustrative (not real statistics), or not. */
	setSynthetic(uid: string, synthetic: boolean) {
		this.update(uid, { synthetic });
	}

	/** Keeps one option of one conflict. */
	choose(key: string, index: number) {
		this.choices = { ...this.choices, [key]: index };
	}

	/** Keeps one file's value in every conflict it is part of. */
	keepAll(sourceId: string) {
		const next: Record<string, number> = { ...this.choices };
		for (const c of this.plan.conflicts) {
			// Where the file itself gives two values, which one is the reader's call, not ours.
			const index = onlyValueOf(c, sourceId);
			if (index >= 0) next[c.key] = index;
		}
		this.choices = next;
	}

	/**
	 * Looks for duplicates and conflicts between the files read and the earlier imports. The page
	 * runs it in an effect on `sourcesKey` (`$effect(() => session.watch())`); an aborted check
	 * leaves the last result. Yields every few milliseconds: a million rows without a freeze.
	 */
	async check(signal?: AbortSignal): Promise<void> {
		const key = this.sourcesKey;
		const files = untrack(() => this.ready);
		let bundled: readonly BundledSource[];
		try {
			// Nothing to check a file against while none is read: no fetch either.
			bundled = files.length > 0 ? await this.deps.bundled() : [];
		} catch (error) {
			if (!signal?.aborted) this.checkFailed = message(error);
			return;
		}
		// A bundled figure an earlier import replaced is that import's now: a new file is
		// checked against the value the pages show, not the one set aside.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local step, never kept
		const replaced = new Set(untrack(() => this.deps.existing()).flatMap((d) => d.overrides ?? []));
		// The newest bundled edition first: when two bundled files agree on a figure, a conflict
		// names the newer (isoc_ec_esels of 2026, not tin00111 of 2025) as that value's file.
		const newestFirst = [...bundled].sort((a, b) =>
			compareVintages(b.vintage ?? '', a.vintage ?? '')
		);
		const sources: MergeSource[] = untrack(() => [
			...newestFirst.map((b) => ({
				id: bundledSourceId(b.file),
				file: b.file,
				columns:
					replaced.size === 0
						? b.columns
						: filterColumns(
								b.columns,
								Uint8Array.from(observationsOf(b.columns), (o) =>
									replaced.has(statisticKey(o)) ? 0 : 1
								)
							),
				settled: true,
				bundled: true,
				vintage: b.vintage ?? null
			})),
			...this.deps.existing().map((d) => ({
				id: d.id,
				file: d.file,
				columns: d.columns,
				settled: true,
				vintage: d.report.lastUpdate ?? null,
				vintageFrom: d.report.lastUpdateOldest ?? null
			})),
			...files.map((e) => ({
				id: e.uid,
				file: e.file.name,
				columns: e.result!.columns,
				vintage: e.result!.report.lastUpdate,
				vintageFrom: e.result!.report.lastUpdateOldest ?? null
			}))
		]);
		try {
			const plan = await planMerge(sources, { signal });
			let kept: Promise<Record<string, KeptRows> | null> | undefined;
			if (plan.conflicts.length === 0) {
				kept = resolveMerge(sources, plan, {}, { signal });
				// Read by `commit`, which works them out again when this failed (a check aborted).
				kept.catch(() => undefined);
			}
			this.checked = { key, sources, plan, ...(kept ? { kept } : {}) };
			this.checkFailed = null;
		} catch (error) {
			if (!signal?.aborted) this.checkFailed = message(error);
		}
	}

	/** `check` again whenever the sources change: call inside `$effect`; returns its cleanup. */
	watch(): () => void {
		void this.sourcesKey;
		const controller = new AbortController();
		void this.check(controller.signal);
		return () => controller.abort();
	}

	/**
	 * Keeps the rows chosen: earlier imports that lost rows to a settled conflict are written
	 * again without them, the new files with the rows they keep (a file keeping none is not
	 * added). On `stale` (another tab wrote first) nothing was added and the files stay; else the
	 * files leave the page and DuckDB gets the rows in the background (`engine`).
	 */
	async commit(): Promise<void> {
		// The page disables its button then; a call anyway (a double click) changes nothing.
		if (!this.checked || this.blocked !== null) return;
		const { sources, plan, kept: early } = this.checked;
		this.adding = true;
		let resolved: Record<string, KeptRows> | null;
		try {
			resolved =
				(await early?.catch(() => null)) ?? (await resolveMerge(sources, plan, this.choices));
		} finally {
			this.adding = false;
		}
		if (!resolved) return;
		const kept = resolved;
		const now = this.deps.now();
		const won = overridesWon(sources, plan, this.choices);
		// What each file gives up to another import, said if that one is removed later.
		const aside = setAsideBy(sources, plan, kept);
		const changed: ImportedDataset[] = this.deps
			.existing()
			.filter(
				(d) =>
					(kept[d.id] && kept[d.id]!.count !== d.columns.length) ||
					!sameOverrides(d.overrides, won(d.id, d.overrides))
			)
			.map(({ overrides, setAside, ...d }) => ({
				...d,
				columns: filterColumns(d.columns, kept[d.id]!.mask, kept[d.id]!.count),
				...withOverrides(won(d.id, overrides)),
				...withSetAside([...(setAside ?? []), ...(aside[d.id] ?? [])])
			}));
		// A file added whole, as read, has its staged rows committed; another (rows dropped by the
		// check, or none staged) is loaded now with the rows it keeps.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local step, never kept
		const fromStage = new Map<string, StagedLoad>();
		const added: ImportedDataset[] = this.ready
			.filter((e) => kept[e.uid] && kept[e.uid]!.count > 0)
			.map((e) => {
				const staged = this.staged.get(e.uid);
				if (staged?.reads === e.reads && kept[e.uid]!.count === e.result!.columns.length)
					fromStage.set(e.uid, staged.load);
				// The preview and the rejected lines are for this page only: not worth storing.
				// eslint-disable-next-line @typescript-eslint/no-unused-vars
				const { rejectedRows, ...report } = e.result!.report;
				const dialect = report.dialect && { ...report.dialect, preview: [], previewRows: [] };
				return {
					id: e.uid,
					file: e.file.name,
					dataset: report.dataset,
					importedAt: now,
					synthetic: e.synthetic,
					columns: filterColumns(e.result!.columns, kept[e.uid]!.mask, kept[e.uid]!.count),
					report: { ...report, ...(dialect ? { dialect } : {}) },
					...withOverrides(won(e.uid, undefined)),
					...withSetAside(aside[e.uid] ?? [])
				};
			});
		const committedIds = this.fileIds;
		for (const uid of [...this.staged.keys()]) if (!fromStage.has(uid)) this.unstage(uid);
		const storing = this.deps.store([...changed, ...added]);
		const accepted = storing.then((o) => o.status !== 'stale');
		// Staged rows are shown once the store has added them; on `stale` they stay staged for the
		// next attempt, and a store that failed outright takes them out.
		accepted.then(
			(yes) => {
				if (!yes) return;
				for (const [uid, load] of fromStage) {
					this.staged.delete(uid);
					load.settle(true);
				}
			},
			() => {
				for (const uid of fromStage.keys()) this.unstage(uid);
			}
		);
		// DuckDB (its own Worker in the browser) gets the other rows beside the store, not after
		// it, and shows them only once the store has added them: a refusal (another tab wrote
		// first, or the store failed outright) leaves nothing in the engine either.
		const rest = added.filter((d) => !fromStage.has(d.id));
		const loading = Promise.all([
			// A stage that failed (the engine could not start then) is tried again the usual way.
			...added
				.filter((d) => fromStage.has(d.id))
				.map((d) => fromStage.get(d.id)!.loaded.catch(() => this.deps.load([d], accepted))),
			rest.length > 0 ? this.deps.load(rest, accepted) : 0
		]).then((counts) => counts.reduce((sum, n) => sum + n, 0));
		// Its outcome is read below, or not at all when the store refused: never unhandled.
		loading.catch(() => undefined);
		const outcome = await storing;
		this.committed = {
			files: added.map((d) => d.file),
			outcome,
			nothingNew: this.ready
				.filter((e) => !(kept[e.uid]?.count ?? 0))
				.map((e) => ({
					file: e.file.name,
					observations: e.result!.report.observations,
					alreadyBundled: plan.alreadyBundled[e.uid] ?? 0
				}))
		};
		// Another tab committed first: nothing was added; the check runs again on what it wrote.
		if (outcome.status === 'stale') return;
		this.entries = this.entries.filter((e) => !committedIds.has(e.uid));
		this.choices = {};
		this.engine = 'loading';
		this.loaded = loading.then(
			() => void (this.engine = 'loaded'),
			(error: unknown) => void (this.engine = { failed: message(error) })
		);
	}

	/** Settles when the engine has the rows of the last commit (or failed to load them). */
	loaded: Promise<void> = Promise.resolve();
}
