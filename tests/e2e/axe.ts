import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, reduced to what a failing assertion should print. */
export interface AxeProblem {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core on the page and returns its serious and critical violations.
 * The site ships a Content-Security-Policy that forbids inline scripts, so axe is injected with
 * `page.evaluate` (DevTools evaluation, not a `<script>` element: `page.addScriptTag` would be
 * blocked by the policy). `await seriousAxeViolations(page)` → `[]` on an accessible page.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: () => Promise<{
						violations: {
							id: string;
							impact: string | null;
							help: string;
							nodes: { target: string[] }[];
						}[];
					}>;
				};
			}
		).axe;
		const result = await axe.run();
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Asserts that axe finds no serious or critical violation: `await expectAccessible(page)`. */
export async function expectAccessible(page: Page): Promise<void> {
	expect(await seriousAxeViolations(page)).toEqual([]);
}
