import type { Status } from '../../kpi/summary';
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
}

export interface PlacedTile extends TileInput {
	x: number;
	y: number;
	size: number;
	abbr: string;
	fill: string;
	text: string;
	stroke: string;
}

export interface TileGridLayout {
	width: number;
	height: number;
	tiles: PlacedTile[];
	/** Where the "overseas" caption goes, above the overseas row. */
	overseasLabelY: number;
}

/**
 * Places the tiles of the regions given (unknown keys are left out) on the grid.
 * `placeTiles([{ key: 'bretagne', status: 'away', … }], { size: 80, gap: 6 }).tiles[0]` →
 * `{ x: 0, y: 172, abbr: 'BRE', fill: '#b2182b', … }`.
 */
export function placeTiles(
	units: readonly TileInput[],
	opts: { size: number; gap: number; top?: number }
): TileGridLayout {
	const step = opts.size + opts.gap;
	const top = opts.top ?? 0;
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
				stroke: style.stroke
			}
		];
	});
	return {
		width: 5 * step - opts.gap,
		height: top + (OVERSEAS_ROW + 1) * step - opts.gap,
		tiles,
		overseasLabelY: top + OVERSEAS_ROW * step - opts.gap - 8
	};
}
