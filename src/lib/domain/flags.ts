/**
 * Observation flags (OBS_STATUS) and confidentiality status (CONF_STATUS).
 *
 * Since 27 January 2025 Eurostat splits its flags into two lists (FORMATS.md §8):
 * OBS_STATUS `b d e f i m n p u` (lower case) and CONF_STATUS `C N P` (upper case). Older files
 * also carry the retired letters: `c` (confidential, now CONF_STATUS `C`), `s` (Eurostat
 * estimate, now `i`), `z` (not applicable, now `m`) and `r` (revised). Before 2025 `i` meant
 * "see metadata"; the label says both, since a file does not say which list it used.
 *
 * Codes only: the words each code stands for, in French and English, are in src/lib/i18n/flags.ts
 * (the domain imports no i18n).
 */
import { comparePeriods } from './period';

/** What the domain knows of an observation flag besides its words (src/lib/i18n/flags.ts). */
export interface FlagEntry {
	/** Retired by the 2025 reform; still met in older files. */
	legacy: boolean;
}

/** Observation status flags, current and retired, keyed by their (lower-case) letter. */
export const FLAGS: ReadonlyMap<string, FlagEntry> = new Map<string, FlagEntry>([
	...[...'bdefimnpu'].map((letter) => [letter, { legacy: false }] as const),
	...[...'crsz'].map((letter) => [letter, { legacy: true }] as const)
]);

/** Confidentiality status codes (upper case), as listed by Eurostat since 2025. */
export const CONF_STATUS: ReadonlySet<string> = new Set(['C', 'N', 'P']);

/** What a flag or confidentiality code is, for the words to give it (src/lib/i18n/flags.ts). */
export type FlagCode =
	| { kind: 'flag'; code: string }
	| { kind: 'conf'; code: string }
	| { kind: 'unknown'; code: string };

/**
 * Sorts a code of the `flag` dimension: an observation flag, a confidentiality code or unknown.
 * `flagCode('b')` → `{ kind: 'flag', code: 'b' }`; `flagCode('C')` → `{ kind: 'conf', code: 'C' }`;
 * `flagCode('x')` → `{ kind: 'unknown', code: 'x' }`.
 */
export function flagCode(code: string): FlagCode {
	if (FLAGS.has(code)) return { kind: 'flag', code };
	if (CONF_STATUS.has(code)) return { kind: 'conf', code };
	return { kind: 'unknown', code };
}

/**
 * The letters of several flag strings, each once, in the order met: a figure resting on two
 * values carries the flags of both. `mergeFlags('b', 'bu')` → `'bu'`
 */
export function mergeFlags(...flags: string[]): string {
	return [...new Set(flags.join(''))].join('');
}

/**
 * `b` when a period after `from` and up to `to` breaks the series (Eurostat's `b`), else '': a
 * pace or a change over that span compares figures measured two ways. A break in `from` itself
 * is not within it (both ends are then measured the new way).
 * `breakWithin([{ period: '2022', flags: 'b' }], '2021', '2023')` → `'b'`
 */
export function breakWithin(
	points: readonly { period: string; flags: string }[],
	from: string,
	to: string
): string {
	return points.some(
		(p) =>
			comparePeriods(p.period, from) > 0 &&
			comparePeriods(p.period, to) <= 0 &&
			p.flags.includes('b')
	)
		? 'b'
		: '';
}
