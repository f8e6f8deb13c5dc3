/**
 * Brotli and gzip files beside every compressible asset of the build, so that a static server
 * (`npm start`'s sirv, nginx `gzip_static`/`brotli_static`, most hosts) sends them as they are:
 * the DuckDB-WASM engine is 27 MB raw, about 5.2 MB in brotli.
 *
 * Brotli's best quality (11) takes minutes on the 27 MB engine; quality 9 gives most of the gain
 * in seconds. Small files get 11. Results are kept in a cache keyed by the file's SHA-256, so a
 * rebuild (the e2e run builds twice) compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions worth compressing (text and wasm); images such as PNG are compressed already. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.tsv',
	'.csv',
	'.txt',
	'.xml',
	'.webmanifest',
	'.map'
]);

/** Below this, the headers cost more than the bytes saved. */
export const MIN_BYTES = 1024;

/**
 * Whether a file of the build gets `.br` and `.gz` siblings.
 * `shouldCompress('a/duckdb-eh.wasm', 34_000_000)` → `true`; `shouldCompress('x.png', 9000)` → `false`.
 */
export function shouldCompress(file: string, size: number): boolean {
	if (file.endsWith('.br') || file.endsWith('.gz')) return false;
	return size >= MIN_BYTES && COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/** Brotli quality for a file of this size: 11 up to 4 MB, 9 above (see the module comment). */
export function brotliQuality(size: number): number {
	return size > 4 * 1024 * 1024 ? 9 : 11;
}

export interface PrecompressResult {
	files: number;
	rawBytes: number;
	brotliBytes: number;
	gzipBytes: number;
	fromCache: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file under `dir` (only when smaller
 * than the file), reusing `cacheDir` when given. Returns what it did.
 */
export async function precompress(dir: string, cacheDir?: string): Promise<PrecompressResult> {
	if (cacheDir) mkdirSync(cacheDir, { recursive: true });
	const result: PrecompressResult = {
		files: 0,
		rawBytes: 0,
		brotliBytes: 0,
		gzipBytes: 0,
		fromCache: 0
	};
	const jobs: Promise<void>[] = [];
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const file = path.join(dir, name);
		const stats = statSync(file);
		if (!stats.isFile() || !shouldCompress(name, stats.size)) continue;
		jobs.push(compressOne(file, stats.size, result, cacheDir));
	}
	// zlib's asynchronous calls run on libuv's thread pool: both cores work.
	await Promise.all(jobs);
	return result;
}

async function compressOne(
	file: string,
	size: number,
	result: PrecompressResult,
	cacheDir: string | undefined
): Promise<void> {
	const bytes = readFileSync(file);
	const hash = createHash('sha256').update(bytes).digest('hex');
	const quality = brotliQuality(size);
	const variants: [string, () => Promise<Buffer>][] = [
		[
			'br',
			() =>
				brotli(bytes, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
					}
				})
		],
		['gz', () => gzip(bytes, { level: 9 })]
	];
	result.files += 1;
	result.rawBytes += size;
	for (const [ext, make] of variants) {
		const cached = cacheDir ? path.join(cacheDir, `${hash}.q${quality}.${ext}`) : null;
		let out: Buffer;
		if (cached && existsSync(cached)) {
			out = readFileSync(cached);
			result.fromCache += 1;
		} else {
			out = await make();
			if (cached) writeFileSync(cached, out);
		}
		if (out.length >= size) continue;
		writeFileSync(`${file}.${ext}`, out);
		if (ext === 'br') result.brotliBytes += out.length;
		else result.gzipBytes += out.length;
	}
}
