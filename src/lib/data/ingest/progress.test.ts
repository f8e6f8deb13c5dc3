import { describe, expect, it } from 'vitest';
import { throttledProgress } from './progress';
import type { IngestProgress } from './types';

describe('throttledProgress', () => {
	const parse = (rows: number): IngestProgress => ({ phase: 'parse', rows, fraction: rows / 1e6 });

	it('passes one report per interval within a phase, and every change of phase', () => {
		let clock = 0;
		const seen: IngestProgress[] = [];
		const tick = throttledProgress(
			(p) => seen.push(p),
			100,
			() => clock
		);
		tick({ phase: 'decode', rows: 0, fraction: 0 });
		for (let rows = 2000; rows <= 20_000; rows += 2000) {
			clock += 30;
			tick(parse(rows));
		}
		expect(seen.map((p) => [p.phase, p.rows])).toEqual([
			['decode', 0],
			['parse', 2000], // a new phase, at 30 ms
			['parse', 10_000], // 150 ms
			['parse', 18_000] // 270 ms
		]);
	});

	it('never holds back the end of an import', () => {
		const seen: string[] = [];
		const tick = throttledProgress(
			(p) => seen.push(p.phase),
			100,
			() => 0
		);
		tick(parse(2000));
		tick({ phase: 'done', rows: 2000, fraction: 1 });
		tick({ phase: 'done', rows: 2000, fraction: 1 });
		expect(seen).toEqual(['parse', 'done', 'done']);
	});
});
