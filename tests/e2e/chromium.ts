import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests drive: `CHROMIUM_PATH` if set, else Debian's
 * `/usr/bin/chromium`, else a browser installed by `npx playwright install chromium`.
 * Returns the path, or throws a message that says what to do.
 */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
	try {
		candidates.push(chromium.executablePath());
	} catch {
		// Playwright has no browser of its own installed: fine, the others may exist.
	}
	const found = candidates.find((file) => existsSync(file));
	if (found) return found;
	throw new Error(
		'No Chromium found for the end-to-end tests. Set CHROMIUM_PATH to a Chromium or Chrome ' +
			'executable, or install one: `sudo apt-get install chromium` (Debian/Ubuntu) or ' +
			'`npx playwright install chromium`. Looked in: ' +
			candidates.join(', ')
	);
}

/** Flags that keep a headless Chromium quiet on a machine with no network but localhost. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-gpu',
	'--no-first-run'
];
