/**
 * The tiles of a target's regions, from their assessments: the status, the latest gap with the
 * flags of both values it uses, the sentence a tile is read out with, and the years the figures
 * are of. One function for the tile grid on the page, in its embed and in its exported picture.
 * The gaps are written with the decimals of the regions' values and the reference's
 * (`unitsDecimals`), as the regions page's table and sentences write them.
 */
import type { Locale } from '../../domain/locale';
import { tHonest } from '../../i18n/honest';
import { tTargets } from '../../i18n/targets';
import type { KpiPoint } from '../../kpi/measures';
import { statusOf } from '../../kpi/summary';
import type { TrackedUnit } from '../../kpi/track';
import { flagsAt } from '../../kpi/used';
import { pp, unitSentence, unitsDecimals } from '../../kpi/view';
import type { TileInput } from './layout';

/**
 * One tile per region. `regionTiles(tracked.regions, tracked.units.reference, 'fr')[0]` →
 * `{ key: 'ile-de-france', status: 'closed', value: '+2,20 pts', periods: { start: '2016', now: '2019' }, … }`
 */
export function regionTiles(
	regions: readonly TrackedUnit[],
	reference: readonly KpiPoint[],
	locale: Locale
): TileInput[] {
	const m = tTargets(locale);
	const h = tHonest(locale);
	// A ministry's table in whole percentages reads `−3 pts`, not `−3,00 pts`.
	const decimals = unitsDecimals(regions, reference);
	// The flags of both values the latest gap is computed from: the region's and the EU's.
	const flagsOf = (r: TrackedUnit) =>
		[
			...new Set(
				flagsAt(r.series.points, [r.assessment.periods.now]) +
					flagsAt(reference, [r.assessment.periods.now])
			)
		].join('');
	return regions.map((r) => {
		const flags = flagsOf(r);
		return {
			key: r.key,
			label: r.label,
			status: statusOf(r.assessment),
			value:
				(r.assessment.gapNow === null ? '—' : pp(r.assessment.gapNow, locale, decimals)) +
				(flags ? ` ${flags}` : ''),
			description:
				unitSentence(r.label, r.assessment, m, locale, r.synthetic, decimals) +
				(r.series.setAside ? ` (${h.replaces})` : ''),
			synthetic: r.synthetic,
			periods: { start: r.assessment.periods.start, now: r.assessment.periods.now }
		};
	});
}
