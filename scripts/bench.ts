/**
 * `npm run bench [-- --runs 5 --no-build --port 4390 --only tabs,peers,scenario,pages,import --throttle 4]`: builds the site,
 * serves it, drives Chromium through Playwright and prints a table of figures against the budgets
 * (issue "Performance"). It prints; it never fails on a figure. Every figure is the median of
 * several runs with its spread, so one noisy run on a 2-core machine does not decide anything.
 *
 * What "first chart" means here: the first animation frame in which the home page's trend chart
 * has its lines in the DOM, measured from navigation start inside the page. "Naive order" is the
 * same answer computed the way a DuckDB-first dashboard would: load the engine, import the files,
 * query, then draw (the data page's "recompute in the browser" path, started at load).
 *
 * Interactions (slider, tabs) are timed inside the page from the input event until the view
 * shows the new state; the browser import from the file input's `change` event until the file's
 * report, then until the dataset is added and loaded into DuckDB-WASM, with the longest
 * main-thread task of each phase. Generated files go to a temporary folder, removed at the end.
 *
 * The slow machine (issue #18): every interaction, import and page-opening figure is measured
 * twice in the same run, unthrottled and with the CPU slowed ×4 (`--throttle 4`, the default;
 * `--throttle 1` skips it). Each phase (reading, adding, loading into DuckDB; opening a page; one
 * input) also gets its longest main-thread task (budget unthrottled: none over 50 ms) and its
 * total blocking time (the sum of the time past 50 ms of its tasks; budget throttled: ≤ 200 ms).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { ingestTextToColumns } from '../src/lib/data/ingest/ingest';
import { eurostatShapedCsv } from './lib/eurostat-shaped';
import { busyBetween, coreCount, cpuMeter, firstTouchCosts, type Busy } from './lib/cpu';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4390' },
		interactions: { type: 'string', default: '60' },
		// The slow machine: every interaction, import and page-opening figure is measured again
		// with the page's CPU slowed this many times (DevTools' own emulation); 1 skips it.
		throttle: { type: 'string', default: '4' },
		// A comma-separated subset of SECTIONS, to measure one thing while working on it.
		only: { type: 'string', default: '' }
	}
});
const SECTIONS = [
	'load',
	'naive',
	'hover',
	'slider',
	'tabs',
	'population',
	'peers',
	'scenario',
	'pages',
	'cls',
	'import',
	'network'
] as const;
const only = new Set(args.only ? args.only.split(',') : SECTIONS);
const wants = (section: (typeof SECTIONS)[number]) => only.has(section);
const RUNS = Math.max(1, Number(args.runs));
const THROTTLE = Math.max(1, Number(args.throttle));
/** CPU rates every interaction, import and page figure is measured at: unthrottled, then slowed. */
const RATES = THROTTLE > 1 ? [1, THROTTLE] : [1];
/** What a figure's name says of its rate: nothing unthrottled, `, CPU ×4` when slowed. */
const tag = (rate: number) => (rate === 1 ? '' : `, CPU ×${rate}`);
const PORT = Number(args.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The site measured: a copy of build/ taken right after building, so that another build in the
// same tree (a second terminal, a test run) cannot swap the files under a measurement.
const BUILD = mkdtempSync(path.join(tmpdir(), 'bench-site-'));

/**
 * Installed before any page script: records when the chart first has lines, long tasks (start
 * and duration, so a phase can pick its own) and layout shifts not caused by the reader's input.
 */
const PROBE = `
// tsx (esbuild, keepNames) wraps named functions in __name(); functions passed to evaluate() run here.
window.__name = (f) => f;
(() => {
	const bench = (window.__bench = {
		firstChart: null,
		lcp: null,
		longTasks: [],
		shifts: [],
		marks: {}
	});
	const look = () => {
		if (document.querySelector('figure.trend svg path.line')) {
			bench.firstChart = performance.now();
		} else requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.lcp = e.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				bench.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {}
	// One input timed to the last change it makes in the page (<main>) and to the frame after
	// it: settled when three frames pass with no change and \`until()\` holds, \`limit\` ms at
	// most. \`until\` (when given) is timed too: NaN if it never held.
	bench.settle = async (act, until, limit = 2000) => {
		let last = NaN;
		const watch = new MutationObserver(() => (last = performance.now()));
		watch.observe(document.querySelector('main') ?? document.body, {
			subtree: true, childList: true, attributes: true, characterData: true
		});
		const t0 = performance.now();
		act();
		let frame = NaN;
		let reached = until ? NaN : 0;
		let quiet = 0;
		while ((quiet < 3 || Number.isNaN(reached)) && performance.now() - t0 < limit) {
			const before = last;
			await new Promise((r) => requestAnimationFrame(() => r(null)));
			if (Number.isNaN(reached) && until()) reached = performance.now() - t0;
			if (last !== before || Number.isNaN(frame)) {
				frame = performance.now() - t0;
				quiet = 0;
			} else quiet += 1;
		}
		watch.disconnect();
		return { t0, dom: last - t0, frame, until: reached };
	};
})();
`;

/** `bench.settle` of `PROBE`, as the functions passed to `evaluate` call it. */
type Settle = (
	act: () => void,
	until?: () => boolean,
	limit?: number
) => Promise<{ t0: number; dom: number; frame: number; until: number }>;

interface Figure {
	name: string;
	unit: 'ms' | 'kB' | 'MB' | 'rows/s' | 'x' | 'MB/s' | 'CLS' | '%' | 'core-s' | 'ms/MB';
	samples: number[];
	budget?: { max?: number; min?: number; text: string };
	note?: string;
}

const figures: Figure[] = [];
function record(
	name: string,
	unit: Figure['unit'],
	samples: number[],
	budget?: Figure['budget'],
	note?: string
) {
	figures.push({ name, unit, samples: samples.filter((v) => Number.isFinite(v)), budget, note });
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
function percentile(values: number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Gzip size of a built file, so byte budgets read as a static host with compression serves them. */
const gzipCache = new Map<string, number>();
function gzipSizeOf(url: string): number {
	const pathname = new URL(url).pathname;
	const cached = gzipCache.get(pathname);
	if (cached !== undefined) return cached;
	let file = path.join(BUILD, decodeURIComponent(pathname));
	if (!existsSync(file) || file.endsWith('/')) file = path.join(file, 'index.html');
	const size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
	gzipCache.set(pathname, size);
	return size;
}

interface ResourceTiming {
	name: string;
	responseEnd: number;
	encodedBodySize: number;
	initiatorType: string;
}

async function sampleHeap(page: Page, during: Promise<unknown>): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	let peak = 0;
	let done = false;
	const loop = (async () => {
		while (!done) {
			try {
				const { metrics } = await cdp.send('Performance.getMetrics');
				const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
				peak = Math.max(peak, used);
			} catch {
				break; // the page crashed or closed: keep the peak seen so far
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	try {
		await during;
	} finally {
		done = true;
		await loop;
	}
	return peak / 1e6;
}

/**
 * A new context and page with the probe installed; with `rate` > 1 the page's main thread is
 * slowed `rate` times (`Emulation.setCPUThrottlingRate`, what DevTools' "4× slowdown" does; the
 * Workers are not slowed). The rate is set again after each navigation, in case Chromium moved
 * the page to a new renderer process.
 */
async function freshPage(
	browser: Browser,
	rate = 1
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(PROBE);
	const page = await context.newPage();
	if (rate > 1) {
		const cdp = await context.newCDPSession(page);
		const slow = () => cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await slow();
		const goto = page.goto.bind(page);
		page.goto = async (...a: Parameters<Page['goto']>) => {
			const response = await goto(...a);
			await slow().catch(() => undefined);
			return response;
		};
	}
	return { context, page };
}

interface Task {
	start: number;
	duration: number;
}

/**
 * Waits until the page is hydrated (`html[data-hydrated]`, set by the root layout), `timeout` ms
 * at most. Asked through DevTools with a few lines of script, not with a Playwright locator: a
 * locator's first use in a document compiles Playwright's own injected script on the page's main
 * thread, a 25–30 ms task (about 110 ms at CPU ×4) that the opening figures counted as the page's.
 */
async function waitHydrated(page: Page, timeout = 30_000): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('Runtime.evaluate', {
			expression: `new Promise((done) => {
				const root = document.documentElement;
				if (root.hasAttribute('data-hydrated')) return done(true);
				const watch = new MutationObserver(() => {
					if (root.hasAttribute('data-hydrated')) (watch.disconnect(), done(true));
				});
				watch.observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
				setTimeout(() => (watch.disconnect(), done(false)), ${timeout});
			})`,
			awaitPromise: true,
			returnByValue: true
		});
	} catch {
		// A navigation or a closed page ends the wait: the caller's next step says what happened.
	} finally {
		await cdp.detach().catch(() => undefined);
	}
}

/** The long tasks the probe saw in the page so far (start and duration, ms from navigation). */
function longTasksOf(page: Page): Promise<Task[]> {
	return page
		.evaluate(() => (window as unknown as { __bench: { longTasks: Task[] } }).__bench.longTasks)
		.catch(() => []);
}

/**
 * The longest task and the total blocking time (Lighthouse's: the sum, over tasks, of the time
 * past 50 ms) of the tasks that started between `from` and `to`.
 * `blocking([{ start: 10, duration: 120 }, { start: 400, duration: 60 }], 0)` → `{ longest: 120, tbt: 80 }`
 */
function blocking(tasks: Task[], from: number, to = Infinity): { longest: number; tbt: number } {
	const inside = tasks.filter((t) => t.start >= from && t.start <= to);
	return {
		longest: Math.max(0, ...inside.map((t) => t.duration)),
		tbt: inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
	};
}

/**
 * Two figures per phase: its longest task (budget unthrottled: none over 50 ms) and its total
 * blocking time (budget throttled: ≤ 200 ms, Lighthouse's "good"), one sample per run.
 */
function recordBlocking(
	phase: string,
	rate: number,
	samples: { longest: number; tbt: number }[],
	note?: string
) {
	record(
		`${phase}: longest main-thread task${tag(rate)}`,
		'ms',
		samples.map((s) => s.longest),
		rate === 1 ? { max: 50, text: 'no task > 50 ms' } : undefined,
		note
	);
	record(
		`${phase}: total blocking time${tag(rate)}`,
		'ms',
		samples.map((s) => s.tbt),
		rate > 1 ? { max: 200, text: 'TBT ≤ 200 ms' } : undefined
	);
}

async function firstChart(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(
		() =>
			(window as unknown as { __bench: { firstChart: number | null } }).__bench.firstChart !== null
	);
	// LCP settles after load; give it a frame or two.
	await page.waitForTimeout(300);
	return page.evaluate(() => {
		const w = window as unknown as { __bench: { firstChart: number; lcp: number | null } };
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
			(r) => ({
				name: r.name,
				responseEnd: r.responseEnd,
				encodedBodySize: r.encodedBodySize,
				initiatorType: r.initiatorType
			})
		);
		resources.push({
			name: nav.name,
			responseEnd: nav.responseEnd,
			encodedBodySize: nav.encodedBodySize,
			initiatorType: 'navigation'
		});
		return { firstChart: w.__bench.firstChart, lcp: w.__bench.lcp, resources };
	});
}

function bytesBefore(
	resources: ResourceTiming[],
	until: number,
	filter: (r: ResourceTiming) => boolean
) {
	return (
		resources
			.filter((r) => r.responseEnd <= until && filter(r))
			.reduce((sum, r) => sum + gzipSizeOf(r.name), 0) / 1000
	);
}

async function pageLoadFigures(browser: Browser) {
	const cold: number[] = [];
	const warm: number[] = [];
	const lcpCold: number[] = [];
	const lcpWarm: number[] = [];
	const bytesFirst: number[] = [];
	const jsFirst: number[] = [];
	const jsLoad: number[] = [];
	const wasmBefore: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const { context, page } = await freshPage(browser);
		const c = await firstChart(page, `${ORIGIN}/`);
		cold.push(c.firstChart);
		if (c.lcp !== null) lcpCold.push(c.lcp);
		bytesFirst.push(bytesBefore(c.resources, c.firstChart, () => true));
		jsFirst.push(bytesBefore(c.resources, c.firstChart, (r) => r.name.endsWith('.js')));
		jsLoad.push(bytesBefore(c.resources, Infinity, (r) => r.name.endsWith('.js')));
		wasmBefore.push(
			c.resources.filter((r) => r.name.endsWith('.wasm') && r.responseEnd <= c.firstChart).length
		);
		const w = await firstChart(page, `${ORIGIN}/`);
		warm.push(w.firstChart);
		if (w.lcp !== null) lcpWarm.push(w.lcp);
		await context.close();
	}
	record('First chart, cold', 'ms', cold, { max: 1000, text: '≤ 1 s' });
	record('First chart, warm', 'ms', warm);
	record('Largest contentful paint, cold', 'ms', lcpCold);
	record('Largest contentful paint, warm', 'ms', lcpWarm);
	record('Bytes before first chart (gzip)', 'kB', bytesFirst);
	record('JavaScript before first chart (gzip, wasm excluded)', 'kB', jsFirst, {
		max: 200,
		text: '≤ 200 kB'
	});
	record('JavaScript of the home page once loaded (gzip)', 'kB', jsLoad);
	record('wasm files fetched before first chart', 'x', wasmBefore, { max: 0, text: 'none' });
	return median(cold);
}

async function naiveOrderFigures(browser: Browser, firstChartMedian: number) {
	const naive: number[] = [];
	const engineReady: number[] = [];
	const heap: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const { context, page } = await freshPage(browser);
		await page.goto(`${ORIGIN}/donnees/`, { waitUntil: 'domcontentloaded' });
		// Record when the engine is up: the page's status line moves on to reading the files.
		await page.evaluate(() => {
			const bench = (window as unknown as { __bench: { marks: Record<string, number> } }).__bench;
			new MutationObserver(() => {
				const status = document.querySelector('[role=status]')?.textContent ?? '';
				if (bench.marks.engine === undefined && /(lecture de|reading) .*\.(tsv|csv)/.test(status)) {
					bench.marks.engine = performance.now();
				}
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		const button = page.getByRole('button', { name: /Recalculer|Recompute/ });
		await button.waitFor();
		const run = (async () => {
			await button.click();
			await page.getByTestId('browser-result').waitFor({ timeout: 120_000 });
		})();
		heap.push(await sampleHeap(page, run));
		const marks = await page.evaluate(() => {
			const w = window as unknown as { __bench: { marks: Record<string, number> } };
			return { engine: w.__bench.marks.engine, now: performance.now() };
		});
		naive.push(marks.now);
		if (marks.engine !== undefined) engineReady.push(marks.engine);
		await context.close();
	}
	record('DuckDB-WASM ready (from navigation, cold)', 'ms', engineReady);
	record('Naive order: engine → import → query → draw (cold)', 'ms', naive);
	record(
		'Naive order ÷ prerendered first chart',
		'x',
		naive.map((n) => n / firstChartMedian),
		{
			min: 3,
			text: '≥ 3×'
		}
	);
	record('Peak JS heap, DuckDB path', 'MB', heap);
}

/**
 * Two latencies per input, measured inside the page: until the chart's DOM has changed (our
 * work: the budget applies to it), and until the next animation frame after that (when the
 * browser can paint it; bounded below by the display's frame interval, ~16.7 ms at 60 Hz).
 */
function recordLatency(
	name: string,
	samples: InputSample[],
	budget: number,
	note: string,
	rate = 1,
	tasks: Task[] = []
) {
	const dom = samples.map((s) => s.dom).filter((v) => Number.isFinite(v));
	const frame = samples.map((s) => s.frame);
	if (dom.length < samples.length)
		note += `; ${samples.length - dom.length} inputs changed nothing`;
	record(`${name}, DOM updated (p50)${tag(rate)}`, 'ms', dom.length ? [percentile(dom, 50)] : []);
	// The DOM budgets of the first release hold unthrottled; issue #18 puts its own on the frame.
	record(
		`${name}, DOM updated (p95)${tag(rate)}`,
		'ms',
		dom.length ? [percentile(dom, 95)] : [],
		rate === 1 ? { max: budget, text: `≤ ${budget} ms` } : undefined,
		note
	);
	const frameBudget = rate === 1 ? 50 : 100;
	record(
		`${name}, next frame (p95)${tag(rate)}`,
		'ms',
		frame.length ? [percentile(frame, 95)] : [],
		{ max: frameBudget, text: `≤ ${frameBudget} ms` }
	);
	// Each input is a phase: the tasks from just before the input (the task that dispatches it
	// starts a moment before t0) to the frame after it.
	const per = samples.map((s) => blocking(tasks, s.t0 - 16, s.t0 + s.frame));
	recordBlocking(
		name,
		rate,
		per.length
			? [
					{
						longest: Math.max(...per.map((p) => p.longest)),
						tbt: percentile(
							per.map((p) => p.tbt),
							95
						)
					}
				]
			: [],
		'longest over every input; total blocking time of one input, p95'
	);
}

/** One input of an interaction: from `t0` (ms from navigation) to the DOM change, the frame after. */
interface InputSample {
	t0: number;
	dom: number;
	frame: number;
}

/** Hover on the home chart's points: the tooltip must follow within a frame. */
async function hoverFigures(browser: Browser, rate: number) {
	const { context, page } = await freshPage(browser, rate);
	await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
	// The points are in the prerendered HTML: hover them once the page is hydrated (the home
	// trend is hydrated after the rest of the page), as a reader's pointer meets them.
	await waitHydrated(page);
	const samples = await page.evaluate(async (count) => {
		const figure = document.querySelector('figure.trend')!;
		const points = [...figure.querySelectorAll('svg [tabindex="0"]')];
		const out: { t0: number; dom: number; frame: number }[] = [];
		for (let i = 0; i < count && points.length > 0; i++) {
			const target = points[i % points.length]!;
			// Start at a random point of the frame, as a person's pointer does.
			await new Promise((r) => setTimeout(r, Math.random() * 16));
			let dom = NaN;
			const changed = new Promise<void>((resolve) => {
				const mo = new MutationObserver(() => {
					dom = performance.now() - t0;
					mo.disconnect();
					resolve();
				});
				mo.observe(figure, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			});
			const t0 = performance.now();
			target.dispatchEvent(new FocusEvent('focus'));
			target.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
			target.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
			await Promise.race([changed, new Promise((r) => setTimeout(r, 500))]);
			await new Promise((r) => requestAnimationFrame(() => r(null)));
			out.push({ t0, dom, frame: performance.now() - t0 });
			target.dispatchEvent(new FocusEvent('blur'));
			target.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false }));
			await new Promise((r) => requestAnimationFrame(() => r(null)));
		}
		return out;
	}, Number(args.interactions));
	const tasks = await longTasksOf(page);
	await context.close();
	recordLatency(
		'Hover → tooltip',
		samples,
		16,
		`${samples.length} hovers on the home chart`,
		rate,
		tasks
	);
}

/**
 * Year slider on the comparison page (ranking tab), when the site has one. Each change is an
 * `input` event, as while dragging; it counts as done when the panel's heading and the ranking
 * chart both show the new year (the chart is redrawn in the same flush as the heading).
 */
async function sliderFigures(browser: Browser, rate: number) {
	const { context, page } = await freshPage(browser, rate);
	const response = await page.goto(`${ORIGIN}/comparer/?tab=ranking`, { waitUntil: 'load' });
	const slider = page.getByTestId('year-slider');
	const name = 'Year slider → updated chart';
	// Counted at `load`, the slider was sometimes not there yet (one run of two found it): wait
	// for the page's hydration first, as the interaction sections do.
	await waitHydrated(page);
	if (!response?.ok() || (await slider.count()) === 0) {
		record(
			`${name} (p95)${tag(rate)}`,
			'ms',
			[],
			{ max: 100, text: '≤ 100 ms' },
			'no comparison page with a year slider in this build'
		);
		await context.close();
		return;
	}
	// The query string is read after hydration: wait until the ranking view is really shown. The
	// chart is the figure's `svg[role]`: its legend's swatches are small svgs of their own.
	await page.locator('#panel[data-testid="panel-ranking"] figure.ranking svg[role]').waitFor();
	await page.waitForTimeout(300);
	const samples = await slider.evaluate(async (input: HTMLInputElement, count) => {
		const out: { t0: number; dom: number; frame: number }[] = [];
		const min = Number(input.min || 0);
		const max = Number(input.max || 0);
		const panel = document.getElementById('panel')!;
		const yearShown = () => document.querySelector('[data-testid="year-value"]')?.textContent ?? '';
		for (let i = 0; i < count && max > min; i++) {
			const current = Number(input.value);
			const value = current >= max ? min : current + 1;
			const before = yearShown();
			await new Promise((r) => setTimeout(r, 20 + Math.random() * 16));
			let dom = NaN;
			// The slider's own `aria-valuetext` follows the page state, so it names the new year.
			const done = () => {
				const year = yearShown();
				const heading = panel.querySelector('h2')?.textContent ?? '';
				const figure = panel.querySelector('figure.ranking');
				return (
					year !== before &&
					input.getAttribute('aria-valuetext') === year &&
					heading.includes(year) &&
					figure?.querySelector('svg[role]') != null &&
					(figure.textContent ?? '').includes(year)
				);
			};
			const changed = new Promise<void>((resolve) => {
				const mo = new MutationObserver(() => {
					if (!done()) return;
					dom = performance.now() - t0;
					mo.disconnect();
					resolve();
				});
				mo.observe(panel, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
				setTimeout(() => {
					mo.disconnect();
					resolve();
				}, 2000);
			});
			const t0 = performance.now();
			input.value = String(value);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await changed;
			await new Promise((r) => requestAnimationFrame(() => r(null)));
			out.push({ t0, dom, frame: performance.now() - t0 });
		}
		return out;
	}, Number(args.interactions));
	const tasks = await longTasksOf(page);
	await context.close();
	recordLatency(
		name,
		samples,
		100,
		`${samples.length} changes (input event, ranking tab)`,
		rate,
		tasks
	);
}

/**
 * Clicks the controls `selector` finds, one after the other from the one after the checked or
 * pressed one, `count` times; each click is timed to the last change it causes anywhere in the
 * page (every chart, card and table) and to the frame after it. A click counts as settled when
 * three frames pass with no change (2 s at most).
 */
async function settledClicks(tab: Page, selector: string, count: number): Promise<InputSample[]> {
	return tab.evaluate(
		async ({ selector, count }) => {
			const inputs = [...document.querySelectorAll<HTMLElement>(selector)];
			const out: { t0: number; dom: number; frame: number }[] = [];
			const start = Math.max(
				0,
				inputs.findIndex(
					(i) =>
						(i instanceof HTMLInputElement && i.checked) ||
						i.getAttribute('aria-pressed') === 'true'
				)
			);
			for (let i = 1; i <= count; i++) {
				// Found again each time: a control may be drawn anew by the change before.
				const now = [...document.querySelectorAll<HTMLElement>(selector)];
				const input = now[(start + i) % now.length]!;
				await new Promise((r) => setTimeout(r, 20 + Math.random() * 16));
				const { settle } = (window as unknown as { __bench: { settle: Settle } }).__bench;
				const { t0, dom, frame } = await settle(() => input.click());
				out.push({ t0, dom, frame });
			}
			return out;
		},
		{ selector, count }
	);
}

/**
 * The population switch (PME 10–249 · 10+ · …) on each page that has one: from the click to the
 * last change it causes anywhere in the page (every chart, card and table of the page), and to the
 * frame after it.
 */
async function populationFigures(browser: Browser, rate: number) {
	for (const page of ['/', '/comparer/', '/objectifs/']) {
		const { context, page: tab } = await freshPage(browser, rate);
		const name = `Population switch on ${page} → every view updated`;
		const response = await tab.goto(`${ORIGIN}${page}`, { waitUntil: 'load' });
		const radios = tab.locator('[data-testid="population-switch"] input[type=radio]');
		if (!response?.ok() || (await radios.count()) < 2) {
			record(
				`${name} (p95)${tag(rate)}`,
				'ms',
				[],
				{ max: 100, text: '≤ 100 ms' },
				'no switch on this page'
			);
			await context.close();
			continue;
		}
		await waitHydrated(tab);
		await tab.waitForTimeout(300);
		const samples = await settledClicks(
			tab,
			'[data-testid="population-switch"] input[type=radio]',
			Math.max(20, Math.round(Number(args.interactions) / 2))
		);
		const tasks = await longTasksOf(tab);
		await context.close();
		recordLatency(
			name,
			samples,
			100,
			`${samples.length} switches through every population`,
			rate,
			tasks
		);
	}
}

/**
 * A change made with a group of controls, timed as the population switch is (`settledClicks`):
 * the named peer sets on /comparer/ (free choice, the plan's peers, the closest, neighbours, top,
 * climbers), the scenario presets on /objectifs/ (France's pace, the EU's, the peer's, the pace
 * the deadline requires).
 */
const CHANGES = {
	peers: {
		name: 'Peer set change on /comparer/ → every view updated',
		url: '/comparer/',
		selector: '[data-testid="peer-sets"] input[type=radio]',
		note: 'changes through every named set and the free choice'
	},
	scenario: {
		name: 'Scenario change on /objectifs/ → every view updated',
		url: '/objectifs/',
		selector: '[data-testid="scenario-control"] button[data-testid^="preset-"]',
		note: 'changes through every scenario preset'
	}
} as const;

async function changeFigures(browser: Browser, rate: number, which: keyof typeof CHANGES) {
	const { name, url, selector, note } = CHANGES[which];
	const { context, page: tab } = await freshPage(browser, rate);
	const response = await tab.goto(`${ORIGIN}${url}`, { waitUntil: 'load' });
	await waitHydrated(tab);
	if (!response?.ok() || (await tab.locator(selector).count()) < 2) {
		record(
			`${name} (p95)${tag(rate)}`,
			'ms',
			[],
			{ max: 100, text: '≤ 100 ms' },
			'no such control'
		);
		await context.close();
		return;
	}
	await tab.waitForTimeout(300);
	const samples = await settledClicks(
		tab,
		selector,
		Math.max(40, Math.round(Number(args.interactions) * (2 / 3)))
	);
	const tasks = await longTasksOf(tab);
	await context.close();
	recordLatency(name, samples, 100, `${samples.length} ${note}`, rate, tasks);
}

/**
 * Tab switches on the comparison page, Évolution → Classement → Carte → Écart → Rattrapage → …:
 * a click on the tab, done when the tab is selected, the panel is the new tab's and its view is
 * drawn: the chart's `<svg>` in `figure.{tab}`, or for a view drawn as HTML (the "who caught up"
 * table, `[data-testid="catchup"]`), the element named after the tab with its first row. A switch
 * whose view never shows is not a 2 s sample: it is left out and counted in the note.
 */
async function tabFigures(browser: Browser, rate: number) {
	const { context, page } = await freshPage(browser, rate);
	const response = await page.goto(`${ORIGIN}/comparer/`, { waitUntil: 'load' });
	const name = 'Tab switch → updated view';
	if (!response?.ok() || (await page.locator('[role=tab]').count()) < 2) {
		record(
			`${name} (p95)${tag(rate)}`,
			'ms',
			[],
			{ max: 100, text: '≤ 100 ms' },
			'no tabs in this build'
		);
		await context.close();
		return;
	}
	// The chart is in the prerendered HTML: click once the tabs are hydrated, or the first click
	// lands on a page still being hydrated and times the hydration with it.
	await page.locator('#panel figure svg').first().waitFor();
	await waitHydrated(page);
	await page.waitForTimeout(300);
	const samples = await page.evaluate(
		async (count) => {
			const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
			const out: { t0: number; dom: number; frame: number }[] = [];
			const start = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
			for (let i = 1; i <= count; i++) {
				const tab = tabs[(start + i) % tabs.length]!;
				const id = tab.id.replace(/^tab-/, '');
				await new Promise((r) => setTimeout(r, 20 + Math.random() * 16));
				let dom = NaN;
				// The chart views draw an <svg> in `figure.{id}`; "who caught up" is a table in
				// `[data-testid="catchup"]` (no <figure>: looking for one waited 2 s on every fifth click).
				const drawn = `figure.${id} svg[role], [data-testid="${id}"] tbody tr`;
				const done = () => {
					const panel = document.getElementById('panel');
					return (
						panel?.getAttribute('data-testid') === `panel-${id}` &&
						panel.querySelector(drawn) !== null &&
						tab.getAttribute('aria-selected') === 'true'
					);
				};
				const changed = new Promise<void>((resolve) => {
					const mo = new MutationObserver(() => {
						if (!done()) return;
						dom = performance.now() - t0;
						mo.disconnect();
						resolve();
					});
					mo.observe(document.querySelector('main') ?? document.body, {
						subtree: true,
						childList: true,
						attributes: true,
						characterData: true
					});
					setTimeout(() => {
						mo.disconnect();
						resolve();
					}, 2000);
				});
				const t0 = performance.now();
				tab.click();
				await changed;
				// Never shown: no frame to time (the note counts it), rather than the 2 s wait.
				if (Number.isNaN(dom)) {
					out.push({ t0, dom, frame: NaN });
					continue;
				}
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				out.push({ t0, dom, frame: performance.now() - t0 });
			}
			return out;
		},
		Math.max(50, Number(args.interactions))
	);
	const tasks = await longTasksOf(page);
	const ids = await page
		.locator('[role=tab]')
		.evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')).join(' → '));
	await context.close();
	const missed = samples.filter((s) => Number.isNaN(s.dom)).length;
	recordLatency(
		name,
		samples.filter((s) => !Number.isNaN(s.dom)),
		100,
		`${samples.length} switches, ${ids}` +
			(missed ? `; ${missed} never showed their view (left out)` : ''),
		rate,
		tasks
	);
}

/**
 * Cumulative layout shift from navigation until the page has settled: load, hydration, then
 * `settle` ms of quiet. Neither page starts DuckDB-WASM on its own (the engine waits for a
 * question that needs it), so the window ends there; if a `.wasm` file was fetched during it,
 * the note says so. Run twice: a first visit, and a visit with an imported dataset kept in
 * IndexedDB, which the views merge in after the first paint.
 */
async function clsFigures(browser: Browser, smallFile: string) {
	const settle = 3000;
	for (const [label, url] of [
		['/', `${ORIGIN}/`],
		['/comparer/', `${ORIGIN}/comparer/`]
	] as const) {
		for (const withImport of [false, true]) {
			const values: number[] = [];
			let wasm = 0;
			let notKept = 0;
			for (let i = 0; i < RUNS; i++) {
				const { context, page } = await freshPage(browser);
				if (withImport) {
					const run = await importInPage(page, smallFile, true);
					const stores = await page.evaluate(async () => (await indexedDB.databases()).length);
					if (run.error || run.committed === null || stores === 0) notKept += 1;
				}
				page.on('request', (r) => {
					if (r.url().endsWith('.wasm')) wasm += 1;
				});
				await page.goto(url, { waitUntil: 'load' });
				await page.waitForTimeout(settle);
				values.push(
					await page.evaluate(() =>
						(
							window as unknown as { __bench: { shifts: { value: number }[] } }
						).__bench.shifts.reduce((sum, s) => sum + s.value, 0)
					)
				);
				await context.close();
			}
			record(
				`Cumulative layout shift, ${label}${withImport ? ' with an imported dataset' : ''}`,
				'CLS',
				values,
				{ max: 0.01, text: 'no layout shift (< 0.01)' },
				`load + ${settle / 1000} s; ${wasm ? `${wasm} wasm fetches during it` : 'DuckDB not started by the page'}` +
					(withImport ? '; 2,000 imported rows restored from IndexedDB' : '') +
					(notKept ? `; the import was not kept in ${notKept} runs` : '')
			);
		}
	}
}

/** A phase that did not happen (the run failed before it): no sample. */
const NO_BLOCKING = { longest: NaN, tbt: NaN };

/** How long the bench's reader spends in the file dialog, or on a report, in two measures. */
const READER_MS = 3000;
/** How long a file dragged from the desktop takes to cross the page to the drop zone. */
const DRAG_MS = 1000;

interface ImportRun {
	report: number;
	committed: number | null;
	engine: number | null;
	/** "Ajouter" pressed → rows in DuckDB-WASM. */
	pressedToEngine: number | null;
	/** Blocking while reading (chosen → report), adding (commit → added), loading DuckDB (→ loaded). */
	read: { longest: number; tbt: number };
	add: { longest: number; tbt: number };
	load: { longest: number; tbt: number };
	heap: number;
	/**
	 * The machine's cores (all processes, `/proc/stat`) from the choice to the rows in DuckDB:
	 * the share of their time that was busy, and what that is in core-seconds; null elsewhere.
	 */
	busy: Busy | null;
	error?: string;
}

/**
 * Imports one file through /importer/ as a reader would: choose it (`setInputFiles`), wait for
 * the file's report, then (when `commit`) press "Ajouter au tableau de bord" as soon as it can
 * be pressed (the check done) and wait for the confirmation and for DuckDB-WASM to hold the
 * rows. Times are taken inside the page, from the input's `change` event. `reader`: milliseconds
 * the reader spends in the file dialog before choosing the file (`pick`: the dialog is opened with
 * the page's button, as a person does), dragging the file over the page before dropping it on the
 * drop zone (`drag`: times run from the drop), and on the report before pressing (`read`); none
 * by default, as a script does.
 */
async function importInPage(
	page: Page,
	file: string,
	commit: boolean,
	reader: { pick?: number; drag?: number; read?: number } = {}
): Promise<ImportRun> {
	try {
		await page.goto(`${ORIGIN}/importer/`, { waitUntil: 'load' });
		await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor();
	} catch (e) {
		return {
			report: NaN,
			committed: null,
			engine: null,
			pressedToEngine: null,
			read: NO_BLOCKING,
			add: NO_BLOCKING,
			load: NO_BLOCKING,
			heap: NaN,
			busy: null,
			error: `the import page did not become interactive: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`
		};
	}
	await page.evaluate(() => {
		const bench = (window as unknown as { __bench: { marks: Record<string, number> } }).__bench;
		bench.marks = {};
		const input = document.querySelector('[data-testid="file-input"]')!;
		input.addEventListener('change', () => (bench.marks.chosen ??= performance.now()), {
			capture: true
		});
		new MutationObserver(() => {
			const now = performance.now();
			if (bench.marks.report === undefined && document.querySelector('[data-testid="report"]'))
				bench.marks.report = now;
			if (
				bench.marks.committed === undefined &&
				document.querySelector('[data-testid="committed"]')
			)
				bench.marks.committed = now;
			const engine = document.querySelector('[data-testid="engine-status"]')?.textContent ?? '';
			if (bench.marks.engine === undefined && /^(Chargé dans|Loaded into)/.test(engine.trim()))
				bench.marks.engine = now;
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const marks = () =>
		page.evaluate(() => {
			const w = window as unknown as {
				__bench: {
					marks: Record<string, number>;
					longTasks: { start: number; duration: number }[];
				};
			};
			return { marks: w.__bench.marks, longTasks: w.__bench.longTasks };
		});
	let error: string | undefined;
	const meter = cpuMeter();
	const run = (async () => {
		if (reader.pick) {
			const [chooser] = await Promise.all([
				page.waitForEvent('filechooser'),
				page.locator('label:has([data-testid="file-input"])').click()
			]);
			await page.waitForTimeout(reader.pick);
			await chooser.setFiles(file);
		} else if (reader.drag) {
			// The file as a page's File, through an input of the bench's own (Playwright hands a
			// local browser the path, not the bytes), then dragged in and dropped on the zone.
			await page.evaluate(() => {
				const input = Object.assign(document.createElement('input'), {
					type: 'file',
					hidden: true
				});
				input.id = 'bench-drag';
				document.body.append(input);
			});
			await page.locator('#bench-drag').setInputFiles(file);
			await page.evaluate(async (ms) => {
				const input = document.getElementById('bench-drag') as HTMLInputElement;
				const data = new DataTransfer();
				data.items.add(input.files![0]!);
				input.remove();
				const drag = (type: string, on: Element) =>
					on.dispatchEvent(
						new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data })
					);
				drag('dragenter', document.body);
				await new Promise((done) => setTimeout(done, ms));
				const zone = document.querySelector('[data-testid="drop-zone"]')!;
				drag('dragenter', zone);
				const bench = (window as unknown as { __bench: { marks: Record<string, number> } }).__bench;
				bench.marks.chosen = performance.now();
				drag('drop', zone);
			}, reader.drag);
		} else await page.getByTestId('file-input').setInputFiles(file);
		// Watched at every frame in the page: Playwright's own waits (`waitFor`, a click waiting
		// for its button) look again only every 500 ms once the first few hundred have passed, and
		// pressed the button "as the report shows" up to half a second after it could be.
		const frames = { polling: 'raf', timeout: 300_000 } as const;
		await page.waitForFunction(
			() => document.querySelector('[data-testid="report"]'),
			null,
			frames
		);
		if (!commit) return;
		if (reader.read) await page.waitForTimeout(reader.read);
		await page.waitForFunction(
			() => {
				const button = document.querySelector<HTMLButtonElement>('[data-testid="commit"]');
				if (!button || button.disabled) return false;
				const bench = (window as unknown as { __bench: { marks: Record<string, number> } }).__bench;
				bench.marks.commit = performance.now();
				return true;
			},
			null,
			frames
		);
		await page.getByTestId('commit').click({ timeout: 300_000 });
		await page.getByTestId('committed').waitFor({ timeout: 300_000 });
		await page
			.getByTestId('engine-status')
			.filter({ hasText: /Chargé dans|Loaded into|n’a pas pu|could not/ })
			.waitFor({ timeout: 300_000 });
	})().catch((e: unknown) => {
		// Keep the figures measured so far (and the heap peak) when a later step fails.
		error = e instanceof Error ? e.message.split('\n')[0] : String(e);
	});
	const heap = await sampleHeap(page, run);
	const cpu = meter?.stop() ?? [];
	const origin = await page.evaluate(() => performance.timeOrigin).catch(() => NaN);
	const { marks: m, longTasks } = await marks().catch(() => ({
		marks: {} as Record<string, number>,
		longTasks: [] as { start: number; duration: number }[]
	}));
	const phase = (from: number | undefined, to: number | undefined) =>
		from === undefined || to === undefined ? NO_BLOCKING : blocking(longTasks, from, to);
	const since = (mark: number | undefined) =>
		mark === undefined || m.chosen === undefined ? null : mark - m.chosen;
	return {
		report: since(m.report) ?? NaN,
		committed: since(m.committed),
		engine: since(m.engine),
		pressedToEngine: m.commit === undefined || m.engine === undefined ? null : m.engine - m.commit,
		read: phase(m.chosen, m.report),
		add: phase(m.commit, m.committed),
		load: phase(m.committed, m.engine),
		heap,
		busy:
			m.chosen === undefined || m.engine === undefined || !Number.isFinite(origin)
				? null
				: busyBetween(cpu, origin + m.chosen, origin + m.engine, coreCount()),
		error
	};
}

/** Indicators of the generated file that the bundled data does not have. */
const AFTER_IMPORT_INDICATORS = ['E_AWS_CMP', 'E_AWS_OWN', 'E_AXSELL', 'E_AWSEU'];

/** A pick timed as other inputs, and when the address shows it (after the frame, by design). */
interface PickSample extends InputSample {
	address: number;
}

interface AfterImport {
	/** Navigation → the imported indicators offered on /comparer/. */
	comparerOpen: number;
	/** An imported indicator picked → the page updated, next frame; and when the address agrees. */
	picks: PickSample[];
	/** Navigation → the imported sector series listed on /objectifs/secteurs/. */
	sectorsOpen: number;
	/** Blocking while opening each of `PAGES` with the rows kept, by page. */
	opening: Record<string, { longest: number; tbt: number }>;
	tasks: Task[];
}

/**
 * The pages that compute in the page, once a large file is kept in IndexedDB: they must pick
 * the rows they need from its columns instead of turning every row into an object.
 */
async function afterImport(page: Page, indicators: string[]): Promise<AfterImport> {
	await page.goto(`${ORIGIN}/comparer/`, { waitUntil: 'commit' });
	const offered = await page.waitForFunction(
		(code) =>
			document.querySelector(`[data-testid="pick-indicator"] option[value="${code}"]`)
				? performance.now()
				: null,
		indicators[0]!,
		{ timeout: 120_000, polling: 'raf' }
	);
	const comparerOpen = (await offered.jsonValue()) as number;
	await page.waitForTimeout(500);
	const picks: PickSample[] = [];
	for (let i = 0; i < 20; i++) {
		const code = indicators[(i + 1) % indicators.length]!;
		picks.push(
			await page.evaluate(async (wanted) => {
				const select = document.querySelector<HTMLSelectElement>('[data-testid="pick-indicator"]')!;
				await new Promise((r) => setTimeout(r, 20 + Math.random() * 16));
				// As the population switch is timed (`settledClicks`): to the last change the pick
				// makes in the page and the frame after it. The address follows after that frame is
				// painted (`components/address.svelte.ts`): timed apart, without a budget.
				const { settle } = (window as unknown as { __bench: { settle: Settle } }).__bench;
				const timed = await settle(
					() => {
						select.value = wanted;
						select.dispatchEvent(new Event('change', { bubbles: true }));
					},
					() => location.search.includes(wanted),
					5000
				);
				const { t0, dom, frame, until: address } = timed;
				const shown = document.querySelector<HTMLSelectElement>('[data-testid="pick-indicator"]');
				if (shown?.value !== wanted) return { t0, dom: NaN, frame: NaN, address };
				return { t0, dom, frame, address };
			}, code)
		);
	}
	const tasks = await longTasksOf(page);
	await page.goto(`${ORIGIN}/objectifs/secteurs/`, { waitUntil: 'commit' });
	const listed = await page.waitForFunction(
		() => (document.querySelector('[data-testid="imported-outside"]') ? performance.now() : null),
		undefined,
		{ timeout: 120_000, polling: 'raf' }
	);
	const sectorsOpen = (await listed.jsonValue()) as number;
	const opening: AfterImport['opening'] = {};
	for (const url of PAGES) opening[url] = await openingBlocking(page, url);
	return { comparerOpen, picks, sectorsOpen, opening, tasks };
}

/** Every page a reader opens (the embeds and per-region reports are variants of these). */
const PAGES = [
	'/',
	'/comparer/',
	'/objectifs/',
	'/objectifs/secteurs/',
	'/objectifs/regions/',
	'/objectifs/methode/',
	'/tailles/',
	'/donnees/',
	'/catalogue/',
	'/rapport/',
	'/importer/'
];

/**
 * Opens `url` in `page` and returns the blocking of its opening: every task from navigation
 * until the page is hydrated and one more second has passed (kept rows are merged in after the
 * first paint, and would be missed by stopping at `load`).
 */
async function openingBlocking(page: Page, url: string) {
	await page.goto(`${ORIGIN}${url}`, { waitUntil: 'load', timeout: 120_000 });
	await waitHydrated(page, 60_000);
	await page.waitForTimeout(1000);
	return blocking(await longTasksOf(page), 0);
}

/**
 * Each page opened on a second visit (warm cache, as after an import), no import kept. The first
 * visit is let finish (hydrated, then a second) as a person's would: navigating again in the
 * middle of it (what this did until 2026-12-04) counted the first visit's unfinished work and
 * its lazily loaded parts, then fetched and compiled cold, as the second visit's.
 */
async function pageOpeningFigures(browser: Browser, rate: number) {
	for (const url of PAGES) {
		const samples: { longest: number; tbt: number }[] = [];
		const errors: string[] = [];
		for (let i = 0; i < Math.min(RUNS, 3); i++) {
			const { context, page } = await freshPage(browser, rate);
			try {
				await openingBlocking(page, url);
				samples.push(await openingBlocking(page, url));
			} catch (e) {
				errors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
			} finally {
				await context.close();
			}
		}
		recordBlocking(
			`Opening ${url}, warm, no import`,
			rate,
			samples,
			errors.length
				? `${errors.length} runs failed: ${[...new Set(errors)].join('; ')}`
				: 'navigation → hydrated + 1 s'
		);
	}
}

/** The browser importer with generated Eurostat-shaped files of 100k and 1M rows. */
async function browserImportFigures(
	browser: Browser,
	files: { rows: number; path: string }[],
	rate: number
) {
	const t = tag(rate);
	for (const { rows, path: file } of files) {
		const mb = statSync(file).size / 1e6;
		const label = rows === 1_000_000 ? '1M' : '100k';
		const runs: ImportRun[] = [];
		const errors: string[] = [];
		const after: AfterImport[] = [];
		const afterErrors: string[] = [];
		for (let i = 0; i < Math.min(RUNS, rows > 100_000 ? 3 : RUNS); i++) {
			const { context, page } = await freshPage(browser, rate);
			let crashed = false;
			page.on('crash', () => (crashed = true));
			const r = await importInPage(page, file, true).catch((e: unknown): ImportRun => ({
				report: NaN,
				committed: null,
				engine: null,
				pressedToEngine: null,
				read: NO_BLOCKING,
				add: NO_BLOCKING,
				load: NO_BLOCKING,
				heap: NaN,
				busy: null,
				error: e instanceof Error ? e.message.split('\n')[0] : String(e)
			}));
			if (crashed) r.error = `the page crashed${r.error ? ` (${r.error})` : ''}`;
			if (r.error) errors.push(r.error);
			runs.push(r);
			if (rows === 1_000_000 && !r.error) {
				try {
					after.push(await afterImport(page, AFTER_IMPORT_INDICATORS));
				} catch (e) {
					afterErrors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
				}
			}
			await context.close().catch(() => undefined);
		}
		const ok = runs.filter((r) => Number.isFinite(r.report));
		const note = errors.length
			? `${errors.length} of ${runs.length} runs failed: ${[...new Set(errors)].join('; ')}`
			: undefined;
		record(
			`Import ${label} rows (${mb.toFixed(0)} MB) in the browser: file chosen → report shown${t}`,
			'ms',
			ok.map((r) => r.report),
			rows === 1_000_000 && rate === 1 ? { max: 5000, text: '≤ 5 s (aim 2.5 s)' } : undefined,
			note ?? 'read and checked in a Worker'
		);
		record(
			`Import ${label} rows in the browser, throughput${t}`,
			'rows/s',
			ok.map((r) => rows / (r.report / 1000))
		);
		record(
			`Import ${label} rows in the browser, throughput${t}`,
			'MB/s',
			ok.map((r) => mb / (r.report / 1000)),
			rows === 1_000_000 && rate === 1 ? { min: 30, text: '30 MB/s aim' } : undefined
		);
		record(
			`Import ${label} rows in the browser: file chosen → added to the dashboard${t}`,
			'ms',
			ok.flatMap((r) => (r.committed === null ? [] : [r.committed])),
			undefined,
			'the button pressed as soon as it can be (watched every frame); kept in IndexedDB'
		);
		record(
			`Import ${label} rows in the browser: file chosen → rows in DuckDB-WASM${t}`,
			'ms',
			ok.flatMap((r) => (r.engine === null ? [] : [r.engine])),
			rows === 1_000_000 && rate === 1 ? { max: 4000, text: '≤ 4 s' } : undefined,
			'DuckDB-WASM starts as the file is chosen, beside the parse'
		);
		record(
			`Import ${label} rows: "Ajouter" pressed as soon as it can be → rows in DuckDB-WASM${t}`,
			'ms',
			ok.flatMap((r) => (r.pressedToEngine === null ? [] : [r.pressedToEngine]))
		);
		// Whether the import waits on something or uses every core: on the 2-core machine, moving
		// work from one core to the other never brought the rows in sooner (issue #18).
		const busy = ok.flatMap((r) => (r.busy === null ? [] : [r.busy]));
		record(
			`Import ${label} rows: the machine's ${coreCount()} cores busy, file chosen → rows in DuckDB-WASM${t}`,
			'%',
			busy.map((b) => 100 * b.share),
			undefined,
			'every process (/proc/stat): the page, its Workers, the browser, this script'
		);
		record(
			`Import ${label} rows: work done, file chosen → rows in DuckDB-WASM${t}`,
			'core-s',
			busy.map((b) => b.coreSeconds),
			undefined,
			'the busy share times the cores times the time'
		);
		// On the 2-core machine a third of that work is the kernel handing out fresh memory (perf,
		// 2026-12-04): a 1M-row import touches about 1.1 GB, at 2.5–3.8 ms a megabyte there.
		record(
			`Import ${label} rows: share of that work in the kernel, file chosen → rows in DuckDB-WASM${t}`,
			'%',
			busy.map((b) => 100 * b.kernelShare),
			undefined,
			'system and interrupt time (/proc/stat), every process'
		);
		record(
			`Import ${label} rows: fresh memory touched, file chosen → rows in DuckDB-WASM${t}`,
			'MB',
			busy.flatMap((b) => (b.faultedMB === null ? [] : [b.faultedMB])),
			undefined,
			'page faults (/proc/vmstat) × 4 kB, every process'
		);
		if (rows === 1_000_000) {
			// People take their time: in the file dialog (the engine starts when it opens), and on
			// the report before adding the file (its rows were loaded meanwhile, staged, unseen).
			const picked: ImportRun[] = [];
			const dragged: ImportRun[] = [];
			const read: ImportRun[] = [];
			for (let i = 0; i < Math.min(RUNS, 3); i++) {
				for (const [reader, into] of [
					[{ pick: READER_MS }, picked],
					[{ drag: DRAG_MS }, dragged],
					[{ read: READER_MS }, read]
				] as const) {
					const { context, page } = await freshPage(browser, rate);
					const r = await importInPage(page, file, true, reader).catch(() => null);
					if (r && !r.error) into.push(r);
					await context.close().catch(() => undefined);
				}
			}
			const s = READER_MS / 1000;
			for (const [runs, how, start] of [
				[picked, `the file dialog open ${s} s: file chosen`, 'when the dialog opens'],
				[
					dragged,
					`dragged over the page ${DRAG_MS / 1000} s: file dropped`,
					'as the file enters the page'
				]
			] as const) {
				record(
					`Import ${label} rows, ${how} → report shown${t}`,
					'ms',
					runs.map((r) => r.report)
				);
				record(
					`Import ${label} rows, ${how} → rows in DuckDB-WASM${t}`,
					'ms',
					runs.flatMap((r) => (r.engine === null ? [] : [r.engine])),
					undefined,
					`DuckDB-WASM starts ${start}; "Ajouter" pressed as soon as it can be`
				);
			}
			record(
				`Import ${label} rows: "Ajouter" pressed after reading the report ${s} s → rows in DuckDB-WASM${t}`,
				'ms',
				read.flatMap((r) => (r.pressedToEngine === null ? [] : [r.pressedToEngine])),
				undefined,
				'the rows go into DuckDB, unseen, as soon as the file is read'
			);
		}
		recordBlocking(
			`Import ${label} rows, reading`,
			rate,
			ok.map((r) => r.read),
			'chosen → report'
		);
		recordBlocking(
			`Import ${label} rows, adding`,
			rate,
			ok.map((r) => r.add).filter((b) => Number.isFinite(b.longest)),
			'"Ajouter" pressed → added (IndexedDB)'
		);
		recordBlocking(
			`Import ${label} rows, loading into DuckDB`,
			rate,
			ok.map((r) => r.load).filter((b) => Number.isFinite(b.longest)),
			'added → loaded into DuckDB-WASM'
		);
		record(
			`Import ${label} rows, peak JS heap of the page${t}`,
			'MB',
			ok.map((r) => r.heap),
			undefined,
			'main thread (CDP); the ingest Worker and DuckDB Worker heaps are not included'
		);
		if (rows !== 1_000_000) continue;
		const afterNote = afterErrors.length
			? `${afterErrors.length} runs failed: ${[...new Set(afterErrors)].join('; ')}`
			: undefined;
		record(
			`1M rows kept: /comparer/ opened → imported series offered${t}`,
			'ms',
			after.map((a) => a.comparerOpen),
			undefined,
			afterNote ?? 'from navigation; the rows are read back from IndexedDB'
		);
		// Each run is its own page, with its own time origin: keep their times apart.
		const apart = (k: number) => k * 1e9;
		const picks = after.flatMap((a, k) => a.picks.map((p) => ({ ...p, t0: p.t0 + apart(k) })));
		recordLatency(
			'1M rows kept: /comparer/, imported indicator picked → updated',
			picks,
			100,
			`${picks.length} picks`,
			rate,
			after.flatMap((a, k) => a.tasks.map((task) => ({ ...task, start: task.start + apart(k) })))
		);
		const addressed = picks.map((p) => p.address).filter((v) => Number.isFinite(v));
		record(
			`1M rows kept: /comparer/, imported indicator picked → address updated (p95)${t}`,
			'ms',
			addressed.length ? [percentile(addressed, 95)] : [],
			undefined,
			'written after the frame that shows the pick'
		);
		record(
			`1M rows kept: /objectifs/secteurs/ opened → imported series listed${t}`,
			'ms',
			after.map((a) => a.sectorsOpen)
		);
		for (const url of PAGES)
			recordBlocking(
				`Opening ${url}, warm, 1M rows kept`,
				rate,
				after.flatMap((a) => (a.opening[url] ? [a.opening[url]] : [])),
				'navigation → hydrated + 1 s'
			);
	}
}

function importFigures() {
	for (const rows of [100_000, 1_000_000]) {
		const text = eurostatShapedCsv(rows);
		const mb = Buffer.byteLength(text) / 1e6;
		const times: number[] = [];
		for (let i = 0; i < Math.min(RUNS, rows > 100_000 ? 3 : RUNS); i++) {
			const t0 = performance.now();
			// The columns the browser's import Worker produces (no object per observation).
			const { report } = ingestTextToColumns('bench.csv', text);
			times.push(performance.now() - t0);
			if (report.rowsAccepted !== rows)
				throw new Error(`bench file: ${report.rowsAccepted} of ${rows} rows accepted`);
		}
		const label = rows === 1_000_000 ? '1M' : '100k';
		record(
			`Import ${label} rows (${mb.toFixed(0)} MB), importer in Node`,
			'ms',
			times,
			rows === 1_000_000 ? { max: 5000, text: '≤ 5 s (aim 2.5 s)' } : undefined
		);
		record(
			`Import ${label} rows, throughput`,
			'rows/s',
			times.map((t) => rows / (t / 1000))
		);
		record(
			`Import ${label} rows, throughput`,
			'MB/s',
			times.map((t) => mb / (t / 1000)),
			rows === 1_000_000 ? { min: 30, text: '30 MB/s aim' } : undefined
		);
	}
}

function format(value: number, unit: Figure['unit']): string {
	if (unit === 'ms' || unit === 'rows/s' || unit === '%')
		return Math.round(value).toLocaleString('en-US');
	if (unit === 'x') return value.toFixed(1);
	if (unit === 'ms/MB') return value.toFixed(2);
	if (unit === 'CLS') return value.toFixed(3);
	return value.toFixed(1);
}

function printTable() {
	const rows = figures.map((f) => {
		if (f.samples.length === 0)
			return [f.name, '—', '', f.budget?.text ?? '', 'not measured', f.note ?? ''];
		const m = median(f.samples);
		const spread =
			f.samples.length > 1
				? `${format(Math.min(...f.samples), f.unit)}–${format(Math.max(...f.samples), f.unit)}`
				: '';
		let verdict = '';
		if (f.budget) {
			const ok =
				(f.budget.max === undefined || m <= f.budget.max) &&
				(f.budget.min === undefined || m >= f.budget.min);
			verdict = ok ? 'met' : 'NOT met';
		}
		return [
			f.name,
			`${format(m, f.unit)} ${f.unit}`,
			spread,
			f.budget?.text ?? '',
			verdict,
			f.note ?? ''
		];
	});
	const header = ['Figure', 'Median', 'Spread (min–max)', 'Budget', 'Verdict', 'Note'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(line(header));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(line(r));
}

/** An office connection: 20 Mbit/s down, 5 up, 40 ms of latency (DevTools' own emulation). */
const OFFICE_NETWORK = {
	offline: false,
	latency: 40,
	downloadThroughput: (20e6 / 8) | 0,
	uploadThroughput: (5e6 / 8) | 0
};

/**
 * The same site over an office connection, served with and without the precompressed files:
 * first chart, the import page usable (its drop zone ready), and DuckDB-WASM holding a dropped
 * file (engine fetched and started, file loaded), each from a cold cache.
 */
async function networkFigures(browser: Browser, smallFile: string, origins: [string, string][]) {
	for (const [label, origin] of origins) {
		const first: number[] = [];
		const usable: number[] = [];
		const engine: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const { context, page } = await freshPage(browser);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', OFFICE_NETWORK);
			first.push((await firstChart(page, `${origin}/`)).firstChart);
			await context.clearCookies();
			await cdp.send('Network.clearBrowserCache');
			await page.goto(`${origin}/importer/`, { waitUntil: 'commit' });
			await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor({
				timeout: 120_000
			});
			usable.push(await page.evaluate(() => performance.now()));
			const chosen = await page.evaluate(() => performance.now());
			await page.getByTestId('file-input').setInputFiles(smallFile);
			await page.getByTestId('commit').click({ timeout: 120_000 });
			await page
				.getByTestId('engine-status')
				.filter({ hasText: /Chargé dans|Loaded into/ })
				.waitFor({ timeout: 300_000 });
			engine.push((await page.evaluate(() => performance.now())) - chosen);
			await context.close();
		}
		// The 1 s budget is for localhost; over the office network the figure is reported as is.
		record(`20 Mbit/s, 40 ms, ${label}: first chart`, 'ms', first);
		record(`20 Mbit/s, 40 ms, ${label}: import page usable`, 'ms', usable);
		record(`20 Mbit/s, 40 ms, ${label}: file dropped → in DuckDB`, 'ms', engine);
	}
}

async function waitForServer(child: ChildProcess, origin = ORIGIN): Promise<void> {
	// Up to 30 s: the server reads the build's pages at start-up, slowly on a busy machine.
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error('the static server stopped');
		try {
			const r = await fetch(`${origin}/`);
			if (r.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`no server answered on ${ORIGIN}`);
}

async function main() {
	if (!args['no-build']) {
		console.error('Building the site…');
		execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	}
	if (!existsSync(path.join('build', 'index.html')))
		throw new Error('no build/index.html: run without --no-build');
	// What fresh memory costs this machine: the figure that tells two machines' imports apart.
	record(
		'This machine: memory touched for the first time (the kernel faults it in)',
		'ms/MB',
		(process.platform === 'linux' ? firstTouchCosts() : null) ?? [],
		undefined,
		'128 MB, one write a page, 3 runs, in this script before Chromium starts'
	);
	// First, before Chromium starts: measured last, after the browser's imports, the same import
	// took 3.2–3.9 s where a fresh process took 1.4–1.5 s (2026-12-04).
	if (wants('import')) importFigures();
	cpSync('build', BUILD, { recursive: true });
	const server = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--port', String(PORT), '--dir', BUILD],
		{ stdio: 'ignore' }
	);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		await waitForServer(server);
		console.error(`Measuring ${RUNS} runs on ${ORIGIN} (Chromium ${browser.version()})…`);
		const first = wants('load') ? await pageLoadFigures(browser) : NaN;
		if (wants('naive')) await naiveOrderFigures(browser, first);
		for (const rate of RATES) {
			if (wants('hover')) await hoverFigures(browser, rate);
			if (wants('slider')) await sliderFigures(browser, rate);
			if (wants('tabs')) await tabFigures(browser, rate);
			if (wants('population')) await populationFigures(browser, rate);
			if (wants('peers')) await changeFigures(browser, rate, 'peers');
			if (wants('scenario')) await changeFigures(browser, rate, 'scenario');
			if (wants('pages')) await pageOpeningFigures(browser, rate);
		}
		if (wants('cls') || wants('import') || wants('network')) {
			const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
			try {
				const sizes = wants('import') ? [2_000, 100_000, 1_000_000] : [2_000];
				const files = sizes.map((rows) => {
					const file = path.join(dir, `eurostat-shaped-${rows}.csv`);
					writeFileSync(file, eurostatShapedCsv(rows));
					return { rows, path: file };
				});
				if (wants('cls')) await clsFigures(browser, files[0]!.path);
				if (wants('import'))
					for (const rate of RATES) await browserImportFigures(browser, files.slice(1), rate);
				if (wants('network')) {
					// The yardstick: the same files, served without their .br/.gz siblings.
					const plain = spawn(
						process.execPath,
						[
							'--import',
							'tsx',
							'scripts/serve.ts',
							'--port',
							String(PORT + 1),
							'--dir',
							BUILD,
							'--no-compress'
						],
						{ stdio: 'ignore' }
					);
					const plainOrigin = `http://127.0.0.1:${PORT + 1}`;
					try {
						await waitForServer(plain, plainOrigin);
						await networkFigures(browser, files[0]!.path, [
							['precompressed', ORIGIN],
							['uncompressed', plainOrigin]
						]);
					} finally {
						plain.kill();
					}
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		console.log(
			`\nObservatoire PME numérique — benchmark, ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs, localhost; figures marked "CPU ×${THROTTLE}" ran with the page's main thread slowed ${THROTTLE} times, the others unthrottled; no network throttling unless a figure names its network\n`
		);
		printTable();
	} finally {
		await browser.close();
		server.kill();
		rmSync(BUILD, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	rmSync(BUILD, { recursive: true, force: true });
	console.error(error instanceof Error ? error.stack : error);
	process.exitCode = 1;
});
