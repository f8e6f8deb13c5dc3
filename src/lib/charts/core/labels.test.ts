import { describe, expect, it } from 'vitest';
import {
	clampX,
	crosses,
	fitText,
	inside,
	isClear,
	overlaps,
	pathPoints,
	placeLabel,
	textBlock,
	textBox,
	textWidth
} from './labels';

describe('text boxes', () => {
	it('grows with the text and with bold', () => {
		expect(textWidth('Moyenne UE à 27', 13)).toBeGreaterThan(textWidth('France', 13));
		expect(textWidth('France', 13, true)).toBeGreaterThan(textWidth('France', 13));
		// DejaVu Sans digits are 0.636 em: "19,59 %" at 12 px is about 45 px wide.
		expect(textWidth('19,59\u202f%', 12)).toBeGreaterThan(40);
		expect(textWidth('19,59\u202f%', 12)).toBeLessThan(55);
	});

	it('sits on its anchor and baseline', () => {
		const start = textBox('ab', { x: 100, y: 50, size: 10 });
		const end = textBox('ab', { x: 100, y: 50, size: 10, anchor: 'end' });
		const middle = textBox('ab', { x: 100, y: 50, size: 10, anchor: 'middle', baseline: 'middle' });
		expect(start.x0).toBe(100);
		expect(end.x1).toBe(100);
		expect((middle.x0 + middle.x1) / 2).toBeCloseTo(100);
		expect(start.y1).toBeGreaterThan(50);
		expect(start.y0).toBeLessThan(50 - 8);
		expect(middle.y0).toBeGreaterThan(start.y0);
	});
});

describe('geometry', () => {
	const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
	it.each([
		['through', { x: 0, y: 15 }, { x: 30, y: 15 }, true],
		['diagonal', { x: 0, y: 0 }, { x: 30, y: 30 }, true],
		['above', { x: 0, y: 5 }, { x: 30, y: 5 }, false],
		['ending before', { x: 0, y: 15 }, { x: 9, y: 15 }, false],
		['along an edge', { x: 0, y: 10 }, { x: 30, y: 10 }, false]
	])('a segment %s', (_name, p, q, expected) => {
		expect(crosses(p, q, box)).toBe(expected);
	});

	it('tells overlapping, inside and clear boxes apart', () => {
		expect(overlaps(box, { x0: 19, y0: 19, x1: 25, y1: 25 })).toBe(true);
		expect(overlaps(box, { x0: 20, y0: 10, x1: 25, y1: 20 })).toBe(false);
		expect(inside(box, { x0: 0, y0: 0, x1: 20, y1: 20 })).toBe(true);
		expect(inside(box, { x0: 0, y0: 0, x1: 19, y1: 20 })).toBe(false);
		expect(
			isClear(box, {
				boxes: [],
				lines: [
					[
						{ x: 0, y: 0 },
						{ x: 30, y: 30 }
					]
				]
			})
		).toBe(false);
	});

	it('reads the points of a d3 line path', () => {
		expect(pathPoints('M10,100L200,80.5L295,-7')).toEqual([
			{ x: 10, y: 100 },
			{ x: 200, y: 80.5 },
			{ x: 295, y: -7 }
		]);
	});
});

describe('placing a label', () => {
	const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
	const line = [
		{ x: 0, y: 100 },
		{ x: 400, y: 100 }
	];
	it('skips candidates on a line or past the edge and takes the first clear one', () => {
		const placed = placeLabel(
			'Valeur cible 17,19 %',
			[
				{ x: 200, y: 105, anchor: 'middle' as const },
				{ x: 395, y: 60, anchor: 'start' as const },
				{ x: 200, y: 80, anchor: 'middle' as const }
			],
			{ size: 13, bold: true },
			{ boxes: [], lines: [line] },
			bounds
		);
		expect(placed).toMatchObject({ x: 200, y: 80 });
		expect(isClear(placed!.box, { boxes: [], lines: [line] })).toBe(true);
	});

	it('places a text of two lines as one block, the second line a line height lower', () => {
		const block = textBlock(['Valeur cible', '17 %'], { x: 0, y: 20, size: 10 });
		expect(block.x0).toBe(0);
		expect(block.x1).toBeCloseTo(textWidth('Valeur cible', 10));
		expect(block.y0).toBeCloseTo(textBox('Valeur cible', { x: 0, y: 20, size: 10 }).y0);
		expect(block.y1).toBeCloseTo(textBox('17 %', { x: 0, y: 32, size: 10 }).y1);
		// On one line it would cross the line at y = 100 from y = 95; on two, its second line does.
		const at = [{ x: 200, y: 92, anchor: 'middle' as const }];
		const obstacles = { boxes: [], lines: [line] };
		expect(placeLabel('Valeur cible', at, { size: 10 }, obstacles, bounds)).not.toBeNull();
		expect(placeLabel(['Valeur cible', '17 %'], at, { size: 10 }, obstacles, bounds)).toBeNull();
	});

	it('answers null when nothing fits', () => {
		expect(
			placeLabel('x', [{ x: 200, y: 104 }], { size: 13 }, { boxes: [], lines: [line] }, bounds)
		).toBeNull();
	});

	it('moves a text in from the edge and cuts a long one to its room', () => {
		const x = clampX('−4,39 pts', 380, { size: 13, anchor: 'middle' }, 0, 390);
		const b = textBox('−4,39 pts', { x, y: 0, size: 13, anchor: 'middle' });
		expect(b.x1).toBeCloseTo(390);
		expect(clampX('a', 100, { size: 13 }, 0, 390)).toBe(100);
		const cut = fitText('Activités de services administratifs et de soutien', 120, 14);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidth(cut, 14)).toBeLessThanOrEqual(120);
		expect(fitText('Commerce', 120, 14)).toBe('Commerce');
	});
});
