import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../duckdb/engine';
import { sql } from '../duckdb/engine';
import { testEngine } from '../duckdb/testing';
import { columnArrays, type ObservationColumns } from './columns';

// The import Worker's own module, run here with a stand-in for its global scope: what it posts,
// in order, is what the page's client (client.ts) receives.
type Posted = { id: number } & Record<string, unknown>;
const posted: Posted[] = [];
const scope = {
	onmessage: null as null | ((event: { data: unknown }) => Promise<void>),
	postMessage: (message: Posted) => void posted.push(message)
};

let engine: Engine;
beforeAll(async () => {
	vi.stubGlobal('self', scope);
	await import('./ingest.worker');
	engine = await testEngine();
});
afterAll(async () => {
	vi.unstubAllGlobals();
	await engine.close();
});

const read = async (text: string, extra: Record<string, unknown> = {}) => {
	posted.length = 0;
	const bytes = new TextEncoder().encode(text);
	await scope.onmessage!({
		data: { id: 7, name: 'regions.csv', bytes, options: { dialect: 'auto' }, ...extra }
	});
	return posted.filter((m) => !('progress' in m)).map((m) => ({ ...m }));
};

const OFFICE = 'geo;TIME_PERIOD;OBS_VALUE\nFR10;2023;21,4\nFRB0;2023;15,2\nFRC0;2023;:\n';

describe('the import Worker', () => {
	it('posts the columns, the Arrow stream of the same rows for the engine, then their Blobs', async () => {
		const replies = await read(OFFICE, { withArrow: true });
		expect(replies.map((m) => Object.keys(m).sort().join())).toEqual([
			'coverage,id,result',
			'arrow,id',
			'blobs,id'
		]);
		expect(replies[0]!.coverage).toEqual({ geos: ['FR10', 'FRB0', 'FRC0'], periods: ['2023'] });
		const { columns } = replies[0]!.result as { columns: ObservationColumns };
		const arrow = replies[1]!.arrow as Uint8Array;
		expect(columns.length).toBe(3);
		await engine.insertObservations(columns, 'imported:r1', { arrow });
		const rows = await engine.all<{ geo: string; value: number | null; file: string }>(
			sql`SELECT geo, value, source_file AS file FROM observations ORDER BY geo`
		);
		expect(rows.map((r) => [r.geo, r.value, r.file])).toEqual([
			['FR10', 21.4, 'imported:r1'],
			['FRB0', 15.2, 'imported:r1'],
			['FRC0', null, 'imported:r1']
		]);
		// Each Blob holds the bytes of the array at its place, which the store writes for it.
		const blobs = replies[2]!.blobs as Blob[];
		const arrays = columnArrays(columns);
		expect(blobs).toHaveLength(arrays.length);
		for (const [i, blob] of blobs.entries()) {
			const bytes = new Uint8Array(await blob.arrayBuffer());
			const array = arrays[i]!;
			expect(bytes).toEqual(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
		}
		expect(new Float64Array(await blobs[arrays.indexOf(columns.values)]!.arrayBuffer())[1]).toBe(
			15.2
		);
	});

	it('posts no stream when none was asked for, or the file has no rows', async () => {
		expect((await read(OFFICE)).map((m) => Object.keys(m).sort().join())).toEqual([
			'coverage,id,result'
		]);
		const empty = await read('geo;TIME_PERIOD;OBS_VALUE\n', { withArrow: true });
		expect(empty.map((m) => Object.keys(m).sort().join())).toEqual(['coverage,id,result']);
	});
});
