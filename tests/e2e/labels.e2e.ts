import { expect, test } from '@playwright/test';
import { findCollisions } from './collisions';
import { frenchWayPunctuation } from './punctuation';
import { waitHydrated } from './hydrated';

/** Every page that draws a chart, on the bundled data (the comparison page once per tab). */
const CHART_PAGES = [
	'/',
	'/comparer/?v=1&tab=trend',
	'/comparer/?v=1&tab=ranking',
	'/comparer/?v=1&tab=map',
	'/comparer/?v=1&tab=gap',
	'/objectifs/',
	'/objectifs/regions/',
	'/objectifs/secteurs/',
	'/tailles/',
	'/rapport/region/bretagne/',
	'/embed/home-trend/',
	'/embed/target-national/',
	'/embed/bysize-chart/'
];

// Measured in the browser, on the text as drawn: no text over another, none cut by the chart's
// or the window's edge, no line across a label unless the label has a halo and is drawn over it.
for (const width of [1366, 390]) {
	for (const lang of ['fr', 'en']) {
		test(`labels never collide at ${width} px in ${lang === 'fr' ? 'French' : 'English'}`, async ({
			browser
		}) => {
			test.setTimeout(CHART_PAGES.length * 30_000);
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			const found: unknown[] = [];
			for (const path of CHART_PAGES) {
				await page.goto(`${lang === 'en' ? '/en' : ''}${path}`);
				await waitHydrated(page);
				// Charts lay themselves out again at the width they measure after hydration.
				await page.waitForTimeout(300);
				for (const c of await findCollisions(page)) found.push({ page: path, ...c });
			}
			await context.close();
			expect(found).toEqual([]);
		});
	}
}

// A wide table scrolls in its box on a phone; its caption stays in view, wrapped to the box.
test('a wide table’s caption stays within a phone’s screen, also once the table is scrolled', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
	const page = await context.newPage();
	await page.goto('/comparer/?v=2&tab=gap&view=table');
	await waitHydrated(page);
	const box = page.locator('.table-scroll').first();
	const caption = box.locator('caption');
	await expect(caption).toContainText('Écart entre la France et la moyenne UE');
	expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
	for (const scrolled of [0, 200]) {
		await box.evaluate((b, left) => (b.scrollLeft = left), scrolled);
		const right = await caption.evaluate((c) => c.getBoundingClientRect().right);
		expect(right).toBeLessThanOrEqual(390);
		expect(await caption.evaluate((c) => c.getBoundingClientRect().left)).toBeGreaterThanOrEqual(0);
	}
	await context.close();
});

// Every English page is checked by the crawl (crawl.e2e.ts); an import report shows only after a file.
test('an English import report puts no space before a colon or a semicolon', async ({ page }) => {
	await page.goto('/en/importer/');
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles('tests/fixtures/broken_regional.csv');
	await expect(page.getByTestId('dialect')).toContainText('Reading settings:');
	await expect(page.getByTestId('issues')).toBeVisible();
	expect(await frenchWayPunctuation(page)).toEqual([]);
});
