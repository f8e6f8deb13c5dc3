/**
 * "Who caught up" as the comparison page's table rows, so its data exports like the other views
 * (numbers as numbers, France highlighted).
 */
import { tWords } from '../../i18n/words';
import { formatPercentPoints, formatValue } from '../../charts/core/format';
import type { Locale } from '../../domain/codes';
import type { ExploreMessages } from '../../i18n/explore';
import type { CatchUpRow } from '../../kpi/peers';
import type { Column, TableRow } from './table-rows';

/**
 * `catchupTable(rows, (g) => g, tExplore('fr'), 'fr', '2016', 'FR').rows[0].cells.reached` →
 * `{ text: '2017', sort: 2017 }`
 */
export function catchupTable(
	rows: readonly CatchUpRow[],
	label: (geo: string) => string,
	m: ExploreMessages,
	locale: Locale,
	baseline: string,
	focus: string
): { columns: Column[]; rows: TableRow[] } {
	const c = m.catchupCols;
	const pts = (v: number) => ({ text: formatPercentPoints(v, locale), sort: v });
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
				start: { text: formatValue(r.start, locale), sort: r.start, flags: r.startFlags },
				gapStart: pts(r.gapStart),
				reached: {
					text: r.reached ?? m.notYet,
					sort: r.reached === null ? null : Number(r.reached)
				},
				end: { text: r.end, sort: r.end },
				gapEnd: { ...pts(r.gapEnd), flags: r.endFlags },
				pace: { ...pts(r.pace), flags: r.paceFlags },
				still: {
					text: r.stillAbove === null ? '' : r.stillAbove ? m.yes : m.no,
					sort: r.stillAbove === null ? null : Number(r.stillAbove),
					flags: r.lastFlags
				}
			}
		}))
	};
}
