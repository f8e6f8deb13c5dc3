import { comparePeriods } from '../../domain/period';

/** How much a series should stand out: the country followed, the EU average, or the others. */
export type Emphasis = 'focus' | 'reference' | 'peer';

/** One published cell: `value` is `null` when Eurostat gives `:`; its flags say why. */
export interface TrendPoint {
	period: string;
	value: number | null;
	/** Observation status flags as published, one character each (`bu`). */
	flags: string;
	/** Confidentiality status (`C`, `N`...), or `null`. */
	confStatus: string | null;
	/** The imported file the value was read from, when the chart joins it to other files. */
	imported?: string;
}

/** What a page hands to the trend chart: one entry per geo, points in any order. */
export interface TrendInput {
	geo: string;
	label: string;
	emphasis: Emphasis;
	points: TrendPoint[];
	/**
	 * Optional own colour and dash, to tell several peers apart (the comparison page gives each a
	 * colour-blind-safe colour and a different dash, so they also differ in greyscale).
	 */
	style?: { stroke: string; text: string; dash: string | null };
}

/** A series ready to lay out: same shape as the input, points sorted by period. */
export type TrendSeries = TrendInput;

/** A point that has a value. */
export type KnownPoint = TrendPoint & { value: number };

/**
 * Copies the inputs with points sorted by period. A missing value stays in place as a point with
 * `value: null` and its flags (never interpolated, never dropped); a value that is not a finite
 * number is turned into such a gap rather than drawn at a made-up height.
 * `toSeries([{ geo: 'FR', label: 'France', emphasis: 'focus', points: [{ period: '2023', value:
 * 13.4, flags: '', confStatus: null }, { period: '2021', value: null, flags: 'u', confStatus: null
 * }] }])[0].points.map((p) => p.period)` → `['2021', '2023']`.
 */
export function toSeries(inputs: readonly TrendInput[]): TrendSeries[] {
	return inputs.map((input) => ({
		geo: input.geo,
		label: input.label,
		emphasis: input.emphasis,
		...(input.style ? { style: input.style } : {}),
		points: input.points
			.map((p) => ({
				period: p.period,
				value: typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null,
				flags: p.flags ?? '',
				confStatus: p.confStatus ?? null,
				...(p.imported ? { imported: p.imported } : {})
			}))
			.sort((a, b) => comparePeriods(a.period, b.period))
	}));
}

/**
 * Splits sorted points into runs of consecutive known values, one line segment each, so that a
 * gap breaks the line instead of being bridged. A run may be a single point.
 * `segments([{ value: 1 }, { value: null }, { value: 2 }, { value: 3 }])` (other fields omitted)
 * → `[[{ value: 1 }], [{ value: 2 }, { value: 3 }]]`.
 */
export function segments<P extends { value: number | null }>(
	points: readonly P[]
): (P & { value: number })[][] {
	const runs: (P & { value: number })[][] = [];
	let current: (P & { value: number })[] = [];
	for (const p of points) {
		if (p.value === null) {
			if (current.length > 0) runs.push(current);
			current = [];
		} else current.push(p as P & { value: number });
	}
	if (current.length > 0) runs.push(current);
	return runs;
}
