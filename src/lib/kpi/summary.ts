/**
 * Counting and ordering assessed units for the summary and the tables.
 */
import { onTrack, type Assessment, type ProgressClass } from './measures';
import { compareLabels } from '../domain/text';

/** What the colour and the words of a unit say: a progress class, or unrated. */
export type Status = ProgressClass | 'unrated';

/** Order of statuses from best to worst, for legends and sorting. */
export const STATUS_ORDER: readonly Status[] = [
	'met',
	'significant',
	'moderate',
	'insufficient',
	'away',
	'unrated'
];

/** The status of an assessment. `statusOf({ rated: false, … })` → `unrated`. */
export function statusOf(a: Pick<Assessment, 'rated' | 'progress'>): Status {
	return a.rated && a.progress !== null ? a.progress : 'unrated';
}

export interface AssessedUnit {
	key: string;
	label: string;
	assessment: Assessment;
	synthetic: boolean;
}

/** Counts and the worst-first list of one kind of units (real, or illustrative). */
export interface SummaryPart {
	onTrack: number;
	offTrack: number;
	unrated: number;
	/** Rated units, widest gap now first (most negative); unrated ones are left out. */
	worstFirst: AssessedUnit[];
}

/**
 * The summary of real units (bundled statistics, imported tables) in the top-level fields, and
 * of illustrative units apart: an invented unit is never counted nor ranked with a real one.
 */
export interface Summary extends SummaryPart {
	illustrative: SummaryPart;
}

/**
 * Counts units on track (target met or significant progress), off track (moderate,
 * insufficient, moving away) and unrated, and lists the rated ones widest gap first; real and
 * illustrative units apart.
 * `summarise([fr, illusBretagne])` → `{ onTrack: 0, offTrack: 1, unrated: 0, worstFirst: [fr],
 * illustrative: { onTrack: 1, offTrack: 0, unrated: 0, worstFirst: [illusBretagne] } }`.
 */
export function summarise(units: readonly AssessedUnit[]): Summary {
	return {
		...summarisePart(units.filter((u) => !u.synthetic)),
		illustrative: summarisePart(units.filter((u) => u.synthetic))
	};
}

function summarisePart(units: readonly AssessedUnit[]): SummaryPart {
	let on = 0;
	let off = 0;
	let none = 0;
	for (const u of units) {
		const s = statusOf(u.assessment);
		if (s === 'unrated') none++;
		else if (onTrack(s)) on++;
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
