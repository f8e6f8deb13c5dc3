import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { wasmExports } from '../../src/lib/data/duckdb/wasm-exports';

// Shipping the site as a ministry's web team would: compressed engine, security headers, framing
// rules, offline after one visit, and a build under a sub-path.

const run = promisify(execFile);
const BUILD = process.env.OBSERVATOIRE_BUILD_DIR ?? 'build';

function engineFile(dir: string): string {
	const assets = path.join(dir, '_app', 'immutable', 'assets');
	const wasm = readdirSync(assets).find((f) => /^duckdb-eh.*\.wasm$/.test(f));
	if (!wasm) throw new Error(`no duckdb-eh wasm in ${assets}`);
	return `/_app/immutable/assets/${wasm}`;
}

/** Recounts the headline with DuckDB-WASM on /donnees/ (engine, worker and data files). */
async function recount(page: Page, url: string) {
	await page.goto(url);
	await page.getByRole('button', { name: 'Recalculer dans le navigateur' }).click();
	const result = page.getByTestId('browser-result');
	await expect(result).toBeVisible({ timeout: 90_000 });
	await expect(result).toContainText(/France\s+20\d\d/);
}

test.describe('served as a static host should', () => {
	test('the engine and the pages go out precompressed, with immutable caching for assets', async ({
		baseURL
	}) => {
		const wasm = `${baseURL}${engineFile(BUILD)}`;
		for (const encoding of ['br', 'gzip']) {
			const response = await fetch(wasm, { headers: { 'accept-encoding': encoding } });
			expect(response.status).toBe(200);
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('content-type')).toBe('application/wasm');
			expect(response.headers.get('cache-control')).toContain('immutable');
			// Compressed: well under the 27 MB of the raw engine.
			expect(Number(response.headers.get('content-length'))).toBeLessThan(10_000_000);
			await response.body?.cancel();
		}
		const raw = await fetch(wasm, { headers: { 'accept-encoding': 'identity' } });
		expect(raw.headers.get('content-encoding')).toBeNull();
		const built = readFileSync(path.join(BUILD, engineFile(BUILD)));
		expect(Number(raw.headers.get('content-length'))).toBe(built.length);
		await raw.body?.cancel();
		// The engine served is the slim one (vite.config.ts): without the exports only run-time
		// extensions use, which its loader would walk at every start.
		expect(wasmExports(built).length).toBeGreaterThan(100);
		expect(wasmExports(built).length).toBeLessThan(1_000);

		const home = await fetch(`${baseURL}/`, { headers: { 'accept-encoding': 'br' } });
		expect(home.headers.get('content-encoding')).toBe('br');
		expect(home.headers.get('cache-control')).toBe('no-cache');
		expect(home.headers.get('x-content-type-options')).toBe('nosniff');
		expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(home.headers.get('permissions-policy')).toContain('camera=()');
		const csp = home.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
		expect(csp).toContain("frame-ancestors 'none'");

		const embed = await fetch(`${baseURL}/en/embed/home-trend/`);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
		// The host configuration is not itself a page, and nothing outside the build is served.
		expect((await fetch(`${baseURL}/_headers`)).status).toBe(404);
		expect((await fetch(`${baseURL}/..%2fpackage.json`)).status).toBe(404);
	});

	test('a page refuses to be framed; an embed is framed', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => {
			for (const [id, src] of [
				['page', '/comparer/'],
				['embed', '/embed/home-trend/']
			]) {
				const frame = document.createElement('iframe');
				frame.id = id!;
				frame.src = src!;
				frame.width = '600';
				frame.height = '400';
				document.body.append(frame);
			}
		});
		const embed = page.frameLocator('#embed');
		await expect(embed.locator('svg').first()).toBeVisible();
		// Chromium replaces a refused frame by its own error page, out of the site's origin.
		await expect
			.poll(async () => (await (await page.$('#page'))?.contentFrame())?.url() ?? '')
			.toMatch(/^chrome-error:/);
	});
});

/**
 * Debian's Chromium 150 leaves `navigator.onLine` true in a document its service worker served
 * while the network is emulated offline (the document's own requests do fail): the emulation is
 * set again, as a real disconnection would be heard, so the page gets its `offline` event. Where
 * the browser reports it already, nothing is done.
 */
async function heardOffline(page: Page, context: BrowserContext): Promise<void> {
	await page.waitForLoadState('load');
	if (!(await page.evaluate(() => navigator.onLine))) return;
	await context.setOffline(false);
	await context.setOffline(true);
}

test.describe('offline after one visit', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the first install waits while the reader clicks, and comes once they stop', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/comparer/');
		await expect(page.locator('html[data-hydrated="true"]')).toBeAttached({ timeout: 30_000 });
		const registered = () =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
		// A click every second for six seconds: never three seconds alone, never registered.
		const tabs = ['ranking', 'trend'];
		for (let i = 0; i < 6; i++) {
			await page.getByTestId(`tab-${tabs[i % 2]}`).click();
			expect(await registered()).toBe(false);
			await page.waitForTimeout(1000);
		}
		expect(await registered()).toBe(false);
		// Left alone: registered at the next idle moment after three seconds.
		await expect.poll(registered, { timeout: 30_000 }).toBe(true);
	});

	test('a reload offline shows the pages on the bundled data and the engine still answers', async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		await page.goto('/');
		// Installed once idle and left alone for 3 s; ready when every page and data file is cached.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// Fetch the engine once, online, so that it is kept.
		await recount(page, '/donnees/');

		await context.setOffline(true);
		await page.reload();
		await heardOffline(page, context);
		await expect(page.getByTestId('offline')).toBeVisible();
		await page.goto('/comparer/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('svg').first()).toBeVisible();
		await page.goto('/en/objectifs/');
		await heardOffline(page, context);
		await expect(page.getByTestId('offline')).toContainText('Offline');
		await expect(page.getByTestId('verdict')).toBeVisible();
		// A report's views fetch their data when chosen: the files were kept at the first visit.
		await page.goto('/rapport/?v=compare-ranking&v=target-national');
		const views = page.getByTestId('report-view');
		await expect(views.nth(0).locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(views.nth(1).getByTestId('verdict')).toBeVisible();
		await expect(page.getByTestId('view-error')).toHaveCount(0);
		await expect(page.getByTestId('appendix-isoc_ec_esels')).toBeVisible();
		await recount(page, '/donnees/');
		await context.setOffline(false);
	});
});

test.describe('published under a sub-path', () => {
	const PORT = Number(process.env.E2E_BASE_PORT ?? 4331);
	const BASE = '/observatoire';
	let dir = '';
	let server: ChildProcess | undefined;
	const kitDir = path.join('.svelte-kit', 'e2e-base-path');

	test.afterAll(async () => {
		server?.kill();
		if (dir) await rm(dir, { recursive: true, force: true });
		await rm(kitDir, { recursive: true, force: true });
	});

	test('BASE_PATH=/observatoire builds a site that works entirely under that path', async ({
		page
	}) => {
		// A whole site build on a 2-core machine.
		test.setTimeout(900_000);
		dir = await mkdtemp(path.join(tmpdir(), 'observatoire-base-'));
		const build = path.join(dir, 'build');
		const env = {
			...process.env,
			BASE_PATH: BASE,
			OBSERVATOIRE_BUILD_DIR: build,
			OBSERVATOIRE_KIT_DIR: kitDir
		};
		await run(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build'], {
			env,
			maxBuffer: 64 * 1024 * 1024
		});
		server = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/serve.ts', '--port', String(PORT), '--dir', build],
			{ stdio: 'ignore', env }
		);
		const origin = `http://127.0.0.1:${PORT}`;
		await expect
			.poll(async () => (await fetch(`${origin}${BASE}/`).catch(() => undefined))?.status, {
				timeout: 30_000
			})
			.toBe(200);

		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The bare address sends a visitor to the base path.
		await page.goto(`${origin}/`);
		expect(new URL(page.url()).pathname).toBe(`${BASE}/`);
		// From there on, nothing the site asks for is outside its path.
		const outside: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === origin && !url.pathname.startsWith(`${BASE}/`)) outside.push(url.href);
		});
		await expect(page.locator('svg').first()).toBeVisible();
		await page.getByRole('navigation').getByRole('link', { name: 'Comparer' }).click();
		await expect(page).toHaveURL(`${origin}${BASE}/comparer/`);
		await expect(page.locator('svg').first()).toBeVisible();
		await page.getByTestId('switch-language').click();
		await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}/en/comparer/`));
		await page.goto(`${origin}${BASE}/en/embed/home-trend/`);
		await expect(page.locator('svg').first()).toBeVisible();
		// A report view's data is fetched under the base path too.
		await page.goto(`${origin}${BASE}/en/rapport/?v=compare-ranking`);
		await expect(page.getByTestId('report-view').locator('figure svg[role="group"]')).toHaveCount(
			1
		);
		// Worker, wasm and data files, all under the base path.
		await recount(page, `${origin}${BASE}/donnees/`);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});
});
