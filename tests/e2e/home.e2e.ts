import { expect, test } from '@playwright/test';

test.describe('home page on the bundled Eurostat table tin00111', () => {
	test('compares France and the EU27 for the latest year both have, and says why not 2024', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('ventes électroniques');

		const france = page.getByTestId('kpi-france');
		await expect(france).toContainText('13,43');
		await expect(france).toContainText('2023');
		const eu = page.getByTestId('kpi-eu');
		await expect(eu).toContainText('19,74');
		await expect(eu).toContainText('2023');
		// 13.43 − 19.74 = −6.31 percentage points, written with a real minus sign.
		await expect(page.getByTestId('kpi-gap')).toContainText('−6,31');
		await expect(page.getByTestId('kpi-rank')).toContainText('24e sur 27');

		const missing = page.getByTestId('latest-missing');
		await expect(missing).toContainText('2024');
		await expect(missing).toContainText('fiabilité faible');
		await expect(missing).toContainText('2023');

		await expect(page.getByTestId('source')).toContainText('Eurostat');
		await expect(page.getByTestId('source')).toContainText('tin00111');
	});

	test('draws France and the EU27 over time in the prerendered HTML, without waiting for DuckDB', async ({
		page
	}) => {
		const wasm: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('.wasm')) wasm.push(request.url());
		});
		await page.goto('/');
		const chart = page.locator('figure svg, svg[role="img"]').first();
		await expect(chart).toBeVisible();
		await expect(chart).toContainText('France');
		// Two lines: France and the EU average.
		expect(await chart.locator('path.line, path[data-geo]').count()).toBeGreaterThanOrEqual(2);
		// Here the network itself is the subject (no wasm request at all), so wait for it to settle.
		await page.waitForLoadState('networkidle');
		expect(wasm, 'the home page must not fetch DuckDB-WASM').toEqual([]);
	});

	test('shows the figures with JavaScript disabled (they are in the HTML)', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByTestId('kpi-france')).toContainText('13,43');
		await expect(page.getByTestId('kpi-eu')).toContainText('19,74');
		await context.close();
	});
});

test('switches to English and back, with numbers formatted for each language', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('switch-language').click();
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('kpi-france')).toContainText('13.43%');
	await expect(page.getByTestId('kpi-gap')).toContainText('−6.31');
	await expect(page.getByTestId('kpi-rank')).toContainText('24th of 27');
	await expect(page.getByTestId('latest-missing')).toContainText('low reliability');
	await page.getByRole('link', { name: 'Data' }).click();
	await expect(page).toHaveURL(/\/en\/donnees\/$/);
	await page.getByTestId('switch-language').click();
	await expect(page).toHaveURL(/\/donnees\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
