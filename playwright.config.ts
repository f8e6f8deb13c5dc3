import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
		// A service worker answers fetches itself, out of reach of `page.route`; the tests that
		// are about it (deploy.e2e.ts) allow it.
		serviceWorkers: 'block'
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	// The tests run against the built static site (`npm run test:e2e` builds it first),
	// served by the same server as `npm start`.
	webServer: {
		command: `npx tsx scripts/serve.ts --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
