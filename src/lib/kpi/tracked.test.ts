import { afterEach, describe, expect, it } from 'vitest';
import {
	addImported,
	imported,
	removeImported,
	type ImportedDataset
} from '../data/imported.svelte';
import { columnsOf } from '../data/ingest/columns';
import type { ImportReport } from '../data/ingest/types';
import type { Observation } from '../domain/observation';
import { loadTargetPageData } from './page-data.server';
import { trackedTarget } from './tracked';

const data = await loadTargetPageData({ sectors: false });
const cnnum = data.targets[0]!;

function importOf(id: string, rows: Observation[], synthetic = false): ImportedDataset {
	return {
		id,
		file: `${id}.csv`,
		dataset: rows[0]!.dataset,
		importedAt: '2026-12-02T10:00:00Z',
		synthetic,
		columns: columnsOf(rows),
		report: { lastUpdate: null } as unknown as ImportReport
	};
}

const row = (more: Partial<Observation>): Observation => ({
	dataset: 'regions_pme',
	indicator: cnnum.indicator,
	unit: cnnum.unit,
	sizeClass: cnnum.sizeClass,
	nace: cnnum.nace,
	geo: 'FRB',
	period: '2016',
	value: 12.5,
	flags: '',
	confStatus: null,
	...more
});

afterEach(async () => {
	for (const d of imported.datasets) await removeImported(d.id);
});

describe('trackedTarget', () => {
	it('gives the same result for the same rows, and computes again for another language', () => {
		const first = trackedTarget(cnnum, data, 'fr');
		expect(trackedTarget(cnnum, data, 'fr')).toBe(first);
		const english = trackedTarget(cnnum, data, 'en');
		expect(english).not.toBe(first);
		expect(english.regions.map((r) => r.key)).toEqual(first.regions.map((r) => r.key));
		// Other rows (a copy of the page's data): computed on them, not taken from the first.
		expect(trackedTarget(cnnum, { ...data, observations: [...data.observations] }, 'fr')).not.toBe(
			first
		);
	});

	it('keeps its result when an import adds nothing to the series, not when it does', async () => {
		const before = trackedTarget(cnnum, data, 'fr');
		// A file of another indicator: nothing of the target's series.
		expect(
			(await addImported([importOf('other', [row({ indicator: 'E_OTHER', geo: 'FR' })])])).status
		).toBe('unavailable');
		expect(trackedTarget(cnnum, data, 'fr')).toBe(before);
		// Marked illustrative: the same rows, but what is real changed.
		await addImported([importOf('other', [row({ indicator: 'E_OTHER', geo: 'FR' })], true)]);
		const relabelled = trackedTarget(cnnum, data, 'fr');
		expect(relabelled).not.toBe(before);
		// A region's rows of the target's series: computed again, with them.
		await addImported([
			importOf('mine', [row({ geo: 'FRB' }), row({ geo: 'FRB', period: '2019' })])
		]);
		const after = trackedTarget(cnnum, data, 'fr');
		expect(after).not.toBe(relabelled);
		expect(after.regions.some((r) => r.series.datasets.includes('regions_pme'))).toBe(true);
		expect(before.regions.some((r) => r.series.datasets.includes('regions_pme'))).toBe(false);
	});
});
