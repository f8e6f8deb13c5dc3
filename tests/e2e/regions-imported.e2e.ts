import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

// Issue #14: a ministry's regional table of SMEs, in the template's shape, replaces the
// illustrative series of the regions it covers: tiles, verdicts, table, fact sheet and exports
// show the imported figures with their source, and say that the illustrative values are set aside.
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const FILE = 'regional_sme_ministry.csv';

async function download(page: Page, testId: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testId).first().click()
	]);
	return readFileSync(await (file as Download).path()).toString('utf8');
}

test('an imported regional SME table replaces the illustrative regions it covers, everywhere', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/importer/');
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles(fixture(FILE));
	await expect(page.getByTestId('report')).toContainText(FILE);
	await page.getByTestId('commit').click();
	await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');

	// "Voir la vue régionale" leads to the regions, rated on the imported figures.
	await page.getByRole('link', { name: 'Voir la vue régionale' }).click();
	await expect(page).toHaveURL(/\/objectifs\/regions\//);
	await page.waitForLoadState('networkidle');

	// Real and illustrative counted apart; three real regions rated.
	await expect(page.getByTestId('counts-real')).toContainText('Données réelles');
	await expect(page.getByTestId('counts-real')).not.toContainText('aucune unité réelle');
	await expect(page.getByTestId('counts-illustrative')).toContainText('comptées à part');
	// The illustrative series of the three regions are set aside, and it is said.
	const aside = page.getByTestId('set-aside');
	for (const name of ['Bretagne', 'Île-de-France', 'Guadeloupe'])
		await expect(aside).toContainText(name);
	await expect(aside).toContainText('synth_esell_reg');

	// The table: Bretagne is real (no illustrative badge), replaces the illustrations, is rated.
	const bretagne = page.locator('table.data tr[data-unit="bretagne"]');
	await expect(bretagne).toContainText('remplace les données illustratives');
	await expect(bretagne.locator('.synthetic')).toHaveCount(0);
	await expect(bretagne).not.toContainText('non évalué');
	await expect(bretagne).toContainText('2016 → 2019');
	// Guadeloupe's estimated values carry their flag in the table and on the tile.
	await expect(page.locator('table.data tr[data-unit="guadeloupe"]')).toContainText('estimation');
	await expect(page.locator('g.tile[data-region="guadeloupe"]')).toContainText(/pts? e/);
	// The title says the view is only partly illustrative now.
	await expect(page.locator('#tiles-title')).toContainText('en partie données illustratives');
	// The source line names the imported file; FRY is the overseas group, not a region.
	await expect(page.getByTestId('view-source')).toContainText(`fichier importé « ${FILE} »`);
	await expect(page.getByTestId('view-flags')).toContainText('e (estimation)');
	await expect(page.getByTestId('imported-outside').locator('tr[data-geo="FRY"]')).toContainText(
		'cinq régions d’outre-mer'
	);

	// The tiles: Bretagne's tile is rated on the imported figures and says what it replaces.
	const tile = page.locator('g.tile[data-region="bretagne"]');
	await expect(tile).toHaveAttribute('aria-label', /remplace les données illustratives/);
	await expect(tile).not.toHaveAttribute('data-status', 'unrated');
	await expect(tile).toContainText(/pts?/);

	// The picture: its title says it is partly illustrative, its source names the imported file.
	const svg = await download(page, 'export-svg');
	expect(svg).toContain(`fichier importé « ${FILE} »`);
	expect(svg).toContain('en partie données illustratives');

	// The CSV: the imported figures with their flags, unit and source, and what they replace.
	const csv = await download(page, 'export-csv');
	const lines = csv.split('\r\n');
	expect(lines[0]).toContain('Source');
	const bzh = lines.find((l) => l.startsWith('FRH;') || l.startsWith('bretagne;'))!;
	expect(bzh).toContain('réel, importé');
	expect(bzh).toContain(FILE);
	expect(bzh).toContain('synth_esell_reg 2013–2024');
	expect(bzh).toContain('16,4');
	const gua = lines.find((l) => l.startsWith('guadeloupe;'))!;
	expect(gua).toContain(';e;');

	// Reloaded, the file is read back from the browser's store and its rows picked in slices
	// before the view shows it: the same figures, the same verdicts.
	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(bretagne).toContainText('remplace les données illustratives');
	await expect(bretagne).not.toContainText('non évalué');
	await expect(page.getByTestId('counts-real')).not.toContainText('aucune unité réelle');
	await expect(page.locator('table.data tr[data-unit="guadeloupe"]')).toContainText('estimation');

	// The fact sheet says its figures are real and whose they are, and ranks among real regions.
	await page.goto('/rapport/region/bretagne/');
	await page.waitForLoadState('networkidle');
	await expect(page.getByTestId('real-label')).toContainText(`fichier importé « ${FILE} »`);
	await expect(page.getByTestId('replaces')).toContainText('synth_esell_reg');
	await expect(page.locator('h1')).not.toContainText('illustratives');
	await expect(page.getByTestId('kpi-latest')).toContainText('17,8');
	await expect(page.getByTestId('kpi-gap')).toContainText('enquête 2019');
	await expect(page.getByTestId('kpi-rank')).toContainText('sur 3');
	await expect(page.getByTestId('sources')).toContainText(FILE);
	await expect(page.getByTestId('sources')).not.toContainText('synth_esell_reg');

	// A report's annex lists what its views draw: Bretagne's sheet the imported table, never the
	// illustrative set it replaces; the regions view both (ten regions stay illustrative).
	await page.goto('/rapport/?v=fiche-bretagne');
	const annex = page.getByTestId('report-appendix');
	await expect(annex).toContainText(FILE);
	await expect(annex).toContainText('importé le');
	await expect(annex).not.toContainText('synth_esell_reg');
	await page.goto('/rapport/?v=target-regions');
	await expect(annex).toContainText(FILE);
	await expect(annex).toContainText('synth_esell_reg');
	await expect(page.getByTestId('report-view').locator('h3')).toHaveText(
		'Objectif : statut des régions (en partie données illustratives)'
	);

	// The embeds, opened in this browser, draw the imported table too: their titles say so, never
	// "illustrative unless a table is imported".
	await page.goto('/embed/target-regions/');
	await expect(page.locator('h1')).toHaveText(
		'Objectif : statut des régions (en partie données illustratives)'
	);
	await expect(page.getByTestId('view-heading')).toHaveText(
		'Statut par région (en partie données illustratives)'
	);
	await page.goto('/embed/fiche-bretagne/');
	await expect(page.locator('h1')).toHaveText('Fiche région : Bretagne');
	await expect(page.getByTestId('real-label')).toContainText(FILE);
});
