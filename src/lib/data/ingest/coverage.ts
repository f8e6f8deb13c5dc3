import { usedValues, type ObservationColumns } from './columns';
import { compareCodes } from '../../domain/text';

/** What a set of observations covers: its areas and its periods, sorted. */
export interface Coverage {
	geos: string[];
	periods: string[];
}

/**
 * Areas and periods of observations, read from the dictionaries of the codes rows use (Eurostat
 * period strings sort as text), without building a row.
 * `coverageOfColumns(columnsOf([{ geo: 'FR1', period: '2023' }, { geo: 'FRB', period: '2022' }]))` → `{ geos: ['FR1', 'FRB'], periods: ['2022', '2023'] }`.
 */
export function coverageOfColumns(columns: ObservationColumns): Coverage {
	const texts = (values: (string | null)[]) =>
		values.filter((v): v is string => v !== null).sort(compareCodes);
	return { geos: texts(usedValues(columns, 'geo')), periods: texts(usedValues(columns, 'period')) };
}

/**
 * The periods of a file for display (sorted, as `coverageOfColumns` gives them): runs of
 * consecutive years joined by a dash, the gaps between them kept visible, for a range would claim
 * years the file does not have. `periodRange(['2021', '2022', '2023'])` → `'2021–2023'`;
 * `periodRange(['2021', '2023'])` → `'2021, 2023'`; other periods (quarters) → first–last.
 */
export function periodRange(periods: readonly string[]): string {
	if (periods.length === 0) return '';
	if (!periods.every((p) => /^\d{4}$/.test(p))) return periodSpan(periods[0]!, periods.at(-1)!);
	const runs: [string, string][] = [];
	for (const p of periods) {
		const run = runs.at(-1);
		if (run && Number(p) === Number(run[1]) + 1) run[1] = p;
		else runs.push([p, p]);
	}
	return runs.map(([a, b]) => periodSpan(a, b)).join(', ');
}

/** A span for display: `periodSpan('2010', '2025')` → `'2010–2025'`; one period → itself. */
export function periodSpan(first: string, last: string): string {
	return first === last ? first : `${first}–${last}`;
}
