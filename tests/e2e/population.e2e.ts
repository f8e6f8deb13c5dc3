import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { waitHydrated } from './hydrated';

/** Waits until the page is hydrated and has read the address (the tabs answer clicks). */
async function ready(page: Page) {
	await expect(page.getByRole('tab', { selected: true })).toBeVisible();
	await waitHydrated(page);
}

test.describe('population switch and vintages on the bundled data', () => {
	test('a new link shows SMEs from the newest file: 2025 France 15,20, 21e sur 27', async ({
		page
	}) => {
		await page.goto('/comparer/?v=2&tab=ranking&view=table');
		await ready(page);
		await expect(page.getByTestId('population-10-249')).toBeChecked();
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 21e sur 27 en 2025 (UE à 27)'
		);
		await expect(page.locator('#panel h2')).toContainText('PME (10 à 249 personnes occupées)');
		const france = page.getByTestId('table-ranking').locator('tr[data-key="FR"]');
		await expect(france).toContainText('15,20');
		await expect(page.getByTestId('source')).toContainText('isoc_ec_esels');
		await expect(page.getByTestId('source')).toContainText('mis à jour le 2026-02-27');
		await expectAccessible(page);
	});

	test('an old link (version 1, no population) still shows 10+ from tin00111', async ({ page }) => {
		await page.goto('/comparer/?v=1&tab=ranking&view=table&year=2015');
		await ready(page);
		await expect(page.getByTestId('population-GE10')).toBeChecked();
		await expect(page.getByTestId('pick-vintage')).toHaveValue('tin00111');
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		await expect(page.getByTestId('table-ranking').locator('tr[data-key="FR"]')).toContainText(
			'16,50'
		);
		await expect(page.getByTestId('source')).toContainText('tin00111');
	});

	test('switching population and EU: 10+ 2025 16,04; SMEs 2015 13e sur 28 in the EU of the time', async ({
		page
	}) => {
		await page.goto('/comparer/');
		await ready(page);
		await page.getByTestId('tab-ranking').click();
		await page.getByTestId('population-GE10').check();
		await expect(page).toHaveURL(/pop=GE10/);
		await expect(page).not.toHaveURL(/ds=/);
		await page.getByTestId('view-table').click();
		await expect(page.getByTestId('table-ranking').locator('tr[data-key="FR"]')).toContainText(
			'16,04'
		);

		await page.goto('/comparer/?v=2&tab=ranking&year=2015');
		await ready(page);
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		await page.getByTestId('group-EU28').check();
		await expect(page).toHaveURL(/ue=EU28/);
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 13e sur 28 en 2015 (UE à 28)'
		);
		await expect(page.locator('#panel h2')).toContainText('UE à 28');
	});

	test('the catalogue lists the one revision and links to the comparison on either vintage', async ({
		page
	}) => {
		await page.goto('/catalogue/');
		await expect(page.getByTestId('revision-summary-tin00111-isoc_ec_esels')).toContainText(
			'400 cellules en commun, une révisée'
		);
		// Each dataset's Eurostat update and download date, each named (issue #19, item 5).
		const table = page.getByTestId('catalogue');
		await expect(table.locator('thead')).toContainText('Dernière mise à jour Eurostat');
		await expect(table.locator('thead')).toContainText('Téléchargé le');
		const esels = page.getByTestId('bundled-isoc_ec_esels');
		await expect(esels.getByTestId('eurostat-update')).toHaveText(/^27\s?février 2026$/);
		await expect(esels.getByTestId('fetched')).toHaveText('2026');
		const tin = page.getByTestId('bundled-tin00111');
		await expect(tin.getByTestId('eurostat-update')).toHaveText(/^2025\s+\(selon le manifeste\)$/);
		await expect(tin.getByTestId('fetched')).toHaveText('2025');
		await expect(
			page.getByTestId('bundled-synth_esell_reg').getByTestId('eurostat-update')
		).toHaveText('aucune : données illustratives, pas un tableau Eurostat');
		await page.goto('/en/catalogue/');
		await expect(
			page.getByTestId('bundled-isoc_ec_esels').getByTestId('eurostat-update')
		).toHaveText(/^27\sFebruary 2026$/);
		await expect(page.getByTestId('bundled-synth_esell_reg').getByTestId('fetched')).toContainText(
			'generated on'
		);
		await page.goto('/catalogue/');
		const mt = page.getByTestId('revision-MT-2024');
		await expect(mt).toContainText('32,03');
		await expect(mt).toContainText('31,92');
		await mt.getByRole('link', { name: /tin00111/ }).click();
		await ready(page);
		await expect(page).toHaveURL(/ds=tin00111/);
		await expect(page.getByTestId('pick-vintage')).toHaveValue('tin00111');
		await page.getByTestId('view-table').click();
		await expect(page.getByTestId('table-ranking').locator('tr[data-key="MT"]')).toContainText(
			'32,03'
		);
		await page.getByTestId('pick-vintage').selectOption('isoc_ec_esels');
		await expect(page).toHaveURL(/ds=isoc_ec_esels/);
		await expect(page.getByTestId('table-ranking').locator('tr[data-key="MT"]')).toContainText(
			'31,92'
		);
	});

	test('on a phone the catalogue and its revisions are cards, each value after its name, nothing off screen', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const [path, kind] of [
			['/catalogue/', /^"Nature\s: "$/],
			['/en/catalogue/', /^"Kind: "$/]
		] as const) {
			await page.goto(path);
			const table = page.getByTestId('catalogue');
			await expect(table.locator('thead')).toBeHidden();
			const fits = await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth);
			expect(fits).toBe(true);
			// The illustrative flag comes right after the name, labelled as the locale writes it.
			const flag = page.getByTestId('bundled-synth_esell_reg').locator('td').first();
			const label = await flag.evaluate((td) => getComputedStyle(td, '::before').content);
			expect(label).toMatch(kind);
			await expect(flag).toContainText(
				path.startsWith('/en') ? 'illustrative data' : 'données illustratives'
			);
			// The revisions between vintages are cards too: each value after its column's name.
			const revisions = page.getByTestId('revisions').locator('table');
			expect(await revisions.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(
				true
			);
			const period = page.getByTestId('revision-MT-2024').locator('td').first();
			expect(await period.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(
				path.startsWith('/en') ? /^"Survey year: "$/ : /^"Année d’enquête\s: "$/
			);
		}
	});

	test('an old embed link keeps 10+; a new one names SMEs', async ({ page }) => {
		await page.goto('/embed/compare-ranking/?v=1&year=2015');
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		await expect(page.getByTestId('view-caption')).toContainText('10 personnes occupées ou plus');
		await page.goto('/embed/compare-ranking/?v=2');
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 21e sur 27 en 2025 (UE à 27)'
		);
		await expect(page.getByTestId('view-caption')).toContainText('PME');
		await expect(page.getByTestId('view-source')).toContainText('isoc_ec_esels');
	});
});
