import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from '../../src/lib/domain/geo';
import {
	FOCUS_GEO,
	HEADLINE_SERIES,
	LEGACY_HEADLINE_SERIES,
	PEER_GROUP,
	REFERENCE_GEO,
	headlineFields
} from '../../src/lib/domain/headline';
import { headlineComparison } from '../../src/lib/data/queries/headline';
import { seriesFor } from '../../src/lib/data/queries/series';
import { loadBundled, resolveBundled } from '../../src/lib/server/bundled';

// The home page's numbers, computed exactly as the build computes them: the bundled file,
// the real importer, the real SQL on DuckDB-WASM's Node twin.
describe('bundled data → importer → DuckDB → headline query', () => {
	// The bundled engine is shared with the other test files of this worker (`isolate: false`):
	// never closed here, the worker's exit frees it.
	it('reads every line of tin00111 and rejects none', async () => {
		const { reports } = await loadBundled();
		const tin = reports.find((r) => r.entry.dataset === 'tin00111');
		expect(tin?.report).toMatchObject({
			format: 'tsv',
			rowsRead: 36,
			rowsAccepted: 36,
			rowsRejected: 0,
			cellsRejected: 0,
			observations: 36 * 12,
			fatal: null
		});
	});

	it('leads with SMEs (10-249) of isoc_ec_esels: 2025 France 15.20, EU27 19.59, 21st of 27, −4.39 pts', async () => {
		const bundled = await loadBundled();
		const resolved = await resolveBundled(bundled, headlineFields());
		expect(resolved).toMatchObject({ ...HEADLINE_SERIES, vintage: '2026-02-27T11:00:00' });
		const h = await headlineComparison(
			bundled.engine,
			resolved!,
			FOCUS_GEO,
			REFERENCE_GEO,
			PEER_GROUP
		);
		expect(h.period).toBe('2025');
		expect(h.focus?.value).toBe(15.2);
		expect(h.reference?.value).toBe(19.59);
		expect(h.gap).toBe(-4.39);
		expect([h.rank, h.ranked]).toEqual([21, 27]);
	});

	it('reads 10+ from the newest vintage (2025: 16.04 vs 20.26), or from tin00111 when pinned', async () => {
		const bundled = await loadBundled();
		const newest = await resolveBundled(bundled, headlineFields('GE10'));
		expect(newest).toMatchObject({ dataset: 'isoc_ec_esels', chosen: 'newest' });
		expect(newest?.vintages.map((v) => v.dataset)).toEqual(['tin00111', 'isoc_ec_esels']);
		const h = await headlineComparison(
			bundled.engine,
			newest!,
			FOCUS_GEO,
			REFERENCE_GEO,
			PEER_GROUP
		);
		expect([h.period, h.focus?.value, h.reference?.value]).toEqual(['2025', 16.04, 20.26]);
		const pinned = await resolveBundled(bundled, headlineFields('GE10'), 'tin00111');
		expect(pinned).toMatchObject({ ...LEGACY_HEADLINE_SERIES, vintage: '2025', chosen: 'pinned' });
	});

	it('compares France 2023 13.43 with the EU27 19.74 in tin00111 (10+, 2025), because France 2024 is missing (u)', async () => {
		const { engine } = await loadBundled();
		const h = await headlineComparison(
			engine,
			LEGACY_HEADLINE_SERIES,
			FOCUS_GEO,
			REFERENCE_GEO,
			PEER_GROUP
		);
		expect(h.period).toBe('2023');
		expect(h.focus?.value).toBe(13.43);
		expect(h.reference?.value).toBe(19.74);
		expect(h.gap).toBe(-6.31);
		expect(h.focusLatest).toEqual({
			geo: 'FR',
			period: '2024',
			value: null,
			flags: 'u',
			confStatus: null
		});
		// 23 EU members sold online more than France in 2023 (IT 13.48 just above it).
		expect(h.rank).toBe(24);
		expect(h.ranked).toBe(27);
	});

	it('keeps the 2022 break in series and the missing 2024 value in the French series', async () => {
		const { engine } = await loadBundled();
		const rows = await seriesFor(engine, LEGACY_HEADLINE_SERIES, ['FR']);
		expect(rows).toHaveLength(12);
		expect(rows.find((r) => r.period === '2015')?.value).toBe(16.5);
		expect(rows.find((r) => r.period === '2022')).toMatchObject({ value: 13.25, flags: 'b' });
		expect(rows.find((r) => r.period === '2024')).toMatchObject({ value: null, flags: 'u' });
	});

	it('ranks France 12th of 27 in 2015 (survey year), as the comparison view will', async () => {
		const { engine } = await loadBundled();
		const rows = await seriesFor(engine, LEGACY_HEADLINE_SERIES, [...EU27_2020_MEMBERS]);
		const y2015 = rows.filter((r) => r.period === '2015' && r.value !== null);
		const above = y2015.filter((r) => (r.value ?? 0) > 16.5).length;
		expect(y2015).toHaveLength(27);
		expect(above + 1).toBe(12);
	});
});
