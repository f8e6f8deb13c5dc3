import type { Locale } from '../../domain/locale';
import { compareLabels } from '../../domain/text';

/** One geo's figure for the ranked year, as the page hands it over (value `null` when missing). */
export interface RankInput {
	geo: string;
	label: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
	/** The imported file the value was read from, when the ranking joins it to other files. */
	imported?: string;
}

/** A geo with a value, and its place. */
export interface RankedBar extends RankInput {
	value: number;
	/** Competition rank: tied geos share a rank and the next one skips (1, 2, 2, 4). */
	rank: number;
	/** Whether another geo has the same value. */
	tied: boolean;
}

export interface Ranking {
	period: string;
	/** Geos with a value, highest first; ties in label order. */
	bars: RankedBar[];
	/** Group members without a value that year, with their flags: listed, never ranked. */
	missing: RankInput[];
	/** How many geos are ranked (the "27" of "12e sur 27"). */
	ranked: number;
}

/**
 * Ranks the members of a group for one period, the rule of the home page's headline query
 * (SQL `rank() OVER (ORDER BY value DESC)` among members with a value): only geos with a value
 * count, equal values share a rank, the next rank skips. Geos outside `members` are ignored.
 * `rankFigures('2015', [{ geo: 'DE', value: 20 }, { geo: 'IE', value: 20 }, { geo: 'FR', value:
 * 16.5 }, { geo: 'IT', value: null }], members)` (other fields omitted) → bars DE 1, IE 1, FR 3;
 * missing IT; ranked 3.
 */
export function rankFigures(
	period: string,
	figures: readonly RankInput[],
	members: readonly string[]
): Ranking {
	const inGroup = new Set(members);
	const seen = new Set<string>();
	const kept = figures.filter((f) => {
		if (!inGroup.has(f.geo) || seen.has(f.geo)) return false;
		seen.add(f.geo);
		return true;
	});
	const known = kept
		.filter((f): f is RankInput & { value: number } => f.value !== null && Number.isFinite(f.value))
		.sort((a, b) => b.value - a.value || compareLabels(a.label, b.label));
	const bars: RankedBar[] = known.map((f) => ({
		...f,
		rank: 1 + known.filter((o) => o.value > f.value).length,
		tied: known.some((o) => o !== f && o.value === f.value)
	}));
	const missing = kept
		.filter((f) => f.value === null || !Number.isFinite(f.value))
		.map((f) => ({ ...f, value: null }))
		.sort((a, b) => compareLabels(a.label, b.label));
	return { period, bars, missing, ranked: bars.length };
}

/**
 * A geo's place in a ranking, or `null` when it has no value that year.
 * `rankOf(ranking, 'FR')` → `{ rank: 12, of: 27, tied: false }`
 */
export function rankOf(
	ranking: Ranking,
	geo: string
): { rank: number; of: number; tied: boolean } | null {
	const bar = ranking.bars.find((b) => b.geo === geo);
	return bar ? { rank: bar.rank, of: ranking.ranked, tied: bar.tied } : null;
}

/**
 * A rank as a reader says it. `rankText(12, 27, 'fr')` → `12e sur 27`; `rankText(1, 27, 'fr')` →
 * `1re sur 27`; `rankText(2, 27, 'en', true)` → `2nd (tied) of 27`.
 */
export function rankText(rank: number, of: number, locale: Locale, tied = false): string {
	if (locale === 'fr') {
		return `${rank}${rank === 1 ? 're' : 'e'}${tied ? ' ex æquo' : ''} sur ${of}`;
	}
	const mod100 = rank % 100;
	const suffix =
		mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[rank % 10] ?? 'th');
	return `${rank}${suffix}${tied ? ' (tied)' : ''} of ${of}`;
}
