import { expect, test, type Page } from '@playwright/test';
import { EU27_2020_MEMBERS } from '../../src/lib/domain/geo';
import { expectAccessible } from './axe';
import { waitHydrated } from './hydrated';

/** Waits until the page is hydrated and has read the address (the tabs answer clicks). */
async function ready(page: Page) {
	await expect(page.getByRole('tab', { selected: true })).toBeVisible();
	await waitHydrated(page);
}

test.describe('comparison page on the bundled Eurostat table tin00111', () => {
	test('the ranking table for 2015 shows France 16.5 and rank 12 of 27', async ({ page }) => {
		// A version-1 link: 10+ from tin00111, as before the population switch.
		await page.goto('/comparer/?v=1&tab=ranking&view=table&year=2015');
		await ready(page);
		await expect(page.getByTestId('france-rank')).toHaveText(
			'France\u00a0: 12e sur 27 en 2015 (UE à 27)'
		);
		const france = page.getByTestId('table-ranking').locator('tr[data-key="FR"]');
		await expect(france).toContainText('16,50');
		await expect(france).toContainText('12e sur 27');
		// Every EU member with a value is ranked; the EU average is not a country.
		await expect(page.getByTestId('table-ranking').locator('tbody tr')).toHaveCount(27);
	});

	test('choose peers, change the year, switch tab and language, reload: same view', async ({
		page
	}) => {
		// Ten years of key presses, each a new address and a redraw, on a shared two-core machine.
		test.slow();
		await page.goto('/comparer/');
		await ready(page);
		// Default peers: Germany, Ireland, Lithuania, Croatia and the EU average.
		const chart = page.locator('#panel figure svg').first();
		for (const geo of ['FR', 'DE', 'IE', 'LT', 'HR', 'EU27_2020']) {
			await expect(chart.locator(`path.line[data-geo="${geo}"]`).first()).toBeAttached();
		}

		// Find Sweden with the search box, add it, drop Croatia.
		await page.getByTestId('peer-search').fill('suè');
		await page.getByRole('checkbox', { name: 'Suède' }).check();
		await page.getByTestId('peer-search').fill('');
		await page.getByRole('checkbox', { name: 'Croatie' }).uncheck();
		await expect(page).toHaveURL(/peers=DE,IE,LT,EU27_2020,SE/);
		await expect(chart.locator('path.line[data-geo="SE"]').first()).toBeAttached();
		await expect(chart.locator('path.line[data-geo="HR"]')).toHaveCount(0);

		// Ranking tab, year moved with the keyboard on the slider.
		await page.getByTestId('tab-ranking').click();
		await expect(page).toHaveURL(/tab=ranking/);
		const slider = page.getByTestId('year-slider');
		await slider.focus();
		// From the latest survey (2025, SMEs by default) back to 2015.
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('year-value')).toHaveText('2015');
		await expect(page).toHaveURL(/year=2015/);
		await expect(page.getByTestId('france-rank')).toContainText('12e sur 27');
		await expect(page.locator('g.bar[data-geo="FR"]')).toHaveAttribute('data-emphasis', 'focus');

		// Table view, then English: the choices follow.
		await page.getByTestId('view-table').click();
		await expect(page).toHaveURL(/view=table/);
		await page.getByTestId('switch-language').click();
		await expect(page).toHaveURL(/\/en\/comparer\/\?.*tab=ranking/);
		await ready(page);
		await expect(page.getByTestId('france-rank')).toHaveText('France: 12th of 27 in 2015 (EU27)');
		await expect(page.getByTestId('table-ranking').locator('tr[data-key="FR"]')).toContainText(
			'15.85%'
		);

		// Reload from the address: same view.
		const url = page.url();
		await page.reload();
		await ready(page);
		expect(page.url()).toBe(url);
		await expect(page.getByRole('tab', { selected: true })).toHaveText('Ranking');
		await expect(page.getByTestId('year-value')).toHaveText('2015');
		await expect(page.getByTestId('table-ranking')).toBeVisible();

		// Back goes to the French view before the switch; back again to the chart view.
		await page.goBack();
		await ready(page);
		await expect(page.getByTestId('france-rank')).toContainText('12e sur 27');
		await expect(page.getByTestId('table-ranking')).toBeVisible();
		await page.goBack();
		await expect(page.getByTestId('table-ranking')).toHaveCount(0);
		await expect(page.locator('g.bar[data-geo="FR"]')).toBeVisible();
		await page.goForward();
		await expect(page.getByTestId('table-ranking')).toBeVisible();
	});

	// Choices are written as shallow history entries: the router keeps the address it loaded, so
	// these are the cases where the page must read the browser's address, not the router's.
	test('back and forward between choices, and back from another page, show each address', async ({
		page
	}) => {
		await page.goto('/comparer/');
		await ready(page);
		await page.getByTestId('tab-ranking').click();
		await expect(page).toHaveURL(/tab=ranking/);
		const switchTo = (name: string) =>
			page.getByTestId('population-switch').getByRole('radio', { name });
		const [sme, ge10] = [switchTo('PME 10–249'), switchTo('10 personnes ou plus')];
		await ge10.check();
		await expect(page).toHaveURL(/pop=GE10/);
		// The ranking's heading names the population counted.
		const heading = page.locator('#panel h2');
		await expect(heading).toContainText('10 personnes');

		// Back: SMEs on the ranking; back again: the chart tab; forward twice: 10+ on the ranking.
		await page.goBack();
		await expect(page).not.toHaveURL(/pop=GE10/);
		await expect(page.getByTestId('tab-ranking')).toHaveAttribute('aria-selected', 'true');
		await expect(sme).toBeChecked();
		await expect(heading).not.toContainText('10 personnes');
		await page.goBack();
		await expect(page).not.toHaveURL(/tab=ranking/);
		await expect(page.getByTestId('tab-ranking')).toHaveAttribute('aria-selected', 'false');
		await page.goForward();
		await page.goForward();
		await expect(page).toHaveURL(/pop=GE10/);
		await expect(page.getByTestId('tab-ranking')).toHaveAttribute('aria-selected', 'true');
		await expect(ge10).toBeChecked();
		await expect(heading).toContainText('10 personnes');

		// Another page, then back: the router loads the comparison again, the address's choices kept.
		await page.getByRole('navigation').getByRole('link', { name: 'Objectifs' }).click();
		await expect(page).toHaveURL(/\/objectifs\//);
		await waitHydrated(page);
		await page.goBack();
		await expect(page).toHaveURL(/\/comparer\/\?.*pop=GE10/);
		await ready(page);
		await expect(page.getByTestId('tab-ranking')).toHaveAttribute('aria-selected', 'true');
		await expect(ge10).toBeChecked();
		await expect(heading).toContainText('10 personnes');
	});

	test('switched back to, the trend draws every point again, one tab stop among them', async ({
		page
	}) => {
		await page.goto('/comparer/');
		await ready(page);
		const points = page.locator('#panel figure.trend svg g.point');
		const drawn = await points.count();
		expect(drawn).toBeGreaterThan(20);
		const labels = await points.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
		await page.getByTestId('tab-ranking').click();
		await expect(page.locator('#panel figure.ranking svg').first()).toBeVisible();
		await expect(points).toHaveCount(0);
		// The lines come with the frame that shows the tab, the points a task later.
		await page.getByTestId('tab-trend').click();
		await expect(points).toHaveCount(drawn);
		expect(await points.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual(
			labels
		);
		await expect(page.locator('#panel figure.trend svg [tabindex="0"]')).toHaveCount(1);
	});

	test('the play button steps through the years', async ({ page }) => {
		await page.goto('/comparer/?v=1&tab=ranking&year=2021');
		await ready(page);
		await page.getByTestId('year-play').click();
		await expect(page.getByTestId('year-value')).toHaveText('2024', { timeout: 8000 });
		await expect(page.getByTestId('year-play')).toHaveAttribute('aria-pressed', 'false');
	});

	test('old and unknown parameters are ignored without breaking the page', async ({ page }) => {
		await page.goto('/comparer/?tab=gap&peers=DE,XX,zz&colour=red&year=abc&from=2015&to=2023');
		await ready(page);
		await expect(page.getByRole('tab', { selected: true })).toHaveText('Écart à la moyenne');
		const fr = page.getByTestId('table-change').locator('tr[data-key="FR"]');
		await expect(fr).toContainText('16,50');
		await expect(fr).toContainText('13,43');
		await expect(fr).toContainText('\u22123,07');
		// France 2024 is missing: the gap there is marked, not drawn as zero.
		await expect(page.locator('g.column[data-period="2024"]')).toHaveAttribute(
			'aria-label',
			/écart non calculable/
		);
	});

	test('the map shows every EU country, and its table lists them', async ({ page }) => {
		await page.goto('/comparer/?v=1&tab=map&year=2023');
		await ready(page);
		const map = page.locator('#panel svg').first();
		for (const geo of EU27_2020_MEMBERS) {
			await expect(map.locator(`path.country[data-geo="${geo}"]`)).toHaveCount(1);
		}
		await page.getByTestId('view-table').click();
		const table = page.getByTestId('table-map');
		for (const geo of EU27_2020_MEMBERS) {
			await expect(table.locator(`tbody tr[data-key="${geo}"]`)).toHaveCount(1);
		}
	});

	test('a map opened before its shapes are ready says so, then draws every country', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/comparer/');
		await ready(page);
		// A slow machine, the map tab opened at once: the idle preparation has not ended.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
		await page.getByTestId('tab-map').click();
		const preparing = page.getByTestId('map-preparing');
		// Text and role read at once: the message may go before a second look (CI saw it go).
		await expect(page.locator('[data-testid="map-preparing"][role="status"]')).toHaveText(
			'Préparation de la carte…'
		);
		// The rest of the view is there meanwhile: its sentence and its title.
		await expect(page.getByTestId('chart-sentence')).toContainText('France');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const map = page.locator('#panel figure.map svg[role="group"]');
		for (const geo of EU27_2020_MEMBERS) {
			await expect(map.locator(`path.country[data-geo="${geo}"]`)).toHaveCount(1);
		}
		await expect(preparing).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('the tabs are reachable and switchable with the keyboard', async ({ page }) => {
		await page.goto('/comparer/');
		await ready(page);
		await page.getByTestId('tab-trend').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('tab-ranking')).toBeFocused();
		await expect(page).toHaveURL(/tab=ranking/);
		// End goes to the last tab ("Qui a rattrapé ?"), the left arrow back to the gap.
		await page.keyboard.press('End');
		await expect(page.getByTestId('tab-catchup')).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('tab-gap')).toHaveAttribute('aria-selected', 'true');
		// Data points are focusable and named.
		await page.locator('g.column[data-period="2015"]').focus();
		await expect(page.locator('g.column[data-period="2015"]')).toBeFocused();
	});

	for (const tab of ['trend', 'ranking', 'map', 'gap']) {
		for (const view of ['chart', 'table']) {
			test(`axe finds no serious violation: ${tab}, ${view}`, async ({ page }) => {
				await page.goto(`/comparer/?v=1&tab=${tab}&view=${view}`);
				await ready(page);
				await expectAccessible(page);
			});
		}
	}
});

test.describe('the page icon', () => {
	test('is a PNG: a tab switch (a pushState) has Chromium fetch it again, and an SVG would be opened as a document on the page’s thread each time', async ({
		page
	}) => {
		await page.goto('/comparer/');
		await waitHydrated(page);
		const icons: { url: string; type: string }[] = [];
		page.on('response', (response) => {
			if (/favicon/.test(response.url()))
				icons.push({ url: response.url(), type: response.headers()['content-type'] ?? '' });
		});
		const svgs: string[] = [];
		page.on('request', (request) => {
			if (/\.svg(\?|$)/.test(request.url())) svgs.push(request.url());
		});
		for (const tab of ['ranking', 'map', 'trend']) {
			await page.locator(`#tab-${tab}`).click();
			await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
		}
		await expect.poll(() => icons.length).toBeGreaterThan(0);
		expect(icons.every((icon) => icon.type === 'image/png')).toBe(true);
		expect(svgs).toEqual([]);
	});
});
