/**
 * A what-if scenario ⇄ one URL parameter, `scenario=<France pace>,<EU pace>[,<preset>]`, paces in
 * percentage points a year (`scenario=0.8,0.35,peer`). Forgiving like the comparison state: a value
 * that does not parse means "no scenario", never a broken page; paces are kept within ±10 points a
 * year and to two decimals, so a shared link reads the same everywhere.
 */
import { PRESET_IDS, type PresetId, type ScenarioPaces } from '../kpi/scenario';

export const SCENARIO_PARAM = 'scenario';

/** The largest yearly change a scenario accepts, in points: beyond it nothing is plausible. */
export const MAX_PACE = 10;

export interface ScenarioState extends ScenarioPaces {
	/** The preset the France pace came from, for its label; null when set by hand. */
	preset: PresetId | null;
}

const NUMBER = /^-?\d{1,2}(\.\d{1,4})?$/;

/** Two decimals, within ±MAX_PACE. `tidyPace(0.126)` → 0.13; `tidyPace(40)` → 10 */
export function tidyPace(v: number): number {
	const c = Math.max(-MAX_PACE, Math.min(MAX_PACE, v));
	return Math.round(c * 100) / 100 || 0;
}

/**
 * The scenario of an address, or null. `decodeScenario('scenario=0.8,0.35,peer')` →
 * `{ france: 0.8, eu: 0.35, preset: 'peer' }`; `decodeScenario('scenario=abc')` → null
 */
export function decodeScenario(input: URLSearchParams | string): ScenarioState | null {
	const raw = new URLSearchParams(input).get(SCENARIO_PARAM);
	if (!raw) return null;
	const [f, e, p] = raw.split(',');
	if (!f || !e || !NUMBER.test(f) || !NUMBER.test(e)) return null;
	const preset = PRESET_IDS.includes(p as PresetId) ? (p as PresetId) : null;
	return { france: tidyPace(Number(f)), eu: tidyPace(Number(e)), preset };
}

/**
 * The parameter's value (without the name). `encodeScenario({ france: 0.8, eu: 0.35, preset: null })`
 * → `0.8,0.35`
 */
export function encodeScenario(s: ScenarioState): string {
	const base = `${tidyPace(s.france)},${tidyPace(s.eu)}`;
	return s.preset ? `${base},${s.preset}` : base;
}

/**
 * A query string with the scenario set (or removed when null), other parameters kept.
 * `withScenario('cible=x', { france: 1, eu: 0, preset: null })` → `cible=x&scenario=1,0`
 */
export function withScenario(search: string, s: ScenarioState | null): string {
	const params = new URLSearchParams(search);
	if (s) params.set(SCENARIO_PARAM, encodeScenario(s));
	else params.delete(SCENARIO_PARAM);
	return params.toString().replaceAll('%2C', ',');
}
