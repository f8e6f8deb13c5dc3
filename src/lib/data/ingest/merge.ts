/**
 * Putting several files together before they are committed: the same statistic (same codes,
 * same period) may come twice. With the same value it is a duplicate, kept once; with different
 * values it is a conflict, listed for the person to settle: nothing is overwritten silently.
 *
 * Works on columns (`columns.ts`): each row's statistic becomes one number (its codes' indexes
 * among the new files' codes, in mixed radix), so a million rows cost a million slots of a typed
 * table (`keyTable.ts`), not a million key strings. Planning and resolving yield to the page
 * every few milliseconds (`MergeOptions.yieldEvery`), so the import page keeps answering while a
 * large file is checked against everything imported before.
 */
import type { Observation } from '../../domain/observation';
import {
	observationsOf,
	usedValues,
	type CodeArray,
	type ObservationColumns,
	type TextColumn
} from './columns';
import { Slicer, type SliceOptions } from './slicer';
import { statisticTable } from './keyTable';

/** Files (or already imported datasets) taking part in an import, in priority order. */
export interface MergeSource {
	id: string;
	file: string;
	columns: ObservationColumns;
	/**
	 * True for a dataset imported earlier: it went through a merge, so it holds each statistic
	 * once, and when it shares no statistic with the other sources its rows need no key at all.
	 */
	settled?: boolean;
	/**
	 * True for a file bundled with the dashboard (settled too): it is never rewritten, so a
	 * conflict settled against it is kept by the dataset that won it (`overrides`), and two
	 * bundled files that disagree (two vintages of one figure) are not the reader's conflict.
	 */
	bundled?: boolean;
	/**
	 * When the file's edition was published (Eurostat's LAST UPDATE, a bundled file's vintage), or
	 * `null` when it does not say: the reader settling a conflict sees which edition is newer.
	 */
	vintage?: string | null;
	/** The oldest of the file's dates when its rows give several (then `vintage` is the newest). */
	vintageFrom?: string | null;
}

/** One candidate value of a conflict. */
export interface ConflictOption {
	sourceId: string;
	file: string;
	value: number | null;
	flags: string;
	/** The file's edition date, as its source gives it (`MergeSource.vintage`), or `null`. */
	vintage: string | null;
	/** The oldest of its dates when its rows give several, else `null`. */
	vintageFrom: string | null;
}

/** One statistic with more than one value among the sources. */
export interface Conflict {
	/** Stable key of the statistic (codes and period): `statisticKey` of the observation. */
	key: string;
	observation: Pick<
		Observation,
		'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'period' | 'extra'
	>;
	/** The distinct values, in source order. */
	options: ConflictOption[];
}

/**
 * The indices of a conflict's options that one source gives, in file order: one for most files,
 * several when a file gives two values of the same figure.
 * `sourceOptions(conflict, 'file-1')` → `[0, 1]` for a file giving 20.1 then 22.0
 */
export function sourceOptions(conflict: Conflict, sourceId: string): number[] {
	return conflict.options.flatMap((o, i) => (o.sourceId === sourceId ? [i] : []));
}

/** What merging would do. */
export interface MergePlan {
	/** Repeats of the same statistic with the same value, per source id (each kept once). */
	duplicates: Record<string, number>;
	/** Of those, per source id, the rows whose statistic a bundled file has with the same value. */
	alreadyBundled: Record<string, number>;
	conflicts: Conflict[];
	/**
	 * For `resolveMerge`: per source, the statistic number of each row (`null` for a settled
	 * source that shares nothing with the others, -1 for a settled row no new file could share),
	 * and the number of each conflict.
	 */
	readonly rowKeys: readonly (Float64Array | null)[];
	readonly conflictKeys: readonly number[];
	/**
	 * Per source, 1 for each row whose statistic an earlier row (of any source) already had
	 * (`null` where `rowKeys` is): outside the conflicts, `resolveMerge` keeps the first one
	 * without a table of every statistic kept.
	 */
	readonly repeats: readonly (Uint8Array | null)[];
}

/** How long a merge may hold the thread before it yields, and how to stop it. */
export type MergeOptions = SliceOptions;

/**
 * The key of a statistic: every code but the dataset, and the period; `extra` dimensions included.
 * A row that names no indicator (a Data Browser sheet: geo and period only) is known only by its
 * table: two such tables are never taken for the same statistic (tin00110 and tin00111 are not).
 * `statisticKey({ indicator: 'E_ESELL', geo: 'FR', period: '2023', ... })` → `'E_ESELL\u0001…\u0001FR\u00012023\u0001'`.
 */
export function statisticKey(o: Observation): string {
	const extra = o.extra
		? Object.keys(o.extra)
				.map((k) => `${k}=${o.extra![k]}`)
				.join('\u0002')
		: '';
	return [
		indicatorKey(o.indicator, o.dataset),
		o.unit,
		o.sizeClass,
		o.nace,
		o.geo,
		o.period,
		extra
	].join('\u0001');
}

/** The indicator as a statistic's key reads it: its code, or for none, the table it comes from. */
function indicatorKey(indicator: string | null, dataset: string): string {
	return indicator ? indicator : `\u0003${dataset}`;
}

/** The columns that make a statistic (not the dataset, the value or its flags). */
const KEY_COLUMNS = [
	'indicator',
	'unit',
	'sizeClass',
	'nace',
	'geo',
	'period',
	'extra'
] as const satisfies readonly TextColumn[];

/** Rows checked between two looks at the clock. */
const STRIDE = 4096;

/** Values each key column of a set of columns uses (columns never change: computed once). */
const usedSets = new WeakMap<ObservationColumns, Set<string | null>[]>();

async function usedKeyValues(
	columns: ObservationColumns,
	slicer: Slicer
): Promise<Set<string | null>[]> {
	let sets = usedSets.get(columns);
	if (!sets) {
		sets = [];
		for (const column of KEY_COLUMNS) {
			await slicer.tick();
			sets.push(new Set(usedValues(columns, column)));
		}
		usedSets.set(columns, sets);
	}
	return sets;
}

/**
 * Which sources need row keys: every new file (repeats inside it count), and a settled source
 * only when some other source could share a statistic with it, that is, when for every key
 * column the two use at least one common value.
 */
async function needingKeys(sources: readonly MergeSource[], slicer: Slicer): Promise<boolean[]> {
	if (sources.length < 2) return sources.map((source) => !source.settled);
	const used: Set<string | null>[][] = [];
	for (const source of sources) used.push(await usedKeyValues(source.columns, slicer));
	const overlaps = (a: number, b: number) =>
		KEY_COLUMNS.every((_, k) => {
			const [small, large] =
				used[a]![k]!.size <= used[b]![k]!.size
					? [used[a]![k]!, used[b]![k]!]
					: [used[b]![k]!, used[a]![k]!];
			for (const value of small) if (large.has(value)) return true;
			return false;
		});
	return sources.map(
		(source, a) => !source.settled || sources.some((_, b) => b !== a && overlaps(a, b))
	);
}

/**
 * One digit of each row's mixed-radix key, column by column: a loop over one typed array at a
 * time stays fast, where a loop over every column per row met three kinds of code arrays.
 */
function appendDigit(
	keys: Float64Array,
	codes: CodeArray,
	remap: Int32Array,
	radix: number,
	from: number,
	to: number
): void {
	for (let i = from; i < to; i++) keys[i] = keys[i]! * radix + remap[codes[i]!]!;
}

/** Sets to -1 the key of each row whose code in this column no new file has (`remap` -1). */
function markOutside(
	keys: Float64Array,
	codes: CodeArray,
	remap: Int32Array,
	from: number,
	to: number
): void {
	for (let i = from; i < to; i++) if (remap[codes[i]!]! < 0) keys[i] = -1;
}

/**
 * Per source, each row's statistic as one number (`null` where `needed` says no), and how many
 * numbers there could be: every key lies from 0 to `space − 1`, or is -1 for a row of a settled
 * source that no new file could share (one of its codes is in no new file).
 */
async function rowKeysOf(
	sources: readonly MergeSource[],
	needed: readonly boolean[],
	slicer: Slicer
): Promise<{ keys: (Float64Array | null)[]; space: number }> {
	// The codes of the new files, numbered once for all sources: a code's number is the same
	// whichever file has it. A statistic with a code no new file has is in no new file, and
	// between settled sources nothing is the reader's to settle (repeats and disagreements of
	// earlier imports and bundled files were settled before, or are not theirs): such a row needs
	// no number. Counting only the new files' codes keeps the numbers few: a 1M-row file checked
	// against the bundled files spans 2.0M of them, not 11M (a direct table, not a hash table).
	const shared = KEY_COLUMNS.map(() => new Map<string | null, number>());
	// A missing indicator is read as the table's (`statisticKey`): the source's one dataset, or
	// the source itself when it mixes several.
	const keyValue = (source: MergeSource, column: TextColumn, value: string | null) =>
		column === 'indicator' && !value
			? indicatorKey(
					value,
					source.columns.dictionaries.dataset.length === 1
						? (source.columns.dictionaries.dataset[0] ?? source.id)
						: `\u0004${source.id}`
				)
			: value;
	sources.forEach((source, s) => {
		if (!needed[s] || source.settled) return;
		KEY_COLUMNS.forEach((column, k) => {
			for (const raw of source.columns.dictionaries[column]) {
				const value = keyValue(source, column, raw);
				if (!shared[k]!.has(value)) shared[k]!.set(value, shared[k]!.size);
			}
		});
	});
	const remaps = sources.map((source, s) =>
		needed[s]
			? KEY_COLUMNS.map((column, k) =>
					Int32Array.from(
						source.columns.dictionaries[column],
						(value) => shared[k]!.get(keyValue(source, column, value)) ?? -1
					)
				)
			: null
	);
	const radix = shared.map((m) => Math.max(1, m.size));
	// Past 2^53 the mixed-radix number would lose digits: number the distinct tuples instead.
	const product = radix.reduce((p, r) => p * r, 1);
	const fits = product <= Number.MAX_SAFE_INTEGER;
	const tuples = new Map<string, number>();
	const out: (Float64Array | null)[] = [];
	for (let s = 0; s < sources.length; s++) {
		const remap = remaps[s];
		if (!remap) {
			out.push(null);
			continue;
		}
		const { columns } = sources[s]!;
		const codes = KEY_COLUMNS.map((column) => columns.codes[column]);
		const keys = new Float64Array(columns.length);
		// The columns where this source has codes no new file has (a settled source only).
		const outside = KEY_COLUMNS.flatMap((_, k) => (remap[k]!.includes(-1) ? [k] : []));
		// A plain function per stride: V8 runs a loop inside an async function much slower.
		const fill = (from: number, to: number) => {
			if (fits) {
				for (let k = 0; k < KEY_COLUMNS.length; k++)
					appendDigit(keys, codes[k]!, remap[k]!, radix[k]!, from, to);
				for (const k of outside) markOutside(keys, codes[k]!, remap[k]!, from, to);
				return;
			}
			for (let i = from; i < to; i++) {
				if (outside.some((k) => remap[k]![codes[k]![i]!]! < 0)) {
					keys[i] = -1;
					continue;
				}
				const tuple = codes.map((c, k) => remap[k]![c[i]!]).join(',');
				let id = tuples.get(tuple);
				if (id === undefined) tuples.set(tuple, (id = tuples.size));
				keys[i] = id;
			}
		};
		for (let from = 0; from < columns.length; from += STRIDE) {
			await slicer.tick();
			fill(from, Math.min(columns.length, from + STRIDE));
		}
		out.push(keys);
	}
	return { keys: out, space: fits ? product : tuples.size };
}

function sameValue(a: ObservationColumns, i: number, b: ObservationColumns, j: number): boolean {
	const aMissing = a.missing[i] === 1;
	const bMissing = b.missing[j] === 1;
	if (aMissing || bMissing) return aMissing && bMissing;
	const x = a.values[i]!;
	const y = b.values[j]!;
	return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

function optionOf(source: MergeSource, row: number): ConflictOption {
	const { columns } = source;
	return {
		sourceId: source.id,
		file: source.file,
		value: columns.missing[row] ? null : columns.values[row]!,
		flags: columns.dictionaries.flags[columns.codes.flags[row]!] ?? '',
		vintage: source.vintage ?? null,
		vintageFrom: source.vintageFrom ?? null
	};
}

/** Row `row` of source `s`, packed in one number (sources and rows stay far below 2^21 and 2^32). */
const ROW_SPAN = 2 ** 32;

/**
 * Finds duplicates and conflicts among sources (within one file too).
 * `await planMerge([{ id: 'a', file: 'a.csv', columns: columnsOf([fr2023is17]) }, { id: 'b', file: 'b.csv', columns: columnsOf([fr2023is18]) }])`
 * → `{ duplicates: { a: 0, b: 0 }, conflicts: [{ options: [{ sourceId: 'a', value: 17 }, { sourceId: 'b', value: 18 }] }] }`.
 */
export async function planMerge(
	sources: readonly MergeSource[],
	options: MergeOptions = {}
): Promise<MergePlan> {
	const slicer = new Slicer(options);
	await slicer.first();
	const { keys: rowKeys, space } = await rowKeysOf(
		sources,
		await needingKeys(sources, slicer),
		slicer
	);
	const duplicates: Record<string, number> = Object.create(null) as Record<string, number>;
	const alreadyBundled: Record<string, number> = Object.create(null) as Record<string, number>;
	// Statistic → where it was first seen; the ones seen again also get their list of values,
	// and become conflicts only when a new file takes part: settled sources were settled before
	// (earlier imports), or are not the reader's to settle (two bundled vintages of one figure).
	const first = statisticTable(
		rowKeys.reduce((sum, keys) => sum + (keys?.length ?? 0), 0),
		space
	);
	await first.touch(() => slicer.tick());
	const conflicting = new Map<number, { at: number; values: number[]; withNew: boolean }>();
	const repeats: (Uint8Array | null)[] = [];
	for (let s = 0; s < sources.length; s++) {
		const source = sources[s]!;
		duplicates[source.id] = 0;
		alreadyBundled[source.id] = 0;
		const keys = rowKeys[s];
		const repeat = keys ? new Uint8Array(keys.length) : null;
		repeats.push(repeat);
		if (!keys || !repeat) continue;
		// A plain function per stride: V8 runs a loop inside an async function much slower.
		const scan = (from: number, to: number) => {
			for (let i = from; i < to; i++) {
				const key = keys[i]!;
				if (key < 0) continue; // a settled row no new file could share
				const seen = first.setIfAbsent(key, s * ROW_SPAN + i);
				if (seen === -1) continue;
				repeat[i] = 1;
				const entry = conflicting.get(key) ?? { at: seen, values: [seen], withNew: false };
				const same = entry.values.find((at) => {
					const t = Math.floor(at / ROW_SPAN);
					return sameValue(source.columns, i, sources[t]!.columns, at - t * ROW_SPAN);
				});
				if (same !== undefined) {
					if (source.settled) continue;
					duplicates[source.id]!++;
					if (sources[Math.floor(same / ROW_SPAN)]!.bundled) alreadyBundled[source.id]!++;
				} else {
					entry.values.push(s * ROW_SPAN + i);
					if (!source.settled) entry.withNew = true;
					conflicting.set(key, entry);
				}
			}
		};
		for (let from = 0; from < keys.length; from += STRIDE) {
			await slicer.tick();
			scan(from, Math.min(keys.length, from + STRIDE));
		}
	}
	const conflicts: Conflict[] = [];
	const conflictKeys: number[] = [];
	for (const [key, { at, values, withNew }] of conflicting) {
		if (!withNew) continue;
		const t = Math.floor(at / ROW_SPAN);
		const o = observationsOf(sources[t]!.columns, at - t * ROW_SPAN, at - t * ROW_SPAN + 1)[0]!;
		const { indicator, unit, sizeClass, nace, geo, period, extra } = o;
		conflicts.push({
			key: statisticKey(o),
			observation: { indicator, unit, sizeClass, nace, geo, period, ...(extra ? { extra } : {}) },
			options: values.map((packed) => {
				const v = Math.floor(packed / ROW_SPAN);
				return optionOf(sources[v]!, packed - v * ROW_SPAN);
			})
		});
		conflictKeys.push(key);
	}
	return { duplicates, alreadyBundled, conflicts, rowKeys, conflictKeys, repeats };
}

/**
 * The rows a source keeps: `mask[i]` is 1 for a row kept (for `filterColumns`), and `count` of
 * them, counted as the mask is written: a commit asks whether a million-row file is kept whole,
 * and three more passes over its mask to tell were a 70 ms task (issue #18).
 */
export interface KeptRows {
	mask: Uint8Array;
	count: number;
}

/**
 * Applies the person's choices: for each conflict key, the index of the option to keep. Every
 * statistic ends up exactly once, in the source that first had the kept value. Gives, per source
 * id, the rows it keeps, or `null` while a conflict has no choice yet. `plan` must come from
 * `planMerge(sources)`.
 * `await resolveMerge(sources, plan, { [conflict.key]: 1 })` → `{ a: { mask: Uint8Array [0, 1, 0], count: 1 }, b: { mask: Uint8Array [1, 1, 1], count: 3 } }`.
 */
export async function resolveMerge(
	sources: readonly MergeSource[],
	plan: MergePlan,
	choices: Readonly<Record<string, number>>,
	options: MergeOptions = {}
): Promise<Record<string, KeptRows> | null> {
	if (plan.rowKeys.length !== sources.length) {
		throw new Error('resolveMerge: the plan was made for other sources');
	}
	const chosen = new Map<number, ConflictOption>();
	for (let c = 0; c < plan.conflicts.length; c++) {
		const conflict = plan.conflicts[c]!;
		const index = Object.hasOwn(choices, conflict.key) ? choices[conflict.key] : undefined;
		const option = index === undefined ? undefined : conflict.options[index];
		if (!option) return null;
		chosen.set(plan.conflictKeys[c]!, option);
	}
	const slicer = new Slicer(options);
	// Only conflicted statistics need to remember where they were kept; every other one is kept
	// at its first row (`repeats`), and in every settled source.
	const keptChoice = new Set<number>();
	const out: Record<string, KeptRows> = Object.create(null) as Record<string, KeptRows>;
	for (let s = 0; s < sources.length; s++) {
		const { id, columns, settled } = sources[s]!;
		const keep = new Uint8Array(columns.length);
		const keys = plan.rowKeys[s];
		const repeat = plan.repeats[s];
		if (!keys || !repeat) {
			// Shares no statistic with any other source, and holds each of its own once.
			keep.fill(1);
			out[id] = { mask: keep, count: columns.length };
			continue;
		}
		let count = 0;
		for (let i = 0; i < keys.length; i++) {
			if ((i & (STRIDE - 1)) === 0) await slicer.tick();
			const key = keys[i]!;
			const option = chosen.size === 0 ? undefined : chosen.get(key);
			if (!option) {
				// A settled source keeps what no choice of this merge takes from it, even a figure
				// a bundled file also has (an import made before bundled files were checked).
				if (settled || !repeat[i]) {
					keep[i] = 1;
					count++;
				}
				continue;
			}
			if (keptChoice.has(key)) continue;
			if (option.sourceId !== id || !sameOption(columns, i, option)) continue;
			keptChoice.add(key);
			keep[i] = 1;
			count++;
		}
		out[id] = { mask: keep, count };
	}
	return out;
}

function sameOption(columns: ObservationColumns, i: number, option: ConflictOption): boolean {
	if (columns.missing[i]) return option.value === null;
	const v = columns.values[i]!;
	return (
		option.value !== null && (v === option.value || (Number.isNaN(v) && Number.isNaN(option.value)))
	);
}

/**
 * The bundled rows minus the figures an imported dataset replaces (a conflict the reader settled
 * for the imported value): the same figure is never drawn twice, nor the value set aside. With
 * `sameTable`, only the bundled rows of the replacing dataset's own code are left out: a view
 * that keeps tables apart (the comparison) then shows the figure once in that table, and a table
 * with a code of its own as its own series.
 * `withoutOverridden(bundled, [{ dataset: 'isoc_ec_esels', overrides: [statisticKey(fr2023)] }])` → `bundled` without FR 2023
 */
export function withoutOverridden(
	bundled: readonly Observation[],
	from: readonly { dataset?: string; overrides?: readonly string[] }[],
	{ sameTable = false }: { sameTable?: boolean } = {}
): readonly Observation[] {
	const replaced = new Map<string, Set<string>>();
	for (const d of from) {
		if (!d.overrides || d.overrides.length === 0) continue;
		const table = sameTable ? (d.dataset ?? '') : '';
		const keys = replaced.get(table) ?? new Set<string>();
		for (const k of d.overrides) keys.add(k);
		replaced.set(table, keys);
	}
	if (replaced.size === 0) return bundled;
	return bundled.filter((o) => !replaced.get(sameTable ? o.dataset : '')?.has(statisticKey(o)));
}

/**
 * After the reader's choices: for a dataset, the bundled figures it replaces (`overrides`). Its
 * earlier ones stay unless this merge gave the figure to another source; a conflict with a
 * bundled value settled for it adds one.
 * `overridesWon(sources, plan, { [key]: 1 })('file-1', undefined)` → `[key]` when option 1 is file-1's and option 0 a bundled file's
 */
export function overridesWon(
	sources: readonly MergeSource[],
	plan: MergePlan,
	choices: Readonly<Record<string, number>>
): (id: string, before: readonly string[] | undefined) => string[] {
	const bundled = new Set(sources.filter((s) => s.bundled).map((s) => s.id));
	const winner = new Map<string, string>();
	for (const c of plan.conflicts) {
		const option = c.options[choices[c.key] ?? -1];
		if (option) winner.set(c.key, option.sourceId);
	}
	return (id, before) => {
		const out = new Set((before ?? []).filter((k) => (winner.get(k) ?? id) === id));
		for (const c of plan.conflicts) {
			if (winner.get(c.key) === id && c.options.some((o) => bundled.has(o.sourceId)))
				out.add(c.key);
		}
		return [...out];
	};
}

/** Figures of an imported dataset kept only in another imported dataset after a merge. */
export interface SetAside {
	/** The dataset that keeps them (its id), and its file name. */
	by: string;
	file: string;
	/** How many of this dataset's rows it holds instead: repeats of its rows, conflicts settled for it. */
	figures: number;
}

/**
 * After `resolveMerge`: per imported source, the rows it gives up to another imported source
 * (a repeat of that source's row, or a conflict settled for it), counted per keeper. A keeper's
 * removal then takes those figures with it: the page can say so, and which file to import again.
 * Rows a bundled file keeps are not counted: bundled files stay.
 * `setAsideBy(sources, plan, kept)` → `{ 'a-id': [{ by: 'b-id', file: 'b.csv', figures: 1 }] }`
 */
export function setAsideBy(
	sources: readonly MergeSource[],
	plan: MergePlan,
	kept: Readonly<Record<string, KeptRows>>
): Record<string, SetAside[]> {
	// The statistics some imported source gave up: few, next to the rows kept.
	const given = new Set<number>();
	sources.forEach((s, i) => {
		const keys = plan.rowKeys[i];
		const mask = kept[s.id]?.mask;
		if (s.bundled || !keys || !mask) return;
		for (let r = 0; r < keys.length; r++) if (!mask[r] && keys[r]! >= 0) given.add(keys[r]!);
	});
	const out: Record<string, SetAside[]> = {};
	if (given.size === 0) return out;
	const keeper = new Map<number, MergeSource>();
	sources.forEach((s, i) => {
		const keys = plan.rowKeys[i];
		const mask = kept[s.id]?.mask;
		if (!keys || !mask) return;
		for (let r = 0; r < keys.length; r++) {
			const key = keys[r]!;
			if (mask[r] && given.has(key) && !keeper.has(key)) keeper.set(key, s);
		}
	});
	sources.forEach((s, i) => {
		const keys = plan.rowKeys[i];
		const mask = kept[s.id]?.mask;
		if (s.bundled || !keys || !mask) return;
		const counts = new Map<MergeSource, number>();
		for (let r = 0; r < keys.length; r++) {
			if (mask[r]) continue;
			const by = keeper.get(keys[r]!);
			if (by && !by.bundled && by.id !== s.id) counts.set(by, (counts.get(by) ?? 0) + 1);
		}
		if (counts.size > 0)
			out[s.id] = [...counts].map(([by, figures]) => ({ by: by.id, file: by.file, figures }));
	});
	return out;
}
