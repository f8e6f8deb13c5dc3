import type { Status } from '../../kpi/summary';
import { STATUS_ORDER } from '../../kpi/summary';
import type { LegendItem } from '../core/legend';
import { STATUS_STYLE } from './status';

/**
 * Where each of the 18 regions sits in an equal-tile grid that reads as France: columns west →
 * east, rows north → south; the five overseas regions in a row of their own below. Equal tiles
 * need no boundary file (no geometry licence) and give small regions the same weight as large ones.
 */
export const TILE_POSITIONS: Readonly<Record<string, { col: number; row: number; abbr: string }>> =
	{
		'hauts-de-france': { col: 2, row: 0, abbr: 'HDF' },
		normandie: { col: 1, row: 1, abbr: 'NOR' },
		'ile-de-france': { col: 2, row: 1, abbr: 'IDF' },
		'grand-est': { col: 3, row: 1, abbr: 'GES' },
		bretagne: { col: 0, row: 2, abbr: 'BRE' },
		'pays-de-la-loire': { col: 1, row: 2, abbr: 'PDL' },
		'centre-val-de-loire': { col: 2, row: 2, abbr: 'CVL' },
		'bourgogne-franche-comte': { col: 3, row: 2, abbr: 'BFC' },
		'nouvelle-aquitaine': { col: 1, row: 3, abbr: 'NAQ' },
		'auvergne-rhone-alpes': { col: 2, row: 3, abbr: 'ARA' },
		'provence-alpes-cote-d-azur': { col: 3, row: 3, abbr: 'PAC' },
		occitanie: { col: 2, row: 4, abbr: 'OCC' },
		corse: { col: 4, row: 4, abbr: 'COR' },
		guadeloupe: { col: 0, row: 6, abbr: 'GUA' },
		martinique: { col: 1, row: 6, abbr: 'MTQ' },
		guyane: { col: 2, row: 6, abbr: 'GUF' },
		'la-reunion': { col: 3, row: 6, abbr: 'REU' },
		mayotte: { col: 4, row: 6, abbr: 'MAY' }
	};

/** Row of the overseas regions (one empty row above it separates them from the mainland). */
export const OVERSEAS_ROW = 6;

export interface TileInput {
	key: string;
	label: string;
	status: Status;
	/** Text under the abbreviation, e.g. the gap now (`−1,2 pts`), or '' when unrated. */
	value: string;
	/** Full sentence for screen readers and the tooltip. */
	description: string;
	synthetic: boolean;
	/**
	 * The survey years the tile's figures are of: its status compares `start` with `now`, its
	 * value is the gap in `now`. A tile whose years are not the grid's says its own (`note`).
	 */
	periods?: { start: string | null; now: string | null };
}

export interface PlacedTile extends TileInput {
	x: number;
	y: number;
	size: number;
	abbr: string;
	fill: string;
	text: string;
	stroke: string;
	/** A third, smaller line: the tile's own years when they differ from the grid's, else ''. */
	note: string;
}

export interface TileGridLayout {
	width: number;
	height: number;
	tiles: PlacedTile[];
	/** Where the "overseas" caption goes, above the overseas row. */
	overseasLabelY: number;
	/** The years most tiles' figures are of, which the grid's caption states. */
	years: { start: string | null; now: string | null };
}

/**
 * Places the tiles of the regions given (unknown keys are left out) on the grid.
 * `placeTiles([{ key: 'bretagne', status: 'widening', … }], { size: 80, gap: 6 }).tiles[0]` →
 * `{ x: 0, y: 172, abbr: 'BRE', fill: '#b2182b', … }`.
 */
export function placeTiles(
	units: readonly TileInput[],
	opts: { size: number; gap: number; top?: number }
): TileGridLayout {
	const step = opts.size + opts.gap;
	const top = opts.top ?? 0;
	const years = gridYears(units);
	const tiles = units.flatMap((u) => {
		const pos = TILE_POSITIONS[u.key];
		if (!pos) return [];
		const style = STATUS_STYLE[u.status];
		return [
			{
				...u,
				x: pos.col * step,
				y: top + pos.row * step,
				size: opts.size,
				abbr: pos.abbr,
				fill: style.fill,
				text: style.text,
				stroke: style.stroke,
				note: ownYears(u.periods, years)
			}
		];
	});
	return {
		width: 5 * step - opts.gap,
		height: top + (OVERSEAS_ROW + 1) * step - opts.gap,
		tiles,
		overseasLabelY: top + OVERSEAS_ROW * step - opts.gap - 8,
		years
	};
}

/** The value most often given, the latest on a tie; null when none is. */
function mostCommon(values: readonly (string | null | undefined)[]): string | null {
	const counts = new Map<string, number>();
	for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: string | null = null;
	for (const [v, n] of counts)
		if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
	return best;
}

/**
 * The survey years a grid's figures are of, as read from the tiles (never written in by hand): the
 * start and latest point most tiles share. A tile on other years says its own in its `note`.
 * `gridYears([{ periods: { start: '2016', now: '2019' } }, …])` → `{ start: '2016', now: '2019' }`
 */
export function gridYears(tiles: readonly Pick<TileInput, 'periods'>[]): {
	start: string | null;
	now: string | null;
} {
	return {
		start: mostCommon(tiles.map((t) => t.periods?.start)),
		now: mostCommon(tiles.map((t) => t.periods?.now))
	};
}

/**
 * A tile's own years, written on it when they are not the grid's: `2018` for a gap of 2018 on a
 * grid of 2019, `2017→2019` for a status measured from another start; '' otherwise (and on an
 * unrated tile, which has no figure to date).
 * `ownYears({ start: '2016', now: '2018' }, { start: '2016', now: '2019' })` → `2018`
 */
export function ownYears(
	periods: TileInput['periods'],
	grid: { start: string | null; now: string | null }
): string {
	if (!periods?.now) return '';
	if (periods.start && periods.start !== grid.start) return `${periods.start}→${periods.now}`;
	return periods.now !== grid.now ? periods.now : '';
}

/**
 * The colour legend of a grid: one entry per status present, in the scale's order, each with the
 * box its tiles are drawn with (unrated dashed like its tiles). The page, its embed and the
 * exported picture use the same entries.
 * `tileLegend([{ status: 'widening' }], { widening: 's’éloigne…', … })` →
 * `[{ swatch: { kind: 'box', fill: '#b2182b', … }, label: 's’éloigne…' }]`
 */
export function tileLegend(
	tiles: readonly Pick<TileInput, 'status'>[],
	statusLabels: Record<Status, string>
): LegendItem[] {
	return STATUS_ORDER.filter((s) => tiles.some((t) => t.status === s)).map((s) => ({
		swatch: {
			kind: 'box',
			fill: STATUS_STYLE[s].fill,
			stroke: STATUS_STYLE[s].stroke,
			dash: s === 'unrated' ? '3 2' : null
		},
		label: statusLabels[s]
	}));
}

/**
 * What each tile's abbreviation stands for, in the grid's reading order (north to south, west to
 * east, overseas last), for the tiles drawn only.
 * `tileKey([{ key: 'bretagne', label: 'Bretagne' }])` → `[{ abbr: 'BRE', name: 'Bretagne' }]`
 */
export function tileKey(
	tiles: readonly Pick<TileInput, 'key' | 'label'>[]
): { abbr: string; name: string }[] {
	return tiles
		.flatMap((t) => {
			const pos = TILE_POSITIONS[t.key];
			return pos ? [{ pos, abbr: pos.abbr, name: t.label }] : [];
		})
		.sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col)
		.map(({ abbr, name }) => ({ abbr, name }));
}
