import type { Observation } from '../../domain/observation';

/** What a set of observations covers: its areas and its periods, sorted. */
export interface Coverage {
	geos: string[];
	periods: string[];
}

/**
 * Areas and periods of observations (Eurostat period strings sort as text).
 * `coverageOf([{ geo: 'FR1', period: '2023' }, { geo: 'FRB', period: '2022' }])` → `{ geos: ['FR1', 'FRB'], periods: ['2022', '2023'] }`.
 */
export function coverageOf(observations: readonly Pick<Observation, 'geo' | 'period'>[]): Coverage {
	const geos = new Set<string>();
	const periods = new Set<string>();
	for (const o of observations) {
		geos.add(o.geo);
		periods.add(o.period);
	}
	const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return { geos: [...geos].sort(byText), periods: [...periods].sort(byText) };
}

/**
 * A period range for display: `periodRange(['2021', '2023'])` → `'2021–2023'`; one period → itself.
 */
export function periodRange(periods: readonly string[]): string {
	if (periods.length === 0) return '';
	const first = periods[0]!;
	const last = periods[periods.length - 1]!;
	return first === last ? first : `${first}–${last}`;
}
