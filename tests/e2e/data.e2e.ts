import { expect, test } from '@playwright/test';

test.describe('data page', () => {
	test('lists every bundled file with its import report, and labels the synthetic set', async ({
		page
	}) => {
		await page.goto('/donnees/');
		const tin = page.getByTestId('file-tin00111');
		await expect(tin).toContainText('estat_tin00111.tsv');
		await expect(tin).toContainText('TSV Eurostat');
		// 36 geo lines × 12 survey years, every one kept, missing cells included.
		await expect(tin.getByRole('row', { name: /Lignes lues/ })).toContainText('36');
		await expect(tin.getByRole('row', { name: /Observations/ })).toContainText('432');
		await expect(page.getByText('données illustratives').first()).toBeVisible();
	});

	test('recomputes the headline in the browser with DuckDB-WASM and gets the prerendered figures', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/donnees/');
		await page.getByRole('button', { name: 'Recalculer dans le navigateur' }).click();
		const result = page.getByTestId('browser-result');
		await expect(result).toBeVisible({ timeout: 90_000 });
		// The headline series: SMEs (10-249) of isoc_ec_esels, survey year 2025.
		await expect(result).toContainText('France 2025');
		await expect(result).toContainText('15,20');
		await expect(result).toContainText('19,59');
		await expect(result).toContainText('rang 21 sur 27');
	});
});
