import type { Page } from '@playwright/test';

/**
 * The places in the page where a colon or a semicolon follows a space, as French writes them
 * (`Source : Eurostat`): in its text, its `aria-label`s and its `title`s, scripts left out. An
 * English page must have none. `await frenchWayPunctuation(page)` → `['aria-label: …Move up : …']`
 */
export function frenchWayPunctuation(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const frenchWay = /\S[ \u00a0\u202f][:;](\s|$)/;
		const found: string[] = [];
		const look = (text: string | null, where: string) => {
			const m = text ? frenchWay.exec(text) : null;
			if (text && m)
				found.push(`${where}: …${text.slice(Math.max(0, m.index - 30), m.index + 10)}…`);
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode())
			if (n.parentElement?.tagName !== 'SCRIPT') look(n.textContent, 'text');
		for (const el of document.querySelectorAll('[aria-label], [title]')) {
			look(el.getAttribute('aria-label'), 'aria-label');
			look(el.getAttribute('title'), 'title');
		}
		return found;
	});
}
