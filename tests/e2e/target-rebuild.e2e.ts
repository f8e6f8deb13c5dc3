import { expect, test } from '@playwright/test';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// "Editing a target in the file changes the verdict after a rebuild", as staff would do it: copy
// the data folder, lower the CNNum target to a fixed 15 % (SMEs: 15.22 % in 2019), build the site again from that folder
// (OBSERVATOIRE_DATA_DIR), serve the new build and read the verdict in Chromium. The build under
// test (baseURL) still says the target was missed.

const run = promisify(execFile);
const PORT = Number(process.env.E2E_REBUILD_PORT ?? 4329);

let dir = '';
let server: ChildProcess | undefined;
const kitDir = path.join('.svelte-kit', 'e2e-rebuild');

test.afterAll(async () => {
	server?.kill();
	if (dir) await rm(dir, { recursive: true, force: true });
	await rm(kitDir, { recursive: true, force: true });
});

test('editing data/targets.json changes the verdict after a rebuild', async ({ page }) => {
	// A whole site build on a 2-core machine.
	test.setTimeout(480_000);

	await page.goto('/objectifs/');
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'widening');

	dir = await mkdtemp(path.join(tmpdir(), 'observatoire-rebuild-'));
	const data = path.join(dir, 'data');
	await cp('data', data, { recursive: true });
	const file = path.join(data, 'targets.json');
	const targets = JSON.parse(await readFile(file, 'utf8'));
	expect(targets.targets[0].id).toBe('cnnum-2019');
	targets.targets[0].rule = { fixed: 15 };
	await writeFile(file, JSON.stringify(targets, null, '\t'));

	const build = path.join(dir, 'build');
	await run(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build'], {
		env: {
			...process.env,
			OBSERVATOIRE_DATA_DIR: data,
			OBSERVATOIRE_BUILD_DIR: build,
			// Inside the project, so that the build's server code finds node_modules; .svelte-kit is
			// ignored by git and the linters.
			OBSERVATOIRE_KIT_DIR: kitDir
		},
		maxBuffer: 64 * 1024 * 1024
	});

	server = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--port', String(PORT), '--dir', build],
		{ stdio: 'ignore' }
	);
	const url = `http://127.0.0.1:${PORT}/objectifs/`;
	await expect
		.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 20_000 })
		.toBe(200);

	await page.goto(url);
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toHaveAttribute('data-status', 'closed');
	await expect(page.getByTestId('target-rule')).toContainText('15');
});
