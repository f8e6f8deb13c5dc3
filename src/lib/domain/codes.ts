/**
 * The code lists as ingest, queries and charts ask them: one door onto geo, size class, NACE,
 * indicator, unit and flag lists, so that callers need not know which file holds which list.
 */
import { CONF_STATUS, FLAGS } from './flags';
import { geoLabel } from './geo';
import { indicatorLabel, unitLabel } from './indicators';
import { naceLabel, todayNace } from './nace';
import { legacySizePrefix, sizeClassLabel } from './sizeClass';

import type { Bilingual, Locale } from './locale';

// Kept for the callers that ask the code lists for a label in a locale.
export type { Bilingual, Locale };

export type CodeDimension = 'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'flag';

/** The dimensions whose labels the domain holds; a flag's words are in src/lib/i18n/flags.ts. */
export type LabelledDimension = Exclude<CodeDimension, 'flag'>;

/**
 * The label pair of a code, or `undefined`. Every table is a `Map`, so `__proto__`,
 * `constructor` or `toString` are unknown like any other stray code. NACE codes are looked up in
 * today's spelling or a known legacy one. Flags have no label here (their words are i18n's).
 */
function lookup(dimension: LabelledDimension, code: string): Bilingual | undefined {
	switch (dimension) {
		case 'indicator':
			return indicatorLabel(code);
		case 'unit':
			return unitLabel(code);
		case 'sizeClass':
			return sizeClassLabel(code);
		case 'nace': {
			const today = todayNace(code);
			return today === undefined ? undefined : naceLabel(today);
		}
		case 'geo':
			return geoLabel(code);
		default:
			return undefined;
	}
}

/**
 * Whether a code is in our code lists for that dimension; the `flag` dimension holds both
 * observation flags (lower case, plus the retired `c`) and confidentiality codes (`C`, `N`, `P`).
 * `isKnownCode('geo', 'EL')` → true; `isKnownCode('flag', 'C')` → true.
 */
export function isKnownCode(dimension: CodeDimension, code: string): boolean {
	if (dimension === 'flag') return FLAGS.has(code) || CONF_STATUS.has(code);
	return lookup(dimension, code) !== undefined;
}

/** Label of a code in a locale, or the code itself when unknown. `labelOf('geo','DE','fr')` → `Allemagne`. */
export function labelOf(dimension: LabelledDimension, code: string, locale: Locale): string {
	// Guarded at run time too: a locale read from a URL may be anything.
	const text: unknown = lookup(dimension, code)?.[locale];
	return typeof text === 'string' ? text : code;
}

/**
 * Splits a legacy combined `sizen_r2` code into today's size class and NACE codes.
 * `decodeSizenR2('SM_C10_S951_XK')` → `{ sizeClass: '10-249', nace: 'C10-S951_X_K', known: true }`.
 * An unknown code is kept: `{ sizeClass: 'VS', nace: 'C10-S951_X_K', known: false }` style split.
 */
export function decodeSizenR2(code: string): { sizeClass: string; nace: string; known: boolean } {
	// Size prefixes never contain `_`, activity codes may (`C10_S951_XK`): split on the first.
	// `known` is true only when both halves are in our lists. A code with no `_` has no
	// activity part: the whole code is the size class and `nace` is empty.
	const cut = code.indexOf('_');
	if (cut < 0) return { sizeClass: code, nace: '', known: false };
	const prefix = code.slice(0, cut);
	const activity = code.slice(cut + 1);
	const size = legacySizePrefix(prefix);
	const nace = todayNace(activity);
	return {
		sizeClass: size ?? prefix,
		nace: nace ?? activity,
		known: size !== undefined && nace !== undefined
	};
}

/**
 * Today's spelling of a NACE aggregate code, so files of different vintages line up.
 * `normaliseNace('C10_S951_XK')` → `C10-S951_X_K`; an unknown code comes back unchanged.
 */
export function normaliseNace(code: string): string {
	return todayNace(code) ?? code;
}

const NO_UNKNOWN: readonly string[] = Object.freeze([]);

/**
 * Splits a flag string as published into observation flags and confidentiality.
 * `splitFlags('bu')` → `{ flags: 'bu', confStatus: null, unknown: [] }`;
 * `splitFlags('c')` → `{ flags: '', confStatus: 'C', unknown: [] }` (old lower-case `c`);
 * `splitFlags('bx')` → `{ flags: 'bx', confStatus: null, unknown: ['x'] }` (kept, reported).
 */
export function splitFlags(published: string): {
	flags: string;
	confStatus: string | null;
	unknown: readonly string[];
} {
	// Most cells have no flag: answer them without a loop (this runs for every observation).
	if (!published) return { flags: '', confStatus: null, unknown: NO_UNKNOWN };
	// Rules, for files of every vintage:
	// - whitespace anywhere is dropped (TSV cells are `<value> <flags>`, some with extra spaces);
	// - lower-case `c` (before 2025) and the CONF_STATUS codes `C`, `N`, `P` go to `confStatus`
	//   (XLSX exports put `C` in the same column as `b`/`u`); the first one wins, a different
	//   second one is reported in `unknown` so that the conflict is not lost silently;
	// - every other character stays in `flags`, in file order. Other upper-case letters are not
	//   lower-cased (we do not guess that `B` means `b`): like any letter outside our lists they
	//   are kept and reported in `unknown`, once each.
	let flags = '';
	let confStatus: string | null = null;
	const unknown: string[] = [];
	const report = (ch: string): void => {
		if (!unknown.includes(ch)) unknown.push(ch);
	};
	for (const ch of published ?? '') {
		if (/\s/u.test(ch)) continue;
		if (ch === 'c' || CONF_STATUS.has(ch)) {
			const status = ch === 'c' ? 'C' : ch;
			if (confStatus === null) confStatus = status;
			else if (confStatus !== status) report(ch);
			continue;
		}
		flags += ch;
		if (!FLAGS.has(ch)) report(ch);
	}
	return { flags, confStatus, unknown };
}
