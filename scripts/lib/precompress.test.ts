import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQuality, precompress, shouldCompress } from './precompress';

const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('which files get compressed siblings', () => {
	it.each([
		['_app/immutable/assets/duckdb-eh.x.wasm', 34_000_000, true],
		['index.html', 20_000, true],
		['data/estat_tin00111.tsv', 5_000, true],
		['favicon.svg', 400, false],
		['photo.png', 50_000, false],
		['index.html.br', 5_000, false],
		['index.html.gz', 5_000, false]
	])('%s (%d bytes): %s', (file, size, yes) => {
		expect(shouldCompress(file, size)).toBe(yes);
	});

	it('keeps the best brotli quality for small files only', () => {
		expect(brotliQuality(100_000)).toBe(11);
		expect(brotliQuality(34_000_000)).toBe(9);
	});
});

describe('precompress on a folder', () => {
	it('writes .br and .gz that decode to the file, and reuses its cache', async () => {
		const site = path.join(dir, 'site');
		mkdirSync(path.join(site, 'data'), { recursive: true });
		const page = '<p>Part des PME qui vendent en ligne</p>\n'.repeat(200);
		writeFileSync(path.join(site, 'index.html'), page);
		writeFileSync(path.join(site, 'data', 'small.csv'), 'geo,value\nFR,15.2\n');
		const cache = path.join(dir, 'cache');

		const first = await precompress(site, cache);
		expect(first).toMatchObject({ files: 1, fromCache: 0 });
		expect(brotliDecompressSync(readFileSync(path.join(site, 'index.html.br'))).toString()).toBe(
			page
		);
		expect(gunzipSync(readFileSync(path.join(site, 'index.html.gz'))).toString()).toBe(page);
		expect(first.brotliBytes).toBeLessThan(page.length / 10);
		expect(existsSync(path.join(site, 'data', 'small.csv.br'))).toBe(false);

		rmSync(path.join(site, 'index.html.br'));
		rmSync(path.join(site, 'index.html.gz'));
		const second = await precompress(site, cache);
		expect(second.fromCache).toBe(2);
		expect(brotliDecompressSync(readFileSync(path.join(site, 'index.html.br'))).toString()).toBe(
			page
		);
	});
});
