import type { Page } from '@playwright/test';

/** One label problem found in a rendered chart, named so that a failing test reads as a bug report. */
export interface Collision {
	chart: string;
	kind: 'text-over-text' | 'clipped' | 'line-across-text';
	text: string;
	other: string;
}

/**
 * Measures every chart (`svg` inside a `figure`) of the page as drawn: the boxes of its visible
 * text (getBoundingClientRect), the lines and paths drawn after or before it, and the chart's and
 * the window's edges. A label may sit on a line only if it has a halo (a stroke painted under the
 * fill) and is drawn after the line; a leader line (class `leader`) may touch its own label.
 * @example expect(await findCollisions(page)).toEqual([]);
 */
export async function findCollisions(page: Page): Promise<Collision[]> {
	// A TypeScript runner that keeps function names (tsx, esbuild) wraps them in `__name(...)`,
	// which does not exist in the page.
	await page.evaluate('window.__name ??= (f) => f');
	return page.evaluate(() => {
		type Box = { left: number; right: number; top: number; bottom: number };
		const found: {
			chart: string;
			kind: 'text-over-text' | 'clipped' | 'line-across-text';
			text: string;
			other: string;
		}[] = [];
		const SLACK = 1;
		const overlap = (a: Box, b: Box) =>
			Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
			Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;
		const visible = (el: Element) => {
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden') return false;
			for (let at: Element | null = el; at && at.tagName !== 'svg'; at = at.parentElement) {
				if (Number(getComputedStyle(at).opacity) === 0) return false;
			}
			return true;
		};
		// Segment–box intersection (Liang–Barsky), the box shrunk by the slack so touching is fine.
		const crosses = (x1: number, y1: number, x2: number, y2: number, b: Box) => {
			const l = b.left + SLACK,
				r = b.right - SLACK,
				t = b.top + SLACK,
				btm = b.bottom - SLACK;
			if (l >= r || t >= btm) return false;
			let u0 = 0,
				u1 = 1;
			const dx = x2 - x1,
				dy = y2 - y1;
			for (const [p, q] of [
				[-dx, x1 - l],
				[dx, r - x1],
				[-dy, y1 - t],
				[dy, btm - y1]
			] as const) {
				if (p === 0) {
					if (q < 0) return false;
				} else {
					const u = q / p;
					if (p < 0) u0 = Math.max(u0, u);
					else u1 = Math.min(u1, u);
					if (u0 > u1) return false;
				}
			}
			return true;
		};
		const svgs = [...document.querySelectorAll('figure svg')].filter(
			(s) => visible(s) && s.getBoundingClientRect().width > 0
		) as SVGSVGElement[];
		for (const svg of svgs) {
			const name =
				svg.querySelector(':scope > title')?.textContent?.trim() ||
				svg.getAttribute('aria-label') ||
				svg.closest('figure')?.className ||
				'chart';
			const frame = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')].filter(
				(t) => visible(t) && (t.textContent ?? '').trim() !== ''
			) as SVGTextElement[];
			const boxes = texts.map((t) => t.getBoundingClientRect());
			const label = (t: Element) => (t.textContent ?? '').trim().replace(/\s+/g, ' ');
			texts.forEach((t, i) => {
				const b = boxes[i]!;
				if (
					b.left < frame.left - SLACK ||
					b.right > frame.right + SLACK ||
					b.top < frame.top - SLACK ||
					b.bottom > frame.bottom + SLACK ||
					b.left < -SLACK ||
					b.right > window.innerWidth + SLACK
				) {
					found.push({ chart: name, kind: 'clipped', text: label(t), other: 'edge' });
				}
				for (let j = i + 1; j < texts.length; j++) {
					if (overlap(b, boxes[j]!))
						found.push({
							chart: name,
							kind: 'text-over-text',
							text: label(t),
							other: label(texts[j]!)
						});
				}
			});
			// Lines and stroked paths: data lines, reference lines, grid lines, axes.
			const strokes = [...svg.querySelectorAll('line, path, polyline')].filter((el) => {
				if (!visible(el) || el.closest('defs, clipPath, mask')) return false;
				const style = getComputedStyle(el);
				return (
					style.stroke !== 'none' &&
					Number(style.strokeWidth.replace('px', '')) > 0 &&
					Number(style.strokeOpacity) > 0
				);
			}) as SVGGeometryElement[];
			for (const stroke of strokes) {
				const m = stroke.getScreenCTM();
				if (!m) continue;
				const pts: [number, number][] = [];
				if (stroke.tagName === 'line') {
					const l = stroke as SVGLineElement;
					pts.push(
						[l.x1.baseVal.value, l.y1.baseVal.value],
						[l.x2.baseVal.value, l.y2.baseVal.value]
					);
				} else {
					const length = stroke.getTotalLength();
					const steps = Math.max(2, Math.ceil(length / 2));
					for (let s = 0; s <= steps; s++) {
						const p = stroke.getPointAtLength((length * s) / steps);
						pts.push([p.x, p.y]);
					}
				}
				const screen = pts.map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
				texts.forEach((t, i) => {
					const style = getComputedStyle(t);
					const haloed =
						style.stroke !== 'none' &&
						style.paintOrder.startsWith('stroke') &&
						Number(style.strokeWidth.replace('px', '')) >= 2;
					const after = stroke.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
					if (haloed && after) return;
					for (let k = 1; k < screen.length; k++) {
						const [x1, y1] = screen[k - 1]!;
						const [x2, y2] = screen[k]!;
						if (crosses(x1!, y1!, x2!, y2!, boxes[i]!)) {
							found.push({
								chart: name,
								kind: 'line-across-text',
								text: label(t),
								other: `${stroke.tagName}${stroke.getAttribute('class') ? '.' + stroke.getAttribute('class') : ''}`
							});
							break;
						}
					}
				});
			}
		}
		return found;
	});
}
