import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { waitHydrated } from './hydrated';
import { frenchWayPunctuation } from './punctuation';

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

// Pages are visited in a few batches sharing one browser page: a fresh context per page made
// the crawl take minutes on a busy machine; a page error is still named with its address. An
// English page (`<html lang="en">`) must also write its colons and semicolons the English way.
const BATCH = 20;
for (let from = 0; from < pages.length; from += BATCH) {
	const batch = pages.slice(from, from + BATCH);
	test(`${batch[0]} … ${batch.at(-1)} load and hydrate without a page error or a console error, English ones punctuated the English way`, async ({
		page
	}) => {
		test.setTimeout(batch.length * 30_000);
		let at = '';
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`${at} pageerror: ${error.message}`));
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(`${at} console.error: ${msg.text()}`);
		});
		for (const url of batch) {
			at = url;
			await page.goto(url);
			await waitHydrated(page);
			// Effects that run after hydration (restoring imports, reading the address) get a moment.
			await page.waitForTimeout(100);
			if ((await page.evaluate(() => document.documentElement.lang)) === 'en')
				for (const f of await frenchWayPunctuation(page)) errors.push(`${at} ${f}`);
		}
		// Errors reported late are still counted against the page that was open.
		await page.goto('about:blank');
		expect(errors).toEqual([]);
	});
}
