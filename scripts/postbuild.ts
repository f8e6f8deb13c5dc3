/**
 * Runs after `vite build` (`npm run build`): writes the `_headers` file static hosts read
 * (Netlify, Cloudflare Pages) with the same headers `npm start` sends, then brotli and gzip files
 * beside every compressible asset.
 *
 *   tsx scripts/postbuild.ts   (reads OBSERVATOIRE_BUILD_DIR and BASE_PATH like the build)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMON_HEADERS, cspHeader, metaPolicyOf, normaliseBase, pagePaths } from './lib/headers';
import { precompress } from './lib/precompress';

const dir = path.resolve(process.env.OBSERVATOIRE_BUILD_DIR ?? 'build');
const base = normaliseBase(process.env.BASE_PATH);

/**
 * The `_headers` file: common headers and immutable caching for every path, then each page's own
 * CSP (its script hashes differ) with who may frame it.
 */
function headersFile(): string {
	const lines = ['# Written by scripts/postbuild.ts: the headers `npm start` sends.', `${base}/*`];
	for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
	lines.push(
		'',
		`${base}/_app/immutable/*`,
		'  Cache-Control: public, max-age=31536000, immutable'
	);
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.sort();
	for (const name of pages) {
		const policy = metaPolicyOf(readFileSync(path.join(dir, name), 'utf8'));
		if (policy === null) continue;
		for (const p of pagePaths(name)) {
			lines.push(
				'',
				`${base}${p}`,
				`  Content-Security-Policy: ${cspHeader(policy, base + p, base)}`
			);
		}
	}
	return lines.join('\n') + '\n';
}

const started = Date.now();
writeFileSync(path.join(dir, '_headers'), headersFile());
// Keyed by content, so one cache serves every checkout and build of the machine.
const done = await precompress(dir, path.join(tmpdir(), 'observatoire-precompress'));
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(
	`postbuild: _headers written; ${done.files} files precompressed (${mb(done.rawBytes)} MB → ` +
		`${mb(done.brotliBytes)} MB brotli, ${mb(done.gzipBytes)} MB gzip; ` +
		`${done.fromCache} from cache) in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
