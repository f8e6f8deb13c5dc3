/**
 * Progress of an import as the page needs it: a bar moves ten times a second at most. The parsers
 * tick every 2,000 rows; posting each tick from the import Worker cost 170 ms of its 2.4 s on 1M
 * rows (500 messages, each also an update of the page), on a 2-core machine (issue #18).
 */
import type { IngestProgress } from './types';

/** Milliseconds between two progress reports of the same phase. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * `report`, called at most once per `intervalMs` within a phase; a new phase, and `done`, always
 * go through. `const tick = throttledProgress(post); tick({ phase: 'parse', rows: 2000, fraction: 0.1 })`
 */
export function throttledProgress(
	report: (progress: IngestProgress) => void,
	intervalMs = PROGRESS_INTERVAL_MS,
	now: () => number = () => performance.now()
): (progress: IngestProgress) => void {
	let phase: IngestProgress['phase'] | null = null;
	let last = -Infinity;
	return (progress) => {
		const at = now();
		if (progress.phase === phase && progress.phase !== 'done' && at - last < intervalMs) return;
		phase = progress.phase;
		last = at;
		report(progress);
	};
}
