import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { openHydrated } from './hydrated';
import { wasmRequests } from './wasm';
import { eurostatShapedCsv } from '../../scripts/lib/eurostat-shaped';

/** Opens the import page and waits until it is interactive (hydrated). */
async function openImporter(page: Page, path = '/importer/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
}

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** Everything the page says the Content-Security-Policy refused: must stay empty. */
function watchCsp(page: Page): string[] {
	const refused: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) refused.push(msg.text());
	});
	return refused;
}

test.describe('import page', () => {
	test('the engine starts when the reader opens the file dialog, before any file is chosen', async ({
		page
	}) => {
		const wasm = wasmRequests(page);
		await openImporter(page);
		await page.waitForTimeout(500);
		expect(wasm).toEqual([]);
		// The "Choisir des fichiers" button opens the dialog; the reader takes their time there.
		const [chooser] = await Promise.all([
			page.waitForEvent('filechooser'),
			page.getByText('Choisir des fichiers', { exact: true }).click()
		]);
		await expect.poll(() => wasm.length, { timeout: 15_000 }).toBeGreaterThan(0);
		await chooser.setFiles(fixture('regional_nuts2021_cp1252.csv'));
		await expect(page.getByTestId('report')).toContainText('regional_nuts2021_cp1252.csv');
	});

	test('the engine starts when a file is dragged over the drop zone, not for dragged text', async ({
		page
	}) => {
		const wasm = wasmRequests(page);
		await openImporter(page);
		const drag = (withFile: boolean) =>
			page.evaluateHandle((file) => {
				const data = new DataTransfer();
				if (file) data.items.add(new File(['geo;TIME_PERIOD;OBS_VALUE\n'], 'a.csv'));
				else data.setData('text/plain', 'FR10');
				return data;
			}, withFile);
		await page
			.getByTestId('drop-zone')
			.dispatchEvent('dragenter', { dataTransfer: await drag(false) });
		await page.waitForTimeout(1000);
		expect(wasm).toEqual([]);
		await page
			.getByTestId('drop-zone')
			.dispatchEvent('dragenter', { dataTransfer: await drag(true) });
		await expect.poll(() => wasm.length, { timeout: 15_000 }).toBeGreaterThan(0);
	});

	test('files dragged in anywhere on the page start the engine, and a drop beside the zone imports them', async ({
		page
	}) => {
		const wasm = wasmRequests(page);
		await openImporter(page);
		const transfer = await page.evaluateHandle(() => {
			const data = new DataTransfer();
			data.items.add(
				new File(['geo;TIME_PERIOD;OBS_VALUE\nFR10;2023;21,4\n'], 'beside-the-zone.csv', {
					type: 'text/csv'
				})
			);
			return data;
		});
		const heading = page.getByRole('heading', { level: 1 });
		await heading.dispatchEvent('dragenter', { dataTransfer: transfer });
		await expect.poll(() => wasm.length, { timeout: 15_000 }).toBeGreaterThan(0);
		// The page takes the drop: the browser would otherwise leave it to show the file.
		const taken = await heading.evaluate((el, data) => {
			const over = new DragEvent('dragover', {
				bubbles: true,
				cancelable: true,
				dataTransfer: data
			});
			el.dispatchEvent(over);
			return over.defaultPrevented;
		}, transfer);
		expect(taken).toBe(true);
		await heading.dispatchEvent('drop', { dataTransfer: transfer });
		const report = page.getByTestId('report');
		await expect(report).toContainText('beside-the-zone.csv');
		await expect(report.getByTestId('count-accepted')).toHaveText('1');
		// Read once, not once by the zone and once by the page.
		await expect(page.getByTestId('report').filter({ hasText: 'beside-the-zone.csv' })).toHaveCount(
			1
		);
	});

	test('reads a semicolon / decimal-comma / Windows-1252 regional file, keeps it across a reload, and removes it', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const refused = watchCsp(page);
		await openImporter(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Importer');
		await page.getByTestId('file-input').setInputFiles(fixture('regional_nuts2021_cp1252.csv'));

		const report = page.getByTestId('report');
		await expect(report).toContainText('regional_nuts2021_cp1252.csv');
		// 9 data rows and 3 blank ones (a blank line, a `;;;;` line, a final empty line).
		await expect(report.getByTestId('count-read')).toHaveText('12');
		await expect(report.getByTestId('count-accepted')).toHaveText('9');
		await expect(report.getByTestId('count-blank')).toHaveText('3');
		await expect(report.getByRole('row', { name: /Lignes rejetées/ })).toContainText('0');
		// Windows-1252 decoded: the accents of the labels read right, the regions are there.
		const geos = page.getByTestId('report-geos');
		for (const code of ['FR10', 'FRB0', 'FRL0', 'FRY1']) await expect(geos).toContainText(code);
		await expect(geos).toContainText('Île-de-France');
		await expect(page.getByTestId('dialect')).toContainText('point-virgule');
		await expect(page.getByTestId('dialect')).toContainText('Windows-1252');
		await expectAccessible(page);

		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');
		// The rows also reach DuckDB-WASM, in the background, under the site's CSP.
		await expect(page.getByTestId('engine-status')).toContainText('Chargé dans le moteur', {
			timeout: 90_000
		});

		// The regional view: this SME table (10–249) is the target's population: its whole regions
		// replace the illustrative ones; a part of a region (FRC1) is listed with why it is not rated.
		await page.goto('/objectifs/regions/');
		await expect(page.locator('table.data tr[data-unit="ile-de-france"]')).toContainText(
			'remplace les données illustratives'
		);
		const outside = page.getByTestId('imported-outside');
		await expect(outside).toContainText('regional_nuts2021_cp1252.csv');
		await expect(outside.locator('tr[data-geo="FRC1"]')).toContainText('ancien découpage');
		await expectAccessible(page);

		await page.goto('/catalogue/');
		const row = page.getByTestId('imported-dataset');
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('regional_nuts2021_cp1252.csv');
		await expect(row).toContainText('FR10 Île-de-France');
		await expect(row).toContainText('2022–2023');
		// On a 1366-pixel laptop, a ministry's usual screen, every column shows, the remove button's
		// included: the table does not scroll sideways.
		const viewport = page.viewportSize();
		await page.setViewportSize({ width: 1366, height: 768 });
		const catalogue = page.getByTestId('catalogue');
		expect(await catalogue.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(
			true
		);
		if (viewport) await page.setViewportSize(viewport);

		// Kept in IndexedDB: still there after a reload, and on the regional view.
		await page.reload();
		await expect(page.getByTestId('imported-dataset')).toContainText('esell_nuts2');
		await expect(page.getByTestId('bundled-tin00111')).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: /Retirer regional_nuts2021_cp1252\.csv/ }).click();
		await expect(page.getByTestId('removed')).toBeVisible();
		await expect(page.getByTestId('imported-dataset')).toHaveCount(0);
		await page.reload();
		await expect(page.getByTestId('no-imported')).toBeVisible();
		await expect(page.getByTestId('imported-dataset')).toHaveCount(0);
		// Bundled data untouched.
		await expect(page.getByTestId('bundled-synth_esell_reg')).toBeVisible();
		expect(refused).toEqual([]);
	});

	test('shows line and column of each rejection in a broken file, before anything is added', async ({
		page
	}) => {
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles(fixture('broken_regional.csv'));
		const issues = page.getByTestId('issues');
		await expect(issues).toBeVisible();
		const bad = issues.getByRole('row').filter({ hasText: 'n.d.' });
		await expect(bad.getByRole('cell').nth(1)).toHaveText('4');
		await expect(bad.getByRole('cell').nth(2)).toContainText('10 (OBS_VALUE)');
		await expect(
			issues.getByRole('row').filter({ hasText: 'séparés par des points-virgules' })
		).toContainText('5');
		// The unknown region code is kept and flagged; a formula-like label stays inert text.
		await expect(page.getByTestId('report-geos')).toContainText('FRZZ9');
		await expect(page.getByTestId('report-geos')).toContainText('code inconnu');

		const download = page.waitForEvent('download');
		await page.getByTestId('download-rejected').click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		// In the reader's dialect: `;` on the French page, so that French Excel opens it in columns.
		expect(csv).toContain('fichier;ligne;colonne;nom_colonne;motif');
		expect(csv).toContain('broken_regional.csv;4;10;OBS_VALUE');
		expect(csv).toContain('broken_regional.csv;5;;');
	});

	test('a drop on the drop zone reads the files, and hostile content stays inert', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await openImporter(page);
		const text = readFileSync(fixture('hostile_columns.csv'), 'utf8');
		const transfer = await page.evaluateHandle((content) => {
			const dt = new DataTransfer();
			dt.items.add(new File([content], 'hostile_columns.csv', { type: 'text/csv' }));
			return dt;
		}, text);
		await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
		const report = page.getByTestId('report');
		await expect(report).toContainText('hostile_columns.csv');
		await expect(report.getByRole('row', { name: /Lignes acceptées/ })).toContainText('3');
		// The <img onerror> code is shown as text, never parsed as HTML.
		await expect(page.getByTestId('report-geos')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(page.getByTestId('report-geos')).toContainText('=HYPERLINK(');
		expect(dialogs).toEqual([]);
	});

	test('asks about conflicts between two files and adds nothing until the person chooses', async ({
		page
	}) => {
		await openImporter(page);
		// Two files of one statistic (a file naming no indicator is only ever its own table).
		const a =
			'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;21,4\nE_ESELL;FRB0;2023;15,2\n';
		const b =
			'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;22,0\nE_ESELL;FRB0;2023;15,2\n';
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(a) },
			{ name: 'b.csv', mimeType: 'text/csv', buffer: Buffer.from(b) }
		]);
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('1 conflit');
		await expect(page.getByTestId('commit')).toBeDisabled();
		await expect(
			page
				.getByTestId('report')
				.nth(1)
				.getByRole('row', { name: /Doublons/ })
		).toContainText('1');
		await conflicts.getByRole('radio', { name: /22,0 — b\.csv/ }).check();
		await expect(page.getByTestId('commit')).toBeEnabled();
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('2 jeux ajoutés');
		await page.goto('/catalogue/');
		await expect(page.getByTestId('imported-dataset')).toHaveCount(2);
		// a.csv keeps FRB0 only; b.csv has the chosen FR10.
		await expect(page.getByTestId('imported-dataset').filter({ hasText: 'a.csv' })).toContainText(
			'1 : FRB0'
		);
		// The data page describes the bundled files, and says where the reader's own are.
		await page.goto('/donnees/');
		await expect(page.getByTestId('data-imported')).toContainText('2 fichiers importés');
		await expect(page.getByTestId('data-imported').getByRole('link')).toHaveAttribute(
			'href',
			/\/catalogue\/$/
		);
		await page.goto('/catalogue/');
		// Removing b.csv takes a.csv's FR10 with it (set aside for b.csv's value): said, with what to do.
		await page.getByRole('button', { name: /Retirer b\.csv/ }).click();
		await expect(page.getByTestId('removed')).toHaveText(
			'b.csv a été retiré. Les données livrées avec le site ne changent pas. Un chiffre de a.csv, écarté à l’import au profit de ce fichier, ne revient pas : importez de nouveau a.csv pour le retrouver (ses doublons et conflits seront vérifiés de nouveau).'
		);
	});

	test('a file giving two values of one figure: each said as its own, the reader picks one', async ({
		page
	}) => {
		await openImporter(page);
		const twice =
			'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;20,1\nE_ESELL;FR10;2023;22,0\n';
		await page
			.getByTestId('file-input')
			.setInputFiles([{ name: 'twice.csv', mimeType: 'text/csv', buffer: Buffer.from(twice) }]);
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('1 conflit à trancher');
		await expect(conflicts).toContainText('20,1 — twice.csv, 1re valeur du fichier');
		await expect(conflicts).toContainText('22,0 — twice.csv, 2e valeur du fichier');
		// No "keep everywhere twice.csv": it would keep one of the two without the reader.
		await expect(conflicts.getByRole('button', { name: /Garder partout/ })).toHaveCount(0);
		await expect(page.getByTestId('commit')).toBeDisabled();
		await conflicts.getByRole('radio', { name: /22,0 — twice\.csv/ }).check();
		await expect(page.getByTestId('commit')).toBeEnabled();
	});

	test('a regional file naming no activity: its population and why it is not rated say so, no empty code', async ({
		page
	}) => {
		await openImporter(page);
		const text =
			'indic_is;unit;size_emp;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;PC_ENT;10-249;FR10;2023;21,4\n';
		await page
			.getByTestId('file-input')
			.setInputFiles([
				{ name: 'sans-activite.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }
			]);
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');
		await page.goto('/objectifs/regions/');
		const outside = page.getByTestId('imported-outside');
		await expect(outside).toContainText('sans-activite.csv');
		await expect(outside).toContainText(
			'E_ESELL · PC_ENT · De 10 à 249 personnes occupées (PME) · activité non précisée'
		);
		await expect(outside).toContainText(
			'autre activité (activité non précisée ; l’objectif : C10-S951_X_K)'
		);
		await expect(outside).not.toContainText('( ;');
	});

	test('lists conflicts 200 at a time, every one within reach; two tables naming no indicator never conflict', async ({
		page
	}) => {
		await openImporter(page);
		const rows = (value: string) =>
			Array.from({ length: 250 }, (_, i) => `E_ESELL;FR${i};2023;${value}`).join('\n');
		const sheet = (value: string) =>
			Array.from({ length: 5 }, (_, i) => `DE${i};2023;${value}`).join('\n');
		await page.getByTestId('file-input').setInputFiles([
			{
				name: 'a.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(`indic_is;geo;TIME_PERIOD;OBS_VALUE\n${rows('1,5')}\n`)
			},
			{
				name: 'b.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(`indic_is;geo;TIME_PERIOD;OBS_VALUE\n${rows('2,5')}\n`)
			},
			{
				name: 'c.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(`geo;TIME_PERIOD;OBS_VALUE\n${sheet('3,5')}\n`)
			},
			{
				name: 'd.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(`geo;TIME_PERIOD;OBS_VALUE\n${sheet('4,5')}\n`)
			}
		]);
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('250 conflits');
		await expect(conflicts.locator('tbody tr')).toHaveCount(200);
		await expect(conflicts).toContainText('200 conflits listés sur 250.');
		await conflicts.getByTestId('more-conflicts').click();
		await expect(conflicts.locator('tbody tr')).toHaveCount(250);
		await expect(conflicts.getByTestId('more-conflicts')).toHaveCount(0);
		// c.csv and d.csv (geo and period only) are not the same statistic: none of theirs is listed.
		await expect(conflicts).not.toContainText('d.csv');
	});

	test('a file with a dimension of its own: /comparer/ draws the plain series, says what it leaves out, throws nothing', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await openImporter(page);
		const header =
			'DATAFLOW,freq,indic_is,unit,size_emp,nace_r2,secteur,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
		const row = (secteur: string, geo: string, value: string) =>
			`ESTAT:ISOC_EC_ESELS(1.0),A,E_ESELL,PC_ENT,10-249,C10-S951_X_K,${secteur},${geo},2023,${value},`;
		const text = [header, row('commerce', 'FR', '20.0'), row('industrie', 'DE', '21.0')].join('\n');
		await page
			.getByTestId('file-input')
			.setInputFiles([
				{ name: 'par-secteur.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\n`) }
			]);
		await expect(page.getByTestId('commit')).toBeEnabled();
		// The report says which statistic the figures are kept as.
		await expect(page.getByTestId('report-measures')).toContainText('(E_ESELL)');
		await expect(page.getByTestId('report-measures')).toContainText('(10-249)');
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');
		await openHydrated(page, '/comparer/?v=2&tab=ranking&view=table&year=2023');
		await expect(page.getByTestId('breakdown-not-drawn')).toContainText(
			'2 lignes importées, détaillées par « secteur » (par-secteur.csv), ne sont pas tracées ici'
		);
		// France 2023 once, Eurostat's value, not the file's 20.0 for one sector.
		const france = page.getByTestId('table-ranking').locator('tr[data-key="FR"]');
		await expect(france).toHaveCount(1);
		await expect(france).not.toContainText('20,00');
		// The trend chart keys its points by year: one France 2023, no duplicate key thrown.
		await openHydrated(page, '/comparer/');
		await expect(page.locator('figure svg[role="group"]').first()).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('checks a file against the bundled data: a copy is kept once, another value is the reader’s choice, and drawn once', async ({
		page
	}) => {
		test.setTimeout(120_000);
		// A copy of Eurostat's table with France 2022 as bundled (12.57), France 2023 revised
		// (14.00 where the bundled vintage has 12.74), and Switzerland, which it lacks.
		const header =
			'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
		const row = (geo: string, year: string, value: string) =>
			`ESTAT:ISOC_EC_ESELS(1.0),05/11/26 11:00:00,A,10-249,C10-S951_X_K,E_ESELL,PC_ENT,${geo},${year},${value},`;
		const text = [
			header,
			row('FR', '2022', '12.57'),
			row('FR', '2023', '14.00'),
			row('CH', '2023', '30.00')
		].join('\n');
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'esels-revise.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\n`) },
			// A copy with nothing the bundled data lacks: not added, and said.
			{
				name: 'copie.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(`${header}\n${row('FR', '2022', '12.57')}\n`)
			}
		]);
		await expect(page.getByTestId('already-bundled').first()).toContainText('1');
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('1 conflit');
		// Each value with its file's edition, so that the reader sees which one is newer.
		await expect(conflicts).toContainText(
			'12,74 — estat_isoc_ec_esels.csv (fourni avec le tableau de bord, mis à jour le 2026-02-27)'
		);
		await expect(conflicts).toContainText('esels-revise.csv (mis à jour le 2026-11-05)');
		await expect(page.getByTestId('commit')).toBeDisabled();
		await conflicts.getByRole('radio', { name: /14,00 — esels-revise\.csv/ }).check();
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');
		await expect(page.getByTestId('nothing-new')).toHaveText(
			'copie.csv n’est pas ajouté : rien de nouveau, ses observations (1) sont toutes déjà dans les données fournies avec le tableau de bord.'
		);
		// Kept: the revised France 2023 and Switzerland; the copy of 2022 is not kept twice.
		await page.goto('/catalogue/');
		await expect(page.getByTestId('imported-count')).toHaveText('2');

		// The comparison draws France 2023 once, with the value kept, and names both files.
		await openHydrated(page, '/comparer/?v=2&tab=ranking&view=table&year=2023');
		const ranking = page.getByTestId('table-ranking');
		await expect(ranking.locator('tr[data-key="FR"]')).toHaveCount(1);
		await expect(ranking.locator('tr[data-key="FR"]')).toContainText('14,00');
		await expect(ranking.locator('tr[data-key="FR"]')).not.toContainText('12,74');
		const sources = page.getByTestId('source');
		await expect(sources.filter({ hasText: /Eurostat,\s*isoc_ec_esels/ })).toHaveCount(1);
		await expect(sources.filter({ hasText: 'esels-revise.csv' })).toHaveCount(1);
		// Beside the vintage, at the top: the series is not Eurostat's alone.
		await expect(page.getByTestId('vintage-imported')).toHaveText(
			'avec vos fichiers importés : esels-revise.csv'
		);
		// And figure by figure: France 2023 is marked as the file's, Germany's is Eurostat's.
		await expect(ranking.locator('tr[data-key="FR"] [data-testid="imported-mark"]')).toHaveText(
			'imp.'
		);
		await expect(
			ranking.locator('tr[data-key="FR"] [data-testid="imported-mark"]')
		).toHaveAttribute(
			'title',
			'valeur lue dans votre fichier importé «\u00a0esels-revise.csv\u00a0»'
		);
		await expect(ranking.locator('tr[data-key="DE"] [data-testid="imported-mark"]')).toHaveCount(0);
		await expect(page.getByTestId('imported-mark')).toHaveCount(1);
		await expect(page.getByTestId('imported-legend')).toHaveText(
			'imp. : valeur lue dans votre fichier importé «\u00a0esels-revise.csv\u00a0»'
		);
		await expect(page.getByTestId('imported-figures')).toHaveText(
			'Valeurs lues dans votre fichier importé «\u00a0esels-revise.csv\u00a0» : France 2023.'
		);
		// The chart view says it too, and so does the data its download writes.
		await openHydrated(page, '/comparer/?v=2&tab=trend&year=2023&peers=EU27_2020,CH');
		await expect(page.getByTestId('imported-figures')).toHaveText(
			'Valeurs lues dans votre fichier importé «\u00a0esels-revise.csv\u00a0» : France 2023\u202f; Suisse 2023.'
		);
		// On the chart: those two points ringed, no other, and the ring in the legend.
		await expect(page.locator('g.point[data-imported]')).toHaveCount(2);
		await expect(
			page.locator('g.point[data-geo="FR"][data-period="2023"][data-imported="esels-revise.csv"]')
		).toHaveCount(1);
		await expect(page.getByTestId('legend-imported')).toContainText(
			'valeur lue dans votre fichier importé'
		);
		// The gap column resting on it and the country on the map: their edges dashed.
		await openHydrated(page, '/comparer/?v=2&tab=gap&year=2023');
		await expect(page.locator('g.column[data-period="2023"] rect.imported')).toHaveCount(1);
		await expect(page.locator('rect.imported')).toHaveCount(1);
		await openHydrated(page, '/comparer/?v=2&tab=map&year=2023');
		await expect(page.locator('g.imported path[data-geo="FR"]')).toHaveCount(1);
		await expect(page.getByTestId('legend-imported')).toBeVisible();
		// The catch-up view compares 2016 with 2025: no figure of the file is in it, none named.
		await openHydrated(page, '/comparer/?v=2&tab=catchup');
		await expect(page.getByTestId('imported-figures')).toHaveCount(0);
	});

	test('keeps a dataset stored by the earlier version, rewrites it as columns, and checks a new file against it', async ({
		page
	}) => {
		// The record shape of the previous release: one object per observation.
		const old = (geo: string, period: string, value: number | null) => ({
			dataset: 'regions_pme',
			indicator: 'E_ESELL',
			unit: 'PC_ENT',
			sizeClass: '10-249',
			nace: 'C10-S951_X_K',
			geo,
			period,
			value,
			flags: value === null ? '' : 'e',
			confStatus: null
		});
		const record = {
			id: 'older-release',
			file: 'ancien.csv',
			dataset: 'regions_pme',
			importedAt: '2026-11-01T10:00:00.000Z',
			synthetic: false,
			observations: [
				old('FR10', '2022', 19.5),
				old('FR10', '2023', 21.4),
				old('FRB0', '2023', null)
			],
			report: { file: 'ancien.csv', format: 'csv-long', dataset: 'regions_pme', issues: [] }
		};
		// The database as the first release left it (version 1, one store), written from a blank
		// page of the site's origin before any page of the site opens it.
		await page.route('**/blank-for-storage', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' })
		);
		await page.goto('/blank-for-storage');
		await page.evaluate(
			(r) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('observatoire-pme', 1);
					open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' });
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('datasets', 'readwrite');
						tx.objectStore('datasets').put(r);
						tx.oncomplete = () => {
							open.result.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				}),
			record
		);
		await page.goto('/catalogue/');
		const row = page.getByTestId('imported-dataset');
		await expect(row).toContainText('ancien.csv');
		await expect(row).toContainText('2022–2023');
		await expect(row).toContainText('2 : FR10');
		// Written back in today's shape: a small record, and its columns as typed arrays apart.
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						new Promise<unknown>((resolve) => {
							const open = indexedDB.open('observatoire-pme');
							open.onsuccess = () => {
								const tx = open.result.transaction(['datasets', 'parts']);
								const get = tx.objectStore('datasets').get('older-release');
								const parts = tx.objectStore('parts').getAll();
								tx.oncomplete = () => {
									open.result.close();
									const values = (parts.result as { name: string; data: unknown }[]).find(
										(p) => p.name === 'values'
									);
									resolve({
										observations: 'observations' in get.result,
										rows: get.result.length,
										parts: parts.result.length,
										values: Object.prototype.toString.call(values?.data)
									});
								};
							};
						})
				)
			)
			.toEqual({ observations: false, rows: 3, parts: 12, values: '[object Float64Array]' });
		await page.reload();
		await expect(page.getByTestId('imported-dataset')).toContainText('2 : FR10');

		// A corrected file for the same region and year is a conflict with the dataset kept before.
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles({
			name: 'corrige.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'indic_is;unit;size_emp;nace_r2;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;PC_ENT;10-249;C10-S951_X_K;FR10;2023;22,1\nE_ESELL;PC_ENT;10-249;C10-S951_X_K;FR10;2024;23\n'
			)
		});
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('1 conflit');
		await expect(conflicts).toContainText('ancien.csv');
		await conflicts.getByRole('radio', { name: /22,1.*corrige\.csv/ }).check();
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toBeVisible();
		await page.goto('/catalogue/');
		const rows = page.getByTestId('imported-dataset');
		await expect(rows).toHaveCount(2);
		// The older dataset gave up FR10 2023 to the corrected file; nothing else was lost.
		await expect(rows.filter({ hasText: 'ancien.csv' }).getByTestId('imported-count')).toHaveText(
			'2'
		);
		await expect(rows.filter({ hasText: 'corrige.csv' }).getByTestId('imported-count')).toHaveText(
			'2'
		);
	});

	// An imported file that carries a bundled dataset code (ESTAT:ISOC_EC_ESELS) is named on
	// /comparer/'s source line, not the bundled Eurostat file (issue #15 note).
	test('offers an imported indicator on the comparison page, and lists its other populations a few at a time', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		// An indicator the bundled data does not have, for six size classes, two sectors and
		// three countries: every population is outside the target (another indicator).
		const lines = [
			'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG'
		];
		const sizes = ['0-9', '10-49', '50-249', '10-249', 'GE10', 'GE250'];
		sizes.forEach((size, s) => {
			for (const nace of ['C10-S951_X_K', 'G47'])
				['FR', 'DE', 'IT'].forEach((geo, g) =>
					lines.push(
						`ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,${size},${nace},E_AWS_CMP,PC_ENT,${geo},2023,${10 + s + g},`
					)
				);
		});
		const file = path.join(testInfo.outputDir, 'places-de-marche.csv');
		mkdirSync(testInfo.outputDir, { recursive: true });
		writeFileSync(file, lines.join('\n') + '\n');
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles(file);
		await expect(page.getByTestId('report')).toContainText('places-de-marche.csv');
		await page.getByTestId('commit').click();
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');

		await page.goto('/comparer/');
		const indicator = page.getByTestId('pick-indicator');
		await expect(indicator.locator('option[value="E_AWS_CMP"]')).toBeAttached();
		await indicator.selectOption('E_AWS_CMP');
		await expect(page).toHaveURL(/ind=E_AWS_CMP/);
		await page.getByTestId('tab-ranking').click();
		// The size class shown stays GE10: France 14 %, Germany 15 %, Italy 16 %.
		await expect(page.getByTestId('france-rank')).toContainText('3e sur 3 en 2023');
		await expect(page.getByTestId('source')).toContainText('places-de-marche.csv');
		await expect(page.getByTestId('source')).not.toContainText('Eurostat');

		await page.goto('/objectifs/secteurs/');
		const outside = page.getByTestId('imported-outside');
		await expect(outside.locator('table')).toHaveCount(4);
		const more = page.getByTestId('outside-more');
		await expect(more).toHaveText('Afficher les 2 autres populations (2 séries)');
		await more.click();
		await expect(outside.locator('table')).toHaveCount(6);
		await expect(more).toHaveCount(0);
		await expect(outside.locator('tr[data-nace="G47"]')).toHaveCount(6);
		await expectAccessible(page);
	});

	test('shows rows and percentage while a large file is read, and cancels it on request', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		await openImporter(page);
		// 600 000 rows, about 45 MB: long enough to watch, generated like the benchmark's file.
		const file = path.join(testInfo.outputDir, 'grand.csv');
		mkdirSync(testInfo.outputDir, { recursive: true });
		writeFileSync(file, eurostatShapedCsv(600_000));
		await page.getByTestId('file-input').setInputFiles(file);
		const progress = page.getByTestId('progress');
		await expect(progress).toContainText(/lignes lues · \d+\s?%/);
		// The page answers while the Worker reads: a click on the tab's own controls is handled.
		await page.getByRole('button', { name: 'Annuler' }).click();
		await expect(page.getByTestId('file-message')).toContainText('Lecture de grand.csv annulée.');
		await expect(page.getByTestId('report')).toHaveCount(0);
	});

	test('says the limit for a file too large for the browser', async ({ page }) => {
		await openImporter(page);
		// A sparse 201 MB file is not written to memory by the test: the page checks the size first.
		await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
			const big = new File([new Uint8Array(1)], 'enorme.csv');
			Object.defineProperty(big, 'size', { value: 201 * 1024 * 1024 });
			const dt = new DataTransfer();
			dt.items.add(big);
			const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
			Object.defineProperty(drop, 'dataTransfer', { value: { files: [big] } });
			input.closest('[data-testid="drop-zone"]')!.dispatchEvent(drop);
		});
		await expect(page.getByTestId('file-message')).toContainText('200\u00a0Mo');
		await expect(page.getByTestId('file-message')).toContainText('enorme.csv');
	});

	test('the template is downloadable from the import page and reads without a remark', async ({
		page,
		request
	}) => {
		await openImporter(page, '/en/importer/');
		const href = await page.getByTestId('template-csv').getAttribute('href');
		expect(href).toBeTruthy();
		const response = await request.get(new URL(href!, page.url()).href);
		expect(response.ok()).toBe(true);
		expect(await response.text()).toContain('geo;GEO_LABEL;TIME_PERIOD;OBS_VALUE');
	});

	test('counts every line of a file with a stray quote, and says where it is, in French and in English', async ({
		page
	}) => {
		const header = 'DATAFLOW;freq;indic_is;unit;geo;TIME_PERIOD;OBS_VALUE;OBS_FLAG';
		const lines = Array.from(
			{ length: 1000 },
			(_, i) => `ESTAT:X(1.0);A;E_ESELL;PC_ENT;FR;${1950 + (i % 100)};${i % 100},5;`
		);
		// Line 12 of the file: a quote opens the geo field and never closes (before: "11 rows read").
		lines[10] = lines[10]!.replace(';FR;', ';"FR;');
		const buffer = Buffer.from(`${header}\n${lines.join('\n')}\n`);
		for (const [path, read, reason] of [
			['/importer/', '1\u202f000', 'Un guillemet « " » ouvre ce champ'],
			['/en/importer/', '1,000', 'A double quote opens this field']
		] as const) {
			await openImporter(page, path);
			await page
				.getByTestId('file-input')
				.setInputFiles({ name: 'guillemet.csv', mimeType: 'text/csv', buffer });
			const report = page.getByTestId('report');
			await expect(report.getByTestId('count-lines')).toHaveText(
				path === '/importer/' ? '1\u202f001' : '1,001'
			);
			await expect(report.getByTestId('count-read')).toHaveText(read);
			await expect(report.getByTestId('count-accepted')).toHaveText('999');
			await expect(report.getByTestId('count-rejected')).toHaveText('1');
			const row = page.getByTestId('issues').getByRole('row').filter({ hasText: reason });
			await expect(row.getByRole('cell').nth(1)).toHaveText('12');
			await expect(row.getByRole('cell').nth(2)).toHaveText('5 (geo)');
		}
	});

	test('counts a JSON-stat cube in cells and says which cell a remark is about', async ({
		page
	}) => {
		const cube = {
			version: '2.0',
			class: 'dataset',
			id: ['indic_is', 'unit', 'geo', 'time'],
			size: [1, 1, 2, 2],
			dimension: {
				indic_is: { category: { index: { E_ESELL: 0 } } },
				unit: { category: { index: { PC_ENT: 0 } } },
				geo: { category: { index: { FR: 0, DE: 1 } } },
				time: { category: { index: { '2022': 0, '2023': 1 } } }
			},
			value: [12.5, 'abc', 20, 21]
		};
		for (const [path, read, where, reason] of [
			['/importer/', 'Cellules lues', 'Cellule', 'a pour valeur "abc"'],
			['/en/importer/', 'Cells read', 'Cell', 'has value "abc"']
		] as const) {
			await openImporter(page, path);
			await page.getByTestId('file-input').setInputFiles({
				name: 'cube.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(cube))
			});
			const report = page.getByTestId('report');
			await expect(
				report.getByRole('row').filter({ has: page.getByTestId('count-read') })
			).toContainText(read);
			await expect(report.getByTestId('count-read')).toHaveText('4');
			await expect(report.getByTestId('count-rejected')).toHaveText('1');
			const issues = page.getByTestId('issues');
			await expect(issues.getByRole('columnheader').nth(1)).toContainText(where);
			const row = issues.getByRole('row').filter({ hasText: reason });
			await expect(row.getByRole('cell').nth(1)).toHaveText('value[1] (geo=FR, time=2023)');
		}
	});

	test('keeps a file whose "1.234" may be a thousand waiting until the person says which', async ({
		page
	}) => {
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles(fixture('ambiguous_thousands.csv'));
		const ambiguous = page.getByTestId('ambiguous');
		await expect(ambiguous).toContainText('« 1.234 » (ligne 2) peut vouloir dire un millier');
		await expect(page.getByTestId('commit')).toBeDisabled();
		await expect(page.getByText('Dites quel est le séparateur décimal du fichier')).toBeVisible();
		await ambiguous.getByRole('button', { name: /est un millier/ }).click();
		await expect(page.getByTestId('ambiguous')).toHaveCount(0);
		await expect(page.getByTestId('commit')).toBeEnabled();
		await expectAccessible(page);
	});

	test('refuses a file with two geo columns, with a French reason naming them', async ({
		page
	}) => {
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles(fixture('repeated_geo.csv'));
		await expect(page.getByTestId('fatal')).toContainText(
			'L’en-tête a plusieurs colonnes nommées "geo" / "GEO" (colonnes 1, 4)'
		);
		// Refused, it keeps nothing: no table of zeros, no question whether it is illustrative.
		await expect(page.getByTestId('count-read')).toHaveCount(0);
		await expect(page.getByRole('checkbox', { name: /données illustratives/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Retirer' })).toBeVisible();
	});
});
