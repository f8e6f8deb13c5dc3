/**
 * The address of the target pages: which target (`?cible=`), which population (`?pop=`) and
 * which vintage (`?ds=`). Pure read and write, forgiving like the other page states.
 *
 * Links written before the population switch carried `?cible=` alone and showed enterprises of
 * 10 or more from table `tin00111` (the only file then). Since the switch, the target pages
 * always write `pop`, so a `cible` without `pop` can only be such an old link: it is migrated to
 * what it showed (`GE10`, pinned to `tin00111`) and the page says so. An address with neither is
 * a plain visit: SMEs, newest vintage.
 */
import { LEGACY_HEADLINE_SERIES } from '../domain/headline';
import { POPULATION_PARAM, VINTAGE_PARAM, type Population } from '../domain/population';
import { readPopulation } from './population';

export const TARGET_PARAM = 'cible';

export interface TargetState {
	/** The target's id, or null for the first target of the file. */
	target: string | null;
	population: Population;
	/** Dataset code of the pinned vintage, or null for the newest. */
	pinned: string | null;
	/** The address was an old link, read as what it showed then. */
	migrated: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;

/**
 * Reads a target page's address. `readTargetState(new URLSearchParams('cible=cnnum-2019'))` →
 * `{ target: 'cnnum-2019', population: 'GE10', pinned: 'tin00111', migrated: true }`;
 * `readTargetState(new URLSearchParams(''))` → `{ target: null, population: '10-249', pinned: null, migrated: false }`.
 */
export function readTargetState(params: URLSearchParams): TargetState {
	const raw = params.get(TARGET_PARAM);
	const target = raw !== null && SLUG.test(raw) ? raw : null;
	if (raw !== null && !params.has(POPULATION_PARAM) && !params.has(VINTAGE_PARAM)) {
		return {
			target,
			population: LEGACY_HEADLINE_SERIES.sizeClass,
			pinned: LEGACY_HEADLINE_SERIES.dataset,
			migrated: true
		};
	}
	return { target, ...readPopulation(params), migrated: false };
}

/**
 * Writes the state into a copy of the other parameters. `pop` is always written (even SMEs), so
 * that a link made today never reads as an old one. `writeTargetState(new URLSearchParams(),
 * { target: 'cnnum-2019', population: '10-249', pinned: null, migrated: false }).toString()` →
 * `cible=cnnum-2019&pop=10-249`.
 */
export function writeTargetState(
	params: URLSearchParams,
	state: Omit<TargetState, 'migrated'>
): URLSearchParams {
	const out = new URLSearchParams(params);
	if (state.target === null) out.delete(TARGET_PARAM);
	else out.set(TARGET_PARAM, state.target);
	out.set(POPULATION_PARAM, state.population);
	if (state.pinned === null) out.delete(VINTAGE_PARAM);
	else out.set(VINTAGE_PARAM, state.pinned);
	return out;
}
