/**
 * Putting several files together before they are committed: the same statistic (same codes,
 * same period) may come twice. With the same value it is a duplicate, kept once; with different
 * values it is a conflict, listed for the person to settle: nothing is overwritten silently.
 * Pure functions, so the import page can recompute the plan at every choice.
 */
import type { Observation } from '../../domain/observation';

/** Files (or already imported datasets) taking part in an import, in priority order. */
export interface MergeSource {
	id: string;
	file: string;
	observations: readonly Observation[];
}

/** One candidate value of a conflict. */
export interface ConflictOption {
	sourceId: string;
	file: string;
	value: number | null;
	flags: string;
}

/** One statistic with more than one value among the sources. */
export interface Conflict {
	/** Stable key of the statistic (codes and period). */
	key: string;
	observation: Pick<
		Observation,
		'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'period' | 'extra'
	>;
	/** The distinct values, in source order. */
	options: ConflictOption[];
}

/** What merging would do. */
export interface MergePlan {
	/** Repeats of the same statistic with the same value, per source id (each kept once). */
	duplicates: Record<string, number>;
	conflicts: Conflict[];
}

/**
 * The key of a statistic: every code but the dataset, and the period; `extra` dimensions included.
 * `statisticKey({ indicator: 'E_ESELL', geo: 'FR', period: '2023', ... })` → `'E_ESELL\u0001…\u0001FR\u00012023\u0001'`.
 */
export function statisticKey(o: Observation): string {
	const extra = o.extra
		? Object.keys(o.extra)
				.map((k) => `${k}=${o.extra![k]}`)
				.join('\u0002')
		: '';
	return [o.indicator, o.unit, o.sizeClass, o.nace, o.geo, o.period, extra].join('\u0001');
}

function sameValue(a: Observation, b: { value: number | null }): boolean {
	return a.value === b.value || (Number.isNaN(a.value) && Number.isNaN(b.value));
}

/**
 * Finds duplicates and conflicts among sources (within one file too).
 * `planMerge([{ id: 'a', file: 'a.csv', observations: [fr2023is17] }, { id: 'b', file: 'b.csv', observations: [fr2023is18] }])`
 * → `{ duplicates: { a: 0, b: 0 }, conflicts: [{ options: [{ sourceId: 'a', value: 17 }, { sourceId: 'b', value: 18 }] }] }`.
 */
export function planMerge(sources: readonly MergeSource[]): MergePlan {
	const duplicates: Record<string, number> = Object.create(null) as Record<string, number>;
	const seen = new Map<string, { first: Observation; options: ConflictOption[] }>();
	for (const source of sources) {
		duplicates[source.id] = 0;
		for (const o of source.observations) {
			const key = statisticKey(o);
			const entry = seen.get(key);
			if (!entry) {
				seen.set(key, {
					first: o,
					options: [{ sourceId: source.id, file: source.file, value: o.value, flags: o.flags }]
				});
				continue;
			}
			if (entry.options.some((option) => sameValue(o, option))) {
				duplicates[source.id]!++;
			} else {
				entry.options.push({
					sourceId: source.id,
					file: source.file,
					value: o.value,
					flags: o.flags
				});
			}
		}
	}
	const conflicts: Conflict[] = [];
	for (const [key, { first, options }] of seen) {
		if (options.length < 2) continue;
		const { indicator, unit, sizeClass, nace, geo, period, extra } = first;
		conflicts.push({
			key,
			observation: { indicator, unit, sizeClass, nace, geo, period, ...(extra ? { extra } : {}) },
			options
		});
	}
	return { duplicates, conflicts };
}

/**
 * Applies the person's choices: for each conflict key, the index of the option to keep. Every
 * statistic ends up exactly once, in the source that first had the kept value. Returns the
 * observations to keep per source id, or `null` while a conflict has no choice yet.
 * `resolveMerge(sources, plan, { [conflict.key]: 1 })` → `{ a: [...], b: [...] }`.
 */
export function resolveMerge(
	sources: readonly MergeSource[],
	plan: MergePlan,
	choices: Readonly<Record<string, number>>
): Record<string, Observation[]> | null {
	const chosen = new Map<string, ConflictOption>();
	for (const conflict of plan.conflicts) {
		const index = Object.hasOwn(choices, conflict.key) ? choices[conflict.key] : undefined;
		const option = index === undefined ? undefined : conflict.options[index];
		if (!option) return null;
		chosen.set(conflict.key, option);
	}
	const kept = new Set<string>();
	const out: Record<string, Observation[]> = Object.create(null) as Record<string, Observation[]>;
	for (const source of sources) {
		const list: Observation[] = [];
		for (const o of source.observations) {
			const key = statisticKey(o);
			if (kept.has(key)) continue;
			const option = chosen.get(key);
			if (option && (option.sourceId !== source.id || !sameValue(o, option))) continue;
			kept.add(key);
			list.push(o);
		}
		out[source.id] = list;
	}
	return out;
}
