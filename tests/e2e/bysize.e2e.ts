import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

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
		const desc = await page.locator('figure.bysize svg[role="group"] desc').textContent();
		expect(desc).toContain((await sentence.textContent())!.trim());

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
		await page.goto('/en/embed/bysize-chart/');
		await expect(page.getByTestId('embed')).toBeVisible();
		await expect(page.locator('figure.bysize g.panel')).toHaveCount(5);
		await expect(page.getByTestId('view-source')).toContainText('isoc_ec_esels');
	});
});
