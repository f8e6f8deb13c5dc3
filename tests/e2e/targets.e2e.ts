import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { waitHydrated } from './hydrated';

// The target views on the built site. "Editing a target changes the verdict after a rebuild":
// target-rebuild.e2e.ts (a real rebuild), and the load logic alone in
// src/lib/data/queries/targets.test.ts.

test.describe('national tracker /objectifs/', () => {
	test('judges the CNNum target on SMEs by its gap: missed, moving away (−1,11 → −1,36 pt)', async ({
		page
	}) => {
		await page.goto('/objectifs/');
		await expect(page.getByTestId('population-10-249')).toBeChecked();
		await expect(page.getByTestId('population-line')).toContainText('PME (10 à 249');
		await expect(page.getByTestId('population-line')).toContainText('isoc_ec_esels');
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText('Objectif manqué à l’échéance');
		await expect(verdict).toContainText('s’éloigne de l’objectif : l’écart s’est creusé');
		await expect(verdict).toHaveAttribute('data-status', 'widening');
		await expect(page.getByTestId('periods-used')).toContainText('départ 2016, dernier point 2019');
		await expect(page.getByTestId('kpi-gap-start')).toContainText(/−1,11\s?pt(?!s)/);
		await expect(page.getByTestId('kpi-gap-now')).toContainText(/−1,36\s?pt(?!s)/);
		await expect(page.getByTestId('kpi-closing')).toContainText('pas au rythme actuel');
		// The SDG class is secondary, computed from four observations.
		await expect(page.getByTestId('secondary-class')).toContainText('s’éloigne de l’objectif');
		// The chart: actual path, EU average, required path, target.
		const chart = page.locator('figure.tracker svg').first();
		await expect(chart.locator('path.actual').first()).toBeVisible();
		await expect(chart.locator('path.reference').first()).toBeVisible();
		await expect(chart.locator('path.required')).toHaveCount(1);
		await expect(chart.locator('path.target')).toHaveCount(1);
		// France alone is real; the 18 illustrative regions are counted apart, and the illustrative
		// sectors, which the sector page sets aside (real Eurostat sectors cover 2016–2019), not at all.
		await expect(page.getByTestId('counts-real')).toContainText(
			'0 en bonne voie · 1 hors trajectoire · 0 non évalué'
		);
		await expect(page.getByTestId('counts-illustrative')).toContainText(
			'4 en bonne voie · 14 hors trajectoire · 0 non évalué'
		);
		await expect(page.getByTestId('summary')).toContainText('ni montrées ni comptées');

		// The sensitivity table: the default reading and each single change, every other on request.
		const table = page.getByTestId('sensitivity-table');
		await expect(table.locator('tbody tr')).toHaveCount(6);
		const first = table.locator('tbody tr').first();
		await expect(first).toContainText('par défaut');
		await expect(first).toContainText(/−1,11\s?pt(?!s)/);
		await expect(first).toContainText(/−1,36\s?pt(?!s)/);
		await expect(first).toContainText('manqué, s’éloigne');
		await expect(table.locator('tr[data-changed="population"]')).toContainText(/−0,97\s?pt(?!s)/);
		await expect(page.getByTestId('sensitivity-counts')).toContainText('28 lectures sur 32');
		await page.getByText('Voir les 26 autres combinaisons').click();
		await expect(page.getByTestId('sensitivity-all')).toContainText(
			'pas de moyenne UE à 28 pour l’enquête 2020'
		);

		// The population switch: 10+ is in the address, and reads 10+ from the newest file.
		await page.getByTestId('population-GE10').check();
		await expect(page).toHaveURL(/pop=GE10/);
		await expect(page.getByTestId('kpi-gap-start')).toContainText(/−0,97\s?pt(?!s)/);
		await expect(page.getByTestId('kpi-gap-now')).toContainText(/−1,16\s?pt(?!s)/);
	});

	test('in English: the SME verdict, the sensitivity table, and an old link kept on 10+ from tin00111', async ({
		page
	}) => {
		await page.goto('/en/objectifs/');
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText('Target missed at the deadline');
		await expect(verdict).toContainText('moving away from the target: the gap widened');
		await expect(page.getByTestId('kpi-gap-start')).toContainText(/−1\.11\s?pp/);
		await expect(page.getByTestId('kpi-gap-now')).toContainText(/−1\.36\s?pp/);
		const first = page.getByTestId('sensitivity-table').locator('tbody tr').first();
		await expect(first).toContainText('default');
		await expect(first).toContainText('missed, moving away');

		// A link made before the population switch shows what it showed: 10+, tin00111 (2025).
		await page.goto('/en/objectifs/?cible=observatoire-2026');
		await expect(page.getByTestId('migrated-note')).toBeVisible();
		await expect(page.getByTestId('population-GE10')).toBeChecked();
		await expect(page.getByTestId('population-line')).toContainText('tin00111');
		await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'unrated');
		await expect(page.getByTestId('verdict')).toContainText('too few points');
		await expect(page.getByTestId('baseline-missing')).toContainText('2024');
		// Even before any rating, the pace still required: 13.43 − 20.75 = −7.32 in 2023, by 2026.
		await expect(page.getByTestId('kpi-required-latest')).toContainText(/\+?2\.44\s?pp/);
		await expect(page.getByTestId('target-rule')).toContainText('frozen at the baseline');

		// The choice is in the address: the regions view, a reload and the French edition keep it.
		await page.getByTestId('target-picker').selectOption('observatoire-2026');
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

	test('the forward-looking target on SMEs: rated on its gap, the pace it requires shown', async ({
		page
	}) => {
		await page.goto('/objectifs/?cible=observatoire-2026&pop=10-249');
		await expect(page.getByTestId('migrated-note')).toHaveCount(0);
		await expect(page.getByTestId('verdict')).toContainText('l’écart se réduit, trop lentement');
		await expect(page.getByTestId('kpi-gap-start')).toContainText(/−6,24\s?pts/);
		await expect(page.getByTestId('kpi-gap-now')).toContainText(/−4,93\s?pts/);
		await expect(page.getByTestId('kpi-required-latest')).toContainText(/4,93\s?pts/);
		await expect(page.getByTestId('secondary-class')).toContainText('il en faut au moins 3');
		// Its gaps are to the EU average of 2024, frozen (20,13 %): the sentence says so, not "to
		// the EU-27 average", whose 2025 value would give −4,39.
		await expect(page.getByTestId('chart-sentence')).toContainText(
			/à la valeur cible \(la moyenne de l’UE à 27 de 2024, figée\s?: 20,13\s?%\) passe de −6,24\s?pts en 2024 à −4,93\s?pts en 2025/
		);
	});
});

test('regions: every one of the 18 regions as a tile, a small multiple and a table row, labelled illustrative', async ({
	page
}) => {
	await page.goto('/objectifs/regions/');
	await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
	await expect(page.locator('g.tile')).toHaveCount(18);
	// 18 focusable tiles, one tab stop for the chart (arrows move between them).
	await expect(page.locator('g.tile[tabindex]')).toHaveCount(18);
	await expect(page.locator('g.tile[tabindex="0"]')).toHaveCount(1);
	await expect(page.getByTestId('region-multiple')).toHaveCount(18);
	await expect(page.locator('table.data tbody tr')).toHaveCount(18);
	await expect(page.locator('g.tile[data-region="mayotte"]')).toHaveAttribute(
		'aria-label',
		/Mayotte/
	);
	// The tiles' gaps are of 2019, said above the grid; each abbreviation is decoded under it.
	await expect(page.getByTestId('chart-caption')).toContainText('écart à la moyenne UE en 2019');
	await expect(page.getByTestId('chart-caption')).toBeVisible();
	await expect(page.getByTestId('tile-key').locator('li')).toHaveCount(18);
	await expect(page.getByTestId('tile-key')).toContainText('HDF Hauts-de-France');
	await expect(page.getByTestId('tile-key')).toBeVisible();
	// Guyane's gap narrowed (−5,58 → −5,33), too slowly: that is its status and its colour. Its
	// value fell, so the secondary SDG class "moves away": the row says why beside the class.
	const guyane = page.locator('table.data tbody tr[data-unit="guyane"]');
	await expect(guyane.locator('td').first()).toContainText('trop lent');
	await expect(page.locator('g.tile[data-region="guyane"]')).toHaveAttribute(
		'data-status',
		'too-slow'
	);
	await expect(guyane.getByTestId('sdg-class')).toContainText('s’éloigne de l’objectif');
	await expect(guyane.getByTestId('away-why')).toContainText('la moyenne UE a baissé davantage');
	// Sorting is computed in the page: the first row changes when the order flips.
	const first = page.locator('table.data tbody tr').first();
	const before = await first.getAttribute('data-unit');
	await page.getByRole('button', { name: /Trier par Écart au dernier point/ }).click();
	await expect(first).not.toHaveAttribute('data-unit', before ?? '');
});

test('sectors: real Eurostat figures for 2016–2019, each sector against the same sector in the EU, no illustrative label', async ({
	page
}) => {
	await page.goto('/objectifs/secteurs/');
	await page.waitForLoadState('networkidle');
	const real = page.getByTestId('real-sectors');
	await expect(real).toContainText('E_AESELL');
	await expect(page.getByTestId('sector-basis')).toContainText('E_AESELL');
	// French retail trade: 30 % in 2016 and 33 % in 2019, against 28 % and 32 % for EU28.
	const g47 = page.locator('tr[data-sector="G47"]');
	await expect(g47.getByTestId('fr-start')).toContainText('30');
	await expect(g47.getByTestId('fr-start')).toContainText('2016');
	await expect(g47.getByTestId('eu-start')).toContainText('28');
	await expect(g47.getByTestId('fr-now')).toContainText('33');
	await expect(g47.getByTestId('fr-now')).toContainText('2019');
	await expect(g47.getByTestId('eu-now')).toContainText('32');
	// Every value beside another says its year, the EU's latest as France's.
	await expect(g47.getByTestId('eu-now')).toContainText('2019');
	// G47 is inside G: shown, not counted twice; eleven sections counted.
	await expect(g47).toContainText('inclus dans G');
	await expect(page.getByTestId('sector-counts')).toContainText('11 sections comptées');
	await expect(page.locator('g.row[data-sector]')).toHaveCount(12);
	// No illustrative label on the real figures; their source is Eurostat isoc_ec_eseln2 only.
	await expect(page.getByTestId('synthetic-label')).toHaveCount(0);
	await expect(real.getByTestId('view-source')).toContainText('Eurostat, tableau isoc_ec_eseln2');
	await expect(real.getByTestId('view-source')).not.toContainText('synth_');
	// Travel agencies (N79) start in 2015: France's 2016 value is missing, flagged u; the row says so.
	await page.locator('details.nested summary').click();
	const n79 = page.locator('tr[data-sector="N79"]').getByTestId('fr-start');
	await expect(n79).toContainText('(2015)');
	await expect(n79.getByTestId('start-moved')).toHaveText('pas de valeur en 2016');
	await expect(n79).toContainText('fiabilité faible');
	// Each sector is judged on its gap, as France is: N79's gap narrowed (−7 → −4 pts) and M69-M74's
	// did not move (−3 → −3); the SDG class, which follows their falling values, "moves away" beside.
	const n79row = page.locator('tr[data-sector="N79"]');
	await expect(n79row.locator('td').first()).toHaveText('trop lent');
	await expect(n79row.getByTestId('sdg-class')).toContainText('s’éloigne de l’objectif');
	await expect(n79row.getByTestId('away-why')).toContainText('l’écart s’est réduit');
	const m69 = page.locator('tr[data-sector="M69-M74"]');
	await expect(m69.locator('td').first()).toHaveText('écart inchangé');
	await expect(page.locator('g.row[data-sector="M69-M74"]')).toHaveAttribute(
		'data-status',
		'unchanged'
	);
	// EU27_2019, as published, when chosen.
	await page.getByTestId('sector-reference').selectOption('EU27_2019');
	await expect(page.getByTestId('sector-table').first()).toContainText('EU27_2019');
	await page.goto('/en/objectifs/secteurs/');
	await expect(page.getByTestId('sector-basis')).toContainText('any e-sale');
});

test('sectors after 2019: no sector judged against the all-activities EU average, illustrative series labelled', async ({
	page
}) => {
	await page.goto('/objectifs/secteurs/?cible=observatoire-2026');
	await page.waitForLoadState('networkidle');
	await expect(page.getByTestId('sector-window')).toContainText('2024–2026');
	await expect(page.getByTestId('sector-not-judged')).toContainText('même secteur');
	await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
	// No verdict and no gap: every sector of the target series lacks the same sector's EU value.
	await expect(page.getByTestId('sector-dots')).toHaveCount(0);
	await expect(page.locator('#table-title')).toContainText('données illustratives');
	const rows = page.locator('table.data tbody tr');
	await expect(rows.first()).toContainText('non évalué');
	await expect(rows.filter({ hasNotText: 'non évalué' })).toHaveCount(0);
});

test('sectors after 2019, one of them imported: the headings and the table say « en partie données illustratives »', async ({
	page
}) => {
	// An invented table in the import's Eurostat shape (made up for this test, not statistics):
	// manufacturing in France and in the EU, 2024–2025, which the target series of the 2026
	// target then reads instead of its illustrative series; the eleven other sectors stay invented.
	const rows = [
		['FR', '2024', '14.5'],
		['FR', '2025', '15.5'],
		['EU27_2020', '2024', '18.5'],
		['EU27_2020', '2025', '19.5']
	].map(
		([geo, year, value]) =>
			`TEST:SECTOR(1.0),01/01/26 00:00:00,A,E_ESELL,PC_ENT,10-249,C10-C33,${geo},${year},${value},`
	);
	const csv = [
		'DATAFLOW,LAST UPDATE,freq,indic_is,unit,size_emp,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
		...rows
	].join('\n');
	await page.goto('/importer/');
	await expect(page.locator('[data-testid="drop-zone"][data-ready="true"]')).toBeVisible();
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'sector_test.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('commit').click();
	await expect(page.getByTestId('committed')).toBeVisible();

	await page.goto('/objectifs/secteurs/?cible=observatoire-2026');
	await page.waitForLoadState('networkidle');
	await expect(
		page.locator('table.data tbody tr').filter({ hasText: 'Industrie manufacturière' })
	).toContainText('remplace les données illustratives');
	const partly = '(en partie données illustratives)';
	await expect(page.locator('#dots-title')).toHaveText(
		`Écart par secteur, du départ au dernier point ${partly}`
	);
	await expect(page.locator('#table-title')).toContainText(partly);
	await expect(page.locator('table.data caption')).toContainText(partly);
	// The chart's own title said so already: headings and chart now agree.
	await expect(page.getByTestId('sector-dots').locator('figure')).toContainText(partly);
});

test('national page: widest gaps of real units apart from illustrative ones; every flag in the source line', async ({
	page
}) => {
	await page.goto('/objectifs/');
	await page.waitForLoadState('networkidle');
	const real = page.getByTestId('worst-real');
	await expect(real.locator('li')).toHaveCount(1);
	await expect(real).toContainText('France');
	await expect(real).not.toContainText('illustratives');
	const illustrative = page.getByTestId('worst-illustrative');
	await expect(illustrative.locator('li')).toHaveCount(10);
	await expect(
		illustrative.locator('li').filter({ hasNotText: 'données illustratives' })
	).toHaveCount(0);
	await expect(page.getByTestId('worst-illustrative-block')).toContainText(
		'ce ne sont pas des statistiques'
	);
	// France's tracker names its table and every flag it draws (b: the 2022 break).
	await expect(page.getByTestId('view-source')).toContainText('Eurostat, tableau isoc_ec_esels');
	await expect(page.getByTestId('view-flags')).toContainText('b (rupture de série)');
});

test('the embed and the report view of France’s tracker name the 2022 break it draws, as /objectifs/ does', async ({
	page
}) => {
	// data/estat_isoc_ec_esels.csv: 10-249,FR,2022,12.57,b — drawn by the tracker on every path.
	for (const [path, line] of [
		['/embed/target-national/', /Indicateurs de statut présents\s?: b \(rupture de série\)/],
		['/en/embed/target-national/', /Flags in view: b \(break in time series\)/],
		['/objectifs/', /Indicateurs de statut présents\s?: b \(rupture de série\)/]
	] as const) {
		await page.goto(path);
		await expect(
			page.getByTestId(path === '/objectifs/' ? 'view-flags' : 'view-source')
		).toContainText(line);
	}
	await page.goto('/rapport/?v=target-national');
	const view = page.locator('[data-testid="report-view"][data-view="target-national"]');
	await expect(view.getByTestId('view-source')).toContainText(
		/Indicateurs de statut présents\s?: b \(rupture de série\)/
	);
	await expect(view.getByTestId('view-source')).not.toContainText('aucun');
});

// The plan's dated steps are drawn as rules across the tracker; on a phone they leave little room
// near the target's diamond, and its label once ran across them (halo or not, a rule through a
// value reads badly). Measured on the text as drawn, on one line or two.
for (const [path, words] of [
	['/objectifs/', 'Valeur cible'],
	['/en/objectifs/', 'Target value']
] as const) {
	test(`the tracker's target label crosses no event rule on a phone (${path})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
		const page = await context.newPage();
		await page.goto(path);
		await waitHydrated(page);
		const chart = page.locator('figure.tracker svg[role="group"]');
		await expect(chart.getByTestId('chart-markers')).toBeVisible();
		const crossed = await chart.evaluate((svg, label) => {
			const text = [...svg.querySelectorAll('text')].find((t) => t.textContent?.startsWith(label));
			if (!text) return 'no label';
			const box = text.getBoundingClientRect();
			const rules = [...svg.querySelectorAll('[data-testid="chart-markers"] line')];
			if (rules.length === 0) return 'no rule';
			return rules
				.map((r) => r.getBoundingClientRect())
				.filter((r) => r.left < box.right && r.right > box.left)
				.filter((r) => r.top < box.bottom && r.bottom > box.top)
				.map((r) => Math.round(r.left));
		}, words);
		expect(crossed).toEqual([]);
		await context.close();
	});
}

// The shaded band is the target's period: named inside it where the words fit (a desktop, the A4
// sheet), clear of the lines, points and events' rules; in the legend where they do not (a phone).
for (const [path, words] of [
	['/objectifs/', 'Période de l’objectif'],
	['/en/objectifs/', 'Target period']
] as const) {
	test(`the tracker names the target's period, in its band or in its legend (${path})`, async ({
		browser
	}) => {
		for (const width of [1366, 390]) {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.goto(path);
			await waitHydrated(page);
			const figure = page.locator('figure.tracker').first();
			const chart = figure.locator('svg[role="group"]');
			await expect(chart.getByTestId('chart-markers')).toBeVisible();
			const inBand = await chart.evaluate((svg) => {
				const text = svg.querySelector('[data-testid="window-text"]');
				const band = svg.querySelector('rect.window');
				if (!text || !band) return null;
				const t = text.getBoundingClientRect();
				const b = band.getBoundingClientRect();
				const crossing = [
					...svg.querySelectorAll(
						'path.actual, path.reference, path.required, circle, [data-testid="chart-markers"] line'
					)
				]
					.map((el) => el.getBoundingClientRect())
					.filter(
						(r) => r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top
					);
				return {
					// One tspan a line.
					words: [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
					inside: t.left >= b.left && t.right <= b.right && t.top >= b.top && t.bottom <= b.bottom,
					crossing: crossing.length
				};
			});
			const legend = figure.getByTestId('window-legend');
			if (width === 1366) {
				expect(inBand).toEqual({ words, inside: true, crossing: 0 });
				await expect(legend).toHaveCount(0);
			} else {
				expect(inBand).toBeNull();
				await expect(legend).toHaveText(words);
			}
			await context.close();
		}
	});
}

test('method page explains formulas, thresholds and caveats, the readings and the 2016–17 figures', async ({
	page
}) => {
	await page.goto('/objectifs/methode/');
	await expect(page.locator('main')).toContainText('95\u202f%');
	await expect(page.locator('main')).toContainText('10 personnes ou plus');
	await expect(page.locator('main')).toContainText('0 à 249');
	await expect(page.getByTestId('sensitivity-table').locator('tbody tr')).toHaveCount(6);
	const press = page.getByTestId('press-table');
	await expect(press.locator('tr[data-quote="fr-13-8"]')).toContainText('Aucune série trouvée');
	await expect(press.locator('tr[data-quote="fr-15-8"]')).toContainText('15,85');
	await expect(press.locator('tr[data-quote="ie-31"]')).toContainText('31,52');
	await expect(page.getByTestId('press-rank')).toContainText('13e sur 28');
	await expect(page.getByTestId('press-rank')).toContainText('12e sur 27');
	await page.goto('/en/objectifs/methode/');
	await expect(page.locator('main')).toContainText('break');
	await expect(page.getByTestId('press-rank')).toContainText('13th of 28');
	await expect(page.getByTestId('press-table').locator('tr[data-quote="fr-13-8"]')).toContainText(
		'No series found'
	);
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
