import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/data/ingest/ingest';
import { MAX_DISTINCT_ROWS, eurostatShapedCsv } from './eurostat-shaped';

const keyOf = (line: string) => line.split(',').slice(3, 9).join(',');

describe('eurostatShapedCsv', () => {
	it.each([
		{ rows: 0, lines: 1 },
		{ rows: 2, lines: 3 },
		{ rows: 1000, lines: 1001 }
	])('writes a header and $rows data lines', ({ rows, lines }) => {
		const text = eurostatShapedCsv(rows);
		expect(text.endsWith('\n')).toBe(true);
		expect(text.trimEnd().split('\n')).toHaveLength(lines);
	});

	it('never writes the same statistic twice, even past one cycle of the slowest code', () => {
		// 27 geos × 16 years × 6 sizes × 18 sectors = 46 656 rows before the indicator changes.
		const lines = eurostatShapedCsv(200_000).trimEnd().split('\n').slice(1);
		expect(new Set(lines.map(keyOf)).size).toBe(lines.length);
	});

	it('shares no statistic with the bundled files (their indicators in % of enterprises)', () => {
		const series = new Set(
			eurostatShapedCsv(MAX_DISTINCT_ROWS)
				.trimEnd()
				.split('\n')
				.slice(1)
				.map((line) => line.split(',').slice(5, 7).join(','))
		);
		expect(series.size).toBe(22);
		expect(series.has('E_ESELL,PC_ENT')).toBe(false);
		expect(series.has('E_AESELL,PC_ENT')).toBe(false);
		expect(series.has('E_ESELL,PC_TURN')).toBe(true);
	});

	it('is deterministic', () => {
		expect(eurostatShapedCsv(500)).toBe(eurostatShapedCsv(500));
	});

	it('refuses more rows than it has distinct keys', () => {
		expect(MAX_DISTINCT_ROWS).toBeGreaterThanOrEqual(1_000_000);
		expect(() => eurostatShapedCsv(MAX_DISTINCT_ROWS + 1)).toThrow(RangeError);
	});

	it('is read by the importer as SDMX-CSV, every row accepted, missing values kept missing', () => {
		const { report, observations } = ingestText('bench.csv', eurostatShapedCsv(5000));
		expect(report.rowsAccepted).toBe(5000);
		expect(observations).toHaveLength(5000);
		const missing = observations.filter((o) => o.value === null);
		expect(missing.length).toBeGreaterThan(0);
		expect(missing.every((o) => o.flags.includes('u'))).toBe(true);
	});
});
