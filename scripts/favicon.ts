/**
 * `npm run favicon`: draws `static/favicon.png` (32 × 32) from `static/favicon.svg` in Chromium.
 * The pages link the PNG: every pushState (a tab, a population, a peer set written to the address)
 * had Chromium fetch the page's icon again and open the SVG as a document of its own on the
 * page's thread, 4 ms a time (16 at CPU ×4) in a tab switch of 40 (issue #18); a PNG is decoded in
 * a fraction of that.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

const SIZE = 32;
const svg = await readFile('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
	await page.setContent(
		`<body style="margin:0">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `)}</body>`
	);
	const png = await page.screenshot({
		omitBackground: true,
		clip: { x: 0, y: 0, width: SIZE, height: SIZE }
	});
	await writeFile('static/favicon.png', png);
	console.log(`static/favicon.png: ${SIZE} × ${SIZE}, ${png.byteLength} bytes`);
} finally {
	await browser.close();
}
