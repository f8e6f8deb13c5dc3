import { expect, type Page } from '@playwright/test';

/**
 * Waits until SvelteKit's router holds the page: the root layout sets `data-hydrated` on <html>
 * in `afterNavigate`, after every component's onMount. Unlike `networkidle`, it does not depend
 * on how busy the machine or the network is.
 * @example await openHydrated(page, '/comparer/'); // the tabs now answer clicks
 */
export async function waitHydrated(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached({ timeout: 30_000 });
}

/** Goes to `path` and waits for hydration. @example await openHydrated(page, '/en/'); */
export async function openHydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitHydrated(page);
}
