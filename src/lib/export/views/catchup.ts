/**
 * "Who caught up" as the comparison page's table rows, so its data exports like the other views
 * (numbers as numbers, France highlighted).
 */
import { tWords } from '../../i18n/words';
import { formatPercentPoints, formatValue, VALUE_DECIMALS } from '../../charts/core/format';
import type { Locale } from '../../domain/codes';
import type { ExploreMessages } from '../../i18n/explore';
import type { CatchUpRow } from '../../kpi/peers';
import type { Column, TableRow } from './table-rows';

/**
 * `catchupTable(rows, (g) => g, tExplore('fr'), 'fr', '2016', 'FR').rows[0].cells.reached` →
 * `{ text: '2017', sort: 2017 }`. Values and gaps have `decimals`, their series' (two unless
 * said); the pace, a gap's change per year, keeps two.
 */
export function catchupTable(
	rows: readonly CatchUpRow[],
	label: (geo: string) => string,
	m: ExploreMessages,
	locale: Locale,
	baseline: string,
	focus: string,
	decimals = VALUE_DECIMALS
): { columns: Column[]; rows: TableRow[] } {
	const c = m.catchupCols;
	const pts = (v: number, d = decimals) => ({ text: formatPercentPoints(v, locale, d), sort: v });
	return {
		columns: [
			{ id: 'country', label: c.country },
			{ id: 'start', label: c.start(baseline), numeric: true },
			{ id: 'gapStart', label: c.gapStart(baseline), numeric: true },
			{ id: 'reached', label: c.reached, numeric: true },
			{ id: 'end', label: tWords(locale).yearOfGap },
			{ id: 'gapEnd', label: c.gapEnd, numeric: true },
			{ id: 'pace', label: c.pace, numeric: true },
			{ id: 'still', label: c.still }
		],
		rows: rows.map((r) => ({
			key: r.geo,
			highlight: r.geo === focus,
			cells: {
				country: { text: label(r.geo), sort: label(r.geo) },
				start: {
					text: formatValue(r.start, locale, { decimals }),
					sort: r.start,
					flags: r.startFlags
				},
				gapStart: pts(r.gapStart),
				reached: {
					text: r.reached ?? m.notYet,
					sort: r.reached === null ? null : Number(r.reached)
				},
				end: { text: r.end, sort: r.end },
				gapEnd: { ...pts(r.gapEnd), flags: r.endFlags },
				pace: { ...pts(r.pace, VALUE_DECIMALS), flags: r.paceFlags },
				still: {
					text: r.stillAbove === null ? '' : r.stillAbove ? m.yes : m.no,
					sort: r.stillAbove === null ? null : Number(r.stillAbove),
					flags: r.lastFlags
				}
			}
		}))
	};
}
