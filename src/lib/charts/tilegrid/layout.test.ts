import { describe, expect, it } from 'vitest';
import { FRENCH_REGIONS } from '../../domain/geo';
import { OVERSEAS_ROW, placeTiles, TILE_POSITIONS } from './layout';

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
	const unit = (key: string, status: 'away' | 'unrated') => ({
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
		const [tile] = placeTiles([unit(key, 'away')], { size: 80, gap: 6 }).tiles;
		expect(tile).toMatchObject({ x, y, abbr, fill, size: 80 });
	});
	it('leaves out unknown keys and sizes the drawing to the grid', () => {
		const l = placeTiles([unit('atlantis', 'unrated')], { size: 80, gap: 6 });
		expect(l.tiles).toEqual([]);
		expect([l.width, l.height]).toEqual([424, 596]);
	});
});
