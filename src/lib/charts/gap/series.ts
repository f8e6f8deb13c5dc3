import { breakWithin, mergeFlags } from '../../domain/flags';
import { comparePeriods } from '../../domain/period';
import { pointsBetween, relativeChange } from '../../domain/points';

/** A published figure of one geo in one period (value `null` when Eurostat gives `:`). */
export interface GapFigure {
	period: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
	/** The imported file the value was read from, when the series joins it to other files. */
	imported?: string;
}

/** The gap of one period: focus − reference in percentage points, `null` when either is missing. */
export interface GapPoint {
	period: string;
	gap: number | null;
	focus: number | null;
	reference: number | null;
	/** Flags of both figures, each letter once (`b` from France, `e` from the EU → `be`). */
	flags: string;
	confStatus: string | null;
	/** The imported files either figure was read from, each once (absent when none). */
	imported?: string[];
}

const known = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/**
 * France minus the EU average for every period either has, oldest first; a period where one of
 * the two is missing stays a gap (never interpolated) and keeps both sets of flags.
 * `gapSeries([{ period: '2023', value: 13.43, ... }], [{ period: '2023', value: 19.74, ... }])` →
 * `[{ period: '2023', gap: -6.31, focus: 13.43, reference: 19.74, flags: '', confStatus: null }]`
 */
export function gapSeries(
	focus: readonly GapFigure[],
	reference: readonly GapFigure[]
): GapPoint[] {
	const f = new Map(focus.map((p) => [p.period, p]));
	const r = new Map(reference.map((p) => [p.period, p]));
	const periods = [...new Set([...f.keys(), ...r.keys()])].sort(comparePeriods);
	return periods.map((period) => {
		const a = f.get(period);
		const b = r.get(period);
		const fv = known(a?.value) ? a.value : null;
		const rv = known(b?.value) ? b.value : null;
		const imported = [
			...new Set([a?.imported, b?.imported].filter((x): x is string => x !== undefined))
		];
		return {
			period,
			gap: fv !== null && rv !== null ? pointsBetween(fv, rv) : null,
			focus: fv,
			reference: rv,
			flags: mergeFlags(a?.flags ?? '', b?.flags ?? ''),
			confStatus: a?.confStatus ?? b?.confStatus ?? null,
			...(imported.length > 0 ? { imported } : {})
		};
	});
}

/** One geo's change between two periods. */
export interface ChangeRow {
	geo: string;
	label: string;
	from: GapFigure | null;
	to: GapFigure | null;
	/** to − from, in percentage points; `null` when either is missing. */
	absolute: number | null;
	/**
	 * (to − from) / from × 100, in %, to the tenth, the one rounding before the table shows it and
	 * its CSV writes it (the same number in both); `null` when either is missing or `from` is 0.
	 */
	relative: number | null;
	/**
	 * `b` when the geo's series breaks after `from` and up to `to` (a change across a break
	 * compares figures measured differently), else ''. Only for a change that is computed.
	 */
	flags: string;
}

/**
 * The change of every geo between two periods, absolute (points) and relative (%), in the order
 * of `geos`. `changeRows([{ geo: 'FR', label: 'France', figures }], '2015', '2023')` →
 * `[{ geo: 'FR', absolute: -3.07, relative: -18.6, ... }]` for 16.5 → 13.43.
 */
export function changeRows(
	geos: readonly { geo: string; label: string; figures: readonly GapFigure[] }[],
	from: string,
	to: string
): ChangeRow[] {
	return geos.map(({ geo, label, figures }) => {
		const a = figures.find((p) => p.period === from) ?? null;
		const b = figures.find((p) => p.period === to) ?? null;
		const av = known(a?.value) ? a.value : null;
		const bv = known(b?.value) ? b.value : null;
		return {
			geo,
			label,
			from: a,
			to: b,
			absolute: av !== null && bv !== null ? pointsBetween(bv, av) : null,
			relative: av !== null && bv !== null ? relativeChange(av, bv) : null,
			flags: av !== null && bv !== null ? breakWithin(figures, from, to) : ''
		};
	});
}
