/**
 * Serves the static build (`build/`) the way a plain static host would, and prints its address.
 * Used by `npm start`, the end-to-end tests and the benchmark, so all three see the same site.
 *
 *   tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const root = path.resolve(option('dir', 'build'));
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', process.env.HOST ?? '127.0.0.1');

if (!existsSync(path.join(root, 'index.html'))) {
	console.error(
		`No built site in ${root}: run \`npm run build\` first (npm start does it for you).`
	);
	process.exit(2);
}

/** Maps a URL path to a file under root, or null; never leaves root. */
function resolveFile(urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		return null;
	}
	const candidate = path.resolve(root, '.' + path.posix.normalize(decoded));
	if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
	for (const file of [candidate, path.join(candidate, 'index.html'), candidate + '.html']) {
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

const server = createServer((req, res) => {
	const file = resolveFile(req.url ?? '/');
	if (!file) {
		const notFound = path.join(root, '404.html');
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		if (existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
	// Hashed build assets never change; pages and data must be revalidated.
	const immutable = file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`);
	res.writeHead(200, {
		'content-type': type,
		'content-length': statSync(file).size,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	});
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Observatoire PME numérique is served at http://${host}:${actual}/ (Ctrl+C to stop)`);
});
