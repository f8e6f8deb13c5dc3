/**
 * Counting and ordering assessed units for the summary and the tables.
 */
import type { Assessment, GapStatus } from './measures';
import { compareLabels } from '../domain/text';

/**
 * What a unit's colour and words say: its verdict, read on its gap (the primary measure of a
 * catch-up target, as on the national page), or unrated. The Eurostat SDG class (`progress`) is
 * secondary: it follows the value, and says "moving away" of a gap that did not move.
 */
export type Status = GapStatus | 'unrated';

/** Order of statuses from best to worst, for legends and sorting. */
export const STATUS_ORDER: readonly Status[] = [
	'closed',
	'on-pace',
	'too-slow',
	'unchanged',
	'widening',
	'unrated'
];

/** Statuses the summary counts as on track: the gap closed, or narrowing at the required pace. */
const ON_TRACK: ReadonlySet<Status> = new Set<Status>(['closed', 'on-pace']);

/** The status of an assessment. `statusOf({ rated: false, … })` → `unrated`. */
export function statusOf(a: Pick<Assessment, 'rated' | 'gapStatus'>): Status {
	return a.rated && a.gapStatus !== null ? a.gapStatus : 'unrated';
}

export interface AssessedUnit {
	key: string;
	label: string;
	assessment: Assessment;
	synthetic: boolean;
}

/**
 * Counts and the worst-first list of one kind of units (real, or illustrative); the units listed
 * are those given, with whatever else they carry (their series, for the decimals they are
 * written with).
 */
export interface SummaryPart<U extends AssessedUnit = AssessedUnit> {
	onTrack: number;
	offTrack: number;
	unrated: number;
	/** Rated units, widest gap now first (most negative); unrated ones are left out. */
	worstFirst: U[];
}

/**
 * The summary of real units (bundled statistics, imported tables) in the top-level fields, and
 * of illustrative units apart: an invented unit is never counted nor ranked with a real one.
 */
export interface Summary<U extends AssessedUnit = AssessedUnit> extends SummaryPart<U> {
	illustrative: SummaryPart<U>;
}

/**
 * Counts units on track (gap closed, or narrowing at the required pace), off track (narrowing
 * too slowly, unchanged, widening) and unrated, and lists the rated ones widest gap first; real and
 * illustrative units apart.
 * `summarise([fr, illusBretagne])` → `{ onTrack: 0, offTrack: 1, unrated: 0, worstFirst: [fr],
 * illustrative: { onTrack: 1, offTrack: 0, unrated: 0, worstFirst: [illusBretagne] } }`.
 */
export function summarise<U extends AssessedUnit>(units: readonly U[]): Summary<U> {
	return {
		...summarisePart(units.filter((u) => !u.synthetic)),
		illustrative: summarisePart(units.filter((u) => u.synthetic))
	};
}

function summarisePart<U extends AssessedUnit>(units: readonly U[]): SummaryPart<U> {
	let on = 0;
	let off = 0;
	let none = 0;
	for (const u of units) {
		const s = statusOf(u.assessment);
		if (s === 'unrated') none++;
		else if (ON_TRACK.has(s)) on++;
		else off++;
	}
	const worstFirst = units
		.filter((u) => statusOf(u.assessment) !== 'unrated' && u.assessment.gapNow !== null)
		.sort(
			(a, b) =>
				a.assessment.gapNow! - b.assessment.gapNow! ||
				(a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
		);
	return { onTrack: on, offTrack: off, unrated: none, worstFirst };
}

export type SortKey =
	'label' | 'status' | 'gapStart' | 'gapNow' | 'shareClosed' | 'ratio' | 'yearsBehind';

/**
 * Table order by a column; missing values always last whatever the direction, ties by label.
 * `sortUnits(units, 'gapNow', 'asc')[0]` → the unit with the widest negative gap.
 */
export function sortUnits<U extends AssessedUnit>(
	units: readonly U[],
	key: SortKey,
	direction: 'asc' | 'desc'
): U[] {
	const value = (u: AssessedUnit): number | string | null => {
		const a = u.assessment;
		switch (key) {
			case 'label':
				return u.label;
			case 'status':
				return STATUS_ORDER.indexOf(statusOf(a));
			default:
				return a[key];
		}
	};
	const sign = direction === 'asc' ? 1 : -1;
	return [...units].sort((x, y) => {
		const a = value(x);
		const b = value(y);
		if (a === null && b === null) return compareLabels(x.label, y.label);
		if (a === null) return 1;
		if (b === null) return -1;
		const c = typeof a === 'string' ? compareLabels(a, String(b)) : a - (b as number);
		return c !== 0 ? sign * c : compareLabels(x.label, y.label);
	});
}
