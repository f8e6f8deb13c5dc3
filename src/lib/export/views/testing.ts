/**
 * Shared fixtures of the comparison tests: the bundled SMEs' figure of a country and year, and a
 * reader's imported copy of isoc_ec_esels as the page keeps it (its id, file and the bundled
 * figures it replaced). `revisedCopy('import-5', [{ ...fr2023, value: 14 }], [fr2023])`.
 */
import type { Observation } from '../../domain/observation';
import { columnsOf } from '../../data/ingest/columns';
import { statisticKey } from '../../data/ingest/merge';

/** The bundled isoc_ec_esels figure of SMEs (10-249) for a geo and period; throws when absent. */
export function smeFigure(rows: readonly Observation[], geo: string, period: string): Observation {
	const found = rows.find(
		(r) =>
			r.geo === geo &&
			r.period === period &&
			r.dataset === 'isoc_ec_esels' &&
			r.sizeClass === '10-249'
	);
	if (!found) throw new Error(`no bundled SME figure for ${geo} ${period}`);
	return found;
}

/** An imported copy of isoc_ec_esels, `esels-revise.csv`, replacing the figures of `replaced`. */
export function revisedCopy(
	id: string,
	rows: readonly Observation[],
	replaced: readonly Observation[]
) {
	return {
		id,
		dataset: 'isoc_ec_esels',
		file: 'esels-revise.csv',
		importedAt: '2026-12-05T10:00:00Z',
		synthetic: false,
		columns: columnsOf(rows),
		overrides: replaced.map(statisticKey)
	};
}
