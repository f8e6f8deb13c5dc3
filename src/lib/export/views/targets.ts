/**
 * The target views' data as CSV: one row per assessed unit (France, a region, a sector) with the
 * table's figures as numbers, and the national tracker's paths one row per survey year.
 */
import type { Locale } from '../../domain/locale';
import type { TargetMessages } from '../../i18n/targets';
import { sortUnits, statusOf, type AssessedUnit } from '../../kpi/summary';
import type { TrackedUnit } from '../../kpi/track';
import type { CsvColumn } from '../csv';

export interface ViewCsv {
	columns: CsvColumn[];
	rows: Record<string, string | number | null>[];
}

/** The same header in both languages: the labels are already the reader's. */
const column = (key: string, label: string): CsvColumn => ({ key, fr: label, en: label });

/**
 * Units as the table lists them first (smallest latest gap first). Shares and growth ratios are
 * plain numbers (a share of 0.3 is written 30, as the table's « % » column).
 * `unitsCsv(tracked.regions, tTargets('fr'), 'Région', 'fr').rows[0]` →
 * `{ unit: 'Martinique', status: 's’éloigne de l’objectif', gapNow: -4.29, … }`
 */
export function unitsCsv(
	units: readonly AssessedUnit[],
	m: TargetMessages,
	unitHeader: string,
	locale: Locale
): ViewCsv {
	const columns = [
		column('code', locale === 'fr' ? 'Code' : 'Code'),
		column('unit', unitHeader),
		column('status', m.statusCol),
		column('gapStart', `${m.gapStart} (pts)`),
		column('gapNow', `${m.gapNow} (pts)`),
		column('shareClosed', `${m.shareClosed} (%)`),
		column('ratio', m.ratio),
		column('yearsBehind', m.behind),
		column('start', locale === 'fr' ? 'Départ' : 'Start'),
		column('now', locale === 'fr' ? 'Dernier point' : 'Latest point'),
		column('breaks', locale === 'fr' ? 'Ruptures de série' : 'Breaks in series'),
		column('synthetic', m.synthetic)
	];
	const rows = sortUnits([...units], 'gapNow', 'asc').map((u) => {
		const a = u.assessment;
		return {
			code: u.key,
			unit: u.label,
			status: m.status[statusOf(a)],
			gapStart: a.gapStart,
			gapNow: a.gapNow,
			shareClosed: a.shareClosed === null ? null : a.shareClosed * 100,
			ratio: a.ratio,
			yearsBehind: a.yearsBehind,
			start: a.periods.start,
			now: a.periods.now,
			breaks: a.breaks.join(' '),
			synthetic: u.synthetic ? (locale === 'fr' ? 'oui' : 'yes') : locale === 'fr' ? 'non' : 'no'
		};
	});
	return { columns, rows };
}

/**
 * The tracker's paths by survey year: the unit's value and flags, the reference (EU average) and
 * its flags, the required trajectory and the projection, each empty where it has no point.
 * `trackerCsv(national, reference, tTargets('en'), 'France').rows.find((r) => r.period === '2019')`
 * → `{ period: '2019', actual: 16.03, actualFlags: '', reference: 17.19, …, required: 17.19 }`
 */
export function trackerCsv(
	unit: TrackedUnit,
	reference: readonly { period: string; value: number | null; flags: string }[],
	m: TargetMessages,
	unitLabel: string,
	locale: Locale
): ViewCsv {
	const flagsWord = locale === 'fr' ? 'indicateurs' : 'flags';
	const columns = [
		column('period', locale === 'fr' ? 'Année d’enquête' : 'Survey year'),
		column('actual', unitLabel),
		column('actualFlags', `${unitLabel} — ${flagsWord}`),
		column('reference', m.euAverage),
		column('referenceFlags', `${m.euAverage} — ${flagsWord}`),
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
 * The source line of a target view: every dataset the target's rows come from, with its
 * publisher, the illustrative ones said as such, then the target's own source.
 * `targetSourceLine(cnnum, rows, sources, 'fr')` → `Sources : Eurostat, tin00111 ; Observatoire
 * PME numérique, synth_esell_reg (données illustratives). Objectif : Rattrapage CNNum…`
 */
export function targetSourceLine(
	target: { name: Record<Locale, string>; indicator: string; unit: string; sizeClass: string },
	observations: readonly { dataset: string; indicator: string; unit: string; sizeClass: string }[],
	sources: readonly { dataset: string; publisher: string; synthetic: boolean }[],
	m: TargetMessages,
	locale: Locale
): string {
	const used = new Set(
		observations
			.filter(
				(o) =>
					o.indicator === target.indicator &&
					o.unit === target.unit &&
					o.sizeClass === target.sizeClass
			)
			.map((o) => o.dataset)
	);
	const sourceOf = (dataset: string) => sources.find((x) => x.dataset === dataset);
	// Statistics first, illustrative sets after; the mark is added unless the publisher says it.
	const named = [...used]
		.sort(
			(a, b) =>
				Number(sourceOf(a)?.synthetic ?? false) - Number(sourceOf(b)?.synthetic ?? false) ||
				a.localeCompare(b)
		)
		.map((dataset) => {
			const s = sourceOf(dataset);
			if (!s) return dataset;
			const mark = s.synthetic && !s.publisher.includes(m.synthetic) ? ` (${m.synthetic})` : '';
			return `${s.publisher}, ${dataset}${mark}`;
		});
	const colon = locale === 'fr' ? ' :' : ':';
	const sourcesWord = locale === 'fr' ? 'Sources' : 'Sources';
	const targetWord = locale === 'fr' ? 'Objectif' : 'Target';
	return `${sourcesWord}${colon} ${named.join(locale === 'fr' ? ' ; ' : '; ')}. ${targetWord}${colon} ${target.name[locale]}.`;
}
