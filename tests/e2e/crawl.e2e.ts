import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { waitHydrated } from './hydrated';

/**
 * Every prerendered page of the built site (French, English, embeds, region fact sheets), found
 * from `build/` itself so that a new page is crawled without editing this list.
 */
function prerenderedPages(dir = process.env.OBSERVATOIRE_BUILD_DIR ?? 'build'): string[] {
	const pages: string[] = [];
	const walk = (at: string) => {
		for (const name of readdirSync(at)) {
			const full = path.join(at, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app' && name !== 'data') walk(full);
			} else if (name === 'index.html') {
				pages.push(`/${path.relative(dir, at).split(path.sep).join('/')}/`.replace('//', '/'));
			}
		}
	};
	walk(dir);
	return pages.sort();
}

const pages = prerenderedPages();

test('the built site has its pages in both languages', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/en/');
	expect(pages).toContain('/rapport/');
	expect(pages.some((p) => p.startsWith('/embed/'))).toBe(true);
	expect(pages.some((p) => p.startsWith('/en/rapport/region/'))).toBe(true);
});

for (const url of pages) {
	test(`${url} loads and hydrates without a page error or a console error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
		});
		await page.goto(url);
		await waitHydrated(page);
		// Effects that run after hydration (restoring imports, reading the address) get a moment.
		await page.waitForTimeout(300);
		expect(errors).toEqual([]);
	});
}
