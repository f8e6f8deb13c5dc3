/**
 * The CNNum verdict under each defensible reading of the plan. The plan (March 2017) says: French
 * SMEs reach the EU average share of enterprises selling online "within two years". Five choices
 * turn that sentence into numbers, and each could be argued: which population (SMEs 10–249, or
 * 10+), which baseline survey (2015, the figure quoted in 2016, or 2016, the latest at
 * publication), which deadline survey (2019 = sales of 2018, or 2020 = sales of 2019), which EU
 * average (measured at the deadline, or frozen at the baseline), and which EU (today's EU27_2020,
 * or the EU28 of the time). Pure: the caller gives the points of each series.
 *
 * Each reading is read on its gap at the baseline and at the deadline, nothing else: no fallback
 * to another survey, no provisional value. A value that does not exist (EU28 after the 2019
 * survey: the United Kingdom left on 31 January 2020) leaves the reading without a verdict, said.
 */
import {
	gapDirection,
	reliabilityFlags,
	type FlaggedValue,
	type GapDirection,
	type KpiPoint
} from './measures';

export type ReadingRule = 'eu-average-at-deadline' | 'eu-average-frozen-at-baseline';

/** One reading of the target. */
export interface Reading {
	/** `size_emp` code: `10-249` or `GE10`. */
	population: string;
	baseline: string;
	deadline: string;
	rule: ReadingRule;
	/** `EU27_2020` or `EU28`. */
	reference: string;
}

export type ReadingKey = keyof Reading;

/** The order in which the choices are listed, in tables and in `changed`. */
export const READING_KEYS: readonly ReadingKey[] = [
	'population',
	'baseline',
	'deadline',
	'rule',
	'reference'
];

/** The choices of each key, the default first. */
export type ReadingOptions = { [K in ReadingKey]: readonly Reading[K][] };

/**
 * The CNNum plan's readings. Default: SMEs, as the plan says; baseline 2016, the latest survey
 * known when the plan was published (December 2016, for sales of 2015); deadline 2019, two
 * surveys later; the EU average at the deadline, since catching up with an average means
 * reaching it when one gets there; EU27_2020, the EU that Eurostat publishes for every year.
 */
export const CNNUM_READINGS: ReadingOptions = {
	population: ['10-249', 'GE10'],
	baseline: ['2016', '2015'],
	deadline: ['2019', '2020'],
	rule: ['eu-average-at-deadline', 'eu-average-frozen-at-baseline'],
	reference: ['EU27_2020', 'EU28']
};

/** Reading of the default choices. `defaultReading(CNNUM_READINGS).population` → `10-249`. */
export function defaultReading(options: ReadingOptions): Reading {
	return {
		population: options.population[0]!,
		baseline: options.baseline[0]!,
		deadline: options.deadline[0]!,
		rule: options.rule[0]!,
		reference: options.reference[0]!
	};
}

/** Keys where a reading differs from the default. `changedKeys(r, d)` → `['baseline']`. */
export function changedKeys(reading: Reading, base: Reading): ReadingKey[] {
	return READING_KEYS.filter((k) => reading[k] !== base[k]);
}

/**
 * Every combination of the choices: the default first, then the readings that change one choice
 * (in key order), then two, and so on. `allReadings(CNNUM_READINGS).length` → 32.
 */
export function allReadings(options: ReadingOptions): Reading[] {
	let combos: Reading[] = [{} as Reading];
	for (const k of READING_KEYS) {
		const next: Reading[] = [];
		for (const partial of combos) {
			for (const v of options[k]) next.push({ ...partial, [k]: v } as Reading);
		}
		combos = next;
	}
	const base = defaultReading(options);
	const rank = (r: Reading) =>
		READING_KEYS.map((k) => (options[k] as readonly string[]).indexOf(r[k]));
	return combos
		.map((r) => ({ r, changed: changedKeys(r, base).length, order: rank(r) }))
		.sort((a, b) => {
			if (a.changed !== b.changed) return a.changed - b.changed;
			// Same number of changes: the one changing an earlier key first.
			for (let i = 0; i < READING_KEYS.length; i++) {
				const d = b.order[i]! - a.order[i]!;
				if (d !== 0) return d;
			}
			return 0;
		})
		.map((x) => x.r);
}

/** A value a reading needs that is not in the data. */
export interface MissingValue {
	geo: string;
	population: string;
	period: string;
	/** Flags of the missing cell, when the cell exists without a value (`u`). */
	flags: string;
}

export interface SensitivityRow {
	reading: Reading;
	/** Keys where the reading differs from the default. */
	changed: ReadingKey[];
	/** France − EU average at the baseline, in points. */
	gapStart: number | null;
	/** France − the EU average the rule sets (at the deadline, or frozen), at the deadline. */
	gapEnd: number | null;
	/** Met when France reaches the average at the deadline; null when a value is missing. */
	outcome: 'met' | 'missed' | null;
	direction: GapDirection | null;
	/** Values the reading needs that do not exist; empty when it has a verdict. */
	missing: MissingValue[];
	/** Values used that carry flag `u` or `e`. */
	flagged: FlaggedValue[];
}

/** The published points of a series: `(population, geo) → points`. */
export type SeriesLookup = (population: string, geo: string) => readonly KpiPoint[];

const round = (v: number) => Math.round(v * 1e10) / 1e10;

/**
 * The verdict of one reading. `readingVerdict(series, defaultReading(CNNUM_READINGS), 'FR')` on
 * the bundled data → `{ gapStart: -1.11, gapEnd: -1.36, outcome: 'missed', direction: 'widening', … }`.
 */
export function readingVerdict(
	series: SeriesLookup,
	reading: Reading,
	unitGeo: string,
	base: Reading = reading
): SensitivityRow {
	const row: SensitivityRow = {
		reading,
		changed: changedKeys(reading, base),
		gapStart: null,
		gapEnd: null,
		outcome: null,
		direction: null,
		missing: [],
		flagged: []
	};
	const at = (geo: string, period: string, role: FlaggedValue['role']): number | null => {
		const p = series(reading.population, geo).find((x) => x.period === period);
		if (!p || typeof p.value !== 'number' || !Number.isFinite(p.value)) {
			row.missing.push({ geo, population: reading.population, period, flags: p?.flags ?? '' });
			return null;
		}
		const f = reliabilityFlags(p.flags);
		if (f) row.flagged.push({ role, period, flags: f });
		return p.value;
	};
	const start = at(unitGeo, reading.baseline, 'unit');
	const refStart = at(reading.reference, reading.baseline, 'reference');
	const end = at(unitGeo, reading.deadline, 'unit');
	const refEnd =
		reading.rule === 'eu-average-frozen-at-baseline'
			? refStart
			: at(reading.reference, reading.deadline, 'reference');
	if (start !== null && refStart !== null) row.gapStart = round(start - refStart);
	if (end !== null && refEnd !== null) row.gapEnd = round(end - refEnd);
	if (row.gapStart !== null && row.gapEnd !== null) {
		row.outcome = row.gapEnd >= 0 ? 'met' : 'missed';
		row.direction = gapDirection(row.gapStart, row.gapEnd);
	}
	return row;
}

/**
 * The sensitivity table: every reading, the default first.
 * `sensitivityTable(series, CNNUM_READINGS, 'FR')[0]` → the default reading's row.
 */
export function sensitivityTable(
	series: SeriesLookup,
	options: ReadingOptions,
	unitGeo: string
): SensitivityRow[] {
	const base = defaultReading(options);
	return allReadings(options).map((r) => readingVerdict(series, r, unitGeo, base));
}

/**
 * How many readings reach each verdict, for the sentence above the table.
 * `verdictCounts(rows)` → `{ met: 0, missed: 28, none: 4 }`.
 */
export function verdictCounts(rows: readonly SensitivityRow[]): {
	met: number;
	missed: number;
	none: number;
} {
	let met = 0;
	let missed = 0;
	let none = 0;
	for (const r of rows) {
		if (r.outcome === 'met') met++;
		else if (r.outcome === 'missed') missed++;
		else none++;
	}
	return { met, missed, none };
}
