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
 * A period range for display: `periodRange(['2021', '2023'])` → `'2021–2023'`; one period → itself.
 */
export function periodRange(periods: readonly string[]): string {
	if (periods.length === 0) return '';
	const first = periods[0]!;
	const last = periods[periods.length - 1]!;
	return first === last ? first : `${first}–${last}`;
}
