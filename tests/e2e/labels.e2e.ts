import { expect, test } from '@playwright/test';
import { findCollisions } from './collisions';
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
	'/rapport/region/bretagne/',
	'/embed/home-trend/',
	'/embed/target-national/'
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

/** Every page, in English: its words as drawn, spoken (`aria-label`) and shown on hover (`title`). */
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
	'/rapport/region/bretagne/'
];

test('English pages put no space before a colon or a semicolon (the French way)', async ({
	page
}) => {
	test.setTimeout(PAGES.length * 20_000);
	const spaced = async () =>
		page.evaluate(() => {
			const frenchWay = /\S[ \u00a0\u202f][:;](\s|$)/;
			const found: string[] = [];
			const seen = (text: string | null, where: string) => {
				const m = text ? frenchWay.exec(text) : null;
				if (text && m)
					found.push(`${where}: …${text.slice(Math.max(0, m.index - 30), m.index + 10)}…`);
			};
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				if (n.parentElement?.tagName !== 'SCRIPT') seen(n.textContent, 'text');
			for (const el of document.querySelectorAll('[aria-label], [title]')) {
				seen(el.getAttribute('aria-label'), 'aria-label');
				seen(el.getAttribute('title'), 'title');
			}
			return found;
		});
	const found: string[] = [];
	for (const path of PAGES) {
		await page.goto(`/en${path}`);
		await waitHydrated(page);
		found.push(...(await spaced()).map((f) => `${path} ${f}`));
	}
	// The import report's reading settings ("Reading settings: separator …").
	await page.goto('/en/importer/');
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles('tests/fixtures/semicolon.csv');
	await expect(page.getByTestId('dialect')).toContainText('Reading settings:');
	found.push(...(await spaced()).map((f) => `/importer/ ${f}`));
	expect(found).toEqual([]);
});
