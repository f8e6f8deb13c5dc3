/**
 * A chart's SVG turned into a picture that stands alone: the chart under a header (title,
 * subtitle) and above a footer (source, date of data, flag legend, site name), so that a journalist
 * who publishes the image publishes its source with it.
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

export interface StandaloneOptions {
	title: string;
	subtitle?: string;
	/** The chart's plain sentence (charts/core/sentence.ts), printed above the chart. */
	sentence?: string;
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
	if (options.sentence) {
		y += 6;
		for (const line of wrapText(options.sentence, perLine(15))) {
			y += 20;
			parts.push(
				`<text x="${PAD}" y="${y}" font-size="15" fill="${INK}" data-part="sentence">${escapeXml(line)}</text>`
			);
		}
	}
	y += 12;

	const chartHeight = Math.round((inside * viewBox[3]) / viewBox[2]);
	parts.push(
		`<svg x="${PAD}" y="${y}" width="${inside}" height="${chartHeight}" viewBox="${viewBox.join(' ')}" overflow="visible">${inner}</svg>`
	);
	y += chartHeight + 16;
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
