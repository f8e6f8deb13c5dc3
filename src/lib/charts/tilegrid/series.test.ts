import { describe, expect, it } from 'vitest';
import { wholePercentRegion as tracked } from '../../kpi/testing';
import { regionTiles } from './series';

describe('regionTiles', () => {
	// Bretagne (FRH) against the EU average, 2016 and 2019: −2 then −4 points when the EU's values
	// are whole, −2.25 then −4.25 when they have two decimals (`wholePercentRegion`).
	it('words the gaps of whole percentages without decimals, on the tile and in its sentence', () => {
		const t = tracked(22);
		const [tile] = regionTiles(t.regions, t.units.reference, 'fr');
		expect(tile!.value).toBe('−4\u00a0pts');
		expect(tile!.description).toContain('écart au dernier point −4\u00a0pts (2019)');
		expect(tile!.description).toContain('écart au départ −2\u00a0pts (2016)');
		expect(tile!.description).not.toMatch(/\d,\d+\u00a0pts?/);
		const [en] = regionTiles(t.regions, t.units.reference, 'en');
		expect(en!.value).toBe('−4\u00a0pp');
	});

	it('keeps the decimals of a reference published with two', () => {
		const t = tracked(22.25);
		const [tile] = regionTiles(t.regions, t.units.reference, 'fr');
		expect(tile!.value).toBe('−4,25\u00a0pts');
		expect(tile!.description).toContain('écart au départ −2,25\u00a0pts (2016)');
	});
});
