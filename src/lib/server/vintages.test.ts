import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundled } from './bundled';
import { vintageComparisons } from './vintages';
import { cellPairs } from '../data/queries/vintages';

// Both bundled files read through the real importer (loadBundled), compared cell by cell in DuckDB.
describe('vintages of the bundled 10+ series', () => {
	// Reading every bundled file takes a while on a busy machine: once, before the checks.
	beforeAll(async () => {
		await loadBundled();
	}, 120_000);
	// The bundled engine is shared with the other test files of this worker (`isolate: false`):
	// never closed here, the worker's exit frees it.

	it('tin00111 (2025) and isoc_ec_esels (27 Feb 2026) share 400 cells and differ on one: MT 2024', async () => {
		const bundled = await loadBundled();
		const [pair, ...others] = await vintageComparisons(bundled);
		expect(others).toEqual([]);
		expect(pair!.older).toEqual({ dataset: 'tin00111', vintage: '2025' });
		expect(pair!.newer).toEqual({ dataset: 'isoc_ec_esels', vintage: '2026-02-27T11:00:00' });
		expect(pair!.series).toEqual([
			{ indicator: 'E_ESELL', unit: 'PC_ENT', sizeClass: 'GE10', nace: 'C10-S951_X_K' }
		]);
		expect(pair!.common).toBe(400);
		expect(pair!.revisions).toEqual([
			{
				indicator: 'E_ESELL',
				unit: 'PC_ENT',
				sizeClass: 'GE10',
				nace: 'C10-S951_X_K',
				geo: 'MT',
				period: '2024',
				old: { value: 32.03, flags: '', confStatus: null },
				new: { value: 31.92, flags: '', confStatus: null }
			}
		]);
	});

	it('every other common cell agrees: same value, same flags, missing values included', async () => {
		const { engine } = await loadBundled();
		const cells = await cellPairs(engine, 'tin00111', 'isoc_ec_esels');
		const same = cells.filter((c) => !(c.geo === 'MT' && c.period === '2024'));
		expect(same).toHaveLength(399);
		for (const c of same) {
			expect(c.revised).toBe(false);
			expect([c.geo, c.period, c.new.value, c.new.flags]).toEqual([
				c.geo,
				c.period,
				c.old.value,
				c.old.flags
			]);
		}
		// The gaps agree too: France 2024 is missing (u) in both editions.
		expect(cells.find((c) => c.geo === 'FR' && c.period === '2024')).toMatchObject({
			old: { value: null, flags: 'u' },
			new: { value: null, flags: 'u' }
		});
	});
});
