/**
 * Which series the comparison page offers, derived from the rows it holds (bundled and
 * imported alike), and how a choice in one select carries over to the others.
 */
import type { Observation } from '../domain/observation';
import { comparePeriods } from '../charts/core/period';

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

/**
 * The series that can be compared: those where at least two geos have a value (France alone has
 * nobody to be compared with). Real data first, then illustrative, each in order of first row.
 * `seriesOptions(rows, new Set())` → `[{ dataset: 'tin00111', indicator: 'E_ESELL', ..., geos: 32, synthetic: false }]`
 */
export function seriesOptions(
	rows: readonly Observation[],
	synthetic: ReadonlySet<string>
): SeriesOption[] {
	const found = new Map<string, { key: SeriesChoice; geos: Set<string> }>();
	for (const r of rows) {
		const id = seriesId(r);
		let entry = found.get(id);
		if (!entry) {
			entry = {
				key: {
					dataset: r.dataset,
					indicator: r.indicator,
					unit: r.unit,
					sizeClass: r.sizeClass,
					nace: r.nace
				},
				geos: new Set()
			};
			found.set(id, entry);
		}
		if (r.value !== null && Number.isFinite(r.value)) entry.geos.add(r.geo);
	}
	const options = [...found.values()]
		.filter((e) => e.geos.size >= 2)
		.map((e) => ({ ...e.key, geos: e.geos.size, synthetic: synthetic.has(e.key.dataset) }));
	return [...options.filter((o) => !o.synthetic), ...options.filter((o) => o.synthetic)];
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
 * go to the earlier option (real data before illustrative). `null` when nothing is offered.
 * `chooseSeries(options, { indicator: 'E_ESELL', sizeClass: '10-249' }, ['sizeClass'])` → the
 * first E_ESELL series for 10-249, or any 10-249 series.
 */
export function chooseSeries<O extends SeriesChoice>(
	options: readonly O[],
	wanted: Partial<Record<keyof SeriesChoice, string | null>>,
	required: readonly (keyof SeriesChoice)[] = []
): O | null {
	let best: O | null = null;
	let bestScore = -1;
	for (const o of options) {
		if (required.some((f) => wanted[f] != null && o[f] !== wanted[f])) continue;
		let score = 0;
		for (const f of Object.keys(WEIGHT) as (keyof SeriesChoice)[]) {
			if (wanted[f] != null && o[f] === wanted[f]) score += WEIGHT[f];
		}
		if (score > bestScore) {
			best = o;
			bestScore = score;
		}
	}
	return best ?? (required.length > 0 ? chooseSeries(options, wanted) : null);
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
): string[] {
	const before = { indicator: [], sizeClass: ['indicator'], nace: ['indicator', 'sizeClass'] }[
		field
	] as (keyof SeriesChoice)[];
	const values = options
		.filter((o) => before.every((f) => o[f] === current[f]))
		.map((o) => o[field]);
	return [...new Set(values)];
}

/** Rows of one series. `rowsOf(rows, key)` → the rows whose five key fields equal `key`'s. */
export function rowsOf<R extends SeriesChoice>(rows: readonly R[], key: SeriesChoice): R[] {
	const id = seriesId(key);
	return rows.filter((r) => seriesId(r) === id);
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
