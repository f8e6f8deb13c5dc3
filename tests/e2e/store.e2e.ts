/**
 * The browser's store of imported datasets, as people meet it: two tabs of one browser, a
 * damaged record, a full disk; and Excel workbooks in (import) and out (export menu).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';

async function openImporter(page: Page, path = '/importer/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
}

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const csv = (name: string, text: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text)
});
// Files of one statistic (a file naming no indicator is only ever its own table).
const A = 'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;21,4\nE_ESELL;FRB0;2023;15,2\n';
const B = 'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FR10;2023;22,0\nE_ESELL;FRH0;2023;17,9\n';
const C = 'indic_is;geo;TIME_PERIOD;OBS_VALUE\nE_ESELL;FRL0;2023;19,1\n';

/** Reads one file on the import page and waits for its report. */
async function readFile(page: Page, file: ReturnType<typeof csv>, timeout = 15_000) {
	await page.getByTestId('file-input').setInputFiles(file);
	await expect(page.getByTestId('report').filter({ hasText: file.name })).toBeVisible({ timeout });
}

async function commit(page: Page) {
	await expect(page.getByTestId('commit')).toBeEnabled();
	await page.getByTestId('commit').click();
	await expect(page.getByTestId('committed')).toBeVisible();
}

/** The records' ids and the ids owning parts, straight from the page's IndexedDB. */
function storeContent(page: Page): Promise<{ records: string[]; parts: string[] }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('observatoire-pme');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['datasets', 'parts'], 'readonly');
					const records = tx.objectStore('datasets').getAllKeys();
					const parts = tx.objectStore('parts').getAllKeys();
					tx.oncomplete = () => {
						db.close();
						resolve({
							records: records.result.map(String),
							parts: [...new Set(parts.result.map((k) => String((k as IDBValidKey[])[0])))]
						});
					};
				};
			})
	);
}

test.describe('two tabs, one truth', () => {
	// Three pages at once on a shared machine: more than the default minute.
	test.describe.configure({ timeout: 150_000 });
	test('a commit in one tab reaches the other at once, and its conflict shows there', async ({
		context
	}) => {
		const one = await context.newPage();
		const two = await context.newPage();
		await openImporter(one);
		await openImporter(two);
		await readFile(two, csv('b.csv', B));
		await expect(two.getByTestId('conflicts')).toHaveCount(0);

		await readFile(one, csv('a.csv', A));
		await commit(one);
		await expect(one.getByTestId('committed')).toContainText('1 jeu ajouté');

		// Tab two hears of it without a reload: FR10 2023 is now 21.4 there and 22.0 in b.csv.
		const conflicts = two.getByTestId('conflicts');
		await expect(conflicts).toContainText('1 conflit');
		await expect(conflicts).toContainText('a.csv');
		await expect(two.getByTestId('commit')).toBeDisabled();
	});

	test('a tab that did not hear finds the conflict at commit, and adds nothing', async ({
		context
	}) => {
		const one = await context.newPage();
		const deaf = await context.newPage();
		// This tab gets no message from the others: only the check inside the commit can save it.
		await deaf.addInitScript(() => {
			Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
		});
		await openImporter(one);
		await openImporter(deaf);
		await readFile(deaf, csv('b.csv', B));
		await expect(deaf.getByTestId('commit')).toBeEnabled();

		await readFile(one, csv('a.csv', A));
		await commit(one);
		await expect(deaf.getByTestId('conflicts')).toHaveCount(0);

		await deaf.getByTestId('commit').click();
		const said = deaf.getByTestId('committed');
		await expect(said).toContainText('Un autre onglet vient de modifier les jeux importés');
		await expect(said.locator('[data-outcome="stale"]')).toBeVisible();
		// The check ran again against what tab one wrote: the conflict is there to settle.
		await expect(deaf.getByTestId('conflicts')).toContainText('1 conflit');
		await expect(deaf.getByTestId('file')).toHaveCount(1);
		expect((await storeContent(one)).records).toHaveLength(1);
	});

	test('a dataset removed in one tab leaves the other at once and never comes back', async ({
		context
	}) => {
		const one = await context.newPage();
		const two = await context.newPage();
		const deaf = await context.newPage();
		await deaf.addInitScript(() => {
			Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
		});
		await openImporter(one);
		await readFile(one, csv('a.csv', A));
		await commit(one);

		await two.goto('/catalogue/');
		await openImporter(deaf);
		await expect(two.getByTestId('imported-dataset')).toHaveCount(1);

		await one.goto('/catalogue/');
		await one.getByRole('button', { name: /Retirer a\.csv/ }).click();
		await expect(one.getByTestId('imported-dataset')).toHaveCount(0);
		// The listening tab drops it without a reload.
		await expect(two.getByTestId('imported-dataset')).toHaveCount(0);

		// The deaf tab still holds a.csv in memory; its next import must not write it back.
		await readFile(deaf, csv('c.csv', C));
		await deaf.getByTestId('commit').click();
		await expect(deaf.locator('[data-outcome="stale"]')).toBeVisible();
		await commit(deaf);
		await expect(deaf.locator('[data-outcome="stored"]')).toContainText('c.csv');

		await two.reload();
		const rows = two.getByTestId('imported-dataset');
		await expect(rows).toHaveCount(1);
		await expect(rows).toContainText('c.csv');
		const store = await storeContent(two);
		expect(store.records).toHaveLength(1);
		expect(store.parts).toEqual(store.records);
	});
});

test.describe('broken storage', () => {
	test.describe.configure({ timeout: 120_000 });
	test('a dataset missing a slice is named, hides nothing else, and can be removed', async ({
		page
	}) => {
		await openImporter(page);
		await readFile(page, csv('a.csv', A));
		await commit(page);
		await openImporter(page);
		await readFile(page, csv('c.csv', C));
		await commit(page);

		// Damage c.csv's record as a cut write or a damaged profile would: one slice gone.
		const damaged = await page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const open = indexedDB.open('observatoire-pme');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['datasets', 'parts'], 'readwrite');
						const all = tx.objectStore('datasets').getAll();
						all.onsuccess = () => {
							const record = (all.result as { id: string; file: string }[]).find(
								(r) => r.file === 'c.csv'
							)!;
							tx.objectStore('parts').delete([record.id, 'values', 0]);
							tx.oncomplete = () => {
								db.close();
								resolve(record.id);
							};
						};
					};
				})
		);

		await page.goto('/catalogue/');
		const alert = page.getByTestId('broken-imports');
		await expect(alert).toContainText(
			'1 jeu importé illisible : c.csv (une partie manque) — supprimer'
		);
		// The good one is still there, with its figures.
		await expect(page.getByTestId('imported-dataset')).toHaveCount(1);
		await expect(page.getByTestId('imported-dataset')).toContainText('a.csv');

		await alert.getByRole('button', { name: 'Supprimer c.csv' }).click();
		await expect(alert).toHaveCount(0);
		await page.reload();
		await expect(page.getByTestId('imported-dataset')).toHaveCount(1);
		await expect(page.getByTestId('broken-imports')).toHaveCount(0);
		// No zombie: neither the record nor any of its slices is left.
		const store = await storeContent(page);
		expect(store.records).not.toContain(damaged);
		expect(store.parts).not.toContain(damaged);
	});

	test('kept rows are read back in a Worker, and by the page itself when the Worker cannot load', async ({
		page
	}) => {
		await openImporter(page);
		await readFile(page, csv('a.csv', A));
		await commit(page);

		// A reload reads the kept arrays in `parts.worker` (off the page's thread).
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		const shown = async () => {
			const row = page.getByTestId('imported-dataset');
			await expect(row).toContainText('a.csv');
			// The rows themselves came back: their count and their regions.
			await expect(row.getByTestId('imported-count')).toHaveText('2');
			await expect(row).toContainText('FR10');
			await expect(row).toContainText('FRB0');
			await expect(page.getByTestId('broken-imports')).toHaveCount(0);
		};
		await page.goto('/catalogue/');
		await shown();
		expect(workers.some((url) => /parts\.worker/.test(url))).toBe(true);

		// Its script refused (an old cache offline, a strict proxy): the same rows, read in the page.
		await page.route(/parts\.worker/, (route) => route.abort());
		await page.goto('/catalogue/');
		await shown();
	});

	test('a file read on the import page is kept as Blobs made by its Worker; the slices of earlier releases still read', async ({
		page
	}) => {
		await openImporter(page);
		await readFile(page, csv('a.csv', A));
		await commit(page);
		// Each column is one Blob of its bytes (the import Worker made it): no slice copied by the page.
		const kept = await page.evaluate(
			() =>
				new Promise<{ name: string; index: number; blob: boolean; type: unknown }[]>(
					(resolve, reject) => {
						const open = indexedDB.open('observatoire-pme');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const all = db.transaction('parts', 'readonly').objectStore('parts').getAll();
							all.onsuccess = () => {
								db.close();
								resolve(
									(
										all.result as { name: string; index: number; data: unknown; type?: unknown }[]
									).map((s) => ({
										name: s.name,
										index: s.index,
										blob: s.data instanceof Blob,
										type: s.type
									}))
								);
							};
						};
					}
				)
		);
		expect(kept.length).toBeGreaterThan(2);
		expect(kept.every((s) => s.blob && s.index === 0)).toBe(true);
		expect(kept.find((s) => s.name === 'values')?.type).toBe('Float64Array');

		// An earlier release kept typed arrays in slices: rewrite them so, `values` cut in two.
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('observatoire-pme');
					open.onerror = () => reject(open.error);
					open.onsuccess = async () => {
						const db = open.result;
						const read = db.transaction('parts', 'readonly').objectStore('parts').getAll();
						await new Promise((done) => (read.onsuccess = done));
						const parts = read.result as { id: string; name: string; data: Blob; type: string }[];
						const arrays = await Promise.all(
							parts.map(async (p) => {
								const buffer = await p.data.arrayBuffer();
								const typed =
									p.type === 'Float64Array'
										? new Float64Array(buffer)
										: p.type === 'Uint16Array'
											? new Uint16Array(buffer)
											: p.type === 'Uint32Array'
												? new Uint32Array(buffer)
												: new Uint8Array(buffer);
								return { ...p, typed };
							})
						);
						const tx = db.transaction('parts', 'readwrite');
						const store = tx.objectStore('parts');
						store.clear();
						for (const { id, name, typed } of arrays) {
							if (name === 'values') {
								store.put({ id, name, index: 0, data: typed.slice(0, 1) });
								store.put({ id, name, index: 1, data: typed.slice(1) });
							} else store.put({ id, name, index: 0, data: typed });
						}
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		await page.goto('/catalogue/');
		const row = page.getByTestId('imported-dataset');
		await expect(row.getByTestId('imported-count')).toHaveText('2');
		await expect(row).toContainText('FR10');
		await expect(row).toContainText('FRB0');
		await expect(page.getByTestId('broken-imports')).toHaveCount(0);
		// The values themselves, the first in one slice and the second in another: b.csv's 22.0
		// for FR10 in 2023 meets the kept 21.4.
		await openImporter(page);
		await readFile(page, csv('b.csv', B));
		await expect(page.getByTestId('conflicts')).toContainText('21,4');
	});

	test('a record not in our shape is named in English too, the others still shown', async ({
		page
	}) => {
		await openImporter(page, '/en/importer/');
		await readFile(page, csv('a.csv', A));
		await commit(page);
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('observatoire-pme');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction('datasets', 'readwrite');
						tx.objectStore('datasets').put({ id: 'junk', file: 'old.csv', layout: 'columns' });
						tx.oncomplete = () => {
							db.close();
							resolve();
						};
					};
				})
		);
		await page.goto('/en/catalogue/');
		const alert = page.getByTestId('broken-imports');
		await expect(alert).toContainText('1 unreadable imported dataset: old.csv (damaged record)');
		await expect(page.getByTestId('imported-dataset')).toContainText('a.csv');
		await alert.getByRole('button', { name: 'Remove old.csv' }).click();
		await expect(alert).toHaveCount(0);
		expect((await storeContent(page)).records).toHaveLength(1);
	});

	test('a full disk is said once: what was added for this visit, and that it was not kept', async ({
		page,
		context
	}) => {
		// Chromium applies a quota override to an origin that has not stored anything yet.
		const cdp = await context.newCDPSession(page);
		await page.goto('/importer/');
		const origin = new URL(page.url()).origin;
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 90_000 });
		await openImporter(page);
		await readFile(page, csv('a.csv', A));
		await commit(page);
		await expect(page.locator('[data-outcome="stored"]')).toBeVisible();
		// An empty store takes about 72 kB here, a small file a few: this one needs more than is left.
		test.setTimeout(180_000);
		const rows = Array.from({ length: 3000 }, (_, i) => `Z${i};2022;${i % 100}`);
		await readFile(page, csv('big.csv', `geo;TIME_PERIOD;OBS_VALUE\n${rows.join('\n')}\n`), 90_000);
		await commit(page);
		const said = page.getByTestId('committed');
		await expect(said.locator('[data-outcome="quota"]')).toBeVisible();
		await expect(said).toContainText(
			'1 jeu ajouté au tableau de bord pour cette visite seulement : big.csv'
		);
		await expect(said).toContainText('L’espace de stockage du navigateur est plein');
		await expect(said).not.toContainText('gardé dans ce navigateur');
		await expect(said.locator('p.note')).toHaveCount(0);
		await page.goto('/catalogue/');
		await expect(page.getByTestId('imported-dataset')).toHaveCount(1);
		await expect(page.getByTestId('imported-dataset')).toContainText('a.csv');
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	});
});

test.describe('Excel in and out', () => {
	test('a Data Browser workbook: the data sheet is read, rejections placed as cells, another sheet can be chosen', async ({
		page
	}) => {
		await openImporter(page);
		await page.getByTestId('file-input').setInputFiles(fixture('tin00111_databrowser.xlsx'));
		const report = page.getByTestId('report');
		await expect(report).toContainText('tin00111_databrowser.xlsx');
		await expect(report.getByRole('row', { name: /Lignes lues/ })).toContainText('7');
		await expect(report.getByRole('row', { name: /Lignes rejetées/ })).toContainText('1');
		// A workbook is said to be one, with the sheet read; no separator box for it.
		await expect(page.getByTestId('report-format')).toContainText(
			'Classeur Excel, feuille « Sheet 1 », lue comme TSV Eurostat'
		);
		await expect(page.getByTestId('dialect')).toHaveCount(0);
		// A sheet names no indicator: said, since its figures then meet no other table.
		await expect(page.getByTestId('report-measures')).toContainText('aucun indicateur nommé');
		await expect(page.getByTestId('report-geos')).toContainText('FR');
		const issues = page.getByTestId('issues');
		await expect(issues).toContainText("'Sheet 1'!A8");
		await expect(issues).toContainText("'Sheet 1'!D9");
		await expect(issues).toContainText('Atlantis');
		const sheet = page.getByTestId('sheet');
		await expect(sheet).toHaveValue('Sheet 1');
		await sheet.selectOption('Summary');
		// Not a table: said, and the other sheet is one choice away.
		await expect(page.getByTestId('report')).toContainText('Enterprises having received orders');
		await expect(page.getByTestId('sheet')).toHaveValue('Summary');
		await page.getByTestId('sheet').selectOption('Sheet 1');
		await expect(
			page.getByTestId('report').getByRole('row', { name: /Lignes lues/ })
		).toContainText('7');
		await commit(page);
		await expect(page.getByTestId('committed')).toContainText('1 jeu ajouté');
	});

	test('an untrimmed Data Browser workbook: keyed and dated by its block, its other sheet said', async ({
		page
	}) => {
		await openImporter(page);
		await page
			.getByTestId('file-input')
			.setInputFiles(fixture('isoc_ec_esels__custom_8801384_spreadsheet.xlsx'));
		const report = page.getByTestId('report');
		await expect(report).toContainText('isoc_ec_esels__custom_8801384_spreadsheet.xlsx');
		// The block names the indicator and the population: the SMEs, not "no indicator named".
		await expect(page.getByTestId('report-measures')).toContainText('(E_ESELL)');
		await expect(page.getByTestId('report-measures')).toContainText('(10-249)');
		await expect(page.getByTestId('issues')).toContainText(
			'la feuille « Sheet 2 » (10 persons employed or more), qui n’est pas lue'
		);
		// Keyed as the bundled table is, its figures meet the bundled ones, each dated by its edition.
		const conflicts = page.getByTestId('conflicts');
		await expect(conflicts).toContainText('4 conflits');
		await expect(conflicts).toContainText(
			'16,60 — isoc_ec_esels__custom_8801384_spreadsheet.xlsx (mis à jour le 2026-02-19)'
		);
		await page.getByTestId('sheet').selectOption('Sheet 2');
		await expect(page.getByTestId('report-measures')).toContainText('(GE10)');
		await expect(page.getByTestId('issues')).toContainText(
			'« Sheet 1 » (From 10 to 249 persons employed)'
		);
		await conflicts
			.getByRole('button', { name: /Garder partout isoc_ec_esels__custom_8801384/ })
			.click();
		await commit(page);
		await page.goto('/catalogue/');
		const row = page.getByTestId('imported-dataset');
		await expect(row).toContainText('isoc_ec_esels');
		// Eurostat's edition, read from the sheet's "Last updated:" cell.
		await expect(row).toContainText('19 février 2026');
	});

	test('the export menu gives the data as a workbook: numbers as numbers, flags apart, source rows', async ({
		page
	}) => {
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await expect(page.getByTestId('export-xlsx').first()).toBeEnabled();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-xlsx').first().click()
		]);
		expect((file as Download).suggestedFilename()).toMatch(/\.xlsx$/);
		const book = XLSX.read(readFileSync(await file.path()), { type: 'buffer' });
		const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, {
			header: 1,
			defval: null
		});
		expect(String(rows.find((r) => /^Source/.test(String(r[0])))?.[0])).toContain('Eurostat');
		const header = rows.findIndex((r) => r[0] === 'Code zone');
		expect(rows[header]).toEqual([
			'Code zone',
			'Zone',
			'Année d’enquête',
			'Valeur (% des entreprises)',
			'Indicateurs de statut Eurostat'
		]);
		// SMEs from isoc_ec_esels, the home page's default: numbers stay numbers, flags apart.
		expect(rows).toContainEqual(['FR', 'France', '2023', 12.74, '']);
		expect(rows).toContainEqual(['FR', 'France', '2022', 12.57, 'b']);
	});
});
