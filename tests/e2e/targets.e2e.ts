import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe';

// The target views on the built site. "Editing a target changes the verdict after a rebuild":
// target-rebuild.e2e.ts (a real rebuild), and the load logic alone in
// src/lib/data/queries/targets.test.ts.

test.describe('national tracker /objectifs/', () => {
	test('says the CNNum target was missed and France moved away from it', async ({ page }) => {
		await page.goto('/objectifs/');
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText('Objectif manqué à l’échéance');
		await expect(verdict).toContainText('s’éloigne de l’objectif');
		await expect(verdict).toHaveAttribute('data-status', 'away');
		await expect(page.getByTestId('periods-used')).toContainText('départ 2016, dernier point 2019');
		await expect(page.getByTestId('kpi-gap-now')).toContainText('−1,16');
		await expect(page.getByTestId('kpi-closing')).toContainText('pas au rythme actuel');
		// The chart: actual path, EU average, required path, target.
		const chart = page.locator('figure.tracker svg').first();
		await expect(chart.locator('path.actual').first()).toBeVisible();
		await expect(chart.locator('path.reference').first()).toBeVisible();
		await expect(chart.locator('path.required')).toHaveCount(1);
		await expect(chart.locator('path.target')).toHaveCount(1);
		await expect(page.getByTestId('summary-counts')).toContainText('non évalué');
	});

	test('the forward-looking target is not rated and says why, in English too', async ({ page }) => {
		await page.goto('/en/objectifs/');
		await page.getByTestId('target-picker').selectOption('observatoire-2026');
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toHaveAttribute('data-status', 'unrated');
		await expect(verdict).toContainText('too few points');
		await expect(page.getByTestId('baseline-missing')).toContainText('2024');
		await expect(page.getByTestId('baseline-missing')).toContainText('2023');
		await expect(page.getByTestId('target-rule')).toContainText('frozen at the baseline');

		// The choice is in the address: the regions view, a reload and the French edition keep it.
		await expect(page).toHaveURL(/cible=observatoire-2026/);
		await page.locator('nav.subnav a[href*="/regions/"]').click();
		await expect(page).toHaveURL(/\/en\/objectifs\/regions\/\?cible=observatoire-2026/);
		await expect(page.getByTestId('target-picker')).toHaveValue('observatoire-2026');
		await page.reload();
		await expect(page.getByTestId('target-picker')).toHaveValue('observatoire-2026');
		await page.getByTestId('switch-language').click();
		await expect(page).toHaveURL(/\/objectifs\/regions\/\?cible=observatoire-2026/);
		await expect(page.getByTestId('target-picker')).toHaveValue('observatoire-2026');
	});
});

test('regions: every one of the 18 regions as a tile, a small multiple and a table row, labelled illustrative', async ({
	page
}) => {
	await page.goto('/objectifs/regions/');
	await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
	await expect(page.locator('g.tile')).toHaveCount(18);
	await expect(page.locator('g.tile[tabindex="0"]')).toHaveCount(18);
	await expect(page.getByTestId('region-multiple')).toHaveCount(18);
	await expect(page.locator('table.data tbody tr')).toHaveCount(18);
	await expect(page.locator('g.tile[data-region="mayotte"]')).toHaveAttribute(
		'aria-label',
		/Mayotte/
	);
	// Sorting is computed in the page: the first row changes when the order flips.
	const first = page.locator('table.data tbody tr').first();
	const before = await first.getAttribute('data-unit');
	await page.getByRole('button', { name: /Trier par Écart au dernier point/ }).click();
	await expect(first).not.toHaveAttribute('data-unit', before ?? '');
});

test('sectors: every one of the 12 sectors in the dot plot and the table, labelled illustrative', async ({
	page
}) => {
	await page.goto('/objectifs/secteurs/');
	await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
	await expect(page.locator('g.row[data-sector]')).toHaveCount(12);
	await expect(page.locator('table.data tbody tr')).toHaveCount(12);
});

test('method page explains formulas, thresholds and caveats', async ({ page }) => {
	await page.goto('/objectifs/methode/');
	await expect(page.locator('main')).toContainText('95 %');
	await expect(page.locator('main')).toContainText('10 personnes ou plus');
	await expect(page.locator('main')).toContainText('0 à 249');
	await page.goto('/en/objectifs/methode/');
	await expect(page.locator('main')).toContainText('break');
});

for (const path of [
	'/objectifs/',
	'/objectifs/regions/',
	'/objectifs/secteurs/',
	'/objectifs/methode/',
	'/en/objectifs/'
]) {
	test(`no serious or critical accessibility violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		expect(await seriousAxeViolations(page)).toEqual([]);
	});
}
