import { expect, test } from '@playwright/test';
import { openHydrated } from './hydrated';

test('a chart is one tab stop, France first; arrows, Home and End move and the tooltip follows', async ({
	page
}) => {
	await openHydrated(page, '/comparer/?v=1&tab=ranking&year=2015');
	const chart = page.locator('figure.ranking svg');
	await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
	const france = chart.locator('g.bar[data-geo="FR"]');
	await expect(france).toHaveAttribute('tabindex', '0');

	await france.focus();
	await expect(page.locator('figure.ranking .tooltip')).toContainText('France');
	await page.keyboard.press('ArrowDown');
	const next = chart.locator('g.bar:focus');
	await expect(next).not.toHaveAttribute('data-geo', 'FR');
	await expect(next).toHaveAttribute('tabindex', '0');
	await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);

	await page.keyboard.press('Home');
	await expect(chart.locator('g.bar:focus')).toHaveAttribute('data-rank', '1');
	await page.keyboard.press('End');
	const last = await chart.locator('g.bar').last().getAttribute('data-geo');
	await expect(chart.locator('g.bar:focus')).toHaveAttribute('data-geo', last!);
	const name = await chart.locator('g.bar:focus').getAttribute('aria-label');
	await expect(page.locator('figure.ranking .tooltip')).toContainText(name!.split(',')[0]!);

	// Tab leaves the chart at once instead of visiting its 27 bars.
	await page.keyboard.press('Tab');
	await expect(chart.locator(':focus')).toHaveCount(0);
});

test('the trend chart: one tooltip handler for its points follows focus, arrows and the pointer; Escape hides it', async ({
	page
}) => {
	await openHydrated(page, '/');
	const chart = page.locator('figure.trend svg[role="group"]');
	const tooltip = page.locator('figure.trend .tooltip');
	const start = chart.locator('[tabindex="0"]');
	await expect(start).toHaveCount(1);
	await expect(start).toHaveAttribute('data-geo', 'FR');

	// Focus shows the point's tooltip: the series, then its period and value, as its label says.
	await start.focus();
	const first = (await start.getAttribute('data-period'))!;
	const said = (await start.getAttribute('aria-label'))!;
	const [series, periodValue] = said.split(', ');
	await expect(tooltip).toContainText(series!);
	await expect(tooltip).toContainText(periodValue!);

	// Arrows move focus and the tooltip follows; Escape hides it and leaves focus where it is.
	await page.keyboard.press('ArrowRight');
	const next = chart.locator('g.point:focus');
	await expect(next).not.toHaveAttribute('data-period', first);
	await expect(tooltip).toContainText((await next.getAttribute('data-period'))!);
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	await expect(next).toBeFocused();

	// The pointer: entering a point shows its tooltip, leaving the chart hides it.
	const eu = chart.locator('g.point[data-geo="EU27_2020"]').last();
	await eu.hover();
	await expect(tooltip).toContainText((await eu.getAttribute('aria-label'))!.split(', ')[0]!);
	await page.mouse.move(0, 0);
	await expect(tooltip).toHaveCount(0);
});

test('the tracker chart: its points are one tab stop, each read out with its period and value', async ({
	page
}) => {
	await openHydrated(page, '/objectifs/');
	const chart = page.locator('figure.tracker svg[role="group"]').first();
	const points = chart.locator('g.point');
	expect(await points.count()).toBeGreaterThan(3);
	for (const label of await points.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label'))))
		expect(label).toMatch(/, \d{4}(-Q\d)?\s?: \d+,\d{2}\s?%/);
	// The first point is the chart's tab stop; the arrows go from point to point.
	await expect(points.first()).toHaveAttribute('tabindex', '0');
	await points.first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(chart.locator('g.point:focus')).toHaveAttribute(
		'aria-label',
		(await points.nth(1).getAttribute('aria-label'))!
	);
});

test('the map and the gap chart: focus or the pointer shows the tooltip of a country or a year, Escape hides it', async ({
	page
}) => {
	await openHydrated(page, '/comparer/?tab=map');
	const map = page.locator('figure.map');
	await map.locator('path.country[data-geo="FR"]').focus();
	await expect(map.locator('.tooltip')).toContainText('France');
	await page.keyboard.press('Escape');
	await expect(map.locator('.tooltip')).toHaveCount(0);
	await map.locator('path.country[data-geo="DE"]').hover();
	await expect(map.locator('.tooltip')).toContainText('Allemagne');

	await page.getByTestId('tab-gap').click();
	const gap = page.locator('figure.gap');
	const column = gap.locator('g.column').last();
	await column.focus();
	await expect(gap.locator('.tooltip')).toContainText((await column.getAttribute('data-period'))!);
	await page.mouse.move(0, 0);
	await gap.locator('g.column').first().hover();
	await expect(gap.locator('.tooltip')).toContainText(
		(await gap.locator('g.column').first().getAttribute('data-period'))!
	);
});

test('on a phone one link skips the comparison’s controls to its charts; wide, it shows on focus only', async ({
	browser
}) => {
	for (const width of [390, 1366]) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await openHydrated(page, '/comparer/');
		const link = page.getByTestId('to-views');
		await expect(link).toHaveText('Aller aux graphiques ↓');
		const box = await link.boundingBox();
		// Visible on a phone; a one-pixel keyboard target on a wide screen until focused.
		expect(box!.width > 20).toBe(width === 390);
		await link.focus();
		expect((await link.boundingBox())!.width).toBeGreaterThan(20);
		await page.keyboard.press('Enter');
		await expect(page.locator('#views')).toBeFocused();
		// The next tab stop is a tab of the views, not a control.
		await page.keyboard.press('Tab');
		await expect(page.locator('#views [role="tab"]:focus')).toHaveCount(1);
		await context.close();
	}
});
