import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { offeredBlob } from '../store/idb';
import { ingestInWorker, isAbort } from './client';
import { columnArrays } from './columns';
import { ingestTextToColumns } from './ingest';

// A stand-in for the browser's Worker: the test answers as the import Worker does (see
// ingest.worker.test.ts for what that one really posts).
class FakeWorker {
	static last: FakeWorker;
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: ((event: { message: string }) => void) | null = null;
	requests: Record<string, unknown>[] = [];
	terminated = false;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(request: Record<string, unknown>) {
		this.requests.push(request);
	}
	terminate() {
		this.terminated = true;
	}
	reply(data: Record<string, unknown>) {
		this.onmessage?.({ data: { id: 0, ...data } });
	}
}

beforeAll(() => vi.stubGlobal('Worker', FakeWorker));
afterAll(() => vi.unstubAllGlobals());

const result = ingestTextToColumns('a.csv', 'geo;TIME_PERIOD;OBS_VALUE\nFR10;2023;21,4\n', {
	dialect: 'auto'
});
const file = () => ({ name: 'a.csv', bytes: new Uint8Array([1, 2]) });

describe('ingestInWorker', () => {
	it('with withArrow: resolves with the columns, the stream and the Blobs come later; the worker ends after them', async () => {
		const reading = ingestInWorker(file(), { withArrow: true });
		const worker = FakeWorker.last;
		expect(worker.requests[0]).toMatchObject({ name: 'a.csv', withArrow: true });
		worker.reply({ result, coverage: { geos: ['FR10'], periods: ['2023'] } });
		const read = await reading;
		expect(read.columns.length).toBe(1);
		expect(read.coverage).toEqual({ geos: ['FR10'], periods: ['2023'] });
		expect(worker.terminated).toBe(false);
		const bytes = new Uint8Array([9]);
		worker.reply({ arrow: bytes });
		expect(await read.arrow).toBe(bytes);
		expect(worker.terminated).toBe(false);
		// One Blob per array, in `columnArrays` order, offered to the store for that array.
		const arrays = columnArrays(read.columns);
		const blobs = arrays.map((array) => new Blob([array as ArrayBufferView<ArrayBuffer>]));
		worker.reply({ blobs });
		expect(worker.terminated).toBe(true);
		expect(await offeredBlob(read.columns.values)).toBe(blobs[arrays.indexOf(read.columns.values)]);
		expect(await offeredBlob(read.columns.codes.geo)).toBe(
			blobs[arrays.indexOf(read.columns.codes.geo)]
		);
	});

	it('Blobs that failed, or of another size than their array, are not offered', async () => {
		const reading = ingestInWorker(file(), { withArrow: true });
		const worker = FakeWorker.last;
		worker.reply({ result });
		const read = await reading;
		worker.reply({ arrow: new Uint8Array([9]) });
		worker.reply({ blobsError: 'out of memory' });
		expect(worker.terminated).toBe(true);
		expect(await offeredBlob(read.columns.values)).toBeNull();

		const again = ingestInWorker(file(), { withArrow: true });
		FakeWorker.last.reply({ result });
		const other = await again;
		const blobs = columnArrays(other.columns).map(() => new Blob([new Uint8Array(3)]));
		FakeWorker.last.reply({ blobs });
		expect(await offeredBlob(other.columns.values)).toBeNull();
		// An array no worker made a Blob of.
		expect(await offeredBlob(new Float64Array(2))).toBeNull();
	});

	it('a stream that failed, or an import cancelled before it came, rejects the stream only', async () => {
		const failing = ingestInWorker(file(), { withArrow: true });
		FakeWorker.last.reply({ result });
		const failed = await failing;
		FakeWorker.last.reply({ arrowError: 'out of memory' });
		await expect(failed.arrow).rejects.toThrow('out of memory');

		const controller = new AbortController();
		const cancelled = ingestInWorker(file(), { withArrow: true, signal: controller.signal });
		const worker = FakeWorker.last;
		worker.reply({ result });
		const read = await cancelled;
		controller.abort();
		expect(worker.terminated).toBe(true);
		await expect(read.arrow).rejects.toSatisfy(isAbort);
		// The store then copies the arrays itself.
		expect(await offeredBlob(read.columns.values)).toBeNull();
	});

	it('without withArrow, or for a file without rows: no stream, the worker ends with the result', async () => {
		const plain = ingestInWorker(file());
		expect(FakeWorker.last.requests[0]).not.toHaveProperty('withArrow');
		FakeWorker.last.reply({ result });
		expect((await plain).arrow).toBeUndefined();
		expect(FakeWorker.last.terminated).toBe(true);

		const empty = ingestTextToColumns('e.csv', 'geo;TIME_PERIOD;OBS_VALUE\n', { dialect: 'auto' });
		const none = ingestInWorker(file(), { withArrow: true });
		FakeWorker.last.reply({ result: empty });
		expect((await none).arrow).toBeUndefined();
		expect(FakeWorker.last.terminated).toBe(true);
	});
});
