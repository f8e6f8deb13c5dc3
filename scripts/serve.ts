/**
 * Serves the static build (`build/`) the way a well-configured static host would, and prints its
 * address. Used by `npm start`, the end-to-end tests and the benchmark, so all three see the same
 * site.
 *
 *   tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build] [--base /observatoire]
 *                        [--no-compress]   (ignore the .br/.gz files: the benchmark's yardstick)
 *
 * Files come from `sirv` (the static server SvelteKit's own preview uses): only files present in
 * the build at start-up are served, so no request can reach outside it; the brotli and gzip files
 * `scripts/postbuild.ts` wrote beside each asset are sent with `Content-Encoding` to browsers that
 * accept them. Headers (CSP with `frame-ancestors`, cache, referrer, permissions) come from
 * `scripts/lib/headers.ts`, which also writes the `_headers` file for static hosts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import {
	COMMON_HEADERS,
	cacheControl,
	cspHeader,
	metaPolicyOf,
	normaliseBase,
	pagePaths
} from './lib/headers';

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const root = path.resolve(option('dir', process.env.OBSERVATOIRE_BUILD_DIR ?? 'build'));
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const base = normaliseBase(option('base', process.env.BASE_PATH ?? ''));

if (!existsSync(path.join(root, 'index.html'))) {
	console.error(
		`No built site in ${root}: run \`npm run build\` first (npm start does it for you).`
	);
	process.exit(2);
}

// Each prerendered page carries its own policy (the hashes of its own inline script).
const policies = new Map<string, string>();
for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
	if (!name.endsWith('.html')) continue;
	const policy = metaPolicyOf(readFileSync(path.join(root, name), 'utf8'));
	if (policy === null) continue;
	for (const p of pagePaths(name)) policies.set(p, policy);
}

function setHeaders(res: ServerResponse, pathname: string): void {
	for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
	res.setHeader('Cache-Control', cacheControl(pathname));
	const policy = policies.get(pathname) ?? policies.get(pathname + '/');
	if (policy !== undefined) {
		res.setHeader('Content-Security-Policy', cspHeader(policy, base + pathname, base));
	}
}

const compress = !process.argv.includes('--no-compress');
const files = sirv(root, {
	brotli: compress,
	gzip: compress,
	etag: true,
	setHeaders: (res, pathname) => setHeaders(res, pathname)
});

const notFoundPage = path.join(root, '404.html');

function notFound(res: ServerResponse): void {
	for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
	res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
	res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}

const server = createServer((req, res) => {
	const url = req.url ?? '/';
	if (base) {
		const pathOnly = url.split('?')[0]!;
		if (pathOnly === '/' || pathOnly === base) {
			// The site lives under its base path: send a visitor of the bare address there.
			res.writeHead(302, { location: base + '/' });
			res.end();
			return;
		}
		if (!url.startsWith(base + '/')) return notFound(res);
		req.url = url.slice(base.length);
	}
	// `_headers` is the configuration written for other hosts, not a page.
	if (req.url.split('?')[0] === '/_headers') return notFound(res);
	files(req, res, () => notFound(res));
});

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(
		`Observatoire PME numérique is served at http://${host}:${actual}${base}/ (Ctrl+C to stop)`
	);
});
