/**
 * A chart's SVG turned into a picture that stands alone: the chart under a header (title,
 * subtitle, sentence, caption), with the key to its colours and abbreviations under it when the
 * page gives them beside the drawing, and above a footer (source, date of data, flag legend, site
 * name), so that a journalist who publishes the image publishes its source and its key with it.
 *
 * A pure string function: it runs in the browser on `XMLSerializer` output and in unit tests on a
 * server render. Every style is a presentation attribute (the project's charts already draw with
 * them), fonts are generic families (no web font to embed), and every text from the page is escaped,
 * since labels come from files a user may have dropped.
 */
import { colon as colonIn } from '../i18n/punctuation';
import type { Locale } from '../domain/locale';
import { textWidth } from '../charts/core/labels';

export interface FlagLegendEntry {
	flag: string;
	meaning: string;
}

/**
 * A mark of the chart and what it means: a colour, drawn as a box, or the page legend's own swatch
 * (a line, a dot, a diamond…), as SVG markup (`legendOfPage`).
 */
export type PictureLegendEntry = PictureColour | { label: string; mark: string };

/** A colour of the chart and what it means, drawn as a box. */
export interface PictureColour {
	label: string;
	fill: string;
	stroke: string;
	/** SVG dash array of the box's outline (an unrated tile's dashed box), or none. */
	dash?: string | null;
}

/** An abbreviation the chart writes and what it stands for (`HDF`: Hauts-de-France). */
export interface PictureKeyEntry {
	abbr: string;
	name: string;
}

export interface StandaloneOptions {
	title: string;
	subtitle?: string;
	/** The chart's plain sentence (charts/core/sentence.ts), printed above the chart. */
	sentence?: string;
	/** What the chart's marks are (a tile's figure, its year, its colour), printed above the chart. */
	caption?: string;
	/** The chart's colours, when the page gives them in a legend outside the drawing. */
	legend?: readonly PictureLegendEntry[];
	/** The chart's abbreviations, when the page decodes them outside the drawing. */
	key?: readonly PictureKeyEntry[];
	/** The source line, as the page writes it: `Source : Eurostat, tableau tin00111`. */
	source: string;
	/** When the data was published or downloaded, as the page writes it. */
	dataDate: string;
	flagLegend?: readonly FlagLegendEntry[];
	/** Lines above the source: what the picture shows beyond data (a scenario, the markers). */
	notes?: readonly string[];
	siteName: string;
	locale: Locale;
	/** Width of the whole picture in px; the chart is scaled to it. */
	width?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const PAD = 20;
const INK = '#1a1f2b';
const MUTED = '#5a6172';

/**
 * Text safe inside an XML element or a double- or single-quoted attribute.
 * `escapeXml('<script>"x"</script>')` → `&lt;script&gt;&quot;x&quot;&lt;/script&gt;`
 */
export function escapeXml(text: string): string {
	return (
		text
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;')
			.replaceAll('>', '&gt;')
			.replaceAll('"', '&quot;')
			.replaceAll("'", '&apos;')
			// Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
	);
}

/**
 * Splits a text into lines that fit, at spaces: at most `max` characters, or the lines `max`
 * accepts (a word too long keeps its own line). `wrapText('un deux trois', 7)` → `['un deux', 'trois']`
 */
export function wrapText(text: string, max: number | ((line: string) => boolean)): string[] {
	const fits = typeof max === 'number' ? (line: string) => line.length <= max : max;
	const lines: string[] = [];
	let line = '';
	// Break at ordinary white space only: a no-break space (`13,4\u00a0%`, `b\u00a0:`) holds.
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		if (line === '') line = word;
		else if (fits(`${line} ${word}`)) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The chart's own `<svg>`: its viewBox, its attributes to keep and its inner markup. */
interface ParsedChart {
	viewBox: [number, number, number, number];
	inner: string;
}

function parseChart(svg: string): ParsedChart {
	const start = svg.indexOf('<svg');
	const openEnd = svg.indexOf('>', start);
	const close = svg.lastIndexOf('</svg>');
	if (start < 0 || openEnd < 0 || close < openEnd) {
		throw new Error('standaloneSvg: the chart is not an <svg> element');
	}
	const open = svg.slice(start, openEnd + 1);
	const inner = svg.slice(openEnd + 1, close);
	const box = /\sviewBox\s*=\s*["']([^"']+)["']/i.exec(open)?.[1];
	let viewBox: [number, number, number, number];
	if (box) {
		const n = box
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		if (n.length !== 4 || n.some((v) => !Number.isFinite(v)) || n[2]! <= 0 || n[3]! <= 0) {
			throw new Error(`standaloneSvg: the chart's viewBox "${box}" is not four numbers`);
		}
		viewBox = n as [number, number, number, number];
	} else {
		// No viewBox: fall back on numeric width and height attributes.
		const w = Number(/\swidth\s*=\s*["']([\d.]+)["']/.exec(open)?.[1]);
		const h = Number(/\sheight\s*=\s*["']([\d.]+)["']/.exec(open)?.[1]);
		if (!(w > 0 && h > 0)) throw new Error('standaloneSvg: the chart has no viewBox nor size');
		viewBox = [0, 0, w, h];
	}
	return { viewBox, inner };
}

/** How small multiples are set out in one picture: panels a row, and the gaps between them. */
export interface PanelGrid {
	columns: number;
	gap: { x: number; y: number };
}

/**
 * Small multiples, drawn one `<svg>` a panel so that the page's CSS grid lays them out at any
 * width, made one `<svg>` again for a picture: each panel nested at its place in rows of
 * `grid.columns`, every cell as big as the biggest panel's viewBox, so that the picture shows them
 * as a desktop does whatever the width of the page they were taken from. What the panels draw is
 * kept as it is; their own attributes (role, label, the page's classes) are not.
 * `composePanels(['<svg viewBox="0 0 260 225">…</svg>', …5], { columns: 3, gap: { x: 30, y: 22 } })`
 * → `'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 840 472" …><svg x="0" y="0" width="260" height="225" viewBox="0 0 260 225" …>…</svg>…</svg>'`
 */
export function composePanels(
	panels: readonly (string | SVGSVGElement)[],
	grid: PanelGrid
): string {
	if (panels.length === 0) throw new Error('composePanels: no panel to compose');
	const parsed = panels.map((panel) =>
		parseChart(typeof panel === 'string' ? panel : new XMLSerializer().serializeToString(panel))
	);
	const columns = Math.max(1, Math.min(Math.floor(grid.columns), parsed.length));
	const cellWidth = Math.max(...parsed.map((p) => p.viewBox[2]));
	const cellHeight = Math.max(...parsed.map((p) => p.viewBox[3]));
	const rows = Math.ceil(parsed.length / columns);
	const round = (v: number) => Math.round(v * 100) / 100;
	const width = round(columns * cellWidth + (columns - 1) * grid.gap.x);
	const height = round(rows * cellHeight + (rows - 1) * grid.gap.y);
	const nested = parsed.map(({ viewBox, inner }, i) => {
		const x = round((i % columns) * (cellWidth + grid.gap.x));
		const y = round(Math.floor(i / columns) * (cellHeight + grid.gap.y));
		return `<svg x="${x}" y="${y}" width="${viewBox[2]}" height="${viewBox[3]}" viewBox="${viewBox.join(' ')}" overflow="visible">${inner}</svg>`;
	});
	return `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${nested.join('')}</svg>`;
}

/** Side of a legend's colour box, and the height of a legend or key row. */
const SWATCH = 14;
const LEGEND_ROW = 18;

/**
 * An entry's swatch: its width, and its markup with its left edge at `x`, centred on the row whose
 * text sits on `base` (a page swatch is parsed once, measured before it is placed).
 */
function legendSwatch(e: PictureLegendEntry): {
	width: number;
	at: (x: number, base: number) => string;
} {
	if ('mark' in e) {
		const { viewBox, inner } = parseChart(e.mark);
		const [, , w, h] = viewBox;
		return {
			width: w,
			at: (x, base) =>
				`<svg x="${x}" y="${base - 4.5 - h / 2}" width="${w}" height="${h}" viewBox="${viewBox.join(' ')}" overflow="visible">${inner}</svg>`
		};
	}
	const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
	return {
		width: SWATCH,
		at: (x, base) =>
			`<rect x="${x + 0.75}" y="${base - 11.25}" width="${SWATCH - 1.5}" height="${SWATCH - 1.5}" rx="2" fill="${escapeXml(e.fill)}" stroke="${escapeXml(e.stroke)}" stroke-width="1.5"${dash}/>`
	};
}

/**
 * The entries of a chart's legend as the page shows it (`Legend.svelte`: a list of swatches and
 * words), for its picture: what the reader sees is what the picture keys, a scenario's line when
 * one is drawn, a map's classes. The flag letters are left out: the picture's footer says them.
 * `legendOfPage(figure.querySelector('ul.legend'))` → `[{ label: 'France', mark: '<svg …><line …/></svg>' }, …]`
 */
export function legendOfPage(list: Element | null | undefined): PictureLegendEntry[] {
	if (!list) return [];
	const serializer = new XMLSerializer();
	return [...list.querySelectorAll(':scope > li:not([data-flag])')].flatMap((item) => {
		const swatch = item.querySelector('svg');
		const words = item.querySelector(':scope > span');
		if (!swatch || !words) return [];
		// The words the page shows, not those only a screen reader hears (`spoken`).
		const shown = words.cloneNode(true) as Element;
		for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
		const label = (shown.textContent ?? '').replace(/\s+/g, ' ').trim();
		return label ? [{ label, mark: serializer.serializeToString(swatch) }] : [];
	});
}

/**
 * What a chart writes under itself that its picture must say too (`data-picture-note`: the
 * ranking's countries without a value), as the page shows it.
 * `notesOfPage(figure)` → `['Pas de valeur publiée : Belgique (c : confidentiel)']`
 */
export function notesOfPage(figure: Element | null | undefined): string[] {
	if (!figure) return [];
	return [...figure.querySelectorAll('[data-picture-note]')]
		.map((note) => (note.textContent ?? '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/**
 * Entries of the given widths in aligned columns across `inside`, filled row by row: the most
 * columns (each as wide as its widest entry) that fit, at least one; where each entry starts, and
 * how many rows they take.
 * `gridCells([100, 60, 80], 260, 16)` → `{ columns: 2, rows: 2, at: [{ x: 0, row: 0 }, { x: 116, row: 0 }, { x: 0, row: 1 }] }`
 */
export function gridCells(
	widths: readonly number[],
	inside: number,
	gap: number
): { columns: number; rows: number; at: { x: number; row: number }[] } {
	for (let columns = Math.max(1, widths.length); columns >= 1; columns--) {
		const colWidth = Array.from({ length: columns }, (_, c) =>
			Math.max(0, ...widths.filter((_, i) => i % columns === c))
		);
		const total = colWidth.reduce((a, b) => a + b, 0) + gap * (columns - 1);
		if (columns > 1 && total > inside) continue;
		const starts = colWidth.map((_, c) =>
			Math.round(colWidth.slice(0, c).reduce((a, b) => a + b + gap, 0))
		);
		return {
			columns,
			rows: Math.ceil(widths.length / columns),
			at: widths.map((_, i) => ({ x: starts[i % columns]!, row: Math.floor(i / columns) }))
		};
	}
	return { columns: 1, rows: 0, at: [] };
}

/** One `<text>` line of the header or footer. */
function textLine(x: number, y: number, text: string, size: number, extra = ''): string {
	return `<text x="${x}" y="${y}" font-size="${size}" fill="${MUTED}"${extra}>${escapeXml(text)}</text>`;
}

/**
 * A self-contained SVG picture of a chart with its title, subtitle, source line, date of data, flag
 * legend and the site's name.
 * `standaloneSvg('<svg viewBox="0 0 720 360">…</svg>', { title: 'France et UE', source: 'Source : Eurostat', dataDate: 'version 2025', siteName: 'Observatoire PME numérique', locale: 'fr' })`
 * → `'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="…">…</svg>'`
 */
export function standaloneSvg(chart: string | SVGSVGElement, options: StandaloneOptions): string {
	const markup = typeof chart === 'string' ? chart : new XMLSerializer().serializeToString(chart);
	const { viewBox, inner } = parseChart(markup);
	const width = Math.round(options.width ?? viewBox[2]);
	const inside = width - 2 * PAD;
	// Lines as wide as the charts' own labels measure them (a bold title's capitals are wide: at
	// 0.55 em a character, a map's title ran past the picture's edge).
	const perLine =
		(size: number, bold = false) =>
		(line: string) =>
			textWidth(line, size, bold) <= inside;
	const parts: string[] = [];
	let y = PAD;

	const titleSize = 20;
	for (const line of wrapText(options.title, perLine(titleSize, true))) {
		y += Math.round(titleSize * 1.25);
		parts.push(
			`<text x="${PAD}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`
		);
	}
	if (options.subtitle) {
		for (const line of wrapText(options.subtitle, perLine(14))) {
			y += 19;
			parts.push(textLine(PAD, y, line, 14));
		}
	}
	// A paragraph over the chart, wrapped by measured width, each line tagged with its part.
	const paragraph = (text: string, size: number, step: number, part: string) => {
		for (const line of wrapText(text, perLine(size))) {
			y += step;
			parts.push(
				`<text x="${PAD}" y="${y}" font-size="${size}" fill="${INK}" data-part="${part}">${escapeXml(line)}</text>`
			);
		}
	};
	if (options.sentence) {
		y += 6;
		paragraph(options.sentence, 15, 20, 'sentence');
	}
	if (options.caption) {
		y += 4;
		paragraph(options.caption, 14, 19, 'caption');
	}
	y += 12;

	const chartHeight = Math.round((inside * viewBox[3]) / viewBox[2]);
	parts.push(
		`<svg x="${PAD}" y="${y}" width="${inside}" height="${chartHeight}" viewBox="${viewBox.join(' ')}" overflow="visible">${inner}</svg>`
	);
	y += chartHeight;
	if (options.legend?.length) {
		y += 10;
		const swatches = options.legend.map(legendSwatch);
		const cells = gridCells(
			options.legend.map((e, i) => swatches[i]!.width + 6 + textWidth(e.label, 12)),
			inside,
			16
		);
		options.legend.forEach((e, i) => {
			const { x, row } = cells.at[i]!;
			const base = y + row * LEGEND_ROW + 13;
			const swatch = swatches[i]!;
			parts.push(
				`<g data-part="legend">${swatch.at(PAD + x, base)}` +
					`<text x="${PAD + x + swatch.width + 6}" y="${base}" font-size="12" fill="${INK}">${escapeXml(e.label)}</text></g>`
			);
		});
		y += cells.rows * LEGEND_ROW;
	}
	if (options.key?.length) {
		y += 8;
		// The names start in one column after the widest abbreviation, so that they read as a list.
		const abbrWidth = Math.max(...options.key.map((k) => textWidth(k.abbr, 12, true))) + 6;
		const cells = gridCells(
			options.key.map((k) => abbrWidth + textWidth(k.name, 12)),
			inside,
			16
		);
		options.key.forEach((k, i) => {
			const { x, row } = cells.at[i]!;
			const base = y + row * LEGEND_ROW + 13;
			parts.push(
				`<g data-part="key"><text x="${PAD + x}" y="${base}" font-size="12" font-weight="700" fill="${INK}">${escapeXml(k.abbr)}</text>` +
					`<text x="${Math.round((PAD + x + abbrWidth) * 10) / 10}" y="${base}" font-size="12" fill="${MUTED}">${escapeXml(k.name)}</text></g>`
			);
		});
		y += cells.rows * LEGEND_ROW;
	}
	y += 16;
	parts.push(
		`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="#d9dde5" stroke-width="1"/>`
	);
	y += 4;

	const colon = colonIn(options.locale);
	const footer: { text: string; testid: string }[] = [
		...(options.notes ?? []).map((text) => ({ text, testid: 'note' })),
		{ text: options.source, testid: 'source' },
		{ text: options.dataDate, testid: 'data-date' },
		...(options.flagLegend ?? []).map((f) => ({
			text: `${f.flag}${colon} ${f.meaning}`,
			testid: 'flag'
		}))
	];
	for (const { text, testid } of footer) {
		for (const line of wrapText(text, perLine(12))) {
			y += 17;
			parts.push(textLine(PAD, y, line, 12, ` data-part="${testid}"`));
		}
	}
	y += 20;
	parts.push(
		`<text x="${width - PAD}" y="${y}" font-size="12" font-weight="700" text-anchor="end" fill="${INK}" data-part="site">${escapeXml(options.siteName)}</text>`
	);
	const height = Math.round(y + PAD);

	return (
		`<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" lang="${options.locale}">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		parts.join('') +
		`</svg>`
	);
}
