import { expect, test } from '@playwright/test';
import { wasmRequests } from './wasm';

test.describe('home page on the bundled Eurostat dataset isoc_ec_esels (SMEs by default)', () => {
	test('leads with the CNNum verdict, then the SMEs’ 2025 figures, rank, gap and its change', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('ventes électroniques');
		// The verdict comes first, before any figure.
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText('Objectif manqué');
		await expect(verdict).toContainText('s’éloigne');
		await expect(page.getByTestId('verdict-gaps')).toContainText(
			/−1,11\s?pt en 2016, −1,36\s?pt en 2019/
		);
		const verdictBox = await verdict.boundingBox();
		const franceBox = await page.getByTestId('kpi-france').boundingBox();
		expect(verdictBox!.y).toBeLessThan(franceBox!.y);

		const france = page.getByTestId('kpi-france');
		await expect(france).toContainText('15,20');
		await expect(france).toContainText('2025');
		const eu = page.getByTestId('kpi-eu');
		await expect(eu).toContainText('19,59');
		await expect(eu).toContainText('2025');
		// 15.20 − 19.59 = −4.39 percentage points, written with a real minus sign.
		await expect(page.getByTestId('kpi-gap')).toContainText('−4,39');
		await expect(page.getByTestId('kpi-rank')).toContainText('21e sur 27');
		// The gap narrowed from −6.24 (2024) to −4.39: +1.85; since the plan's 2016 baseline (−1.11): −3.28.
		const move = page.getByTestId('kpi-gap-move');
		await expect(move).toContainText('+1,85');
		await expect(move).toContainText('2024');
		await expect(move).toContainText(/−3,28\s?pts depuis 2016/);
		// Both figures are of 2025: nothing to explain.
		await expect(page.getByTestId('latest-missing')).toHaveCount(0);

		const sentence = page.getByTestId('chart-sentence');
		await expect(sentence).toContainText(/En 2025, 15,20\s?% des PME françaises/);
		await expect(sentence).toContainText(/contre 19,59\s?%/);
		await expect(sentence).toContainText('au 21e rang sur 27');
		await expect(sentence).toContainText(/−4,39\s?pts/);
		await expect(sentence).toContainText(/un écart réduit de 1,85\s?pt depuis 2024/);
		// The sentence is the chart's accessible description.
		const desc = await page.locator('figure.trend svg[role="group"] desc').textContent();
		expect(desc).toContain((await sentence.textContent())!.trim());

		await expect(page.getByTestId('source')).toContainText('Eurostat');
		await expect(page.getByTestId('source')).toContainText('isoc_ec_esels');
	});

	test('the switch to “10 personnes ou plus” shows 16,04 % against 20,26 % for 2025, in the address', async ({
		page
	}) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.getByTestId('population-GE10').check();
		await expect(page).toHaveURL(/\?pop=GE10$/);
		await expect(page.getByTestId('kpi-france')).toContainText('16,04');
		await expect(page.getByTestId('kpi-eu')).toContainText('20,26');
		await expect(page.getByTestId('kpi-france')).toContainText('2025');
		await expect(page.getByTestId('kpi-gap')).toContainText('−4,22');
		await expect(page.getByTestId('chart-sentence')).toContainText(
			'entreprises françaises de 10 personnes occupées ou plus'
		);
		await expect(page.getByTestId('home-subtitle')).toContainText('10 personnes occupées ou plus');
		// France's 10+ figure of 2024 is missing: the change is said since 2023.
		await expect(page.getByTestId('kpi-gap-move')).toContainText('2023');
		// A reload keeps the choice; the export's embed follows it.
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect(page.getByTestId('kpi-france')).toContainText('16,04');
		await expect(page.getByTestId('population-GE10')).toBeChecked();
		// Back to SMEs: the address loses its parameter.
		await page.getByTestId('population-10-249').check();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByTestId('kpi-france')).toContainText('15,20');
	});

	test('the home embed follows the population of its address', async ({ page }) => {
		await page.goto('/embed/home-kpis/?pop=GE10');
		await expect(page.getByTestId('kpi-france')).toContainText('16,04');
		await page.goto('/en/embed/home-trend/?pop=GE10');
		await expect(page.getByTestId('chart-sentence')).toContainText(
			'In 2025, 16.04% of French enterprises with 10 or more persons employed'
		);
	});

	test('draws France and the EU27 over time in the prerendered HTML, without waiting for DuckDB', async ({
		page
	}) => {
		const wasm = wasmRequests(page);
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
		await expect(page.getByTestId('verdict')).toContainText('Objectif manqué');
		await expect(page.getByTestId('kpi-france')).toContainText('15,20');
		await expect(page.getByTestId('kpi-eu')).toContainText('19,59');
		await expect(page.getByTestId('chart-sentence')).toContainText('21e rang sur 27');
		await context.close();
	});
});

test('switches to English and back, with numbers formatted for each language', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('switch-language').click();
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('kpi-france')).toContainText('15.20%');
	await expect(page.getByTestId('kpi-eu')).toContainText('19.59%');
	await expect(page.getByTestId('kpi-gap')).toContainText('−4.39');
	await expect(page.getByTestId('kpi-rank')).toContainText('21st of 27');
	await expect(page.getByTestId('verdict')).toContainText('Target missed');
	const sentence = page.getByTestId('chart-sentence');
	await expect(sentence).toContainText('In 2025, 15.20% of French SMEs (10–249 persons employed)');
	await expect(sentence).toContainText(
		'against 19.59% on average in the EU-27: France ranks 21st of 27'
	);
	await expect(sentence).toContainText(
		/−4\.39\s?pp from the average, a gap that narrowed by 1\.85\s?pp since 2024\./
	);
	await page.getByRole('link', { name: 'Data' }).click();
	await expect(page).toHaveURL(/\/en\/donnees\/$/);
	await page.getByTestId('switch-language').click();
	await expect(page).toHaveURL(/\/donnees\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
