/**
 * Size classes (number of persons employed): today's `size_emp` codes and the size prefixes of
 * the legacy combined `sizen_r2` dimension.
 *
 * Sources: the codes seen in the Eurostat files of /work/shared/eurostat (FORMATS.md F1, F2,
 * F5): `0_1, 0-9, 1-4, 1-9, 2-9, 5-9, 10-49, 50-249, 10-249, GE10, GE250`. Note `0_1` is written
 * with an underscore by Eurostat, unlike the other ranges.
 */
import type { Bilingual } from './locale';

/** Today's `size_emp` codes, smallest first, then the aggregates of the ICT survey. */
export const SIZE_CLASS_LABELS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	['0_1', { fr: 'De 0 à 1 personne occupée', en: 'From 0 to 1 person employed' }],
	['0-9', { fr: 'De 0 à 9 personnes occupées', en: 'From 0 to 9 persons employed' }],
	['1-4', { fr: 'De 1 à 4 personnes occupées', en: 'From 1 to 4 persons employed' }],
	['1-9', { fr: 'De 1 à 9 personnes occupées', en: 'From 1 to 9 persons employed' }],
	['2-9', { fr: 'De 2 à 9 personnes occupées', en: 'From 2 to 9 persons employed' }],
	['5-9', { fr: 'De 5 à 9 personnes occupées', en: 'From 5 to 9 persons employed' }],
	['10-49', { fr: 'De 10 à 49 personnes occupées', en: 'From 10 to 49 persons employed' }],
	['50-249', { fr: 'De 50 à 249 personnes occupées', en: 'From 50 to 249 persons employed' }],
	[
		'10-249',
		{ fr: 'De 10 à 249 personnes occupées (PME)', en: 'From 10 to 249 persons employed (SMEs)' }
	],
	['GE10', { fr: '10 personnes occupées ou plus', en: '10 persons employed or more' }],
	['GE250', { fr: '250 personnes occupées ou plus', en: '250 persons employed or more' }]
]);

/**
 * Size prefixes of legacy `sizen_r2` codes (bulk TSV until 2023) → today's `size_emp` code.
 * Only the five prefixes whose meaning is documented (FORMATS.md F1, SOURCES.md entry 1) are
 * decoded. The micro-enterprise variants also seen in those files (`VS_`, `MI_`, `MC_`, `M01_`,
 * `M09_`, `M29_`) are deliberately left out: guessing their bounds would silently put numbers
 * in the wrong series.
 */
export const LEGACY_SIZE_PREFIXES: ReadonlyMap<string, string> = new Map<string, string>([
	['10', 'GE10'],
	['SM', '10-249'],
	['S', '10-49'],
	['M', '50-249'],
	['L', 'GE250']
]);

/** Label pair of a `size_emp` code, or `undefined`. `sizeClassLabel('GE10')?.fr` → `10 personnes occupées ou plus`. */
export function sizeClassLabel(code: string): Bilingual | undefined {
	return SIZE_CLASS_LABELS.get(code);
}

/** Today's size code of a legacy `sizen_r2` prefix, or `undefined`. `legacySizePrefix('SM')` → `10-249`. */
export function legacySizePrefix(prefix: string): string | undefined {
	return LEGACY_SIZE_PREFIXES.get(prefix);
}
