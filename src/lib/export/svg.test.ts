import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TrendChart from '../charts/trend/TrendChart.svelte';
import { composePanels, escapeXml, gridCells, standaloneSvg, wrapText } from './svg';
import { textWidth } from '../charts/core/labels';
import { xmlProblems } from './xmlcheck';

const chart =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360" width="100%" role="group">' +
	'<title>France</title><path d="M0,0L10,10" stroke="#1d3a8a" fill="none"/></svg>';

const options = {
	title: 'France et moyenne UE, 2013–2024',
	subtitle: 'Part des entreprises de 10 personnes ou plus',
	source: 'Source : Eurostat, tableau tin00111',
	dataDate: 'Version publiée en 2025',
	flagLegend: [{ flag: 'b', meaning: 'rupture de série' }],
	siteName: 'Observatoire PME numérique',
	locale: 'fr' as const
};

describe('xmlProblems (the checker the tests rely on)', () => {
	it.each([
		['<a><b/></a>', []],
		['<a x="1" y=\'2\'>t &amp; u</a>', []],
		['<a><b></a>', ['line 1: </a> closes <b>', 'unclosed <a>']],
		['<a>x < y</a>', ['line 1: raw "<" in text']],
		['<a>R&D</a>', ['line 1: unescaped "&"']],
		['<a x=1></a>', ['line 1: bad attribute in <a>']],
		['<a x="1" x="2"></a>', ['line 1: x twice in <a>']],
		['<a></a><b></b>', ['2 root elements']]
	])('%s → %j', (xml, expected) => {
		expect(xmlProblems(xml)).toEqual(expected);
	});
});

describe('escapeXml', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		[`"R&D" l'an`, '&quot;R&amp;D&quot; l&apos;an'],
		['a\u0000b\u0007c', 'abc'],
		['13,4\u00a0%', '13,4\u00a0%']
	])('%j → %j', (input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});
});

describe('wrapText', () => {
	it.each([
		['un deux trois', 7, ['un deux', 'trois']],
		['un', 7, ['un']],
		['', 7, []],
		['anticonstitutionnellement x', 5, ['anticonstitutionnellement', 'x']]
	] as const)('%j at %d → %j', (text, max, expected) => {
		expect(wrapText(text, max)).toEqual(expected);
	});
});

describe('standaloneSvg', () => {
	it('is one well-formed SVG with xmlns, a size and the chart nested under the header', () => {
		const out = standaloneSvg(chart, options);
		expect(xmlProblems(out)).toEqual([]);
		expect(out).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="720" height="\d+"/
		);
		expect(out).toContain('<title>France et moyenne UE, 2013–2024</title>');
		// The chart keeps its viewBox and is scaled to the picture's inner width.
		expect(out).toMatch(/<svg x="20" y="\d+" width="680" height="340" viewBox="0 0 720 360"/);
		expect(out).toContain('<path d="M0,0L10,10" stroke="#1d3a8a" fill="none"/>');
	});

	it('writes the source line, the date, the flag legend and the site name below the chart', () => {
		const out = standaloneSvg(chart, options);
		const at = (text: string) => out.indexOf(text);
		expect(at('>Source : Eurostat, tableau tin00111</text>')).toBeGreaterThan(
			at('viewBox="0 0 720 360"')
		);
		expect(out).toContain('>Version publiée en 2025</text>');
		expect(out).toContain('>b\u00a0: rupture de série</text>');
		expect(out).toContain('data-part="site">Observatoire PME numérique</text>');
		expect(standaloneSvg(chart, { ...options, locale: 'en' })).toContain('>b: rupture de série<');
	});

	it("keeps a long bold title inside a narrow picture, as the charts' labels measure text", () => {
		const title =
			'Carte de l’Europe, 2023 — PME (10 à 249 personnes occupées) — ÉCART À LA MOYENNE';
		const out = standaloneSvg(chart, { ...options, title, width: 400 });
		const lines = [
			...out.matchAll(/<text [^>]*font-size="20" font-weight="700"[^>]*>([^<]*)<\/text>/g)
		].map((m) => m[1]!);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join(' ')).toBe(title);
		for (const line of lines) expect(textWidth(line, 20, true)).toBeLessThanOrEqual(400 - 2 * 20);
	});

	it('escapes untrusted labels: a <script> in a title or a flag meaning stays text', () => {
		const out = standaloneSvg(chart, {
			...options,
			title: '<script>alert("x")</script>',
			flagLegend: [{ flag: '<b>', meaning: 'R&D "quoted"' }]
		});
		expect(xmlProblems(out)).toEqual([]);
		expect(out).not.toContain('<script');
		expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(out).toContain('&lt;b&gt;\u00a0: R&amp;D &quot;quoted&quot;');
	});

	it('uses only generic-family fonts and inline presentation attributes (no <style>, no link)', () => {
		const out = standaloneSvg(chart, options);
		expect(out).not.toMatch(/<style|<link|@import|url\(/);
		expect(out).toMatch(/font-family="[^"]*sans-serif"/);
	});

	it('scales to a requested width and wraps a long title instead of cutting it', () => {
		const out = standaloneSvg(chart, { ...options, width: 400, title: 'mot '.repeat(40) });
		expect(out).toMatch(/width="400"/);
		expect((out.match(/font-weight="700" fill="#1a1f2b">mot/g) ?? []).length).toBeGreaterThan(1);
		expect(out).toMatch(/<svg x="20" y="\d+" width="360" height="180"/);
	});

	it('prints a caption above the chart, and a colour legend and a key of abbreviations under it', () => {
		const out = standaloneSvg(chart, {
			...options,
			width: 428,
			caption: 'Écart à la moyenne UE en 2019, en points',
			legend: [
				{ label: 'progrès modéré', fill: '#d9ef8b', stroke: '#1a1f2b' },
				{ label: 'non évalué <&>', fill: '#eeeeee', stroke: '#5a6172', dash: '3 2' }
			],
			key: [
				{ abbr: 'HDF', name: 'Hauts-de-France' },
				{ abbr: 'PAC', name: "Provence-Alpes-Côte d'Azur" },
				{ abbr: 'MAY', name: 'Mayotte' }
			]
		});
		expect(xmlProblems(out)).toEqual([]);
		const at = (text: string) => out.indexOf(text);
		expect(at('data-part="caption">Écart à la moyenne UE en 2019, en points</text>')).toBeLessThan(
			at('viewBox="0 0 720 360"')
		);
		expect(at('>progrès modéré</text>')).toBeGreaterThan(at('viewBox="0 0 720 360"'));
		expect(out).toMatch(/<rect [^>]*fill="#eeeeee" stroke="#5a6172"[^>]*stroke-dasharray="3 2"/);
		expect(out).toContain('>non évalué &lt;&amp;&gt;</text>');
		expect(at('>HDF</text>')).toBeGreaterThan(at('>progrès modéré</text>'));
		expect(out).toContain('>Provence-Alpes-Côte d&apos;Azur</text>');
		// The legend and the key sit between the chart and the source line, inside the picture.
		expect(at('>MAY</text>')).toBeLessThan(at('data-part="source"'));
		for (const m of out.matchAll(/<g data-part="(?:legend|key)"><(?:rect|text) x="([\d.]+)"/g))
			expect(Number(m[1])).toBeLessThan(428 - 20);
	});

	it('draws the page legend’s own swatches (a line, a struck ring), each label after its swatch', () => {
		const line =
			'<svg xmlns="http://www.w3.org/2000/svg" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true"><line x1="1" x2="29" y1="6" y2="6" stroke="#4a4f5c" stroke-width="2.5" stroke-dasharray="7 4"/></svg>';
		const missing =
			'<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5" fill="#fff" stroke="#1a1f2b"/><line x1="4.5" y1="11.5" x2="11.5" y2="4.5" stroke="#1a1f2b"/></svg>';
		const out = standaloneSvg(chart, {
			...options,
			legend: [
				{ label: 'Moyenne UE <à> 27', mark: line },
				{ label: 'valeur non disponible', mark: missing },
				{ label: 'progrès modéré', fill: '#d9ef8b', stroke: '#1a1f2b' }
			]
		});
		expect(xmlProblems(out)).toEqual([]);
		const entries = [...out.matchAll(/<g data-part="legend">(.*?)<\/g>/g)].map((m) => m[1]!);
		expect(entries).toHaveLength(3);
		// The swatch as the page draws it, at its own size, centred on the row; the words after it.
		const first =
			/^<svg x="(\d+)" y="([\d.]+)" width="30" height="12" viewBox="0 0 30 12" overflow="visible"><line [^>]*stroke-dasharray="7 4"\/><\/svg><text x="(\d+)" y="([\d.]+)"[^>]*>Moyenne UE &lt;à&gt; 27<\/text>$/.exec(
				entries[0]!
			);
		expect(first).not.toBeNull();
		const [, x, y, textX, base] = first!.map(Number);
		expect(textX).toBe(x! + 30 + 6);
		expect(y! + 6).toBe(base! - 4.5);
		expect(entries[1]).toMatch(/^<svg [^>]*width="16" height="16"[^>]*><circle [^>]*\/><line /);
		expect(entries[1]).not.toContain('aria-hidden');
		expect(entries[2]).toMatch(/^<rect [^>]*fill="#d9ef8b"/);
	});

	it('keeps a picture without caption, legend or key as it was', () => {
		const out = standaloneSvg(chart, options);
		expect(out).not.toMatch(/data-part="(caption|legend|key)"/);
	});

	it('rejects something that is not an SVG', () => {
		expect(() => standaloneSvg('<div></div>', options)).toThrow(/not an <svg>/);
		expect(() => standaloneSvg('<svg viewBox="0 0 a b"></svg>', options)).toThrow(/viewBox/);
	});

	it('takes the real trend chart as rendered on the server and stays well-formed', () => {
		const body = render(TrendChart, {
			props: {
				series: [
					{
						geo: 'FR',
						label: 'France <b>&',
						emphasis: 'focus',
						points: [
							{ period: '2022', value: 12.9, flags: 'b', confStatus: null },
							{ period: '2023', value: 13.43, flags: '', confStatus: null }
						]
					}
				],
				locale: 'fr',
				title: 'T'
			}
		}).body;
		const svg = body.slice(body.indexOf('<svg'), body.indexOf('</ul>'));
		const out = standaloneSvg(svg.slice(0, svg.indexOf('<ul')), options);
		expect(xmlProblems(out)).toEqual([]);
		expect(out).toContain('France &lt;b>&amp;');
	});
});

describe('standaloneSvg notes', () => {
	it('prints a scenario’s sentence and the markers above the source, escaped, well formed', () => {
		const svg = standaloneSvg(chart, {
			...options,
			notes: [
				'Scénario (hypothèse, pas une donnée) : France +1,00 pts par an & <UE>',
				'Repères : 1. 8 mars 2017 — plan'
			]
		});
		expect(xmlProblems(svg)).toEqual([]);
		const notes = [...svg.matchAll(/data-part="note">([^<]*)</g)].map((m) => m[1]);
		expect(notes.join(' ')).toContain('Scénario (hypothèse, pas une donnée)');
		expect(notes.join(' ')).toContain('&amp; &lt;UE&gt;');
		expect(svg.indexOf('data-part="note"')).toBeLessThan(svg.indexOf('data-part="source"'));
	});
});

describe('gridCells', () => {
	it.each([
		// Widest 100 + gap 16: two columns in 260, filled row by row.
		[
			[100, 60, 80],
			260,
			{
				columns: 2,
				rows: 2,
				at: [
					{ x: 0, row: 0 },
					{ x: 116, row: 0 },
					{ x: 0, row: 1 }
				]
			}
		],
		// An entry wider than the room still gets a column of its own.
		[[500], 260, { columns: 1, rows: 1, at: [{ x: 0, row: 0 }] }],
		// Never more columns than entries.
		[
			[10, 10],
			1000,
			{
				columns: 2,
				rows: 1,
				at: [
					{ x: 0, row: 0 },
					{ x: 26, row: 0 }
				]
			}
		],
		[[], 260, { columns: 1, rows: 0, at: [] }]
	] as const)('%j in %d → %j', (widths, inside, expected) => {
		expect(gridCells(widths, inside, 16)).toEqual(expected);
	});
});

describe('composePanels', () => {
	const panel = (n: number, w = 260, h = 225) =>
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="group" aria-label="P${n}" data-panel="p${n}"><g class="panel" data-n="${n}"><text>${n}</text></g></svg>`;
	const grid = { columns: 3, gap: { x: 30, y: 22 } };
	const placed = (svg: string) =>
		[
			...svg.matchAll(
				/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*><g class="panel" data-n="(\d)"/g
			)
		].map((m) => ({
			n: Number(m[5]),
			x: Number(m[1]),
			y: Number(m[2]),
			w: Number(m[3]),
			h: Number(m[4])
		}));

	it('puts five panels three a row, at the gaps given, in one 840-unit SVG', () => {
		const out = composePanels(
			[1, 2, 3, 4, 5].map((n) => panel(n)),
			grid
		);
		expect(xmlProblems(out)).toEqual([]);
		expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 840 472" /);
		expect(placed(out)).toEqual([
			{ n: 1, x: 0, y: 0, w: 260, h: 225 },
			{ n: 2, x: 290, y: 0, w: 260, h: 225 },
			{ n: 3, x: 580, y: 0, w: 260, h: 225 },
			{ n: 4, x: 0, y: 247, w: 260, h: 225 },
			{ n: 5, x: 290, y: 247, w: 260, h: 225 }
		]);
		// Each panel keeps its own viewBox, so its drawing is not rescaled.
		expect(out.match(/viewBox="0 0 260 225"/g)).toHaveLength(5);
	});

	it('keeps what the panels draw, not the page’s attributes of their <svg>', () => {
		const out = composePanels([panel(1), panel(2)], grid);
		expect(out).toContain('<text>1</text>');
		expect(out).not.toContain('role="group"');
		expect(out).not.toContain('data-panel');
		// Two panels: one row of two, as wide as they are.
		expect(out).toContain('viewBox="0 0 550 225"');
	});

	it('gives every cell the size of the biggest panel', () => {
		expect(
			placed(composePanels([panel(1, 200, 100), panel(2, 260, 225)], { ...grid, columns: 1 }))
		).toEqual([
			{ n: 1, x: 0, y: 0, w: 200, h: 100 },
			{ n: 2, x: 0, y: 247, w: 260, h: 225 }
		]);
	});

	it('makes a picture standaloneSvg takes, scaled as one chart', () => {
		const out = standaloneSvg(
			composePanels(
				[1, 2, 3, 4, 5].map((n) => panel(n)),
				grid
			),
			options
		);
		expect(xmlProblems(out)).toEqual([]);
		expect(out).toMatch(/<svg x="20" y="\d+" width="800" height="450" viewBox="0 0 840 472"/);
	});

	it('refuses nothing to compose and a panel that is not an SVG', () => {
		expect(() => composePanels([], grid)).toThrow(/no panel/);
		expect(() => composePanels(['<div></div>'], grid)).toThrow(/not an <svg>/);
	});
});
