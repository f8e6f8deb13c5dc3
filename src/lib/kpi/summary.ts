/**
 * Counting and ordering assessed units for the summary and the tables.
 */
import { onTrack, type Assessment, type ProgressClass } from './measures';

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

export interface Summary {
	onTrack: number;
	offTrack: number;
	unrated: number;
	/** Rated units, widest gap now first (most negative); unrated ones are left out. */
	worstFirst: AssessedUnit[];
}

/**
 * Counts units on track (target met or significant progress), off track (moderate,
 * insufficient, moving away) and unrated, and lists the rated ones widest gap first.
 * `summarise([fr])` → `{ onTrack: 0, offTrack: 1, unrated: 0, worstFirst: [fr] }`.
 */
export function summarise(units: readonly AssessedUnit[]): Summary {
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
export function sortUnits(
	units: readonly AssessedUnit[],
	key: SortKey,
	direction: 'asc' | 'desc'
): AssessedUnit[] {
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
		if (a === null && b === null) return x.label.localeCompare(y.label);
		if (a === null) return 1;
		if (b === null) return -1;
		const c = typeof a === 'string' ? a.localeCompare(String(b)) : a - (b as number);
		return c !== 0 ? sign * c : x.label.localeCompare(y.label);
	});
}
