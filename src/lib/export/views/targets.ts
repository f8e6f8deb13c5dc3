/**
 * The target views' data as CSV: one row per assessed unit (France, a region, a sector) with the
 * table's figures as numbers, and the national tracker's paths one row per survey year.
 */
import { colon as colonIn, semicolon as semicolonIn } from '../../i18n/punctuation';
import { tWords } from '../../i18n/words';
import { formatValue } from '../../charts/core/format';
import { labelOf } from '../../domain/codes';
import type { Locale } from '../../domain/locale';
import { illustrativeUnitOf } from '../../domain/illustrative';
import { tHonest } from '../../i18n/honest';
import { tSentence } from '../../i18n/sentence';
import { trackerSentence, type TrackerFacts } from '../../charts/core/sentence';
import { tTargets, type TargetMessages } from '../../i18n/targets';
import { tReference } from '../../i18n/reference';
import type { Assessment, KpiPoint } from '../../kpi/measures';
import type { SectorUnit, TrackedSectors } from '../../kpi/sectors';
import { sortUnits, statusOf } from '../../kpi/summary';
import type { Target } from '../../kpi/targets';
import type { TrackedUnit } from '../../kpi/track';
import { flagsAt, illustrativeShare, type IllustrativeShare } from '../../kpi/used';
import { TARGET_PARAM } from '../../state/targets';
import type { CsvColumn } from '../csv';
import type { PictureKeyEntry, PictureColour } from '../svg';
import { gridYears, tileKey, tileLegend, type TileInput } from '../../charts/tilegrid/layout';
import {
	drawnSources,
	sourceLine,
	sourceText,
	type BundledSource,
	type DrawnSource,
	type ImportedSource
} from './sources';

export interface ViewCsv {
	columns: CsvColumn[];
	rows: Record<string, string | number | null>[];
}

/** The same header in both languages: the labels are already the reader's. */
const column = (key: string, label: string): CsvColumn => ({ key, fr: label, en: label });

/** What a units CSV needs beyond the units: each unit's reference, the unit of measure, sources. */
export interface UnitsCsvContext {
	/** The reference values a unit is compared with (the EU average, or the same sector's EU value). */
	referenceOf: (u: TrackedUnit) => readonly KpiPoint[];
	/**
	 * What the reference columns hold, as their header says it (`tReference`): the average of the
	 * target's reference geo for France and the regions, the same sector in that geo for a sector
	 * (EU28 or EU27_2019 for the real sectors). Required: no default can name values it never saw.
	 */
	referenceLabel: string;
	/** Datasets of the reference values. */
	referenceDatasets: readonly string[];
	/** Code of the unit of measure of the values (`PC_ENT`, or `ILLUS_PC` for illustrative units). */
	measureOf: (u: TrackedUnit) => string;
	sources: readonly DrawnSource[];
}

/**
 * Units as the table lists them first (smallest latest gap first), each with the values and
 * flags used at the start and now (the unit's and the reference's), the unit of measure, whether
 * the figures are real or illustrative, what they replace, and their sources. Shares and growth
 * ratios are plain numbers (a share of 0.3 is written 30); a qualifier such as « au moins » has
 * its own column, so the number stays a number.
 * `unitsCsv(tracked.regions, tTargets('fr'), 'Région', 'fr', ctx).rows[0]` →
 * `{ unit: 'Martinique', status: 's’éloigne de l’objectif', gapNow: -4.29, valueNowFlags: '', … }`
 */
export function unitsCsv(
	units: readonly TrackedUnit[],
	m: TargetMessages,
	unitHeader: string,
	locale: Locale,
	ctx: UnitsCsvContext
): ViewCsv {
	const h = tHonest(locale);
	const w = tWords(locale);
	const flagsWord = h.flagsCol;
	const ref = ctx.referenceLabel;
	const columns = [
		column('code', 'Code'),
		column('unit', unitHeader),
		column('status', m.statusCol),
		column('sdgClass', m.classCol),
		column('start', w.start),
		column('valueStart', `${unitHeader} — ${w.startLower}`),
		column('valueStartFlags', `${unitHeader} — ${w.startLower} — ${flagsWord}`),
		column('refStart', `${ref} — ${w.startLower}`),
		column('refStartFlags', `${ref} — ${w.startLower} — ${flagsWord}`),
		column('now', w.latest),
		column('valueNow', `${unitHeader} — ${w.latestLower}`),
		column('valueNowFlags', `${unitHeader} — ${w.latestLower} — ${flagsWord}`),
		column('refNow', `${ref} — ${w.latestLower}`),
		column('refNowFlags', `${ref} — ${w.latestLower} — ${flagsWord}`),
		column('gapStart', `${m.gapStart} (pts)`),
		column('gapNow', `${m.gapNow} (pts)`),
		column('shareClosed', `${m.shareClosed} (%)`),
		column('ratio', m.ratio),
		column('yearsBehindQualifier', `${m.behind} — ${h.qualifierCol.toLowerCase()}`),
		column('yearsBehind', m.behind),
		column('breaks', w.breaks),
		column('measure', h.unit),
		column('data', h.dataCol),
		column('replaces', h.replaces),
		column('source', h.sourceCol)
	];
	const refSources = drawnSubset(ctx.sources, ctx.referenceDatasets);
	const rows = sortUnits([...units], 'gapNow', 'asc').map((u) => {
		const a = u.assessment;
		const at = (ps: readonly KpiPoint[], p: string | null) =>
			p === null ? undefined : ps.find((x) => x.period === p);
		const refPoints = ctx.referenceOf(u);
		const own = drawnSubset(ctx.sources, u.series.datasets);
		const data = u.synthetic ? m.synthetic : own.some((s) => s.imported) ? w.realImported : w.real;
		const aside = u.series.setAside;
		return {
			code: u.key,
			unit: u.label,
			status: m.status[statusOf(a)],
			sdgClass: a.progress === null ? '' : m.sdgClass[a.progress],
			start: a.periods.start,
			valueStart: at(u.series.points, a.periods.start)?.value ?? null,
			valueStartFlags: at(u.series.points, a.periods.start)?.flags ?? '',
			refStart: at(refPoints, a.periods.start)?.value ?? null,
			refStartFlags: at(refPoints, a.periods.start)?.flags ?? '',
			now: a.periods.now,
			valueNow: at(u.series.points, a.periods.now)?.value ?? null,
			valueNowFlags: at(u.series.points, a.periods.now)?.flags ?? '',
			refNow: at(refPoints, a.periods.now)?.value ?? null,
			refNowFlags: at(refPoints, a.periods.now)?.flags ?? '',
			gapStart: a.gapStart,
			gapNow: a.gapNow,
			shareClosed: a.shareClosed === null ? null : a.shareClosed * 100,
			ratio: a.ratio,
			yearsBehindQualifier: a.yearsBehind !== null && a.yearsBehindAtLeast ? w.atLeast : '',
			yearsBehind: a.yearsBehind,
			breaks: a.breaks.join(' '),
			measure: `${ctx.measureOf(u)} (${labelOf('unit', ctx.measureOf(u), locale)})`,
			data,
			replaces: aside ? `${aside.datasets.join(' ')} ${aside.first}–${aside.last}` : '',
			source: [...own, ...refSources.filter((r) => !own.includes(r))]
				.map((s) => sourceText(s, locale))
				.join(semicolonIn(locale))
		};
	});
	return { columns, rows };
}

/**
 * The real sector view as CSV: each sector against the same sector's EU value, its reference
 * columns named after the reference the reader chose (EU28 or EU27_2019), never "EU-27 average":
 * the values are the same sector's, in the aggregate as published (the target's own sector
 * series are named the same way, `targetUnitsContext`).
 * `realSectorsCsv(trackSectors(cnnum, rows, 'EU28', label), tTargets('en'), 'en', sources, [])
 * .columns[6].en` → `Same sector, EU of 28 (EU28, as published) — start`
 */
export function realSectorsCsv(
	real: TrackedSectors,
	m: TargetMessages,
	locale: Locale,
	sources: readonly BundledSource[],
	imported: readonly ImportedSource[]
): ViewCsv {
	return unitsCsv(real.sectors, m, m.scopeLabel.sectors, locale, {
		referenceOf: (u) => (u as SectorUnit).reference,
		referenceLabel: tReference(locale).sameSector(real.referenceGeo),
		referenceDatasets: real.datasets,
		measureOf: () => 'PC_ENT',
		sources: drawnSources(real.datasets, sources, imported)
	});
}

function drawnSubset(sources: readonly DrawnSource[], datasets: readonly string[]): DrawnSource[] {
	return sources.filter((s) => datasets.includes(s.dataset));
}

/**
 * The tracker's paths by survey year: the unit's value and flags, the reference and its flags,
 * the required trajectory and the projection, each empty where it has no point. The reference
 * columns hold each year's average of the target's `referenceGeo` (under every rule: a frozen or
 * fixed target value is the required path's end), and are named after it as the chart's legend
 * names it (`tReference(locale).average`): `Moyenne UE à 28 (EU28, tel que publié)` for EU28.
 * `trackerCsv(national, reference, 'EU27_2020', tTargets('en'), 'France', 'en').rows.find((r) =>
 * r.period === '2019')` → `{ period: '2019', actual: 16.03, actualFlags: '', reference: 17.19, …,
 * required: 17.19 }`
 */
export function trackerCsv(
	unit: TrackedUnit,
	reference: readonly { period: string; value: number | null; flags: string }[],
	referenceGeo: string,
	m: TargetMessages,
	unitLabel: string,
	locale: Locale
): ViewCsv {
	const flagsWord = tWords(locale).flags;
	const refName = tReference(locale).average(referenceGeo);
	const columns = [
		column('period', tWords(locale).surveyYear),
		column('actual', unitLabel),
		column('actualFlags', `${unitLabel} — ${flagsWord}`),
		column('reference', refName),
		column('referenceFlags', `${refName} — ${flagsWord}`),
		column('required', m.required),
		column('projection', m.projection)
	];
	const actual = new Map(unit.series.points.map((p) => [p.period, p]));
	const ref = new Map(reference.map((p) => [p.period, p]));
	const required = new Map(unit.assessment.trajectory.map((p) => [p.period, p.value]));
	const projected = new Map(unit.assessment.projection.map((p) => [p.period, p.value]));
	const periods = [
		...new Set([...actual.keys(), ...ref.keys(), ...required.keys(), ...projected.keys()])
	].sort();
	const rows = periods.map((period) => ({
		period,
		actual: actual.get(period)?.value ?? null,
		actualFlags: actual.get(period)?.flags ?? '',
		reference: ref.get(period)?.value ?? null,
		referenceFlags: ref.get(period)?.flags ?? '',
		required: required.get(period) ?? null,
		projection: projected.get(period) ?? null
	}));
	return { columns, rows };
}

/**
 * The datasets a view of units draws: each unit's own datasets and the reference's.
 * `drawnDatasets([fr], ['tin00111'])` → `['tin00111']` (never the illustrative files)
 */
export function drawnDatasets(
	units: readonly UnitWithReference[],
	referenceDatasets: readonly string[]
): string[] {
	return [
		...new Set([
			...units.flatMap((u) => u.series.datasets),
			...unitReferenceDatasets(units, referenceDatasets)
		])
	].sort();
}

/**
 * The flags of every value a tracker draws: the unit's points and the reference's (a
 * confidentiality status rides along upper case), for the view's flags line.
 * `trackerFlags(fr, reference)` → `['', 'b', '', 'e', …]`
 */
export function trackerFlags(
	unit: { series: { points: readonly KpiPoint[] } },
	reference: readonly KpiPoint[]
): string[] {
	return [...unit.series.points, ...reference].map((p) => p.flags);
}

/**
 * The flags of every value a target view draws, as the view draws them: France's whole tracker
 * (each point of France and of the reference: the 2022 break is drawn, so it is named), a tile or
 * a dot's two values (start and latest point, the unit's and its reference's), the real sectors
 * against the same sector's EU value when they cover the window. One rule for the /objectifs/
 * pages, their embeds and a report's views.
 * `flagsPresent(targetViewFlags('national', tracked), 'fr')` → `[{ flag: 'b', … }]`
 */
export function targetViewFlags(
	view: string,
	tracked: {
		national: TrackedUnit | null;
		regions: readonly TrackedUnit[];
		sectors: readonly TrackedUnit[];
		units: { reference: readonly KpiPoint[] };
	},
	real: { covers: boolean; sectors: readonly SectorUnit[] } = { covers: false, sectors: [] }
): string[] {
	if (view === 'national')
		return tracked.national ? trackerFlags(tracked.national, tracked.units.reference) : [];
	const units: readonly TrackedUnit[] =
		view === 'sectors' && real.covers
			? real.sectors
			: view === 'regions'
				? tracked.regions
				: tracked.sectors;
	return units.map((u) => {
		const at = [u.assessment.periods.start, u.assessment.periods.now];
		return flagsAt(u.series.points, at) + flagsAt(u.reference ?? tracked.units.reference, at);
	});
}

/**
 * The target a target view shows: the one its choices name (`?cible=`), else the first of
 * data/targets.json (an embed's prerendered page, a report item without choices).
 * `chosenTarget(targets, '?cible=observatoire-2026').id` → `observatoire-2026`
 */
export function chosenTarget<T extends { id: string }>(targets: readonly T[], search: string): T {
	return targets.find((t) => t.id === new URLSearchParams(search).get(TARGET_PARAM)) ?? targets[0]!;
}

/**
 * How much of what a target view draws is illustrative, as the view draws it: France's tracker,
 * the regions or the sectors (none when the real sector file covers the target's window: the view
 * then draws it alone). One rule for the view's heading and its title in an embed or a report.
 * `targetViewShare('regions', tracked, real)` → `all` on the bundled data; `some` once an imported
 * table replaces a few regions
 */
export function targetViewShare(
	view: string,
	tracked: {
		national: { synthetic: boolean } | null;
		regions: readonly { synthetic: boolean }[];
		sectors: readonly { synthetic: boolean }[];
	},
	real: { covers: boolean }
): IllustrativeShare {
	if (view === 'national') return tracked.national?.synthetic ? 'all' : 'none';
	if (view === 'sectors' && real.covers) return 'none';
	return illustrativeShare(view === 'regions' ? tracked.regions : tracked.sectors);
}

/**
 * How much of a region's fact sheet is illustrative: all of it when the region's series is, none
 * when a real table gives it (or when the region has no series: the sheet then says so).
 * `regionSheetShare(tracked, 'bretagne')` → `all` on the bundled data
 */
export function regionSheetShare(
	tracked: { regions: readonly { key: string; synthetic: boolean }[] },
	region: string
): IllustrativeShare {
	return tracked.regions.find((u) => u.key === region)?.synthetic ? 'all' : 'none';
}

/**
 * The datasets a target view draws, as the view draws them: France's tracker, the regions or the
 * sectors (the real sector file when it covers the target's window), with the references they
 * are compared with. One rule for the view, its exports and a report's annex.
 * `targetViewDatasets('regions', tracked, real)` → `['isoc_ec_esels', 'synth_esell_reg']`, or
 * without `synth_esell_reg` once an imported table has replaced every illustrative region
 */
export function targetViewDatasets(
	view: string,
	tracked: {
		national: UnitWithReference | null;
		regions: readonly UnitWithReference[];
		sectors: readonly UnitWithReference[];
		units: { referenceDatasets: readonly string[] };
	},
	real: { covers: boolean; datasets: readonly string[] }
): string[] {
	if (view === 'sectors' && real.covers) return [...real.datasets];
	const units =
		view === 'regions'
			? tracked.regions
			: view === 'sectors'
				? tracked.sectors
				: tracked.national
					? [tracked.national]
					: [];
	return drawnDatasets(units, tracked.units.referenceDatasets);
}

/** A unit as the source lists see it: its datasets, and its own reference's when it has one. */
type UnitWithReference = {
	series: { datasets: readonly string[] };
	referenceDatasets?: readonly string[];
};

/**
 * The datasets of the references the units are compared with: each sector's own (the same
 * sector's EU value), and the target's reference only when some unit uses it.
 * `unitReferenceDatasets([g47], ['isoc_ec_esels'])` → `[]` when G47 has no EU value of its own
 */
export function unitReferenceDatasets(
	units: readonly UnitWithReference[],
	referenceDatasets: readonly string[]
): string[] {
	const shared = units.length === 0 || units.some((u) => u.referenceDatasets === undefined);
	return [
		...new Set([
			...(shared ? referenceDatasets : []),
			...units.flatMap((u) => u.referenceDatasets ?? [])
		])
	].sort();
}

/**
 * The source line of a target view: exactly the datasets it draws, each with its publisher,
 * vintage and date (illustrative ones said as such), then the target's own source; without the
 * dates with `{ dated: false }`, for an export that prints them apart (`datesLine`).
 * `targetSourceLine(cnnum, ['tin00111'], sources, [], 'fr')` → `Source : Eurostat, tableau
 * tin00111 (téléchargé le 2025). Objectif : Rattrapage CNNum…`
 */
export function targetSourceLine(
	target: { name: Record<Locale, string> },
	datasets: readonly string[],
	sources: readonly BundledSource[],
	imported: readonly ImportedSource[],
	locale: Locale,
	dating: { dated?: boolean } = {}
): string {
	const colon = colonIn(locale);
	const targetWord = tWords(locale).target;
	return sourceLine(
		drawnSources(datasets, sources, imported),
		locale,
		`${targetWord}${colon} ${target.name[locale]}.`,
		dating
	);
}

/**
 * The context of a units CSV for a target's regions or sectors: what each unit is compared with
 * and its name (the average of the target's reference geo for a region, the same sector in that
 * geo for a sector: `trackTarget` never judges a sector against all activities), the unit of
 * measure (the illustrative code for illustrative units), the drawn sources.
 * `targetUnitsContext(cnnum, 'sectors', tracked, units, data.sources, [], 'fr').referenceLabel` →
 * `Même secteur, UE à 27 (EU27_2020)`
 */
export function targetUnitsContext(
	target: { unit: string; referenceGeo: string },
	scope: 'regions' | 'sectors',
	tracked: { units: { reference: KpiPoint[]; referenceDatasets: string[] } },
	units: readonly TrackedUnit[],
	sources: readonly BundledSource[],
	imported: readonly ImportedSource[],
	locale: Locale
): UnitsCsvContext {
	const referenceDatasets = unitReferenceDatasets(units, tracked.units.referenceDatasets);
	const names = tReference(locale);
	return {
		// A sector against its own reference (the same sector's EU value, none when it has none),
		// never the average of all activities that its header would then misname.
		referenceOf: (u) =>
			scope === 'sectors' ? (u.reference ?? []) : (u.reference ?? tracked.units.reference),
		referenceLabel:
			scope === 'sectors'
				? names.sameSector(target.referenceGeo)
				: names.average(target.referenceGeo),
		referenceDatasets: referenceDatasets,
		measureOf: (u) => (u.synthetic ? illustrativeUnitOf(target.unit) : target.unit),
		sources: drawnSources(drawnDatasets(units, referenceDatasets), sources, imported)
	};
}

/**
 * What the exported picture of a region tile grid carries besides the drawing, as the page shows
 * it around the grid: the caption with the years of the figures (read from the tiles), the colour
 * of each status present, and what each abbreviation stands for.
 * `tilesPicture(regionTiles(tracked.regions, ref, 'fr'), 'fr').caption` →
 * `Chiffre de chaque tuile : écart à la moyenne UE en 2019, en points. Couleur : progrès … de 2016 à 2019.`
 */
export function tilesPicture(
	tiles: readonly TileInput[],
	locale: Locale
): { caption: string; legend: PictureColour[]; key: PictureKeyEntry[] } {
	const m = tTargets(locale);
	const years = gridYears(tiles);
	return {
		caption: m.tilesCaption(years.start, years.now),
		legend: tileLegend(tiles, m.status).map((item) => ({
			label: item.label,
			fill: item.swatch.fill ?? 'none',
			stroke: item.swatch.stroke ?? 'none',
			dash: item.swatch.dash ?? null
		})),
		key: tileKey(tiles)
	};
}

/**
 * The national tracker's sentence, from the assessment the tracker draws: France's gap to the
 * reference at the start and at the latest point up to the deadline, with their years, then the
 * outcome. The same words on the /objectifs/ page, in its exports, its embed and its report view.
 * `nationalSentence(fr.assessment, cnnum, 'en')` → `The gap of France to the EU-27 average went from −1.11 pp in 2016 to −1.36 pp in 2019: target missed at the deadline (2019).`
 */
export function nationalSentence(
	a: TrackerFacts & Pick<Assessment, 'targetValue' | 'periods'>,
	target: Pick<Target, 'rule' | 'referenceGeo' | 'baseline'>,
	locale: Locale
): string {
	return trackerSentence(tSentence(locale).france, a, locale, gapReference(a, target, locale));
}

/**
 * What a target's gaps are measured to, within a sentence: the reference's average each year,
 * or the target value when the rule freezes or fixes it (the gap is then to that value).
 * `gapReference(a, observatoire2026, 'fr')` → `la valeur cible (la moyenne de l’UE à 27 de 2024, figée : 20,13 %)`.
 */
export function gapReference(
	a: Pick<Assessment, 'targetValue' | 'periods'>,
	target: Pick<Target, 'rule' | 'referenceGeo' | 'baseline'>,
	locale: Locale
): string {
	const average = tReference(locale).theAverage(target.referenceGeo);
	const w = tSentence(locale);
	if (target.rule === 'eu-average-at-deadline') return average;
	if (target.rule === 'eu-average-frozen-at-baseline')
		return w.trackerFrozen(
			average,
			a.periods.target ?? target.baseline,
			a.targetValue === null ? '—' : formatValue(a.targetValue, locale)
		);
	return w.trackerFixed(formatValue(target.rule.fixed, locale));
}
