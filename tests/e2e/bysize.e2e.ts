import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { waitHydrated } from './hydrated';

/** What each panel draws, its box in the page's px, in the order of the page. */
const panelBoxes = (page: Page) =>
	page.locator('figure.bysize g.panel').evaluateAll((svgs) =>
		svgs.map((s) => {
			const b = s.getBoundingClientRect();
			return { x: Math.round(b.x), y: Math.round(b.y), width: b.width };
		})
	);

test.describe('by size class (/tailles/), on isoc_ec_esels', () => {
	test('France and the EU per size class, the gap of each, the sentence and a table tab', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Tailles' }).click();
		await expect(page).toHaveURL(/\/tailles\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Par taille d’entreprise');
		const sentence = page.getByTestId('chart-sentence');
		// 10–49: 13.27 − 18.28 = −5.01; 250+: 45.36 − 42.94 = +2.42; SMEs: 15.20 − 19.59 = −4.39.
		await expect(sentence).toContainText(
			/En 2025, .* va de −5,01\s?pts \(10 à 49 personnes\) à \+2,42\s?pts \(250 personnes ou plus\)/
		);
		await expect(sentence).toContainText(
			/pour les PME \(10 à 249 personnes\), il est de −4,39\s?pts/
		);
		const panels = page.locator('figure.bysize g.panel');
		await expect(panels).toHaveCount(5);
		await expect(panels.nth(0)).toContainText(/10 à 49 personnes · 2025/);
		await expect(panels.nth(0)).toContainText(/France 13,27\s?% · UE 18,28\s?%/);
		await expect(page.locator('g.panel[data-size="50-249"] text.gap')).toContainText(/\+1,24\s?pt/);
		await expect(page.locator('g.panel[data-size="GE10"] text.gap')).toContainText(/−4,22\s?pts/);
		// One figure, described by the sentence first; each panel an SVG named by its size class.
		const figure = page.locator('figure.bysize');
		await expect(figure).toHaveAccessibleDescription(/^En 2025, l’écart entre la France/);
		const desc = await page
			.locator(`[id="${await figure.getAttribute('aria-describedby')}"]`)
			.textContent();
		expect(desc!.startsWith((await sentence.textContent())!.trim())).toBe(true);
		await expect(page.getByRole('group', { name: '10 à 49 personnes', exact: true })).toHaveCount(
			1
		);

		await page.waitForLoadState('networkidle');
		await page.getByTestId('tab-table').click();
		const table = page.getByTestId('bysize-table');
		await expect(table).toBeVisible();
		// Five classes × 16 survey years (2010–2025).
		await expect(table.locator('tbody tr')).toHaveCount(80);
		const smes2025 = table
			.locator('tbody tr', { hasText: 'PME (10 à 249)' })
			.filter({ hasText: '2025' });
		await expect(smes2025).toContainText(/15,20\s?%/);
		await expect(smes2025).toContainText(/19,59\s?%/);
		await expect(smes2025).toContainText('−4,39');
		await expectAccessible(page);
	});

	test('the chart and table tabs are one tab stop; arrows, Home and End switch them', async ({
		page
	}) => {
		await page.goto('/tailles/');
		await page.waitForLoadState('networkidle');
		const chart = page.getByTestId('tab-chart');
		const table = page.getByTestId('tab-table');
		await expect(page.getByRole('tab')).toHaveCount(2);
		await expect(table).toHaveAttribute('tabindex', '-1');
		await chart.focus();
		await page.keyboard.press('End');
		await expect(table).toBeFocused();
		await expect(table).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('bysize-table')).toBeVisible();
		await page.keyboard.press('Home');
		await expect(chart).toHaveAttribute('aria-selected', 'true');
		// The arrows wrap round: left from the first tab is the last, right from the last the first.
		await page.keyboard.press('ArrowLeft');
		await expect(table).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(chart).toBeFocused();
		await expect(page.getByTestId('bysize-table')).toBeHidden();
	});

	test('in English, with its CSV and SVG exports and its embed', async ({ page }) => {
		await page.goto('/en/tailles/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('By size class');
		await expect(page.getByTestId('chart-sentence')).toContainText(
			/ranges from −5\.01\s?pp \(10–49 persons\) to \+2\.42\s?pp \(250 persons or more\)/
		);
		await page.waitForLoadState('networkidle');
		await expect(page.getByTestId('export-csv')).toBeEnabled();
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-csv').click()
		]);
		const text = (await import('node:fs')).readFileSync(await csv.path(), 'utf8');
		expect(
			text.startsWith('\ufeffsize_emp,Size,Year,France (%),France (flags),EU27_2020 (%),')
		).toBe(true);
		expect(text).toContain(
			'\r\n10-249,SMEs (10–249),2025,15.2,,19.59,,-4.39,"Source: Eurostat, table isoc_ec_esels'
		);
		const [svg] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-svg').click()
		]);
		const picture = (await import('node:fs')).readFileSync(await svg.path(), 'utf8');
		expect(picture).toContain('data-part="sentence"');
		expect(picture).toContain('isoc_ec_esels');
		// One picture of the five panels, three a row as on a desktop, 840 units wide.
		expect(picture).toMatch(/viewBox="0 0 840 \d+" overflow="visible"/);
		const at = [...picture.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="260"/g)].map((m) =>
			m.slice(1).map(Number)
		);
		expect(at).toEqual([
			[0, 0],
			[290, 0],
			[580, 0],
			[0, 247],
			[290, 247]
		]);
		// The picture says, as the page does, that two of the five panels group the others.
		expect(picture).toMatch(
			/data-part="note">SMEs \(10–249 persons\) and “10 persons or more” group the classes/
		);
		// The panels name neither line: the picture's legend does, France solid, the EU dashed.
		expect(picture).toMatch(
			/<g data-part="legend"><svg [^>]*><line [^>]*\/><\/svg><text [^>]*>France<\/text><\/g>/
		);
		expect(picture).toMatch(
			/<g data-part="legend"><svg [^>]*><line [^>]*stroke-dasharray="7 4"[^>]*\/><\/svg><text [^>]*>EU-27 average<\/text><\/g>/
		);
		await page.goto('/en/embed/bysize-chart/');
		await expect(page.getByTestId('embed')).toBeVisible();
		await expect(page.locator('figure.bysize g.panel')).toHaveCount(5);
		await expect(page.getByTestId('view-source')).toContainText('isoc_ec_esels');
	});
});

// Each panel is an SVG of its own placed by a CSS grid: laid out by the browser at any width,
// with or without JavaScript, and never again once hydrated (it was one SVG three panels across,
// laid out again one a row once measured: the page below it moved, CLS 0.08 at 390 px).
test.describe('by size: the panels as the browser lays them out', () => {
	for (const path of ['/tailles/', '/en/tailles/'])
		test(`${path} on a phone: nothing moves as it hydrates`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(path);
			await waitHydrated(page);
			// What a reader sees after hydration: the deferred parts have drawn and the fonts settled.
			await page.waitForTimeout(500);
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let sum = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as (PerformanceEntry & {
								value: number;
								hadRecentInput: boolean;
							})[])
								if (!e.hadRecentInput) sum += e.value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(sum), 200);
					})
			);
			expect(shift).toBeLessThan(0.01);
			const boxes = await panelBoxes(page);
			expect(boxes).toHaveLength(5);
			for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(300);
			// The picture is the desktop's whatever the page's width: three panels a row.
			await expect(page.getByTestId('export-svg')).toBeEnabled();
			const [svg] = await Promise.all([
				page.waitForEvent('download'),
				page.getByTestId('export-svg').click()
			]);
			const picture = (await import('node:fs')).readFileSync(await svg.path(), 'utf8');
			expect(picture).toMatch(/viewBox="0 0 840 472" overflow="visible"/);
			expect(picture.match(/<svg x="580" y="0" width="260"/g)).toHaveLength(1);
			await context.close();
		});

	test('on a phone without JavaScript: one panel a row, each drawn 300 px wide or more', async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/tailles/');
		const boxes = await panelBoxes(page);
		expect(boxes).toHaveLength(5);
		for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(300);
		// One a row: each below the one before.
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y);
		// The header reads at its size (14 units, drawn no smaller than 14 px).
		const header = page.locator('g.panel[data-size="10-49"] text').first();
		expect((await header.boundingBox())!.height).toBeGreaterThanOrEqual(14);
		await context.close();
	});

	for (const js of [true, false])
		test(`on a desktop ${js ? 'with' : 'without'} JavaScript: three panels a row`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				viewport: { width: 1366, height: 900 },
				javaScriptEnabled: js
			});
			const page = await context.newPage();
			await page.goto('/tailles/');
			if (js) await waitHydrated(page);
			const boxes = await panelBoxes(page);
			expect(boxes).toHaveLength(5);
			const rows = boxes.map((b) => boxes.findIndex((first) => Math.abs(first.y - b.y) < 2));
			expect(rows).toEqual([0, 0, 0, 3, 3]);
			expect(boxes[3]!.y).toBeGreaterThan(boxes[0]!.y);
			expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width);
			expect(boxes[2]!.x).toBeGreaterThan(boxes[1]!.x + boxes[1]!.width);
			await context.close();
		});
});
