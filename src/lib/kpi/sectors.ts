/**
 * The real sector view: Eurostat `isoc_ec_eseln2` (bulk download of February 2020), enterprises
 * with any e-sale (`E_AESELL`, not the 1 % threshold of `E_ESELL`), 10 or more persons employed,
 * by NACE group. Each French sector is judged against the EU value **of the same sector** (EU28
 * or `EU27_2019`, as published), never against the EU average of all activities (that would
 * measure the sector mix, not a catch-up). Nested groups are shown under their section and
 * never counted twice. Pure: the same function runs at build and in the browser.
 */
import type { Observation } from '../domain/observation';
import { assess, type KpiPoint } from './measures';
import { summarise, type Summary } from './summary';
import type { Target } from './targets';
import type { TrackedUnit } from './track';
import type { UnitSeries } from './units';
import { compareCodes } from '../domain/text';

/** The series the sector view reads, as the importer decodes the legacy `sizen_r2` codes. */
export const SECTOR_SERIES = {
	dataset: 'isoc_ec_eseln2',
	indicator: 'E_AESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10'
} as const;

/** The EU references the file publishes for every sector, first the default. */
export const SECTOR_REFERENCES = ['EU28', 'EU27_2019'] as const;
export type SectorReference = (typeof SECTOR_REFERENCES)[number];

/**
 * The sections that make up the survey's scope (C10–S95.1 except K), each with the groups of the
 * file nested inside it. Counted: the sections only. Today's NACE codes (`src/lib/domain/nace.ts`).
 */
export const SECTOR_TREE: readonly { code: string; children: readonly string[] }[] = [
	{
		code: 'C',
		children: [
			'C10-C18',
			'C10-C12',
			'C13-C15',
			'C16-C18',
			'C19-C23',
			'C19-C22',
			'C22_C23',
			'C23-C25',
			'C24_C25',
			'C26-C33',
			'C26',
			'C27_C28',
			'C29_C30',
			'C31-C33'
		]
	},
	{ code: 'D_E', children: [] },
	{ code: 'F', children: [] },
	{ code: 'G', children: ['G45', 'G46', 'G47'] },
	{ code: 'H', children: [] },
	{ code: 'I', children: ['I55', 'I56'] },
	{ code: 'J', children: ['J58-J60', 'J61', 'J62_J63'] },
	{ code: 'L68', children: [] },
	{ code: 'M69-M74', children: [] },
	{ code: 'N', children: ['N77-N82_X_N79', 'N79'] },
	{ code: 'S951', children: [] }
];

/** Aggregates that cut across sections (the ICT sector): shown apart, never counted. */
export const CROSS_CUTTING = ['ICT'] as const;

const PARENT: ReadonlyMap<string, string> = new Map(
	SECTOR_TREE.flatMap((s) => s.children.map((c): [string, string] => [c, s.code]))
);

/** A sector of the real view, with the EU value of the same sector beside it. */
export interface SectorUnit extends TrackedUnit {
	/** The section it is part of (`G` for `G47`), or null for a section or a cross-cutting group. */
	parent: string | null;
	/** Counted in the summary: sections only. */
	counted: boolean;
	reference: KpiPoint[];
}

export interface TrackedSectors {
	referenceGeo: SectorReference;
	/** Sections, each followed by its nested groups, then cross-cutting aggregates. */
	sectors: SectorUnit[];
	/** Counts over the sections only. */
	summary: Summary;
	/** Newest survey year in the file, and whether the target's window is inside the file. */
	lastPeriod: string | null;
	covers: boolean;
	/** The datasets drawn (France's and the reference's values). */
	datasets: string[];
}

/** Whether a row belongs to the real sector series. `isSectorRow(row)` → true for `E_AESELL`, GE10. */
export function isSectorRow(o: Pick<Observation, 'indicator' | 'unit' | 'sizeClass'>): boolean {
	return (
		o.indicator === SECTOR_SERIES.indicator &&
		o.unit === SECTOR_SERIES.unit &&
		o.sizeClass === SECTOR_SERIES.sizeClass
	);
}

/** Newest survey year of the real sector series, or null. `lastSectorPeriod(rows)` → `'2019'`. */
export function lastSectorPeriod(observations: readonly Observation[]): string | null {
	let last: string | null = null;
	for (const o of observations)
		if (isSectorRow(o) && (last === null || o.period > last)) last = o.period;
	return last;
}

/**
 * Whether the real sector file covers a target's window, in which case the sector views judge
 * the real sectors and set the illustrative sector series aside (every page alike).
 * `sectorsCover({ baseline: '2016' }, '2019')` → true; `sectorsCover({ baseline: '2021' }, '2019')` → false.
 */
export function sectorsCover(target: Pick<Target, 'baseline'>, lastPeriod: string | null): boolean {
	return lastPeriod !== null && target.baseline >= '2009' && target.baseline <= lastPeriod;
}

function points(rows: readonly Observation[]): KpiPoint[] {
	return rows
		.map((o) => ({ period: o.period, value: o.value, flags: o.flags + (o.confStatus ?? '') }))
		.sort((a, b) => compareCodes(a.period, b.period));
}

/**
 * Every sector of the file assessed on the target's window and rule, against the same sector's
 * EU value. `trackSectors(cnnum, rows, 'EU28', (c) => c).sectors.find((s) => s.key === 'G47')
 * ?.assessment.gapStart` → `2` (France 30 % against EU28 28 % in 2016).
 */
export function trackSectors(
	target: Pick<Target, 'baseline' | 'deadline' | 'rule'>,
	observations: readonly Observation[],
	referenceGeo: SectorReference,
	label: (code: string) => string
): TrackedSectors {
	const rows = observations.filter(isSectorRow);
	const byGeoNace = new Map<string, Observation[]>();
	for (const o of rows) {
		if (o.geo !== 'FR' && o.geo !== referenceGeo) continue;
		const k = `${o.geo}|${o.nace}`;
		byGeoNace.set(k, [...(byGeoNace.get(k) ?? []), o]);
	}
	const lastPeriod = lastSectorPeriod(rows);
	const order = [...SECTOR_TREE.flatMap((s) => [s.code, ...s.children]), ...CROSS_CUTTING].filter(
		(code) => byGeoNace.has(`FR|${code}`)
	);
	const datasets = new Set<string>();
	const sectors = order.map((code): SectorUnit => {
		const fr = byGeoNace.get(`FR|${code}`) ?? [];
		const ref = byGeoNace.get(`${referenceGeo}|${code}`) ?? [];
		for (const o of [...fr, ...ref]) datasets.add(o.dataset);
		const series: UnitSeries = {
			key: code,
			scope: 'sectors',
			code,
			points: points(fr),
			synthetic: false,
			datasets: [...new Set(fr.map((o) => o.dataset))].sort(),
			setAside: null
		};
		const reference = points(ref);
		const parent = PARENT.get(code) ?? null;
		return {
			key: code,
			label: label(code),
			synthetic: false,
			series,
			reference,
			parent,
			counted: parent === null && !(CROSS_CUTTING as readonly string[]).includes(code),
			assessment: assess({ unit: series.points, reference, target, lastDataPeriod: lastPeriod })
		};
	});
	return {
		referenceGeo,
		sectors,
		summary: summarise(sectors.filter((s) => s.counted)),
		lastPeriod,
		covers: sectorsCover(target, lastPeriod),
		datasets: [...datasets].sort()
	};
}
