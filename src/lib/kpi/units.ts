/**
 * From observations to the units a target is followed for: France, each French region, each
 * sector of France, and the reference (the EU average). Pure: the same function runs on the
 * rows prerendered from the bundled files and on datasets imported in the browser.
 */
import { FRENCH_REGIONS, regionOfNuts, type FrenchRegion } from '../domain/geo';
import type { Observation } from '../domain/observation';
import type { RowWhere } from '../data/ingest/columns';
import { illustrativeIndicatorOf, illustrativeUnitOf, standsInFor } from '../domain/illustrative';
import type { KpiPoint } from './measures';
import type { Scope, Target } from './targets';
import { compareCodes } from '../domain/text';

/** The national focus of the dashboard. */
export const NATIONAL_GEO = 'FR';

export interface UnitSeries {
	/** `FR`, a region id (`bretagne`) or a NACE code (`J58-J63`). */
	key: string;
	scope: Scope;
	/** The code the values were read under: `FR`, `FRH` or `FRH0`, the NACE code… */
	code: string;
	points: KpiPoint[];
	/** The values come from a dataset that is not statistics (illustrative). Never mixed: a unit
	 * is drawn either from real (bundled or imported) rows or from illustrative ones. */
	synthetic: boolean;
	/** The datasets whose values are drawn for this unit. */
	datasets: string[];
	/** Illustrative rows of this unit left out because real rows cover it, or null. */
	setAside: SetAside | null;
}

/** Illustrative values replaced by real ones for a unit: which datasets and which periods. */
export interface SetAside {
	datasets: string[];
	first: string;
	last: string;
}

export interface TargetUnits {
	reference: KpiPoint[];
	/** The datasets the reference values come from. */
	referenceDatasets: string[];
	/**
	 * Each sector's own reference: the reference geo's value **of the same sector** (real rows
	 * only), by NACE code. A sector is never judged against the average of all activities (that
	 * measures the sector mix, not a catch-up): a sector missing here is left unrated.
	 */
	sectorReferences: Record<string, { points: KpiPoint[]; datasets: string[] }>;
	national: UnitSeries | null;
	regions: UnitSeries[];
	sectors: UnitSeries[];
	/** Newest survey in the reference or national series: tells whether a deadline has passed. */
	lastDataPeriod: string | null;
	/** Rows of NUTS codes that cover only part of a region (e.g. `FRI1` Aquitaine), left out. */
	partialRegionRows: number;
}

/** `FRY`, the NUTS 1 group of the five overseas regions: a group, never a region nor a part of one. */
export const OVERSEAS_GROUP = 'FRY';

/**
 * Whether a French NUTS code covers a whole 2016 region, so its value can stand for the region.
 * `wholeRegionOf('FRB0')?.id` → `centre-val-de-loire`; `wholeRegionOf('FRI1')` → null (Aquitaine
 * is a part of Nouvelle-Aquitaine); NUTS 2013 `FR24` (Centre) → `centre-val-de-loire`.
 */
export function wholeRegionOf(code: string): FrenchRegion | null {
	const id = regionOfNuts(code);
	if (id === null) return null;
	const r = FRENCH_REGIONS.find((x) => x.id === id);
	if (!r) return null;
	// Overseas legacy codes are earlier names of the same department, not parts of it.
	if (r.overseas) return r;
	if (code === r.nuts1) return r;
	if (r.nuts2.length === 1 && r.nuts2[0] === code) return r;
	if (r.nuts2Legacy.length === 1 && r.nuts2Legacy[0] === code) return r;
	// NUTS 2013 FR7 (Centre-Est) is Rhône-Alpes + Auvergne: the whole of Auvergne-Rhône-Alpes.
	if (code === 'FR7') return r;
	return null;
}

/**
 * Whether a row belongs to a target's series: the series itself, or its illustrative stand-in
 * (`ILLUS_ESELL`, `ILLUS_PC`) for the same size class, used only where no real row covers a unit.
 * `matchesSeries({ indicator: 'ILLUS_ESELL', unit: 'ILLUS_PC', sizeClass: '10-249', … }, smeTarget)` → true
 */
export function matchesSeries(
	o: Pick<Observation, 'indicator' | 'unit' | 'sizeClass'>,
	t: Pick<Target, 'indicator' | 'unit' | 'sizeClass'>
): boolean {
	return (
		o.sizeClass === t.sizeClass &&
		((o.indicator === t.indicator && o.unit === t.unit) || standsInFor(o, t))
	);
}

/**
 * `matchesSeries` as column tests, to pick a target's rows out of imported columns.
 * `withImported(bundled, seriesWhere(cnnum))` → the rows of E_ESELL, PC_ENT, 10-249
 */
export function seriesWhere(t: Target): RowWhere {
	const indicators = new Set([t.indicator, illustrativeIndicatorOf(t.indicator)]);
	const units = new Set([t.unit, illustrativeUnitOf(t.unit)]);
	return {
		indicator: (v) => v !== null && indicators.has(v),
		unit: (v) => v !== null && units.has(v),
		sizeClass: (v) => v === t.sizeClass
	};
}

/**
 * `seriesWhere` with a key that names its tests, for `wantImported`/`withImported`: two targets
 * of the same indicator, unit and size class pick the same rows.
 * `seriesPick(cnnum).key` → `series:E_ESELL|PC_ENT|10-249`
 */
export function seriesPick(t: Target): { key: string; where: RowWhere } {
	return { key: `series:${t.indicator}|${t.unit}|${t.sizeClass}`, where: seriesWhere(t) };
}

/** A point with its flags; a confidentiality status (`C`, upper case) rides along so views show it. */
function toPoint(o: Observation): KpiPoint {
	return { period: o.period, value: o.value, flags: o.flags + (o.confStatus ?? '') };
}

/**
 * Several rows for one unit and period (two files, two NUTS vintages): a published value beats
 * a missing one; otherwise the first row read wins, so the result never depends on a guess.
 */
function mergePoints(rows: readonly Observation[]): KpiPoint[] {
	const byPeriod = new Map<string, KpiPoint>();
	for (const o of rows) {
		const had = byPeriod.get(o.period);
		if (!had || (had.value === null && o.value !== null)) byPeriod.set(o.period, toPoint(o));
	}
	return [...byPeriod.values()].sort((a, b) => compareCodes(a.period, b.period));
}

function unitOf(
	key: string,
	scope: Scope,
	all: readonly Observation[],
	isSynthetic: (dataset: string) => boolean
): UnitSeries {
	// Real rows (bundled statistics or a ministry's imported table) replace illustrative ones for
	// the whole unit: a series is never half invented. The illustrative rows are set aside, and
	// said so, only when some real row has a value.
	const real = all.filter((o) => !isSynthetic(o.dataset));
	const illustrative = all.filter((o) => isSynthetic(o.dataset));
	const replaced = real.some((o) => o.value !== null) && illustrative.length > 0;
	const rows = replaced || illustrative.length === 0 ? real : illustrative;
	let setAside: SetAside | null = null;
	if (replaced) {
		const periods = illustrative.map((o) => o.period).sort();
		setAside = {
			datasets: [...new Set(illustrative.map((o) => o.dataset))].sort(),
			first: periods[0]!,
			last: periods.at(-1)!
		};
	}
	// Prefer the code with the most values when a region comes under two codes (FRB and FRB0).
	const byCode = new Map<string, Observation[]>();
	for (const o of rows) {
		const code = scope === 'sectors' ? o.nace : o.geo;
		byCode.set(code, [...(byCode.get(code) ?? []), o]);
	}
	const codes = [...byCode.entries()].sort(
		(a, b) =>
			b[1].filter((o) => o.value !== null).length - a[1].filter((o) => o.value !== null).length ||
			(a[0] < b[0] ? -1 : 1)
	);
	const [code, chosen] = codes[0]!;
	const datasets = [...new Set(chosen.map((o) => o.dataset))].sort();
	return {
		key,
		scope,
		code,
		points: mergePoints(chosen),
		synthetic: datasets.some(isSynthetic),
		datasets,
		setAside
	};
}

/**
 * Sorts the observations of a target's series into its units. Regions accept NUTS 1 or 2 codes
 * of NUTS 2010–2021 that cover a whole region; sectors are France's rows for any NACE code other
 * than the target's aggregate. `unitsFor(target, rows, (d) => d.startsWith('synth'))` →
 * `{ national: { key: 'FR', … }, regions: [18 units], sectors: [12 units], … }`.
 */
export function unitsFor(
	target: Target,
	observations: readonly Observation[],
	isSynthetic: (dataset: string) => boolean
): TargetUnits {
	const rows = observations.filter((o) => matchesSeries(o, target));
	// The reference is statistics only: an illustrative EU value would make every gap invented.
	const referenceRows = rows.filter(
		(o) => o.geo === target.referenceGeo && o.nace === target.nace && !isSynthetic(o.dataset)
	);
	const reference = mergePoints(referenceRows);
	const nationalRows = rows.filter((o) => o.geo === NATIONAL_GEO && o.nace === target.nace);
	const referenceDatasets = [...new Set(referenceRows.map((o) => o.dataset))].sort();
	const regionRows = new Map<string, Observation[]>();
	let partialRegionRows = 0;
	const sectorRows = new Map<string, Observation[]>();
	const sectorReferenceRows = new Map<string, Observation[]>();
	for (const o of rows) {
		if (o.geo === target.referenceGeo && o.nace !== target.nace && !isSynthetic(o.dataset))
			sectorReferenceRows.set(o.nace, [...(sectorReferenceRows.get(o.nace) ?? []), o]);
		if (o.nace === target.nace && o.geo !== NATIONAL_GEO && /^FR[0-9A-Z]{1,3}$/.test(o.geo)) {
			const r = wholeRegionOf(o.geo);
			if (r === null) {
				if (regionOfNuts(o.geo) !== null) partialRegionRows++;
				continue;
			}
			regionRows.set(r.id, [...(regionRows.get(r.id) ?? []), o]);
		} else if (o.geo === NATIONAL_GEO && o.nace !== target.nace) {
			sectorRows.set(o.nace, [...(sectorRows.get(o.nace) ?? []), o]);
		}
	}
	const want = (s: Scope) => target.scope.includes(s);
	const regions = want('regions')
		? FRENCH_REGIONS.filter((r) => regionRows.has(r.id)).map((r) =>
				unitOf(r.id, 'regions', regionRows.get(r.id)!, isSynthetic)
			)
		: [];
	const sectors = want('sectors')
		? [...sectorRows.keys()]
				.sort()
				.map((n) => unitOf(n, 'sectors', sectorRows.get(n)!, isSynthetic))
		: [];
	const national =
		want('national') && nationalRows.length > 0
			? unitOf(NATIONAL_GEO, 'national', nationalRows, isSynthetic)
			: null;
	const periods = [...reference, ...(national?.points ?? [])].map((p) => p.period).sort();
	const sectorReferences: TargetUnits['sectorReferences'] = {};
	for (const [nace, list] of sectorReferenceRows)
		sectorReferences[nace] = {
			points: mergePoints(list),
			datasets: [...new Set(list.map((o) => o.dataset))].sort()
		};
	return {
		reference,
		referenceDatasets,
		sectorReferences,
		national,
		regions,
		sectors,
		lastDataPeriod: periods.at(-1) ?? null,
		partialRegionRows
	};
}
