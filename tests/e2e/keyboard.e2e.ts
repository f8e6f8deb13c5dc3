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
