import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

// Issue #16: what-if scenarios, events on the timeline, comparable countries, reports that keep
// the reader's choices. On the bundled data (SMEs 10–249, isoc_ec_esels).

async function downloadOf(page: Page, testId: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testId).click()
	]);
	return {
		name: (file as Download).suggestedFilename(),
		text: readFileSync(await file.path()).toString('utf8')
	};
}

async function hydrated(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

test.describe('what-if scenario on /objectifs/', () => {
	test('set from a preset, it survives a reload, is drawn apart, exported labelled, and goes into a report', async ({
		page
	}) => {
		await hydrated(page, '/objectifs/');
		// The peer's pace ends on its 2025 value, which breaks its series: the button says so.
		await expect(page.getByTestId('preset-peer')).toContainText('Pays-Bas (2016–2025)');
		await expect(page.getByTestId('preset-peer')).toContainText('b rupture de série');
		await expect(page.getByTestId('preset-france')).not.toContainText('rupture');
		await page.getByTestId('preset-france').click();
		await expect(page).toHaveURL(/scenario=[\d.-]+,[\d.-]+,france/);
		const outcome = page.getByTestId('scenario-outcome');
		await expect(outcome).toContainText(
			/Avec ces rythmes, l’écart (se comble en \d{4}|ne se comble jamais)/
		);
		const said = await outcome.textContent();

		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect(page.getByTestId('scenario-outcome')).toHaveText(said!);
		const chart = page.locator('figure.tracker svg[role="group"]');
		await expect(chart.locator('path.scenario-france')).toHaveCount(1);
		await expect(chart.locator('path.scenario-france')).toHaveAttribute('stroke-dasharray', '8 5');
		await expect(chart.locator('.scenario-band text')).toHaveText('scénario');
		await expect(page.getByTestId('scenario-legend')).toContainText(
			'Scénario (hypothèse, pas une donnée)'
		);

		// The picture carries the scenario, said to be one; the observations' CSV does not.
		const svg = (await downloadOf(page, 'export-svg')).text;
		expect(svg).toContain('class="scenario-france"');
		expect(svg).toMatch(/data-part="note">Scénario \(hypothèse, pas une donnée\)/);
		const observed = (await downloadOf(page, 'export-csv')).text;
		expect(observed).not.toMatch(/scénario/i);
		const table = await downloadOf(page, 'export-extra-csv');
		expect(table.name).toMatch(/^sc[ée]nario-/);
		expect(table.text).toContain('France, scénario (%)');
		expect(
			table.text
				.trim()
				.split(/\r?\n/)
				.slice(1)
				.every((l) => l.endsWith('scénario'))
		).toBe(true);

		// Into the report, with its choices.
		await page.getByTestId('export-report').click();
		await expect(page).toHaveURL(/\/rapport\/\?.*v=target-national%40.*scenario/);
		const view = page.locator('[data-testid="report-view"][data-view="target-national"]');
		await expect(view.getByTestId('view-scenario')).toContainText(
			'Scénario (hypothèse, pas une donnée)'
		);
		await expect(view.locator('path.scenario-france')).toHaveCount(1);
		await expect(page.getByTestId('report-status')).toContainText('ajouté au rapport');
	});

	test('in English, from the address: a pace that never closes the gap says so', async ({
		page
	}) => {
		await hydrated(page, '/en/objectifs/?scenario=0.1,0.5');
		await expect(page.getByTestId('scenario-outcome')).toHaveText(
			'At these paces, the gap never closes.'
		);
		await expect(page.getByTestId('scenario-france')).toHaveValue('0.10');
		await page.getByTestId('scenario-france').fill('2');
		await page.getByTestId('scenario-france').press('Enter');
		await expect(page).toHaveURL(/scenario=2,0.5/);
		await expect(page.getByTestId('scenario-outcome')).toHaveText(/the gap closes in 20\d\d\./);
		await page.getByTestId('scenario-clear').click();
		await expect(page).not.toHaveURL(/scenario=/);
		await expect(page.locator('path.scenario-france')).toHaveCount(0);
	});
});

test('in English too: a preset survives a reload, the SVG says it is a scenario, and a report holds it', async ({
	page
}) => {
	await hydrated(page, '/en/objectifs/');
	await page.getByTestId('preset-eu').click();
	await expect(page).toHaveURL(/scenario=[\d.-]+,[\d.-]+,eu/);
	const said = await page.getByTestId('scenario-outcome').textContent();
	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(page.getByTestId('scenario-outcome')).toHaveText(said!);
	await expect(page.locator('figure.tracker .scenario-band text')).toHaveText('scenario');
	const svg = (await downloadOf(page, 'export-svg')).text;
	expect(svg).toContain('class="scenario-france"');
	expect(svg).toMatch(/data-part="note">Scenario \(a hypothesis, not data\)/);
	await page.getByTestId('export-report').click();
	await expect(page).toHaveURL(/\/en\/rapport\/\?.*v=target-national%40.*scenario/);
	const view = page.locator('[data-testid="report-view"][data-view="target-national"]');
	await expect(view.getByTestId('view-scenario')).toContainText(
		'Scenario (a hypothesis, not data)'
	);
	await expect(view.locator('path.scenario-france')).toHaveCount(1);
});

test.describe('events on the timeline', () => {
	test('markers on the tracker reachable by keyboard, a toggle, and the reader’s annotations in the address', async ({
		page
	}) => {
		await hydrated(page, '/objectifs/');
		const markers = page.locator('figure.tracker svg[role="group"] g.marker');
		await expect(markers).toHaveCount(6);
		const plan = page.locator('g.marker[data-marker="event-plan-cnnum-2017"]');
		await plan.focus();
		await expect(plan).toBeFocused();
		await expect(plan).toHaveAttribute(
			'aria-label',
			/8\u00a0mars 2017 — Le CNNum remet son plan.*L'Usine Nouvelle/
		);

		await page.getByTestId('annotation-date').fill('2020-03');
		await page.getByTestId('annotation-text').fill('Premier confinement');
		await page.getByTestId('annotation-add').click();
		await expect(page).toHaveURL(/ann=2020-03(~|%7E)Premier/);
		await expect(markers).toHaveCount(7);
		await page.getByTestId('events-toggle').uncheck();
		await expect(page).toHaveURL(/ev=0/);
		await expect(markers).toHaveCount(1);
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect(markers).toHaveCount(1);
		await expect(page.getByTestId('marker-list')).toContainText('Premier confinement');
		const svg = (await downloadOf(page, 'export-svg')).text;
		expect(svg).toContain('Repères : 1. mars 2020 — Premier confinement (note du lecteur)');
	});

	test('the comparison trend shows the events too, in English', async ({ page }) => {
		await hydrated(page, '/en/comparer/');
		// Six events; those too close to stand apart share one badge that names its range (2–6).
		await expect(page.locator('[data-testid="marker-list"] li')).toHaveCount(6);
		const badges = page.locator('[data-testid="panel-trend"] g.marker');
		await expect(badges.first()).toBeVisible();
		const labels = (
			await badges.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
		).join(' ');
		expect(labels).toContain('The CNNum hands over its action plan');
		expect(labels.match(/Marker \d/g)).toHaveLength(6);
		await expect(page.getByTestId('marker-list')).toContainText(
			'The CNNum hands over its action plan'
		);
	});
});

test.describe('comparable countries on /comparer/', () => {
	test('a named set from the address, then the free choice again', async ({ page }) => {
		await hydrated(page, '/comparer/?v=2&set=closest');
		await expect(page.getByTestId('set-closest')).toBeChecked();
		await expect(page.getByTestId('set-countries')).toHaveText(
			'Les plus proches de la France en 2016 : Pays-Bas, Estonie, Finlande, Autriche.'
		);
		await expect(
			page.locator('[data-testid="panel-trend"] table, [data-testid="panel-trend"] svg').first()
		).toBeVisible();
		await page.getByTestId('set-top').check();
		await expect(page).toHaveURL(/set=top/);
		await expect(page.getByTestId('set-countries')).toContainText('Danemark, Lituanie, Malte');
		await page.getByTestId('set-free').check();
		await expect(page).not.toHaveURL(/set=/);
	});

	test('“Who caught up?” from the address, France among them', async ({ page }) => {
		await hydrated(page, '/en/comparer/?v=2&tab=catchup');
		await expect(page.getByTestId('tab-catchup')).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('catchup-summary')).toContainText(
			'7 of the 15 countries below the average in 2016 have reached it since.'
		);
		await expect(page.getByTestId('reached-SI')).toHaveText('2017');
		await expect(page.getByTestId('reached-FR')).toHaveText('not yet');
		await expect(page.locator('tr.focus[data-geo="FR"]')).toContainText('−0.36');
	});
});

test.describe('comparable countries, the other language', () => {
	test('a named set from the address, in English', async ({ page }) => {
		await hydrated(page, '/en/comparer/?v=2&set=plan');
		await expect(page.getByTestId('set-plan')).toBeChecked();
		await expect(page.getByTestId('set-countries')).toContainText('Germany');
		await expect(page.getByTestId('set-countries')).toContainText('Croatia');
	});

	test('« Qui a rattrapé ? » from the address, in French', async ({ page }) => {
		await hydrated(page, '/comparer/?v=2&tab=catchup');
		await expect(page.getByTestId('tab-catchup')).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('catchup-summary')).toContainText(
			'7 pays sur 15 sous la moyenne en 2016 l’ont atteinte depuis.'
		);
		await expect(page.getByTestId('reached-SI')).toHaveText('2017');
		await expect(page.locator('tr.focus[data-geo="FR"]')).toContainText('−0,36');
	});
});

test.describe('reports keep the reader’s choices', () => {
	for (const prefix of ['', '/en']) {
		test(`two rankings of different years print both, on numbered pages (${prefix || '/fr'})`, async ({
			page
		}) => {
			const ranking = (year: string) =>
				`v=${encodeURIComponent(`compare-ranking@v=2&tab=ranking&year=${year}`)}`;
			await hydrated(page, `${prefix}/rapport/?${ranking('2015')}&${ranking('2025')}`);
			const views = page.getByTestId('report-view');
			await expect(views).toHaveCount(2);
			await expect(views.nth(0).getByTestId('france-rank')).toContainText('2015');
			await expect(views.nth(1).getByTestId('france-rank')).toContainText('2025');
			await expect(page.locator('.made')).toHaveText(
				prefix
					? /^Made on \d{1,2}\u00a0\p{L}+ \d{4}$/u
					: /^Établi le (1er|\d{1,2})\u00a0\p{L}+ \d{4}$/u
			);

			await page.emulateMedia({ media: 'print' });
			// Page numbers: a bottom-right page-margin box counting pages.
			const counter = await page.evaluate(() => {
				for (const sheet of [...document.styleSheets]) {
					for (const rule of [...sheet.cssRules]) {
						const inner = rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule];
						for (const r of inner) {
							if (!(r instanceof CSSPageRule)) continue;
							for (const m of [...r.cssRules]) {
								const margin = m as CSSRule & { name?: string; style?: CSSStyleDeclaration };
								if (margin.name === 'bottom-right')
									return margin.style?.getPropertyValue('content');
							}
						}
					}
				}
				return null;
			});
			expect(counter).toMatch(/counter\(page\).*counter\(pages\)/);
			const pdf = await page.pdf({ format: 'A4' });
			const text = pdf.toString('latin1');
			// Each ranking links to its own year online, on a page of its own or shared, both printed.
			expect(text).toMatch(/year%3D2015|year=2015/);
			expect(text).toMatch(/year%3D2025|year=2025/);
		});
	}

	test('key-figure cards never overflow, on a wide screen, a phone and paper', async ({ page }) => {
		const overflowing = () =>
			page
				.locator('[data-view="home-kpis"] .value')
				.evaluateAll((els) =>
					els
						.filter(
							(e) =>
								e.scrollWidth > e.clientWidth + 1 ||
								e.getBoundingClientRect().right > e.parentElement!.getBoundingClientRect().right + 1
						)
						.map((e) => e.textContent)
				);
		await hydrated(page, '/rapport/?v=home-kpis');
		// France, the EU, the gap, the rank and how the gap moved.
		await expect(page.locator('[data-view="home-kpis"] .value')).toHaveCount(5);
		expect(await overflowing()).toEqual([]);
		await page.setViewportSize({ width: 390, height: 800 });
		expect(await overflowing()).toEqual([]);
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.emulateMedia({ media: 'print' });
		expect(await overflowing()).toEqual([]);
	});

	test('the same view added twice from the comparison page keeps both, in English', async ({
		page
	}) => {
		await hydrated(page, '/en/comparer/?v=2&tab=ranking&year=2015');
		await page.getByTestId('export-report').click();
		await expect(page.getByTestId('report-view')).toHaveCount(1);
		await hydrated(page, '/en/comparer/?v=2&tab=ranking&year=2025');
		await page.getByTestId('export-report').click();
		const views = page.getByTestId('report-view');
		await expect(views).toHaveCount(2);
		await expect(views.nth(0).getByTestId('france-rank')).toContainText('2015');
		await expect(views.nth(1).getByTestId('france-rank')).toContainText('2025');
	});
});

test.describe('events on the home trend and the by-size chart', () => {
	test('home: markers reachable by keyboard, a toggle, annotations in the address, the export and a report', async ({
		page
	}) => {
		await hydrated(page, '/');
		const trend = page.locator('section[aria-labelledby="trend-title"]');
		const badges = trend.locator('figure svg[role="group"] g.marker');
		await expect(page.locator('[data-testid="marker-list"] li')).toHaveCount(6);
		// The plan's badge (alone, or in the badge that names its range) is a tab stop read out whole.
		const plan = badges.filter({ has: page.locator('title', { hasText: 'remet son plan' }) });
		await expect(plan).toHaveCount(1);
		await plan.focus();
		await expect(plan).toBeFocused();
		await expect(plan).toHaveAttribute('aria-label', /8\u00a0mars 2017 — Le CNNum remet son plan/);

		await page.getByTestId('annotation-date').fill('2020-03');
		await page.getByTestId('annotation-text').fill('Premier confinement');
		await page.getByTestId('annotation-add').click();
		await expect(page).toHaveURL(/ann=2020-03(~|%7E)Premier/);
		await page.getByTestId('events-toggle').uncheck();
		await expect(page).toHaveURL(/ev=0/);
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect(badges).toHaveCount(1);
		await expect(badges.first()).toHaveAttribute('data-kind', 'annotation');
		const svg = (await downloadOf(page, 'export-svg')).text;
		expect(svg).toContain('data-marker="note-0"');
		expect(svg).toContain('Repères : 1. mars 2020 — Premier confinement (note du lecteur)');

		await page.getByTestId('export-report').click();
		await expect(page).toHaveURL(/\/rapport\/\?.*v=home-trend%40.*ann/);
		const view = page.locator('[data-testid="report-view"][data-view="home-trend"]');
		await expect(view.locator('g.marker')).toHaveCount(1);
		await expect(view.getByTestId('view-markers')).toContainText('Premier confinement');
		await expect(view.getByTestId('view-population')).toContainText('PME (10 à 249');
	});

	test('by size, in English: badges in every panel, one tab stop each, annotations kept in the export and the report', async ({
		page
	}) => {
		await hydrated(page, '/en/tailles/?ann=2024-06~New%20survey%20wave');
		const chart = page.getByTestId('bysize-chart');
		await expect(chart.locator('g.panel')).toHaveCount(5);
		await expect(chart.locator('g.panel [data-testid="chart-markers"]')).toHaveCount(5);
		await expect(page.locator('[data-testid="marker-list"] li')).toHaveCount(7);
		// Drawn in every panel; only the first panel's badge takes the keyboard and is read out.
		await expect(chart.locator('g.marker[data-marker="note-0"]')).toHaveCount(5);
		const first = chart.locator('g.marker[data-marker="note-0"][tabindex="0"]');
		await expect(first).toHaveCount(1);
		await first.focus();
		await expect(first).toBeFocused();
		await expect(first).toHaveAttribute(
			'aria-label',
			/June 2024 — New survey wave \(reader’s note\)/
		);

		await page.getByTestId('events-toggle').uncheck();
		await expect(page).toHaveURL(/ev=0/);
		await expect(chart.locator('g.marker')).toHaveCount(5);
		const svg = (await downloadOf(page, 'export-svg')).text;
		expect(svg.match(/data-marker="note-0"/g)).toHaveLength(5);
		expect(svg).toContain('Markers: 1. June 2024 — New survey wave (reader’s note)');

		await page.getByTestId('export-report').click();
		await expect(page).toHaveURL(/\/en\/rapport\/\?.*v=bysize-chart%40.*ev%3D0/);
		const view = page.locator('[data-testid="report-view"][data-view="bysize-chart"]');
		await expect(view.locator('g.marker[data-marker="note-0"]')).toHaveCount(5);
		await expect(view.getByTestId('view-markers')).toContainText('New survey wave');
	});
});

test.describe('the sentence of the national target page', () => {
	for (const [prefix, words, svgStart] of [
		[
			'',
			/^L’écart de la France à la moyenne de l’UE à 27 passe de −1,11\s?pt en 2016 à −1,36\s?pt en 2019\s?: objectif manqué à l’échéance \(2019\)\.$/,
			'data-part="sentence">L’écart de la France'
		],
		[
			'/en',
			/^The gap of France to the EU-27 average went from −1\.11\s?pp in 2016 to −1\.36\s?pp in 2019: target missed at the deadline \(2019\)\.$/,
			'data-part="sentence">The gap of France'
		]
	] as const) {
		test(`${prefix || '/fr'}: above the tracker, its description, its SVG, its embed and its report`, async ({
			page
		}) => {
			await hydrated(page, `${prefix}/objectifs/`);
			const sentence = page.getByTestId('chart-sentence');
			await expect(sentence).toHaveText(words);
			const said = (await sentence.textContent())!.trim();
			// Above the chart, and read first as its description.
			const above = await page.evaluate(() => {
				const s = document.querySelector('[data-testid="chart-sentence"]')!;
				const chart = document.querySelector('figure.tracker')!;
				return !!(s.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
			});
			expect(above).toBe(true);
			const desc = await page.locator('figure.tracker svg[role="group"] desc').textContent();
			expect(desc!.startsWith(said)).toBe(true);
			const svg = (await downloadOf(page, 'export-svg')).text;
			expect(svg).toContain(svgStart);
			expect(svg).toMatch(/−1[.,]36/);

			await page.getByTestId('export-report').click();
			const view = page.locator('[data-testid="report-view"][data-view="target-national"]');
			await expect(view.getByTestId('chart-sentence')).toHaveText(said);
			await hydrated(page, `${prefix}/embed/target-national/`);
			await expect(page.getByTestId('chart-sentence')).toHaveText(said);
		});
	}
});

test.describe('old report links, and views that keep their population', () => {
	test('a report link without choices opens on SMEs, each view saying so; one kept in the browser too', async ({
		page
	}) => {
		await hydrated(page, '/rapport/?t=Conseil&v=home-kpis&v=home-trend&v=target-national');
		const views = page.getByTestId('report-view');
		await expect(views).toHaveCount(3);
		for (const id of ['home-kpis', 'home-trend']) {
			await expect(
				page.locator(`[data-view="${id}"]`).getByTestId('view-population')
			).toContainText('PME (10 à 249 personnes occupées)');
		}
		await expect(page.locator('[data-view="home-kpis"] [data-testid="kpi-france"]')).toContainText(
			'15,20'
		);
		const target = page.locator('[data-view="target-national"]');
		await expect(target.getByTestId('view-population')).toContainText('PME');
		await expect(target.getByTestId('migrated-note')).toHaveCount(0);
		await expect(page.getByTestId('report-doc')).not.toContainText('tin00111');

		// The same report as this browser kept it before choices were kept, plus a view added now.
		await page.evaluate(() => localStorage.setItem('observatoire.report', 'v=home-kpis'));
		await hydrated(page, '/rapport/?add=home-trend');
		await expect(views).toHaveCount(2);
		await expect(page.locator('[data-view="home-kpis"] [data-testid="kpi-france"]')).toContainText(
			'15,20'
		);
		await expect(
			page.locator('[data-view="home-trend"]').getByTestId('chart-sentence')
		).toContainText('PME françaises');
	});

	test('a target view keeps the population chosen on its page; an old ?cible= item keeps 10+ and says so', async ({
		page
	}) => {
		await hydrated(page, '/en/objectifs/?pop=GE10');
		await page.getByTestId('export-report').click();
		const view = page.locator('[data-testid="report-view"][data-view="target-national"]');
		await expect(view.getByTestId('view-population')).toContainText(
			'enterprises with 10 or more persons employed'
		);
		await hydrated(page, `/rapport/?v=${encodeURIComponent('target-national@cible=cnnum-2019')}`);
		const old = page.locator('[data-testid="report-view"][data-view="target-national"]');
		await expect(old.getByTestId('migrated-note')).toContainText('tin00111');
		await expect(old.getByTestId('view-population')).toContainText('10 personnes occupées ou plus');
		await expect(page.getByTestId('report-doc')).toContainText('tin00111');
	});
});
