import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { waitHydrated } from './hydrated';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function downloadOf(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testId).click()
	]);
	return { name: (file as Download).suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Opens the home page and waits until its buttons answer (the page is prerendered, then hydrated). */
async function openHome(page: Page, path = '/') {
	await page.goto(path);
	await waitHydrated(page);
	await expect(page.getByTestId('export-svg')).toBeEnabled();
}

/** Parses a CSV of the French dialect (`;`, quotes doubled), enough for our files. */
function parseCsv(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === delimiter) {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Pages of a PDF written by Chromium (Skia): page objects in order, each with the URIs of the
 * links it carries. Skia writes objects uncompressed (no object streams), so a regular
 * expression over the bytes finds them.
 */
function pdfPages(pdf: Buffer): { uris: string[] }[] {
	const text = pdf.toString('latin1');
	const objects = new Map<string, string>();
	for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
	const pages: { uris: string[] }[] = [];
	for (const body of objects.values()) {
		if (!/\/Type\s*\/Page\b(?!s)/.test(body)) continue;
		const refs = /\/Annots\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
		const uris = [...refs.matchAll(/(\d+) 0 R/g)].flatMap((r) => {
			const uri = /\/URI\s*\(([^)]*)\)/.exec(objects.get(r[1]!) ?? '')?.[1];
			return uri ? [uri] : [];
		});
		pages.push({ uris });
	}
	return pages;
}

test.describe('export the home trend chart', () => {
	test('SVG: one well-formed picture with title, source line, date, flag legend and site name', async ({
		page
	}) => {
		await openHome(page);
		const { name, bytes } = await downloadOf(page, 'export-svg');
		expect(name).toBe('france-et-moyenne-ue-2010-2025.svg');
		const svg = bytes.toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const error = doc.querySelector('parsererror');
			const part = (p: string) =>
				[...doc.querySelectorAll(`[data-part="${p}"]`)].map((e) => e.textContent).join(' ');
			return {
				error: error?.textContent ?? null,
				root: doc.documentElement.localName,
				ns: doc.documentElement.namespaceURI,
				width: doc.documentElement.getAttribute('width'),
				title: doc.querySelector('svg > title')?.textContent,
				source: part('source'),
				date: part('data-date'),
				flags: part('flag'),
				site: part('site'),
				sentence: part('sentence'),
				lines: doc.querySelectorAll('path.line').length,
				styles: doc.querySelectorAll('style, link').length
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed).toMatchObject({
			root: 'svg',
			ns: 'http://www.w3.org/2000/svg',
			width: '720',
			title: 'France et moyenne UE, 2010–2025',
			site: 'Observatoire PME numérique',
			styles: 0
		});
		expect(parsed.source).toMatch(/Source\s: Eurostat, tableau isoc_ec_esels/);
		expect(parsed.date).toContain('2026');
		expect(parsed.flags).toContain('rupture de série');
		// The chart's sentence is printed above it, with the figures the page shows.
		expect(parsed.sentence).toMatch(/En 2025, 15,20\s?% des PME françaises/);
		expect(parsed.sentence).toContain('21e rang sur 27');
		expect(parsed.lines).toBeGreaterThanOrEqual(2);
		await expect(page.getByTestId('export-status')).toContainText('.svg');
	});

	test('PNG: twice the SVG’s size in pixels', async ({ page }) => {
		await openHome(page);
		const svg = (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
		const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
		const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
		const png = await downloadOf(page, 'export-png');
		expect(png.name).toBe('france-et-moyenne-ue-2010-2025.png');
		expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
		expect(width).toBe(720);
	});

	test('CSV: BOM, French headers, the chart’s values with flags in their own column', async ({
		page
	}) => {
		await openHome(page);
		const { name, bytes } = await downloadOf(page, 'export-csv');
		expect(name).toBe('france-et-moyenne-ue-2010-2025.csv');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1), ';');
		expect(header).toEqual([
			'Code zone',
			'Zone',
			'Année d’enquête',
			'Valeur (% des entreprises)',
			'Indicateurs de statut Eurostat',
			'Source'
		]);
		// The file names its table and Eurostat's update on every row: it travels without the page.
		const sources = new Set(rows.map((r) => r[5]));
		expect(sources.size).toBe(1);
		expect([...sources][0]).toMatch(
			/^Source\u00a0: Eurostat, tableau isoc_ec_esels .* — Données\u00a0: .*mise à jour Eurostat 2026-02-27/
		);
		// Every point of the chart is a row, and every row is a point or a marked gap of the chart.
		const points = await page.locator('figure svg g.point').count();
		const gaps = await page.locator('figure svg g.missing').count();
		expect(rows).toHaveLength(points + gaps);
		for (const [geo, , period, value, flags] of rows) {
			if (value === '') {
				await expect(
					page.locator(`figure svg g.missing[data-geo="${geo}"][data-period="${period}"]`)
				).toHaveCount(1);
				continue;
			}
			const label = await page
				.locator(`figure svg g.point[data-geo="${geo}"][data-period="${period}"]`)
				.getAttribute('aria-label');
			// The chart says 13,43 %; the file holds the full figure 13,43 with a decimal comma.
			const shown = Number(value!.replace(',', '.')).toFixed(2).replace('.', ',');
			expect(label).toContain(shown);
			for (const flag of flags ?? '') expect(label).toContain(`indicateur de statut ${flag}`);
		}
		const points5 = rows.map((r) => r.slice(0, 5));
		expect(points5).toContainEqual(['FR', 'France', '2025', '15,2', '']);
		expect(points5).toContainEqual(['FR', 'France', '2022', '12,57', 'b']);
		// No bundled label starts with "=": the neutralised formula is checked in csv.test.ts.
	});

	test('CSV in English: `,` and decimal points, English headers', async ({ page }) => {
		await openHome(page, '/en/');
		const text = (await downloadOf(page, 'export-csv')).bytes.toString('utf8');
		expect(text.startsWith('\ufeffGeo code,Area,Survey year,')).toBe(true);
		expect(text).toContain('\r\nFR,France,2025,15.2,,"Source: Eurostat, table isoc_ec_esels');
	});

	test('permalink: copied, then opened in a new page, shows the same view', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openHome(page, '/en/');
		await page.getByTestId('export-link').click();
		await expect(page.getByTestId('export-status')).toContainText('copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/$/);
		const other = await context.newPage();
		await other.goto(link);
		await expect(other.locator('html')).toHaveAttribute('lang', 'en');
		await expect(other.getByTestId('kpi-france')).toContainText('15.20');
		expect(await other.locator('figure svg g.point').count()).toBe(
			await page.locator('figure svg g.point').count()
		);
	});

	test('embed snippet: shown in a field when the clipboard is unavailable, and its frame shows the chart alone', async ({
		page
	}) => {
		// No clipboard at all (an insecure context or an old browser).
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await openHome(page);
		await page.getByTestId('export-embed').click();
		await expect(page.getByTestId('export-status')).toContainText('Copie automatique impossible');
		const field = page.getByTestId('export-fallback');
		await expect(field).toBeVisible();
		const snippet = await field.inputValue();
		expect(snippet).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/home-trend\/" title="France et moyenne UE, 2010–2025" lang="fr" [^>]*loading="lazy"[^>]*><\/iframe>$/
		);
		const src = /src="([^"]+)"/.exec(snippet)![1]!;
		await page.goto(src);
		await expect(page.getByTestId('embed')).toBeVisible();
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.locator('footer.site')).toBeHidden();
		await expect(page.locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(page.getByTestId('view-source')).toContainText('Eurostat, tableau isoc_ec_esels');
		await expect(page.getByTestId('chart-sentence')).toContainText('21e rang sur 27');
		await expectAccessible(page);
	});

	test('the English embed is in English', async ({ page }) => {
		await page.goto('/en/embed/home-trend/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('view-source')).toContainText(
			'Source: Eurostat, table isoc_ec_esels'
		);
		await expect(page.getByTestId('chart-sentence')).toContainText('France ranks 21st of 27');
		await expect(page.locator('figure svg[role="group"]')).toContainText('EU-27 average');
	});

	test('the export buttons are reachable with the keyboard and pass axe', async ({ page }) => {
		await openHome(page);
		await page.getByTestId('export-svg').focus();
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('export-png')).toBeFocused();
		await expectAccessible(page);
	});
});

test.describe('report builder', () => {
	const REPORT =
		'/rapport/?t=Conseil+du+12&v=home-kpis&v=home-trend%3ANote+sur+la+courbe&v=home-table';

	test('reopens a report from its link, and its copied link reopens the same report', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(REPORT);
		await waitHydrated(page);
		await expect(page.getByTestId('doc-title')).toHaveText('Conseil du 12');
		const views = page.getByTestId('report-view');
		await expect(views).toHaveCount(3);
		await expect(views.nth(1).getByTestId('view-note')).toHaveText('Note sur la courbe');
		// The trend's lines come with the view, its points a task later: every point is there.
		const points = views.nth(1).locator('figure svg g.point');
		await expect(points.filter({ has: page.locator('circle.hit') })).not.toHaveCount(0);
		expect(await points.count()).toBeGreaterThan(20);
		await expect(views.nth(1).locator('figure svg g.point[data-geo="FR"]').last()).toHaveAttribute(
			'aria-label',
			/^France, 2025/
		);

		// Edit: a note on the KPI cards, then move the table up with the keyboard.
		await page.getByTestId('note-home-kpis').fill('Chiffres de l’enquête 2023');
		await page.locator('[data-move="up"][data-id="home-table"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('report-status')).toContainText('position 2 sur 3');
		await expect(page.locator('[data-move="up"][data-id="home-table"]')).toBeFocused();
		await expect(views.nth(1)).toHaveAttribute('data-view', 'home-table');
		await expect(page).toHaveURL(/v=home-kpis%3AChiffres.*&v=home-table&v=home-trend%3ANote/);

		await page.getByTestId('copy-report-link').click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		const other = await context.newPage();
		await other.goto(link);
		await waitHydrated(other);
		await expect(other.getByTestId('doc-title')).toHaveText('Conseil du 12');
		await expect(other.getByTestId('report-view')).toHaveCount(3);
		expect(
			await other.getByTestId('report-view').evaluateAll((s) => s.map((e) => e.dataset.view))
		).toEqual(['home-kpis', 'home-table', 'home-trend']);
		await expect(other.getByTestId('view-note').first()).toHaveText('Chiffres de l’enquête 2023');
	});

	test('prints to an A4 PDF: cover, views never cut across pages, appendix with vintages', async ({
		page
	}) => {
		await page.goto(REPORT);
		await waitHydrated(page);
		await expect(page.getByTestId('report-view')).toHaveCount(3);
		await expect(page.getByTestId('appendix-isoc_ec_esels')).toContainText(
			'version publiée en 2026'
		);

		await page.emulateMedia({ media: 'print' });
		// The print rules are in force: no view may be split, the cover and appendix are pages of their own.
		const styles = await page.evaluate(() => ({
			views: [...document.querySelectorAll('[data-testid="report-view"]')].map(
				(e) => getComputedStyle(e).breakInside
			),
			cover: getComputedStyle(document.querySelector('[data-testid="report-cover"]')!).breakAfter,
			appendix: getComputedStyle(document.querySelector('[data-testid="report-appendix"]')!)
				.breakBefore,
			header: getComputedStyle(document.querySelector('header.site')!).display
		}));
		expect(styles).toEqual({
			views: ['avoid', 'avoid', 'avoid'],
			cover: 'page',
			appendix: 'page',
			header: 'none'
		});

		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdfPages(pdf);
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(pages.length);
		// Cover; the five KPI cards; the chart with its sentence, too tall to share their page, moved
		// whole to the next; the table, likewise; the appendix.
		expect(pages).toHaveLength(5);
		expect(pages[0]!.uris).toEqual([]);
		// On paper a view ends with its address (the "data and source" link, `…#source`); the
		// heading's "view online" is not printed. Each view on a page of its own, in order, with
		// as many pages as views between cover and appendix: none was cut.
		const ends = ['home-kpis', 'home-trend', 'home-table'].map((id) =>
			pages.findIndex((p) => p.uris.some((u) => u.endsWith(`/embed/${id}/#source`)))
		);
		expect(ends).toEqual([1, 2, 3]);
		expect(pages.some((p) => p.uris.some((u) => /\/embed\/[^/]+\/$/.test(u)))).toBe(false);
		expect(pages.at(-1)!.uris).toContain(
			'https://ec.europa.eu/eurostat/databrowser/view/isoc_ec_esels/default/table'
		);
	});

	test('a region’s page in a report: its sheet, its datasets in the appendix, unsplit in print', async ({
		page
	}) => {
		await page.goto('/rapport/?t=Bretagne&v=fiche-bretagne%3ASuivi+r%C3%A9gional');
		await waitHydrated(page);
		const view = page.getByTestId('report-view');
		await expect(view).toHaveCount(1);
		await expect(view).toContainText('Fiche région : Bretagne');
		await expect(view.getByTestId('view-note')).toHaveText('Suivi régional');
		await expect(view.getByTestId('verdict')).toHaveAttribute('data-status', /.+/);
		// An illustrative region is never ranked as if it were real.
		await expect(view.getByTestId('kpi-rank')).toContainText('non classée : données illustratives');
		await expect(view.getByTestId('synthetic-label')).toBeVisible();
		await expect(page.getByTestId('appendix-synth_esell_reg')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		expect(await view.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		// Cover, the sheet on one page (it ends with its address), the appendix.
		expect(pages).toHaveLength(3);
		const bottom = pages.findIndex((p) =>
			p.uris.some((u) => u.endsWith('/embed/fiche-bretagne/#source'))
		);
		expect(bottom).toBe(1);
	});

	// The annex said « téléchargé le 2026-12-01, mise à jour Eurostat 2026-12-01 » of the
	// observatory's generated regions.
	for (const [lang, generated, update] of [
		['', 'généré le 2026-12-01', 'mise à jour Eurostat'],
		['/en', 'generated on 2026-12-01', 'Eurostat update']
	] as const) {
		test(`the annex dates illustrative data as generated, never as an Eurostat update${lang ? ' (English)' : ''}`, async ({
			page
		}) => {
			await page.goto(`${lang}/rapport/?v=fiche-bretagne`);
			await waitHydrated(page);
			const synth = page.getByTestId('appendix-synth_esell_reg').getByTestId('appendix-vintage');
			await expect(synth).toHaveText(generated);
			await expect(synth).not.toContainText('Eurostat');
			await expect(
				page.getByTestId('appendix-isoc_ec_esels').getByTestId('appendix-vintage')
			).toContainText(update);
		});
	}

	for (const path of ['/rapport/', '/en/rapport/']) {
		test(`printed on A4, no key figure wraps and each view prints its address: ${path}`, async ({
			page
		}) => {
			await page.goto(path);
			await waitHydrated(page);
			const cards = page.locator('[data-view="home-kpis"] .kpi');
			await expect(cards).toHaveCount(5);
			await page.emulateMedia({ media: 'print' });
			// A4 between the report's margins (210 − 2 × 12 mm) at 96 px an inch.
			await page.setViewportSize({ width: 703, height: 1000 });
			// Five cards a row broke « −4,39 pt / s » and « 21e sur / 27 »: each value is one line,
			// inside its card.
			const values = await cards.evaluateAll((all) =>
				all.map((card) => {
					const value = card.querySelector('.value')!;
					const box = value.getBoundingClientRect();
					const range = document.createRange();
					range.selectNodeContents(value);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					return {
						text: value.textContent,
						height: box.height,
						lineHeight: parseFloat(getComputedStyle(value).lineHeight),
						lines: lines.size,
						inside: range.getBoundingClientRect().right <= card.getBoundingClientRect().right
					};
				})
			);
			for (const v of values) {
				expect(v.lines, `${v.text} on one line`).toBe(1);
				expect(v.height, `${v.text} one line high`).toBeLessThan(v.lineHeight * 1.5);
				expect(v.inside, `${v.text} inside its card`).toBe(true);
			}
			// A link cannot be clicked on paper: each view says where it lives online, once.
			const host = new URL(page.url()).host;
			const prefix = path === '/en/rapport/' ? '/en' : '';
			await expect(page.locator('[data-view="home-kpis"] .online')).toBeHidden();
			await expect(page.locator('[data-view="home-kpis"] .view-source')).toContainText(
				`${host}${prefix}/embed/home-kpis/`
			);
			await expect(page.locator('[data-view="home-trend"] .view-source')).toContainText(
				`${host}${prefix}/embed/home-trend/`
			);
		});
	}

	test('a view whose data cannot be fetched says which file, keeps the others, and draws on retry', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The default report's data come with the page; another view's are fetched when chosen.
		await page.route('**/report-views/targets.json', (route) =>
			route.abort('internetdisconnected')
		);
		await page.goto('/rapport/?v=home-kpis&v=target-national');
		await waitHydrated(page);
		const views = page.getByTestId('report-view');
		await expect(views.nth(1).getByTestId('view-error')).toContainText(
			'/report-views/targets.json'
		);
		await expect(views.nth(1).getByTestId('view-error')).toContainText('Vérifiez la connexion');
		await expect(views.nth(0).locator('.kpi, [data-testid^="kpi"]').first()).toBeVisible();
		// The annex names what a target view draws, read from its data: it waits, and so does print.
		await expect(page.getByTestId('appendix-pending')).toBeVisible();
		await expect(page.getByTestId('print')).toBeDisabled();
		await page.unroute('**/report-views/targets.json');
		await views.nth(1).getByRole('button', { name: 'Réessayer' }).click();
		await expect(views.nth(1).getByTestId('view-error')).toHaveCount(0);
		await expect(views.nth(1).getByTestId('verdict')).toBeVisible();
		await expect(page.getByTestId('appendix-pending')).toHaveCount(0);
		await expect(page.getByTestId('appendix-isoc_ec_esels')).toBeVisible();
		await expect(page.getByTestId('print')).toBeEnabled();
		expect(errors).toEqual([]);
	});

	test('the builder passes axe', async ({ page }) => {
		await page.goto('/rapport/');
		await waitHydrated(page);
		await expect(page.getByTestId('report-view')).toHaveCount(2);
		await expectAccessible(page);
	});
});

test.describe('export a comparison view', () => {
	/** Opens the comparison page on a state and waits until its export buttons answer. */
	async function openComparison(page: Page, search: string) {
		await page.goto(`/comparer/${search}`);
		await waitHydrated(page);
		await expect(page.getByRole('tab', { selected: true })).toBeVisible();
		// The gap tab has two menus (its chart or table, and the change table): the first answers.
		await expect(page.getByTestId('export-csv').first()).toBeEnabled();
	}

	test('ranking CSV: the same rows and values as the table tab', async ({ page }) => {
		await openComparison(page, '?v=1&tab=ranking&view=table&year=2015');
		// A table has no picture to download, only its data.
		await expect(page.getByTestId('export-svg')).toHaveCount(0);
		const { name, bytes } = await downloadOf(page, 'export-csv');
		expect(name).toMatch(/2015\.csv$/);
		const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1), ';');
		const table = page.getByTestId('table-ranking');
		const headers = await table
			.locator('thead th button')
			.evaluateAll((buttons) => buttons.map((b) => b.childNodes[0]!.textContent!.trim()));
		expect(header!.slice(0, headers.length)).toEqual(headers);
		const shown = await table
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.children].map((c) => c.childNodes[0]?.textContent?.trim() ?? ''))
			);
		expect(rows).toHaveLength(shown.length);
		rows.forEach(([country, rank, value], i) => {
			const [tCountry, tRank, tValue] = shown[i]!;
			expect(country).toBe(tCountry);
			// The table writes "12e sur 27" and "16,50 %"; the file holds 12 and 16,5.
			expect(/^\d+/.exec(tRank!)?.[0] ?? '').toBe(rank);
			expect(
				value === '' ? '—' : `${Number(value!.replace(',', '.')).toFixed(2).replace('.', ',')}`
			).toBe(tValue!.replace(/\s*%$/, '').replace(/\u202f|\u00a0/g, ''));
		});
		expect(rows.map((r) => r.slice(0, 3))).toContainEqual(['France', '12', '16,5']);
		// The last column names the source on every row.
		expect(header!.at(-1)).toBe('Source');
		expect(
			rows.every((r) => r.at(-1)!.includes('tin00111') || r.at(-1)!.includes('isoc_ec_esels'))
		).toBe(true);
	});

	test('change table CSV (gap tab): the same countries and changes as the table', async ({
		page
	}) => {
		await openComparison(page, '?v=1&tab=gap&view=table&from=2015&to=2023');
		const menu = page.getByRole('group', {
			name: 'Exporter et partager : Évolution de 2015 à 2023, par pays'
		});
		await expect(menu.getByTestId('export-svg')).toHaveCount(0);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			menu.getByTestId('export-csv').click()
		]);
		expect(file.suggestedFilename()).toMatch(/2015.*2023.*\.csv$/);
		const bytes = readFileSync(await file.path());
		const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1), ';');
		expect(header).toContain('Écart absolu (pts)');
		const shown = await page
			.getByTestId('table-change')
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => tr.children[0]!.childNodes[0]!.textContent!.trim()));
		expect(rows.map((r) => r[0])).toEqual(shown);
		const france = rows.find((r) => r[0] === 'France')!;
		const absolute = france[header!.indexOf('Écart absolu (pts)')]!;
		// 13,43 in 2023 against 16,5 in 2015: −3,07 points, a negative number kept as a number.
		expect(absolute).toBe('-3,07');
	});

	test('ranking SVG: a well-formed picture with its title, year and source line', async ({
		page
	}) => {
		await openComparison(page, '?v=1&tab=ranking&year=2015');
		const { name, bytes } = await downloadOf(page, 'export-svg');
		expect(name).toMatch(/\.svg$/);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const part = (p: string) =>
				[...doc.querySelectorAll(`[data-part="${p}"]`)].map((e) => e.textContent).join(' ');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				title: doc.querySelector('svg > title')?.textContent,
				source: part('source'),
				date: part('data-date'),
				site: part('site'),
				legend: part('legend'),
				bars: doc.querySelectorAll('[data-geo]').length
			};
		}, bytes.toString('utf8'));
		expect(parsed.error).toBeNull();
		expect(parsed.title).toContain('2015');
		expect(parsed.source).toContain('Eurostat, tin00111');
		// The table's vintage once, on the date line: the source line also said it before.
		expect(parsed.source).not.toContain('Millésime');
		expect(parsed.date).toMatch(/^Données\u00a0: .*20\d\d/);
		expect(parsed.site).toBe('Observatoire PME numérique');
		expect(parsed.bars).toBeGreaterThanOrEqual(27);
		// The chosen countries' middle tone is said in the picture too, as beside the chart.
		expect(parsed.legend).toContain('pays choisis');
		expect(parsed.legend).toContain('autres pays');
	});

	test('ranking SVG of a year France has no value for: the picture says so, as the page does', async ({
		page
	}) => {
		await openComparison(page, '?tab=ranking&year=2024');
		await expect(page.getByTestId('ranking-missing')).toHaveText(
			'Sans valeur publiée : France (u : fiabilité faible)'
		);
		const { bytes } = await downloadOf(page, 'export-svg');
		const notes = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return [...doc.querySelectorAll('[data-part="note"]')].map((e) => e.textContent).join(' ');
		}, bytes.toString('utf8'));
		// Without it, a ranking with no bar for France would say nothing of her.
		expect(notes).toContain('Sans valeur publiée : France (u : fiabilité faible)');
	});

	test('permalink of a comparison view reopens the same tab, year and peers', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openComparison(page, '?v=1&tab=ranking&year=2015&peers=DE,IT');
		await page.getByTestId('export-link').click();
		await expect(page.getByTestId('export-status')).toContainText('copié');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toContain('tab=ranking');
		const other = await context.newPage();
		await other.goto(link);
		await expect(other.getByRole('tab', { selected: true })).toHaveText('Classement');
		await expect(other.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		const peer = (geo: string) =>
			other.locator(`[data-testid="peer-picker"] input[data-geo="${geo}"]`);
		await expect(peer('DE')).toBeChecked();
		await expect(peer('IT')).toBeChecked();
		await expect(peer('IE')).not.toBeChecked();
	});

	test('embed of a comparison view: the chart alone, on the reader’s choices, with its source line', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await openComparison(page, '?v=1&tab=ranking&year=2015&peers=DE,IT');
		await page.getByTestId('export-embed').click();
		const snippet = await page.getByTestId('export-fallback').inputValue();
		const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
		expect(src).toMatch(/\/embed\/compare-ranking\/\?/);
		expect(src).toContain('year=2015');
		await page.goto(src);
		await waitHydrated(page);
		await expect(page.getByTestId('embed')).toBeVisible();
		await expect(page.locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.locator('footer.site')).toBeHidden();
		await expect(page.getByRole('tablist')).toHaveCount(0);
		await expect(page.getByTestId('view-source')).toContainText('Eurostat, tin00111');
		// Its link back opens the comparison page on the same choices.
		const back = await page.locator('#source a').getAttribute('href');
		expect(back).toMatch(/\/comparer\/\?.*tab=ranking.*year=2015/);
		await expectAccessible(page);
	});

	test('comparison embed: in English, and a sensible default chart without JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/embed/compare-map/?year=2015');
		// Prerendered: the default choices (SMEs, latest year with France and the EU), not a blank frame.
		await expect(page.locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(page.getByTestId('embed')).toContainText('Map of Europe, 2025');
		await expect(page.getByTestId('view-source')).toContainText('Source: Eurostat, isoc_ec_esels');
		await expect(page.locator('header.site')).toBeHidden();
		await context.close();
	});

	test('a comparison view in a report: its chart, its dataset in the appendix', async ({
		page
	}) => {
		await page.goto('/rapport/?v=compare-ranking&v=compare-gap');
		await waitHydrated(page);
		const views = page.getByTestId('report-view');
		await expect(views).toHaveCount(2);
		await expect(views.first()).toContainText('Classement des pays de l’UE à 27, 2025');
		await expect(views.first()).toContainText('PME (10 à 249 personnes occupées)');
		await expect(views.first().locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(views.nth(1).locator('figure svg[role="group"]')).toHaveCount(1);
		await expect(page.getByTestId('appendix-isoc_ec_esels')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		// Each view ends with its address on paper (`…#source`): cover, one page a view, appendix.
		const ends = ['compare-ranking', 'compare-gap'].map((id) =>
			pages.findIndex((p) => p.uris.some((u) => u.endsWith(`/embed/${id}/#source`)))
		);
		expect(ends).toEqual([1, 2]);
		expect(pages).toHaveLength(4);
	});

	test('put in a report: the builder holds the chart on the reader’s choices, and keeps them', async ({
		page
	}) => {
		await openComparison(page, '?v=1&tab=ranking&year=2015&peers=DE,IT');
		await page.getByTestId('export-report').click();
		await expect(page).toHaveURL(/\/rapport\/\?v=compare-ranking%40/);
		await waitHydrated(page);
		const view = page.getByTestId('report-view');
		await expect(view).toHaveCount(1);
		await expect(view.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		await expect(view.locator('[data-geo="DE"][data-emphasis="peer"]')).toHaveCount(1);
		// Its "view online" link opens its embed on the same choices.
		await expect(view.locator('a.online')).toHaveAttribute(
			'href',
			/\/embed\/compare-ranking\/\?.*year=2015/
		);
		// A note, then the report's own address still carries the choices.
		await page.getByTestId('note-compare-ranking').fill('Douzième');
		await expect(page).toHaveURL(/v=compare-ranking%40.*year%3D2015.*%3ADouzi/);
		await page.reload();
		await waitHydrated(page);
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
	});
});

test.describe('export a target view', () => {
	test('national tracker: SVG with the sources and the target, CSV with France and the EU by year', async ({
		page
	}) => {
		await page.goto('/objectifs/');
		await waitHydrated(page);
		await expect(page.getByTestId('export-svg')).toBeEnabled();
		const svg = (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const part = (p: string) =>
				[...doc.querySelectorAll(`[data-part="${p}"]`)].map((e) => e.textContent).join(' ');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				source: part('source'),
				date: part('data-date'),
				// The title's lines, then the grey line under them, if any.
				heading: [...doc.querySelectorAll(':root > text:not([data-part])')]
					.filter((t) => Number(t.getAttribute('y')) < 140)
					.map((t) => t.textContent ?? '')
			};
		}, svg);
		expect(parsed.error).toBeNull();
		// The title names the target: it is not said a second time under it.
		expect(parsed.heading.join(' ')).toContain('Rattrapage CNNum');
		expect(parsed.heading.filter((line) => line.includes('Rattrapage CNNum'))).toHaveLength(1);
		// Only what the tracker draws: France's and the EU's SME series, never an illustrative set.
		expect(parsed.source).toContain('Eurostat, tableau isoc_ec_esels');
		expect(parsed.source).not.toContain('synth_');
		expect(parsed.source).toContain('Rattrapage CNNum');
		// The table's dates once, on the line under it: the footer once said the source twice.
		expect(parsed.source).not.toContain('2026-02-27');
		expect(parsed.date).toMatch(
			/^Données\u00a0: isoc_ec_esels \(mise à jour 2026-02-27\u202f; version publiée en 2026\)$/
		);

		const csv = (await downloadOf(page, 'export-csv')).bytes.toString('utf8');
		const [header, ...rows] = parseCsv(csv.slice(1), ';');
		expect(header!.slice(0, 4)).toEqual([
			'Année d’enquête',
			'France (réel)',
			'France (réel) — indicateurs de statut',
			'Moyenne UE à 27'
		]);
		expect(rows.find((r) => r[0] === '2016')!.slice(1, 4)).toEqual(['15,92', '', '17,03']);
		expect(rows.find((r) => r[0] === '2019')!.slice(1, 4)).toEqual(['15,22', '', '16,58']);
		// Every row carries its source and, once, the table's dates.
		const source = rows[0]!.at(-1)!;
		expect(source).toMatch(/^Source\u00a0: Eurostat, tableau isoc_ec_esels\. Objectif/);
		expect(source.match(/2026-02-27/g)).toHaveLength(1);
	});

	test('embeds: the national tracker and the regions tile grid alone, in the chosen language', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await page.goto('/en/objectifs/regions/');
		await waitHydrated(page);
		await page.getByTestId('export-embed').click();
		const snippet = await page.getByTestId('export-fallback').inputValue();
		expect(snippet).toContain('lang="en"');
		const src = /src="([^"]+)"/.exec(snippet)![1]!;
		expect(src).toMatch(/\/en\/embed\/target-regions\/$/);
		await page.goto(src);
		await expect(page.locator('header.site')).toBeHidden();
		// Prerendered and framed elsewhere it has no import: its title says what it shows.
		await expect(page.locator('h1')).toHaveText(
			'Target: status of the regions (illustrative data)'
		);
		await expect(page).toHaveTitle(/^Target: status of the regions \(illustrative data\) — /);
		await expect(page.locator('.target-view svg[role="group"]')).toHaveCount(1);
		await expect(page.locator('.target-view [data-testid="synthetic-label"]')).toContainText(
			'illustrative'
		);
		await expect(page.getByTestId('view-source').first()).toContainText('Eurostat, table');
		await expect(page.getByTestId('view-source').first()).toContainText('synth_esell_reg');
		await expect(page.getByTestId('view-heading')).toContainText('(illustrative data)');

		await page.goto('/embed/target-national/');
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'widening');
		await expect(page.locator('figure.tracker svg[role="group"]')).toHaveCount(1);
		await expectAccessible(page);
	});

	test('an imported formula-like label is text on the sector view and neutralised in its CSV', async ({
		page
	}) => {
		await page.goto('/importer/');
		await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
		await page.getByTestId('file-input').setInputFiles(fixture('formula_sector.csv'));
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toBeVisible();

		await page.goto('/objectifs/secteurs/');
		await waitHydrated(page);
		const formula = '=HYPERLINK("http://example.invalid","x")';
		const row = page.locator('tr[data-unit^="=HYPERLINK"]');
		await expect(row).toHaveCount(1);
		// Shown as the text it is: no link was made of it.
		await expect(row.locator('th')).toContainText(formula);
		await expect(row.locator('a')).toHaveCount(0);
		// The last export menu is the imported sectors' (the first one is the real sector view's).
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-csv').last().click()
		]);
		const csv = readFileSync(await file.path()).toString('utf8');
		const [, ...rows] = parseCsv(csv.slice(1), ';');
		const cells = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
		expect(cells[0]).toBe(`'${formula}`);
		expect(cells[1]).toBe(`'${formula}`);
		expect(rows.every((r) => r.every((c) => !/^[=+\-@]/.test(c) || /^-?\d/.test(c)))).toBe(true);
	});

	test('regions: the SVG dates the tiles’ gaps, and carries the colour legend and the abbreviations', async ({
		page
	}) => {
		for (const [path, caption, status, key] of [
			['/objectifs/regions/', 'écart à la moyenne UE en 2019', 'écart comblé', 'Hauts-de-France'],
			['/en/objectifs/regions/', 'gap to the EU average in 2019', 'gap closed', 'Hauts-de-France']
		] as const) {
			await page.goto(path);
			await waitHydrated(page);
			await expect(page.getByTestId('export-svg').first()).toBeEnabled();
			const svg = (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
			const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
			expect(text).toContain(caption);
			expect(svg).toMatch(new RegExp(`data-part="legend">[^]*?>${status}</text>`));
			expect(svg).toMatch(/data-part="key"><text[^>]*>HDF<\/text><text[^>]*>Hauts-de-France</);
			expect(text).toContain(key);
			expect(text).toContain('Mayotte');
		}
	});

	// A picture has no page around it: what the page's legend says (which line is France, what a
	// shade of the map is worth, which dot is the start) must be in it, or its marks read as nothing.
	// The words are those the page shows (the map's "8 – 16 %", not the spoken "de 8 % à 16 %"),
	// without the flag letters, which the picture's footer says.
	for (const [path, keys] of [
		['/objectifs/', ['France (réel)', 'Moyenne UE à 27', 'Trajectoire requise', 'Valeur cible']],
		['/en/objectifs/', ['France (actual)', 'EU-27 average', 'Required path', 'Target value']],
		[
			'/comparer/?tab=map',
			[
				'0 – 8 %',
				'8 – 16 %',
				'16 – 24 %',
				'24 – 32 %',
				'32 – 40 %',
				'pas de donnée',
				'hors comparaison'
			]
		],
		[
			'/objectifs/secteurs/',
			[
				'écart au départ',
				'écart au dernier point (couleur : statut)',
				'écart comblé',
				'l’écart n’a pas bougé',
				's’éloigne de l’objectif : l’écart s’est creusé'
			]
		],
		// Its page legend also says "b : rupture de série": the footer says it in the picture.
		['/tailles/', ['France', 'Moyenne UE à 27', 'valeur non disponible']]
	] as const) {
		test(`the picture keys the marks the page’s legend keys: ${path}`, async ({ page }) => {
			await page.goto(path);
			await waitHydrated(page);
			const button = page.locator('[data-testid="export-svg"]').filter({ visible: true }).first();
			await expect(button).toBeEnabled();
			const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
			const svg = readFileSync(await file.path(), 'utf8');
			// Each entry: the page's own swatch (or a colour box), then its words.
			const keyed = [
				...svg.matchAll(
					/<g data-part="legend">(<svg [^]*?<\/svg>|<rect [^>]*\/>)<text [^>]*>([^<]*)<\/text><\/g>/g
				)
			].map((m) => m[2]);
			expect(keyed).toEqual([...keys]);
			const parsed = await page.evaluate(
				(text) =>
					new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
						?.textContent ?? null,
				svg
			);
			expect(parsed).toBeNull();
		});
	}

	test('regions: the CSV lists the 18 regions with the table’s latest gaps', async ({ page }) => {
		await page.goto('/objectifs/regions/');
		await waitHydrated(page);
		await expect(page.getByTestId('export-csv')).toBeEnabled();
		const csv = (await downloadOf(page, 'export-csv')).bytes.toString('utf8');
		const [header, ...rows] = parseCsv(csv.slice(1), ';');
		expect(header).toContain('Écart au dernier point (pts)');
		expect(rows).toHaveLength(18);
		const gapColumn = header!.indexOf('Écart au dernier point (pts)');
		for (const row of rows) {
			const cell = page.locator(`tr[data-unit="${row[0]}"] td`).nth(2);
			const shown = (await cell.textContent())!.replace(/\s|pts?/g, '').replace('−', '-');
			expect(Number(shown.replace(',', '.'))).toBeCloseTo(
				Number(row[gapColumn]!.replace(',', '.')),
				2
			);
		}
	});
});

test.describe('fiche région', () => {
	test('reached from the regions view, it gives the region’s figures and verdict, labelled illustrative, never ranked', async ({
		page
	}) => {
		await page.goto('/objectifs/regions/');
		await page.locator('[data-region="bretagne"] [data-testid="fiche-link"]').click();
		await expect(page).toHaveURL(/\/rapport\/region\/bretagne\/$/);
		const fiche = page.getByTestId('fiche');
		await expect(fiche.getByRole('heading', { level: 1 })).toContainText('Bretagne');
		await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', /.+/);
		// Invented regions rank nothing; the gap beside the latest value is of the same survey.
		await expect(page.getByTestId('kpi-rank')).toContainText('non classée : données illustratives');
		await expect(page.getByTestId('kpi-gap')).toContainText('enquête 2023');
		await expect(page.getByTestId('kpi-latest')).toContainText('enquête 2023');
		// The verdict (2016–2019) and the cards (2023) say their own periods.
		await expect(page.getByTestId('periods-used')).toContainText(
			'départ 2016, dernier point 2019, valeur cible 2019'
		);
		// Whom the figures count and what they measure, said before any figure; the verdict says
		// the year it is read at, above cards of a later survey.
		await expect(page.getByTestId('sheet-scope')).toContainText(
			'PME (10 à 249 personnes occupées)'
		);
		await expect(page.getByTestId('sheet-scope')).toContainText(
			"au moins 1\u202f% du chiffre d'affaires"
		);
		await expect(page.getByTestId('verdict')).toContainText('à l’échéance (2019) —');
		await expect(page.getByTestId('periods-used')).toContainText(
			'Ci-dessous : la dernière enquête publiée (2023).'
		);
		await expect(fiche.getByRole('heading', { level: 1 })).toContainText('données illustratives');
		await expect(page.getByTestId('sources')).toContainText('Eurostat, tableau');
		await expect(page.getByTestId('sources')).toContainText('synth_esell_reg');
		await expect(page.getByTestId('sources')).not.toContainText('synth_esell_nace');
		await expectAccessible(page);
	});

	test('in English: the population and the measure, and a verdict with its year', async ({
		page
	}) => {
		await page.goto('/en/rapport/region/bretagne/');
		await waitHydrated(page);
		await expect(page.getByTestId('sheet-scope')).toContainText(
			'SMEs (10 to 249 persons employed)'
		);
		await expect(page.getByTestId('sheet-scope')).toContainText('at least 1% turnover');
		await expect(page.getByTestId('synthetic-label')).toContainText('illustrative');
		await expect(page.getByTestId('verdict')).toContainText('at the deadline (2019) —');
		await expect(page.getByTestId('kpi-latest')).toContainText('survey 2023');
	});

	test('printed to PDF: figures and chart on page 1, never split, sources on page 2', async ({
		page
	}) => {
		await page.goto('/en/rapport/region/guyane/');
		await waitHydrated(page);
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() => ({
			blocks: [...document.querySelectorAll('.fiche .block')].map(
				(e) => getComputedStyle(e).breakInside
			),
			header: getComputedStyle(document.querySelector('header.site')!).display
		}));
		expect(styles).toEqual({ blocks: ['avoid', 'avoid', 'avoid'], header: 'none' });
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdfPages(pdf);
		expect(pages).toHaveLength(2);
		// The chart block opens with a link to the regions view and ends with one to the method:
		// both on page 1 means the chart and its reading were not cut.
		expect(pages[0]!.uris.some((u) => u.endsWith('/en/objectifs/regions/'))).toBe(true);
		expect(pages[0]!.uris.some((u) => u.endsWith('/en/objectifs/methode/'))).toBe(true);
		expect(pages[1]!.uris).toEqual([]);
	});
});
