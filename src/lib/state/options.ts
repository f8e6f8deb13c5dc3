/**
 * Which series the comparison page offers, derived from the rows it holds (bundled and
 * imported alike), and how a choice in one select carries over to the others.
 */
import type { Observation } from '../domain/observation';
import { HEADLINE_FIELDS } from '../domain/headline';
import {
	observationsAt,
	observationsOf,
	ownDimensionMask,
	unpackRanges,
	type ObservationColumns,
	type PackedColumns
} from '../data/ingest/columns';
import { finish, finishSliced, Slicer, type SliceOptions } from '../data/ingest/slicer';
import { comparePeriods } from '../domain/period';

/** The fields that name one published series. */
export interface SeriesChoice {
	dataset: string;
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
}

/** A series on offer: how many geos have a value in it, and whether it is illustrative. */
export interface SeriesOption extends SeriesChoice {
	geos: number;
	synthetic: boolean;
}

/** One string per series, for maps and comparisons. `seriesId(k)` → `tin00111|E_ESELL|PC_ENT|GE10|C10-S951_X_K` */
export function seriesId(k: SeriesChoice): string {
	return [k.dataset, k.indicator, k.unit, k.sizeClass, k.nace].join('|');
}

/** The rows of one series, and the geos that have a value in it. */
export interface SeriesGroup {
	key: SeriesChoice;
	geos: ReadonlySet<string>;
	/** The rows in file order (built on first call when they come from columns, then kept). */
	rows(): readonly Observation[];
	/**
	 * Which files the rows come from, when the index was told (`withOrigin`): two files may carry
	 * the same dataset code (an imported copy of a bundled table), so the code alone cannot say.
	 */
	origins?: readonly string[];
	/**
	 * The origin of each row of `rows()`, in the same order, when a series joins rows of several
	 * files: which figure was read from which file (an imported copy may replace one bundled
	 * figure and leave the others).
	 */
	rowOrigins?(): readonly string[];
}

/**
 * The same index, each group saying its rows come from `origin` (a file's id).
 * `withOrigin(seriesIndex(rows), 'bundled').groups[0].origins` → `['bundled']`
 */
export function withOrigin(index: SeriesIndex, origin: string): SeriesIndex {
	return { groups: index.groups.map((g) => ({ ...g, origins: [origin] })) };
}

/**
 * The group of one series in an index, or `undefined`.
 * `seriesGroup(index, key)?.origins` → `['bundled', 'import-1']`
 */
export function seriesGroup(index: SeriesIndex, key: SeriesChoice): SeriesGroup | undefined {
	let byId = groupsById.get(index);
	if (!byId) {
		byId = new Map();
		// The first group of a series, as a search in order finds it (a joined index has one).
		for (const g of index.groups) {
			const id = seriesId(g.key);
			if (!byId.has(id)) byId.set(id, g);
		}
		groupsById.set(index, byId);
	}
	return byId.get(seriesId(key));
}

// An index never changes once built (new rows make a new index), so what is looked up in it is
// listed once: with a million rows kept, `/comparer/` searched its 2,400 series by id twice at
// every pick (issue #18).
const groupsById = new WeakMap<SeriesIndex, Map<string, SeriesGroup>>();

/**
 * Rows grouped by series once, groups in order of first row: what the comparison asks of its
 * rows. Picking a series then reads one group instead of testing every row again, and imported
 * columns are grouped without turning a million rows into objects (`columnsSeriesIndex`).
 */
export interface SeriesIndex {
	groups: readonly SeriesGroup[];
}

function choiceOf(r: SeriesChoice): SeriesChoice {
	return {
		dataset: r.dataset,
		indicator: r.indicator,
		unit: r.unit,
		sizeClass: r.sizeClass,
		nace: r.nace
	};
}

/** Whether two rows belong to the same series. `sameSeries(fr2023, fr2024)` → true */
function sameSeries(a: SeriesChoice, b: SeriesChoice): boolean {
	return (
		a.nace === b.nace &&
		a.indicator === b.indicator &&
		a.sizeClass === b.sizeClass &&
		a.unit === b.unit &&
		a.dataset === b.dataset
	);
}

const hasValue = (value: number | null) => value !== null && Number.isFinite(value);

/**
 * Groups rows by series, keeping only those `keep` accepts.
 * `seriesIndex([fr2023, de2023]).groups[0].geos` → `Set {'FR', 'DE'}`
 */
export function seriesIndex(
	rows: readonly Observation[],
	keep: (o: Observation) => boolean = () => true
): SeriesIndex {
	type Entry = { key: SeriesChoice; geos: Set<string>; rows: Observation[] };
	const found = new Map<string, Entry>();
	let previous: Observation | null = null;
	let last: Entry | null = null;
	for (const r of rows) {
		// A row with a dimension of its own is a breakdown, not a point (`columnsSeriesIndex`).
		if (!keep(r) || (r.extra !== undefined && Object.keys(r.extra).length > 0)) continue;
		// Rows of a series mostly follow one another (the comparison page's 23,000 rows do): the
		// previous row's group is taken without building an id, which made hydration slow (#18).
		let entry: Entry | null = previous !== null && sameSeries(previous, r) ? last : null;
		if (!entry) {
			const id = seriesId(r);
			entry = found.get(id) ?? null;
			if (!entry) {
				entry = { key: choiceOf(r), geos: new Set(), rows: [] };
				found.set(id, entry);
			}
		}
		entry.rows.push(r);
		if (hasValue(r.value)) entry.geos.add(r.geo);
		previous = r;
		last = entry;
	}
	return {
		groups: [...found.values()].map((e) => ({ key: e.key, geos: e.geos, rows: () => e.rows }))
	};
}

/**
 * Groups the rows of some columns by series, keeping only geos `keepGeo` accepts; each group's
 * rows become objects only when asked for. Same groups, in the same order, with the same geos
 * (not always in the same order) and rows, as
 * `seriesIndex(observationsOf(columns), (o) => keepGeo(o.geo))`. An index built before for the
 * same columns and test (`columnsSeriesIndexSliced`) is given back as it is.
 */
export function columnsSeriesIndex(
	columns: ObservationColumns,
	keepGeo: (geo: string) => boolean = keepEveryGeo
): SeriesIndex {
	const known = builtIndexes.get(columns)?.get(keepGeo);
	if (known) return known;
	return remember(columns, keepGeo, finish(columnsSeriesIndexSteps(columns, keepGeo)));
}

/**
 * `columnsSeriesIndex` in slices that give the thread back every few milliseconds (`Slicer`),
 * for a page that groups a large imported file after it opens: a million rows grouped at once
 * held `/comparer/` for ~190 ms at CPU ×4 (issue #18). The index is remembered for the same
 * columns and test, so `columnsSeriesIndex` then answers at once. Rejects with an `AbortError`
 * once `options.signal` is aborted.
 * `await columnsSeriesIndexSliced(imported.columns, comparableGeo)` → the same as `columnsSeriesIndex`
 */
export async function columnsSeriesIndexSliced(
	columns: ObservationColumns,
	keepGeo: (geo: string) => boolean = keepEveryGeo,
	options: SliceOptions = {}
): Promise<SeriesIndex> {
	const known = builtIndexes.get(columns)?.get(keepGeo);
	if (known) return known;
	const slicer = new Slicer(options);
	await slicer.first();
	const index = await finishSliced(columnsSeriesIndexSteps(columns, keepGeo), slicer);
	return remember(columns, keepGeo, index);
}

/** Whether `columnsSeriesIndex(columns, keepGeo)` would answer without grouping the rows. */
export function hasSeriesIndex(
	columns: ObservationColumns,
	keepGeo: (geo: string) => boolean = keepEveryGeo
): boolean {
	return builtIndexes.get(columns)?.has(keepGeo) ?? false;
}

const keepEveryGeo = () => true;

/** Rows grouped between two looks at the clock (a power of two, less one, as a mask). */
const STEP_MASK = (1 << 14) - 1;

// Columns are never changed once built (an import replaces a dataset by new columns), so an
// index stays true for as long as its columns live.
const builtIndexes = new WeakMap<ObservationColumns, Map<(geo: string) => boolean, SeriesIndex>>();

function remember(
	columns: ObservationColumns,
	keepGeo: (geo: string) => boolean,
	index: SeriesIndex
): SeriesIndex {
	let byTest = builtIndexes.get(columns);
	if (!byTest) builtIndexes.set(columns, (byTest = new Map()));
	byTest.set(keepGeo, index);
	return index;
}

function* columnsSeriesIndexSteps(
	columns: ObservationColumns,
	keepGeo: (geo: string) => boolean
): Generator<void, SeriesIndex> {
	const { dictionaries: d, codes: c, values, missing, length } = columns;
	const geoKept = Uint8Array.from(d.geo, (g) => (g !== null && keepGeo(g) ? 1 : 0));
	// A row with a dimension of its own (an imported file's `secteur` column) is a breakdown of
	// the series, not a point of it: drawn with it, France 2023 would be there twice.
	const ownDimension = ownDimensionMask(columns);
	// One number per combination of the five codes (mixed radix), as long as it stays exact.
	const [nd, ni, nu, ns] = [
		d.dataset.length,
		d.indicator.length,
		d.unit.length,
		d.sizeClass.length
	];
	const exact = nd * ni * nu * ns * d.nace.length <= Number.MAX_SAFE_INTEGER;
	// First pass: the group of each row (-1 when its geo is left out), through typed arrays only
	// (consecutive rows mostly share a series, so the map is asked once per run of rows).
	const groupOf = new Int32Array(length);
	const byCode = new Map<number | string, number>();
	const byId = new Map<string, number>();
	const keys: SeriesChoice[] = [];
	let sizes = new Int32Array(16);
	let lastCode: number | string = -1;
	let lastGroup = -1;
	for (let i = 0; i < length; i++) {
		if ((i & STEP_MASK) === STEP_MASK) yield;
		if (!geoKept[c.geo[i]!] || ownDimension[c.extra[i]!]) {
			groupOf[i] = -1;
			continue;
		}
		const code = exact
			? (((c.nace[i]! * ns + c.sizeClass[i]!) * nu + c.unit[i]!) * ni + c.indicator[i]!) * nd +
				c.dataset[i]!
			: `${c.dataset[i]},${c.indicator[i]},${c.unit[i]},${c.sizeClass[i]},${c.nace[i]}`;
		let group = code === lastCode ? lastGroup : (byCode.get(code) ?? -1);
		if (group < 0) {
			const key = {
				dataset: d.dataset[c.dataset[i]!]!,
				indicator: d.indicator[c.indicator[i]!]!,
				unit: d.unit[c.unit[i]!]!,
				sizeClass: d.sizeClass[c.sizeClass[i]!]!,
				nace: d.nace[c.nace[i]!]!
			};
			// Two dictionary entries never hold the same text, but a filtered or hand-built copy
			// could: the series is still one.
			const id = seriesId(key);
			group = byId.get(id) ?? -1;
			if (group < 0) {
				group = keys.length;
				keys.push(key);
				byId.set(id, group);
				if (group >= sizes.length) {
					const grown = new Int32Array(sizes.length * 2);
					grown.set(sizes);
					sizes = grown;
				}
			}
			byCode.set(code, group);
		}
		lastCode = code;
		lastGroup = group;
		groupOf[i] = group;
		sizes[group]!++;
	}
	// Second pass: the rows of each group side by side, in file order, and the geos with a value
	// (a mark per group and geo code, or a set per group when that table would be too large).
	const starts = new Int32Array(keys.length + 1);
	for (let g = 0; g < keys.length; g++) starts[g + 1] = starts[g]! + sizes[g]!;
	const rowsByGroup = new Uint32Array(starts[keys.length]!);
	const fill = starts.slice(0, keys.length);
	const geoCount = d.geo.length;
	const marks = keys.length * geoCount <= 1 << 24 ? new Uint8Array(keys.length * geoCount) : null;
	const sets = marks ? null : keys.map(() => new Set<number>());
	for (let i = 0; i < length; i++) {
		if ((i & STEP_MASK) === STEP_MASK) yield;
		const group = groupOf[i]!;
		if (group < 0) continue;
		rowsByGroup[fill[group]!++] = i;
		if (missing[i] || !Number.isFinite(values[i]!)) continue;
		if (marks) marks[group * geoCount + c.geo[i]!] = 1;
		else sets![group]!.add(c.geo[i]!);
	}
	return {
		groups: keys.map((key, g) => {
			let rows: Observation[] | null = null;
			const geos = new Set<string>();
			if (marks) {
				for (let geo = 0; geo < geoCount; geo++)
					if (marks[g * geoCount + geo]) geos.add(d.geo[geo]!);
			} else for (const geo of sets![g]!) geos.add(d.geo[geo]!);
			return {
				key,
				geos,
				rows: () =>
					(rows ??= observationsAt(columns, rowsByGroup.subarray(starts[g], starts[g + 1])))
			};
		})
	};
}

/**
 * `columnsSeriesIndex` read straight from packed columns (`packColumns`), without unpacking them:
 * the five key columns, the geo and `missing` come as runs, so the rows are walked run by run
 * (about 1,500 steps for the comparison page's 23,630 rows, which hydration used to unpack and
 * walk row by row: issue #18), and a group's rows are unpacked alone, when asked for. Same groups,
 * in the same order, with the same geos in the same order and the same rows, as
 * `columnsSeriesIndex(unpackColumns(packed), keepGeo)`.
 */
export function packedSeriesIndex(
	packed: PackedColumns,
	keepGeo: (geo: string) => boolean = () => true
): SeriesIndex {
	const { dictionaries: d, runs, values, length } = packed;
	const geoKept = Uint8Array.from(d.geo, (g) => (g !== null && keepGeo(g) ? 1 : 0));
	// Two levels: stretches where none of the five key columns changes (a hundred or so), then,
	// inside each, the runs of the geo and of `missing` (a few thousand in all).
	const keyRuns = [runs.dataset, runs.indicator, runs.unit, runs.sizeClass, runs.nace];
	const keyAt = new Int32Array(5);
	const keyEnd = Float64Array.from(keyRuns, (r) => r[1] ?? length);
	const geoRuns = runs.geo;
	const missRuns = packed.missing;
	let g = 0;
	let gEnd = geoRuns[1] ?? length;
	let m = 0;
	let mEnd = missRuns[1] ?? length;
	const byCode = new Map<string, number>();
	const byId = new Map<string, number>();
	const keys: SeriesChoice[] = [];
	const ranges: number[][] = [];
	const firstValues: number[][] = [];
	for (let i = 0; i < length;) {
		let end = length;
		for (let c = 0; c < 5; c++) if (keyEnd[c]! < end) end = keyEnd[c]!;
		// Runs that stop short of `length` (never written so): the rest is one stretch.
		if (end <= i) end = length;
		const kc = (c: number) => keyRuns[c]![keyAt[c]!]!;
		const codes = `${kc(0)},${kc(1)},${kc(2)},${kc(3)},${kc(4)}`;
		let group = byCode.get(codes) ?? -1;
		let own: number[] | null = null;
		let seen: number[] | null = null;
		// Inside the stretch: each piece where the geo and `missing` stay the same.
		for (let j = i; j < end;) {
			while (j >= gEnd && g + 3 < geoRuns.length) {
				g += 2;
				gEnd += geoRuns[g + 1]!;
			}
			while (j >= mEnd && m + 3 < missRuns.length) {
				m += 2;
				mEnd += missRuns[m + 1]!;
			}
			const stop = Math.min(end, Math.max(gEnd, j + 1), Math.max(mEnd, j + 1));
			const geo = geoRuns[g]!;
			if (geoKept[geo]) {
				if (group < 0) {
					const key = {
						dataset: d.dataset[kc(0)]!,
						indicator: d.indicator[kc(1)]!,
						unit: d.unit[kc(2)]!,
						sizeClass: d.sizeClass[kc(3)]!,
						nace: d.nace[kc(4)]!
					};
					// As in columnsSeriesIndex: two codes with the same text are still one series.
					const id = seriesId(key);
					group = byId.get(id) ?? -1;
					if (group < 0) {
						group = keys.length;
						keys.push(key);
						ranges.push([]);
						firstValues.push([]);
						byId.set(id, group);
					}
					byCode.set(codes, group);
				}
				own ??= ranges[group]!;
				seen ??= firstValues[group]!;
				if (own.length > 0 && own[own.length - 1] === j) own[own.length - 1] = stop;
				else own.push(j, stop);
				// The geo has a value here when a row of the piece has a finite one.
				if (!missRuns[m])
					for (let r = j; r < stop; r++)
						if (Number.isFinite(values[r]!)) {
							seen.push(geo);
							break;
						}
			}
			j = stop;
		}
		i = end;
		for (let c = 0; c < 5; c++)
			while (keyEnd[c]! <= i && keyAt[c]! + 3 < keyRuns[c]!.length) {
				keyAt[c]! += 2;
				keyEnd[c]! += keyRuns[c]![keyAt[c]! + 1]!;
			}
	}
	// columnsSeriesIndex lists a group's geos in dictionary order (a table of marks), or in order
	// of first value when groups × geos is too large for that table.
	const byDictionary = keys.length * d.geo.length <= 1 << 24;
	return {
		groups: keys.map((key, g) => {
			let rows: Observation[] | null = null;
			const seen = firstValues[g]!;
			const order = byDictionary ? [...new Set(seen)].sort((a, b) => a - b) : new Set(seen);
			const geos = new Set<string>();
			for (const geo of order) geos.add(d.geo[geo]!);
			return {
				key,
				geos,
				rows: () => (rows ??= observationsOf(unpackRanges(packed, ranges[g]!)))
			};
		})
	};
}

/**
 * Several indexes as one: groups of the same series are joined (geos united, rows one after
 * the other), in order of first appearance.
 * `joinIndexes([bundled, imported]).groups.length` → the number of distinct series
 */
export function joinIndexes(indexes: readonly SeriesIndex[]): SeriesIndex {
	if (indexes.length === 1) return indexes[0]!;
	const byId = new Map<string, SeriesGroup[]>();
	for (const index of indexes) {
		for (const g of index.groups) {
			const id = seriesId(g.key);
			const same = byId.get(id);
			if (same) same.push(g);
			else byId.set(id, [g]);
		}
	}
	return {
		groups: [...byId.values()].map((same) => {
			if (same.length === 1) return same[0]!;
			let rows: Observation[] | null = null;
			const origins = same.flatMap((g) => g.origins ?? []);
			return {
				key: same[0]!.key,
				geos: new Set(same.flatMap((g) => [...g.geos])),
				rows: () => (rows ??= same.flatMap((g) => g.rows())),
				...(origins.length > 0
					? {
							origins: [...new Set(origins)],
							rowOrigins: () =>
								same.flatMap((g) => g.rowOrigins?.() ?? g.rows().map(() => g.origins?.[0] ?? ''))
						}
					: {})
			};
		})
	};
}

/**
 * The rows of one series from an index (none when it has no such series).
 * `seriesRows(index, key)` → the rows whose five key fields equal `key`'s
 */
export function seriesRows(index: SeriesIndex, key: SeriesChoice): readonly Observation[] {
	return seriesGroup(index, key)?.rows() ?? [];
}

/**
 * The series that can be compared: those where at least two geos have a value (France alone has
 * nobody to be compared with). Real data first, then illustrative, each in order of first row.
 * `seriesOptions(rows, new Set())` → `[{ dataset: 'tin00111', indicator: 'E_ESELL', ..., geos: 32, synthetic: false }]`
 */
export function seriesOptions(
	source: readonly Observation[] | SeriesIndex,
	synthetic: ReadonlySet<string>
): readonly SeriesOption[] {
	if (!isIndex(source)) return listOptions(seriesIndex(source), synthetic);
	// The same index and illustrative datasets give the same list, listed once: the page and the
	// figures it draws both ask for it at every pick, and the list's lookups (`choicesOf`,
	// `chooseSeries`) are kept with it.
	const key = [...synthetic].sort().join('\u0000');
	let known = optionsOf.get(source);
	if (!known) optionsOf.set(source, (known = new Map()));
	let options = known.get(key);
	if (!options) known.set(key, (options = listOptions(source, synthetic)));
	return options;
}

const optionsOf = new WeakMap<SeriesIndex, Map<string, readonly SeriesOption[]>>();

function listOptions(index: SeriesIndex, synthetic: ReadonlySet<string>): readonly SeriesOption[] {
	const options = index.groups
		.filter((g) => g.geos.size >= 2)
		.map((g) => ({ ...g.key, geos: g.geos.size, synthetic: synthetic.has(g.key.dataset) }));
	// The headline indicator (E_ESELL) before any other real one, so that a state that asks for
	// nothing (an old link, an embed) never opens on E_AESELL of the sector file, which sorts first.
	const headline = (o: { indicator: string }) => o.indicator === HEADLINE_FIELDS.indicator;
	const real = options.filter((o) => !o.synthetic);
	return [
		...real.filter(headline),
		...real.filter((o) => !headline(o)),
		...options.filter((o) => o.synthetic)
	];
}

function isIndex(source: readonly Observation[] | SeriesIndex): source is SeriesIndex {
	return !Array.isArray(source);
}

// Which fields matter most when a wanted series does not exist: keep the indicator first.
const WEIGHT: Record<keyof SeriesChoice, number> = {
	indicator: 16,
	sizeClass: 8,
	nace: 4,
	unit: 2,
	dataset: 1
};

/**
 * The offered series closest to what is wanted: it must match the `required` fields (the select
 * just changed), then as many other wanted fields as possible, the indicator weighing most; ties
 * go to the all-activities series when no activity is wanted, then to the earlier option (real
 * data before illustrative). `null` when nothing is offered.
 * `chooseSeries(options, { indicator: 'E_ESELL', sizeClass: '10-249' }, ['sizeClass'])` → the
 * first E_ESELL series for 10-249, or any 10-249 series.
 */
export function chooseSeries<O extends SeriesChoice>(
	options: readonly O[],
	wanted: Partial<Record<keyof SeriesChoice, string | null>>,
	required: readonly (keyof SeriesChoice)[] = []
): O | null {
	// The indicator outweighs every other field together (16 > 8 + 4 + 2 + 1 + 0.5): when an
	// option of the wanted indicator is acceptable, the best is one of them, found among them
	// alone (in the same order, so ties go the same way).
	const ofIndicator =
		wanted.indicator != null ? optionsOfIndicator(options, wanted.indicator) : undefined;
	const best =
		(ofIndicator && bestOption(ofIndicator, wanted, required)) ??
		bestOption(options, wanted, required);
	return best ?? (required.length > 0 ? chooseSeries(options, wanted) : null);
}

const FIELDS = Object.keys(WEIGHT) as (keyof SeriesChoice)[];

function bestOption<O extends SeriesChoice>(
	options: readonly O[],
	wanted: Partial<Record<keyof SeriesChoice, string | null>>,
	required: readonly (keyof SeriesChoice)[]
): O | null {
	let best: O | null = null;
	let bestScore = -1;
	for (const o of options) {
		if (required.some((f) => wanted[f] != null && o[f] !== wanted[f])) continue;
		let score = 0;
		for (const f of FIELDS) if (wanted[f] != null && o[f] === wanted[f]) score += WEIGHT[f];
		// An address naming no activity means every activity, the plan's scope: a sector (or the
		// 2009 survey's scope, which sorts first) would be drawn under a title that never names it.
		if (wanted.nace == null && o.nace === HEADLINE_FIELDS.nace) score += 0.5;
		if (score > bestScore) {
			best = o;
			bestScore = score;
		}
	}
	return best;
}

/**
 * The options of one indicator, in their order (none: an empty list). Listed once per list of
 * options, which never changes once made (`seriesOptions`).
 * `optionsOfIndicator(options, 'E_ESELL')` → `options.filter((o) => o.indicator === 'E_ESELL')`
 */
export function optionsOfIndicator<O extends SeriesChoice>(
	options: readonly O[],
	indicator: string
): readonly O[] {
	return lookupOf(options).byIndicator.get(indicator) ?? [];
}

/**
 * The options of one series in every file that publishes it (same indicator, unit, size class
 * and sector; any dataset), in their order.
 * `optionsOfSeries(options, current).some((o) => o.dataset === pinned)` → whether the pinned file has it
 */
export function optionsOfSeries<O extends SeriesChoice>(
	options: readonly O[],
	series: Omit<SeriesChoice, 'dataset'>
): O[] {
	return optionsOfIndicator(options, series.indicator).filter(
		(o) => o.unit === series.unit && o.sizeClass === series.sizeClass && o.nace === series.nace
	);
}

interface OptionsLookup<O extends SeriesChoice> {
	byIndicator: Map<string, O[]>;
	/** `choicesOf`'s answers, by field and the values before it. */
	choices: Map<string, readonly string[]>;
}

const lookups = new WeakMap<readonly SeriesChoice[], OptionsLookup<SeriesChoice>>();

function lookupOf<O extends SeriesChoice>(options: readonly O[]): OptionsLookup<O> {
	// Kept under the list itself, so its lists hold the list's own options.
	let lookup = lookups.get(options) as OptionsLookup<O> | undefined;
	if (!lookup) {
		const byIndicator = new Map<string, O[]>();
		for (const o of options) {
			const same = byIndicator.get(o.indicator);
			if (same) same.push(o);
			else byIndicator.set(o.indicator, [o]);
		}
		lookups.set(options, (lookup = { byIndicator, choices: new Map() }));
	}
	return lookup;
}

/**
 * The distinct values of one field among the options that agree with `current` on the fields
 * before it (indicator, then size class, then sector), so only combinations with data are offered.
 * `choicesOf(options, 'sizeClass', current)` → `['GE10', '10-249']` for the current indicator.
 */
export function choicesOf(
	options: readonly SeriesChoice[],
	field: 'indicator' | 'sizeClass' | 'nace',
	current: SeriesChoice
): readonly string[] {
	const lookup = lookupOf(options);
	const key =
		field === 'indicator'
			? field
			: field === 'sizeClass'
				? `${field}\u0000${current.indicator}`
				: `${field}\u0000${current.indicator}\u0000${current.sizeClass}`;
	let values = lookup.choices.get(key);
	if (!values) {
		const agree =
			field === 'indicator'
				? options
				: optionsOfIndicator(options, current.indicator).filter(
						(o) => field === 'sizeClass' || o.sizeClass === current.sizeClass
					);
		lookup.choices.set(key, (values = [...new Set(agree.map((o) => o[field]))]));
	}
	return values;
}

/** Every period of some rows, oldest first. `periodsOf(rows)` → `['2013', ..., '2024']` */
export function periodsOf(rows: readonly { period: string }[]): string[] {
	return [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
}

/**
 * The year a ranking opens on: the latest period in which the focus and the reference both have
 * a value (never two different years side by side, as on the home page), else the latest in
 * which the focus has one, else the latest period. `defaultYear(rows, 'FR', 'EU27_2020')` → `'2023'`
 */
export function defaultYear(
	rows: readonly { geo: string; period: string; value: number | null }[],
	focus: string,
	reference: string
): string | null {
	const known = (geo: string) =>
		new Set(rows.filter((r) => r.geo === geo && r.value !== null).map((r) => r.period));
	const f = known(focus);
	const r = known(reference);
	const both = [...f].filter((p) => r.has(p)).sort(comparePeriods);
	return both.at(-1) ?? [...f].sort(comparePeriods).at(-1) ?? periodsOf(rows).at(-1) ?? null;
}
