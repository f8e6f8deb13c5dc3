/**
 * Datasets a person imported in this browser, as every view sees them: a reactive list next to
 * the bundled data that pages receive from prerendering. Views merge the two with
 * `withImported(bundled)`; the import page fills the list (and keeps it across reloads).
 */
import type { Observation } from '../domain/observation';
import type { ImportReport } from './ingest/types';

export interface ImportedDataset {
	/** Stable id in the browser store. */
	id: string;
	/** File name as the person gave it. */
	file: string;
	/** Dataset code from the file (or its name). */
	dataset: string;
	/** ISO 8601 timestamp of the import. */
	importedAt: string;
	/** Set by the person at import time when the file is not real statistics. */
	synthetic: boolean;
	observations: Observation[];
	report: ImportReport;
}

export const imported = $state<{ datasets: ImportedDataset[] }>({ datasets: [] });

/**
 * The bundled observations plus every imported one, for views that compute in the page.
 * `withImported(data.observations)` → `[...bundled, ...importedObservations]`
 */
export function withImported(bundled: readonly Observation[]): Observation[] {
	if (imported.datasets.length === 0) return bundled as Observation[];
	return [...bundled, ...imported.datasets.flatMap((d) => d.observations)];
}
