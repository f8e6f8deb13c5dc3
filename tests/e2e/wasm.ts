import type { Page } from '@playwright/test';

/**
 * The WebAssembly files the page fetches from now on (DuckDB-WASM's engine), as a live list.
 * `const wasm = wasmRequests(page); await page.goto('/'); expect(wasm).toEqual([])`
 */
export function wasmRequests(page: Page): string[] {
	const wasm: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.wasm')) wasm.push(request.url());
	});
	return wasm;
}
