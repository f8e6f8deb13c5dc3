import { describe, expect, it } from 'vitest';
import { FRENCH_REGIONS } from '../../domain/geo';
import { STATUS_ORDER, type Status } from '../../kpi/summary';
import {
	gridYears,
	ownYears,
	OVERSEAS_ROW,
	placeTiles,
	TILE_POSITIONS,
	tileKey,
	tileLegend
} from './layout';

describe('TILE_POSITIONS', () => {
	it('has one tile per region, no two on the same cell', () => {
		expect(Object.keys(TILE_POSITIONS).sort()).toEqual(FRENCH_REGIONS.map((r) => r.id).sort());
		const cells = Object.values(TILE_POSITIONS).map((p) => `${p.col},${p.row}`);
		expect(new Set(cells).size).toBe(18);
	});
	it('puts the 5 overseas regions in a row apart and the 13 metropolitan ones above it', () => {
		for (const r of FRENCH_REGIONS) {
			const row = TILE_POSITIONS[r.id]!.row;
			if (r.overseas) expect(row).toBe(OVERSEAS_ROW);
			else expect(row).toBeLessThan(OVERSEAS_ROW - 1);
		}
	});
	it('keeps the map readable: Bretagne west, Grand Est east, Hauts-de-France north, Occitanie south', () => {
		const p = TILE_POSITIONS;
		expect(p['bretagne']!.col).toBeLessThan(p['grand-est']!.col);
		expect(p['hauts-de-france']!.row).toBeLessThan(p['ile-de-france']!.row);
		expect(p['occitanie']!.row).toBeGreaterThan(p['centre-val-de-loire']!.row);
	});
});

describe('placeTiles', () => {
	const unit = (key: string, status: 'widening' | 'unrated') => ({
		key,
		label: key,
		status,
		value: '',
		description: key,
		synthetic: true
	});
	it.each([
		// step = 80 + 6 = 86: Bretagne col 0 row 2 → (0, 172); Mayotte col 4 row 6 → (344, 516).
		['bretagne', 0, 172, 'BRE', '#b2182b'],
		['mayotte', 344, 516, 'MAY', '#b2182b']
	])('%s at (%d, %d), %s, coloured by status', (key, x, y, abbr, fill) => {
		const [tile] = placeTiles([unit(key, 'widening')], { size: 80, gap: 6 }).tiles;
		expect(tile).toMatchObject({ x, y, abbr, fill, size: 80 });
	});
	it('leaves out unknown keys and sizes the drawing to the grid', () => {
		const l = placeTiles([unit('atlantis', 'unrated')], { size: 80, gap: 6 });
		expect(l.tiles).toEqual([]);
		expect([l.width, l.height]).toEqual([424, 596]);
	});
});

describe('gridYears and ownYears', () => {
	const at = (start: string | null, now: string | null) => ({ periods: { start, now } });
	it.each([
		['every tile on 2016 → 2019', [at('2016', '2019'), at('2016', '2019')], '2016', '2019'],
		[
			'most tiles win; an unrated tile dates nothing',
			[at('2016', '2019'), at('2016', '2019'), at('2016', '2018'), at(null, null)],
			'2016',
			'2019'
		],
		['a tie goes to the later year', [at('2016', '2018'), at('2016', '2019')], '2016', '2019'],
		['no years at all', [at(null, null), {}], null, null]
	] as const)('%s', (_, tiles, start, now) => {
		expect(gridYears(tiles)).toEqual({ start, now });
	});
	it.each([
		[{ start: '2016', now: '2019' }, ''],
		[{ start: '2016', now: '2018' }, '2018'],
		[{ start: '2017', now: '2019' }, '2017→2019'],
		[{ start: null, now: null }, ''],
		[undefined, '']
	] as const)('%j on a 2016 → 2019 grid → %j', (periods, note) => {
		expect(ownYears(periods, { start: '2016', now: '2019' })).toBe(note);
	});
	it('writes a tile’s own year on it, and the grid’s years in the layout', () => {
		const tile = (key: string, now: string) => ({
			key,
			label: key,
			status: 'widening' as const,
			value: '',
			description: key,
			synthetic: true,
			periods: { start: '2016', now }
		});
		const l = placeTiles(
			[tile('bretagne', '2019'), tile('corse', '2019'), tile('mayotte', '2018')],
			{
				size: 80,
				gap: 6
			}
		);
		expect(l.years).toEqual({ start: '2016', now: '2019' });
		expect(l.tiles.map((t) => t.note)).toEqual(['', '', '2018']);
	});
});

describe('tileLegend and tileKey', () => {
	const labels = Object.fromEntries(STATUS_ORDER.map((s) => [s, `statut ${s}`])) as Record<
		Status,
		string
	>;
	it('gives one legend entry per status present, in the scale’s order, unrated dashed', () => {
		const items = tileLegend(
			[{ status: 'unrated' }, { status: 'widening' }, { status: 'widening' }],
			labels
		);
		expect(items.map((i) => i.label)).toEqual(['statut widening', 'statut unrated']);
		expect(items.map((i) => i.swatch.dash)).toEqual([null, '3 2']);
		expect(items[0]!.swatch).toMatchObject({ kind: 'box', fill: '#b2182b' });
	});
	it('decodes every abbreviation drawn, north to south, west to east, overseas last', () => {
		const key = tileKey(
			FRENCH_REGIONS.map((r) => ({ key: r.id, label: r.fr })).concat({
				key: 'atlantis',
				label: 'x'
			})
		);
		expect(key).toHaveLength(18);
		expect(key.slice(0, 4)).toEqual([
			{ abbr: 'HDF', name: 'Hauts-de-France' },
			{ abbr: 'NOR', name: 'Normandie' },
			{ abbr: 'IDF', name: 'Île-de-France' },
			{ abbr: 'GES', name: 'Grand Est' }
		]);
		expect(key.at(-1)).toEqual({ abbr: 'MAY', name: 'Mayotte' });
		expect(new Set(key.map((k) => k.abbr)).size).toBe(18);
	});
});
