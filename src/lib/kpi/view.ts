/**
 * What the target pages say about an assessment, in words and numbers of a locale, computed
 * from prerendered rows (and imported ones, read from the imported-datasets store) without a query.
 */
import { colon as colonIn, semicolon as semicolonIn } from '../i18n/punctuation';
import {
	formatNumber,
	formatPercentPoints,
	formatValue,
	seriesDecimals,
	VALUE_DECIMALS
} from '$lib/charts/core/format';
import { labelOf } from '$lib/domain/codes';
import type { Locale } from '$lib/domain/locale';
import { flagMeaning } from '$lib/i18n/flags';
import { frenchRegion } from '$lib/domain/geo';
import { imported } from '$lib/data/imported.svelte';
import type { TargetMessages } from '$lib/i18n/targets';
import { tFiche } from '$lib/i18n/fiche';
import { tPopulation } from '$lib/i18n/population';
import { isPopulation } from '$lib/domain/population';
import type { Assessment, KpiPoint } from '$lib/kpi/measures';
import { statusOf } from '$lib/kpi/summary';
import type { Target } from '$lib/kpi/targets';
import type { UnitSeries } from '$lib/kpi/units';

/** Name of a unit for the reader. `unitLabel({ scope: 'regions', key: 'bretagne' }, 'fr')` → `Bretagne` */
export function unitLabel(u: Pick<UnitSeries, 'scope' | 'key'>, locale: Locale): string {
	if (u.scope === 'regions') return frenchRegion(u.key)?.[locale] ?? u.key;
	if (u.scope === 'sectors') return labelOf('nace', u.key, locale);
	return labelOf('geo', u.key, locale);
}

/** Whether a dataset is illustrative: bundled ones from the manifest, imported ones as flagged. */
export function syntheticCheck(bundled: readonly string[]): (dataset: string) => boolean {
	const set = new Set(bundled);
	for (const d of imported.datasets) if (d.synthetic) set.add(d.dataset);
	return (dataset) => set.has(dataset);
}

export const pp = (v: number | null, locale: Locale, decimals = VALUE_DECIMALS) =>
	v === null ? '—' : formatPercentPoints(v, locale, decimals);
export const pct = (v: number | null, locale: Locale, decimals = VALUE_DECIMALS) =>
	v === null ? '—' : formatValue(v, locale, { decimals });

/** What `unitsDecimals` reads of a unit: its series, and its own reference if it has one. */
export interface PublishedUnit {
	series: { points: readonly KpiPoint[] };
	reference?: readonly KpiPoint[];
}

/**
 * The decimals units' values and gaps are written with: those their series and references are
 * published with (`seriesDecimals`), so the real sectors' E_AESELL, in whole percentages, reads
 * `−4 pts`, not `−4,00 pts`. `reference` is the one of units that carry none (France and the
 * regions, against the target's reference: `tracked.units.reference`); a sector carries its own.
 * `unitsDecimals(real.sectors)` → `0`; `unitsDecimals(tracked.regions, tracked.units.reference)`
 * → `2`
 */
export function unitsDecimals(
	units: readonly PublishedUnit[],
	reference: readonly KpiPoint[] = []
): number {
	return seriesDecimals(
		units.flatMap((u) => [...u.series.points, ...(u.reference ?? reference)].map((p) => p.value))
	);
}
export const growth = (v: number | null, locale: Locale) =>
	v === null ? '—' : formatValue(v * 100, locale, { decimals: 2 });

/**
 * Whom a target's figures count and what they measure, in the site's labels of its size class,
 * indicator and unit (a label starts lower case inside the sentence; an unknown code is kept).
 * `scopeText(cnnum, 'en')` → `Population: SMEs (10 to 249 persons employed). Measure: enterprises
 * with e-commerce sales of at least 1% turnover (percentage of enterprises).`
 */
export function scopeText(
	t: Pick<Target, 'sizeClass' | 'indicator' | 'unit'>,
	locale: Locale
): string {
	const label = (dimension: 'indicator' | 'unit', code: string) => {
		const text = labelOf(dimension, code, locale);
		return text === code ? code : text.charAt(0).toLowerCase() + text.slice(1);
	};
	const population = isPopulation(t.sizeClass)
		? tPopulation(locale).long[t.sizeClass]
		: labelOf('sizeClass', t.sizeClass, locale);
	return tFiche(locale).scope(
		population,
		label('indicator', t.indicator),
		label('unit', t.unit),
		colonIn(locale)
	);
}

/** The rule of a target in words. */
export function ruleText(t: Target, m: TargetMessages, locale: Locale): string {
	return typeof t.rule === 'object'
		? m.rules.fixed(formatValue(t.rule.fixed, locale))
		: m.rules[t.rule];
}

/**
 * The verdict in one sentence, read on the gap (a catch-up target is about its gap): outcome with
 * the deadline it is read at, and how the gap moved, or why there is none. The year is in the
 * sentence because figures of later surveys are often printed beside it (a fact sheet's cards).
 * `verdictText(cnnum, tTargets('en'))` → `Target missed at the deadline (2019) — moving away from
 * the target: the gap widened.`
 */
export function verdictText(a: Assessment, m: TargetMessages): string {
	if (!a.rated || a.gapStatus === null) return m.unrated[a.reason ?? 'too-few-points'];
	return m.verdict(m.outcome[a.outcome ?? 'pending'], a.periods.deadline, m.status[a.gapStatus]);
}

/**
 * The Eurostat SDG class in words, secondary: the class (with why "moving away" when the gap
 * narrowed), or why it is not computed. `classText(a, m)` → `Class: moving away from the target.`
 */
export function classText(a: Assessment, m: TargetMessages): string {
	if (a.progress !== null) {
		const cls = m.secondaryClass(m.sdgClass[a.progress]);
		return a.awayWhileNarrowing ? `${cls} ${m.awayWhy}` : cls;
	}
	if (a.classNote === 'too-few-observations') return m.classNote[a.classNote](a.observations);
	if (a.classNote === 'zero-start') return m.classNote[a.classNote]();
	return m.unrated[a.reason ?? 'too-few-points'];
}

/** Flagged values a verdict uses, in words: `France 2019 (u : faible fiabilité)`. */
export function flaggedText(
	a: Pick<Assessment, 'flagged'>,
	m: TargetMessages,
	locale: Locale
): string {
	return a.flagged
		.map((f) =>
			m.flaggedItem(
				f.role === 'unit' ? labelOf('geo', 'FR', locale) : m.referenceShort,
				f.period,
				flagWords(f.flags, locale)
			)
		)
		.join(semicolonIn(locale));
}

/** Flags of a missing baseline in words: `u : faible fiabilité`. */
export function flagWords(flags: string, locale: Locale): string {
	return [...flags].map((f) => `${f}${colonIn(locale)} ${flagMeaning(f, locale)}`).join(', ');
}

/** Years with one decimal. */
export const years = (v: number, locale: Locale) => formatNumber(Math.abs(v), locale, 1);

/**
 * The sentence a tile, a dot or a table row is read out with; its gaps with `decimals`, those of
 * the values they are differences of (`unitsDecimals`), two unless said.
 */
export function unitSentence(
	label: string,
	a: Assessment,
	m: TargetMessages,
	locale: Locale,
	synthetic: boolean,
	decimals = VALUE_DECIMALS
): string {
	const colon = colonIn(locale);
	const parts = [`${label}${colon} ${m.status[statusOf(a)]}`];
	if (a.gapNow !== null && a.periods.now)
		parts.push(`${m.gapNow.toLowerCase()} ${pp(a.gapNow, locale, decimals)} (${a.periods.now})`);
	if (a.gapStart !== null && a.periods.start)
		parts.push(
			`${m.gapStart.toLowerCase()} ${pp(a.gapStart, locale, decimals)} (${a.periods.start})`
		);
	if (!a.rated && a.reason) parts.push(m.unrated[a.reason]);
	if (a.breaks.length > 0) parts.push(m.breakNote(a.breaks.join(', ')));
	if (synthetic) parts.push(m.synthetic);
	return parts.join(semicolonIn(locale));
}
