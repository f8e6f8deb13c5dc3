/**
 * Where a label may go: pure geometry for placing text so that it never sits on another text, on
 * a data or reference line, or past the chart's edge. Widths are estimated from DejaVu Sans, the
 * widest of the sans-serif faces a reader's browser falls back to, so an estimate errs on the
 * side of more room. Tested as plain functions; the e2e test `labels.e2e.ts` measures the result
 * in a real browser.
 */

/** A box in viewBox units: left, top, right, bottom. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Point {
	x: number;
	y: number;
}

/** How a text is anchored, as in SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/**
 * Baseline convention: `alphabetic` is SVG's default (y on the baseline); `middle` is the charts'
 * `dy="0.32em"` idiom (y at the middle of the text).
 */
export type Baseline = 'alphabetic' | 'middle';

// Advance widths in em of DejaVu Sans (Book), rounded up; bold is about 12 % wider.
const NARROW = new Set([..."iIjl.,:;|!'’`()[]{} \u00a0\u202ff-rt"]);
const WIDE = new Set([...'mwMW%@—…']);
function charWidth(c: string): number {
	if (NARROW.has(c)) return c === ' ' || c === '\u00a0' || c === '\u202f' ? 0.32 : 0.36;
	if (WIDE.has(c)) return 0.95;
	if (/[0-9]/.test(c)) return 0.64;
	if (/[A-Z]/.test(c) || /[À-Þ]/.test(c)) return 0.72;
	return 0.64;
}

/**
 * Estimated width of `text` at `size` px. `textWidth('France', 13)` → about 46;
 * `textWidth('France', 13, true)` is about 14 % more.
 */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const c of text) em += charWidth(c);
	return em * size * (bold ? 1.14 : 1);
}

/**
 * The box a one-line text covers, from its position, anchor and baseline (ascent 0.93 em,
 * descent 0.24 em, as in DejaVu Sans). `textBox('b', { x: 10, y: 20, size: 12 })` →
 * `{ x0: 10, y0: 8.84, x1: 17.2, y1: 22.88 }`.
 */
export function textBox(
	text: string,
	at: { x: number; y: number; size: number; bold?: boolean; anchor?: Anchor; baseline?: Baseline }
): Box {
	const w = textWidth(text, at.size, at.bold);
	const anchor = at.anchor ?? 'start';
	const x0 = anchor === 'start' ? at.x : anchor === 'end' ? at.x - w : at.x - w / 2;
	const base = (at.baseline ?? 'alphabetic') === 'middle' ? at.y + 0.32 * at.size : at.y;
	return { x0, y0: base - 0.93 * at.size, x1: x0 + w, y1: base + 0.24 * at.size };
}

/** `b` grown by `pad` on every side. `grow({ x0: 0, y0: 0, x1: 1, y1: 1 }, 1)` → `{ x0: -1, y0: -1, x1: 2, y1: 2 }`. */
export function grow(b: Box, pad: number): Box {
	return { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

/** True when two boxes share more than an edge. `overlaps(a, a)` → `true`. */
export function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when `inner` lies within `outer`. `inside({ x0: 1, y0: 1, x1: 2, y1: 2 }, { x0: 0, y0: 0, x1: 3, y1: 3 })` → `true`. */
export function inside(inner: Box, outer: Box): boolean {
	return (
		inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1
	);
}

/**
 * True when the segment p→q passes through the box (Liang–Barsky clipping); touching an edge
 * does not count. `crosses({ x: 0, y: 5 }, { x: 10, y: 5 }, { x0: 2, y0: 0, x1: 4, y1: 10 })` → `true`.
 */
export function crosses(p: Point, q: Point, b: Box): boolean {
	let u0 = 0;
	let u1 = 1;
	const dx = q.x - p.x;
	const dy = q.y - p.y;
	const edges: [number, number][] = [
		[-dx, p.x - b.x0],
		[dx, b.x1 - p.x],
		[-dy, p.y - b.y0],
		[dy, b.y1 - p.y]
	];
	for (const [pp, qq] of edges) {
		if (pp === 0) {
			if (qq <= 0) return false;
		} else {
			const u = qq / pp;
			if (pp < 0) u0 = Math.max(u0, u);
			else u1 = Math.min(u1, u);
			if (u0 >= u1) return false;
		}
	}
	return true;
}

/** True when any segment of the polyline passes through the box. */
export function polylineCrosses(points: readonly Point[], b: Box): boolean {
	for (let i = 1; i < points.length; i++) if (crosses(points[i - 1]!, points[i]!, b)) return true;
	return false;
}

/**
 * The points of an SVG path made of `M` and `L` commands only (what `d3.line` writes with a
 * linear curve). `pathPoints('M1,2L3,4')` → `[{ x: 1, y: 2 }, { x: 3, y: 4 }]`.
 */
export function pathPoints(d: string): Point[] {
	const out: Point[] = [];
	for (const m of d.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)) {
		out.push({ x: Number(m[1]), y: Number(m[2]) });
	}
	return out;
}

/** What a label must keep clear of: other texts and marks (boxes), and lines (polylines). */
export interface Obstacles {
	boxes: readonly Box[];
	lines: readonly (readonly Point[])[];
}

/** True when `b` touches none of the obstacles. */
export function isClear(b: Box, obstacles: Obstacles): boolean {
	return (
		!obstacles.boxes.some((o) => overlaps(b, o)) &&
		!obstacles.lines.some((l) => polylineCrosses(l, b))
	);
}

/** How far apart the baselines of a label's lines are, in em (SVG `tspan`s with this `dy`). */
export const LINE_HEIGHT = 1.2;

/**
 * The box a text of one or more lines covers: each line's box (`textBox`), the first line's
 * baseline at `y`, the next ones `LINE_HEIGHT` em lower.
 * `textBlock(['Valeur cible', '17 %'], { x: 0, y: 20, size: 10 })` → `{ x0: 0, y0: 10.7, x1: 63.2, y1: 34.4 }`.
 */
export function textBlock(
	lines: readonly string[],
	at: { x: number; y: number; size: number; bold?: boolean; anchor?: Anchor; baseline?: Baseline }
): Box {
	const boxes = lines.map((line, i) =>
		textBox(line, { ...at, y: at.y + i * LINE_HEIGHT * at.size })
	);
	return {
		x0: Math.min(...boxes.map((b) => b.x0)),
		y0: Math.min(...boxes.map((b) => b.y0)),
		x1: Math.max(...boxes.map((b) => b.x1)),
		y1: Math.max(...boxes.map((b) => b.y1))
	};
}

/**
 * The first candidate position whose box is inside `bounds` and clear of the obstacles, with its
 * box; `null` when none is (the caller then keeps its default and gives the text a halo). A text
 * given as lines is placed as one block (`textBlock`).
 * `placeLabel('Valeur cible', [{ x: 100, y: 40, anchor: 'middle' }], { size: 13 }, obstacles, bounds)`
 * → `{ x: 100, y: 40, anchor: 'middle', box: {...} }`.
 */
export function placeLabel<C extends { x: number; y: number; anchor?: Anchor }>(
	text: string | readonly string[],
	candidates: readonly C[],
	font: { size: number; bold?: boolean; baseline?: Baseline },
	obstacles: Obstacles,
	bounds: Box,
	pad = 2
): (C & { box: Box }) | null {
	const lines = typeof text === 'string' ? [text] : text;
	for (const c of candidates) {
		const box = textBlock(lines, { ...font, x: c.x, y: c.y, anchor: c.anchor });
		if (inside(box, bounds) && isClear(grow(box, pad), obstacles)) return { ...c, box };
	}
	return null;
}

/**
 * Moves a text horizontally, as little as possible, so its box fits in `[min, max]`; returns the
 * new x. `clampX('−4,39 pts', 380, { size: 13, anchor: 'middle' }, 0, 390)` → about 355.
 */
export function clampX(
	text: string,
	x: number,
	font: { size: number; bold?: boolean; anchor?: Anchor },
	min: number,
	max: number
): number {
	const b = textBox(text, { ...font, x, y: 0 });
	let shift = b.x1 > max ? max - b.x1 : 0;
	if (b.x0 + shift < min) shift = min - b.x0;
	return x + shift;
}

/**
 * `text` cut with an ellipsis so that it fits in `maxWidth` at `size` (the full words stay in
 * the accessible name and the table). `fitText('Commerce de détail', 60, 14)` → `'Commerce…'`.
 */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
	if (textWidth(text, size, bold) <= maxWidth) return text;
	const chars = [...text];
	let n = chars.length - 1;
	while (n > 0 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, size, bold) > maxWidth) n--;
	return `${chars.slice(0, n).join('').trimEnd()}…`;
}
