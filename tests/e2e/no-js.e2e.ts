import { expect, test, type Browser, type Page } from '@playwright/test';

/*
 * The pages are prerendered from the bundled files with the same query functions as the browser
 * (their Node twin): with JavaScript off, the headline numbers and the first chart must be in the
 * HTML already, with the real values, not placeholders waiting for DuckDB-WASM.
 */

async function withoutJs(browser: Browser, run: (page: Page) => Promise<void>): Promise<void> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	try {
		await run(page);
		// Nothing ran: no script, so no wasm and no data file fetched after the HTML.
		expect(requests.filter((u) => /\.(wasm|tsv|csv)(\?|$)/.test(u))).toEqual([]);
	} finally {
		await context.close();
	}
}

/** `France, 2023 : 13,43 %` with whatever (narrow) no-break spaces the formatter writes. */
const point = (label: string, year: string, value: string) =>
	new RegExp(`^${label}, ${year}\\s?:\\s${value}\\s?%`);

test.describe('prerendered pages with JavaScript disabled', () => {
	test('home: the verdict, the SMEs’ 2025 figures, the sentence and the trend chart drawn with them', async ({
		browser
	}) => {
		await withoutJs(browser, async (page) => {
			await page.goto('/');
			await expect(page.getByTestId('verdict')).toContainText('Objectif manqué');
			await expect(page.getByTestId('kpi-france')).toContainText(/15,20\s?%/);
			await expect(page.getByTestId('kpi-france')).toContainText('2025');
			await expect(page.getByTestId('kpi-eu')).toContainText(/19,59\s?%/);
			await expect(page.getByTestId('kpi-gap')).toContainText('−4,39');
			await expect(page.getByTestId('kpi-rank')).toContainText('21e sur 27');
			await expect(page.getByTestId('chart-sentence')).toContainText('au 21e rang sur 27');
			await expect(page.getByTestId('source')).toContainText('isoc_ec_esels');
			// The population switch is drawn, SMEs chosen.
			await expect(page.getByTestId('population-10-249')).toBeChecked();

			const chart = page.locator('figure.trend svg[role="group"]');
			await expect(chart).toBeVisible();
			// France has a break in series in 2022 (a square, not a gap): one line each.
			await expect(chart.locator('path.line[data-geo="FR"]')).toHaveCount(1);
			await expect(chart.locator('path.line[data-geo="EU27_2020"]')).toHaveCount(1);
			// The point of 2025 carries the real value, as read by a screen reader.
			const labels = await chart
				.locator('[aria-label]')
				.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
			expect(labels.some((l) => point('France', '2025', '15,20').test(l))).toBe(true);
			expect(labels.some((l) => point('Moyenne UE à 27', '2025', '19,59').test(l))).toBe(true);
		});
	});

	test('by size: the five panels, their 2025 gaps and the sentence', async ({ browser }) => {
		await withoutJs(browser, async (page) => {
			await page.goto('/tailles/');
			await expect(page.getByTestId('chart-sentence')).toContainText(/−5,01\s?pts/);
			await expect(page.locator('g.panel')).toHaveCount(5);
			await expect(page.locator('g.panel[data-size="10-249"] text.gap')).toContainText(/−4,39/);
		});
	});

	test('comparison: the trend of France against the default peers, with its values', async ({
		browser
	}) => {
		await withoutJs(browser, async (page) => {
			await page.goto('/comparer/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByTestId('panel-trend')).toBeVisible();
			await expect(page.getByTestId('tab-trend')).toHaveAttribute('aria-selected', 'true');

			const chart = page.locator('figure.trend svg[role="group"]');
			await expect(chart).toBeVisible();
			for (const geo of ['FR', 'EU27_2020', 'DE', 'IE', 'LT', 'HR'])
				// A line may be cut where a value is missing: one path per stretch.
				expect(await chart.locator(`path.line[data-geo="${geo}"]`).count()).toBeGreaterThan(0);
			const labels = await chart
				.locator('[aria-label]')
				.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
			// SMEs (10–249) from isoc_ec_esels, the default population since the plan's measure.
			expect(labels.some((l) => point('France', '2025', '15,20').test(l))).toBe(true);
			expect(labels.some((l) => point('Moyenne UE à 27', '2025', '19,59').test(l))).toBe(true);
			// The chart's text summary says the same in words.
			await expect(page.locator('figure.trend')).toContainText(/15,20\s?% \(2025\)/);
			await expect(page.getByTestId('source')).toContainText('Eurostat');
		});
	});

	test('targets: the tracker verdict, its figures and the trajectory chart', async ({
		browser
	}) => {
		await withoutJs(browser, async (page) => {
			await page.goto('/objectifs/');
			const verdict = page.getByTestId('verdict');
			await expect(verdict).toBeVisible();
			await expect(verdict).toContainText('s’éloigne de l’objectif');
			await expect(verdict).toContainText('départ 2016, dernier point 2019');
			// SMEs (10–249), the plan's population, by default.
			await expect(page.getByTestId('kpi-gap-now')).toContainText(/−1,36\s?pt(?!s)/);
			await expect(page.getByTestId('summary-counts')).toContainText(/\d+ en bonne voie/);

			const chart = page.locator('figure.tracker svg[role="group"]');
			await expect(chart).toBeVisible();
			await expect(chart.locator('path.actual')).toHaveCount(1);
			await expect(chart.locator('path.required')).toHaveCount(1);
			await expect(chart).toContainText(/Valeur cible 16,58\s?%/);
			const labels = await chart
				.locator('[aria-label]')
				.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
			expect(labels.some((l) => point('France \\(réel\\)', '2019', '15,22').test(l))).toBe(true);
		});
	});

	test('a region’s fact sheet: its title and heading say its figures are illustrative', async ({
		browser
	}) => {
		await withoutJs(browser, async (page) => {
			// The bundled regional figures are synthetic: the mark is in the HTML, not added by a script.
			await page.goto('/rapport/region/bretagne/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Bretagne : la vente en ligne des entreprises face à l’objectif (données illustratives)'
			);
			await expect(page).toHaveTitle(
				'Bretagne : la vente en ligne des entreprises face à l’objectif (données illustratives) — Observatoire PME numérique'
			);
			await expect(page.getByTestId('synthetic-label')).toContainText('données illustratives');
			await page.goto('/en/rapport/region/bretagne/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Brittany: enterprises selling online against the target (illustrative data)'
			);
			await expect(page).toHaveTitle(/^Brittany: .* \(illustrative data\) — /);
		});
	});
});
