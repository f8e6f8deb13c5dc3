import { describe, expect, it } from 'vitest';
import { overlaps, textBox, type Box } from '../core/labels';
import { placeRanking, referenceSegments } from './layout';
import { rankFigures } from './series';

// 2025 as published in tin00111's successor: France 15.20 a few units below the EU27 19.59,
// Estonia 19.13 just below it, so the average line would run through their value labels.
const figures = [
	['DK', 'Danemark', 37.9],
	['DE', 'Allemagne', 19.9],
	['EE', 'Estonie', 19.13],
	['HU', 'Hongrie', 17.31],
	['FR', 'France', 15.2],
	['LU', 'Luxembourg', 9.95]
] as const;
const ranking = rankFigures(
	'2025',
	figures.map(([geo, label, value]) => ({ geo, label, value, flags: '', confStatus: null })),
	figures.map(([geo]) => geo)
);

const at = (width: number, locale: 'fr' | 'en', label: string) =>
	placeRanking(ranking, {
		width,
		band: 22,
		margin: { top: 34, right: 62, bottom: 30, left: 100 },
		locale,
		focus: 'FR',
		reference: { label, value: 19.59 }
	});

describe('placeRanking keeps its labels clear', () => {
	for (const [width, locale, label] of [
		[720, 'fr', 'Moyenne UE à 27'],
		[720, 'en', 'EU-27 average'],
		[360, 'fr', 'Moyenne UE à 27'],
		[360, 'en', 'EU-27 average']
	] as const) {
		it(`${width} units, ${locale}: the average line stops at every value label it meets`, () => {
			const layout = at(width, locale, label);
			const r = layout.reference!;
			const crossed = layout.bars.filter((b) => b.labelBox.x0 < r.x && r.x < b.labelBox.x1);
			// The case the line used to strike: value labels (France's at 390 px) across 19.59.
			expect(crossed.length).toBeGreaterThan(0);
			for (const b of layout.bars) {
				for (const s of r.segments) {
					const line: Box = { x0: r.x - 1, y0: s.y1, x1: r.x + 1, y1: s.y2 };
					expect(overlaps(line, b.labelBox), `${b.geo} ${s.y1}–${s.y2}`).toBe(false);
				}
			}
			// The line still runs from the top of the plot to its bottom, outside the cuts.
			expect(r.segments[0]!.y1).toBe(layout.frame.top - 6);
			expect(r.segments.at(-1)!.y2).toBe(layout.frame.bottom);
		});

		it(`${width} units, ${locale}: names and the average label stay inside the chart`, () => {
			const layout = at(width, locale, label);
			const r = layout.reference!;
			const refBox = textBox(r.text, {
				x: r.x,
				y: layout.frame.top - 12,
				size: 13,
				bold: true,
				anchor: r.anchor
			});
			expect(refBox.x0).toBeGreaterThanOrEqual(0);
			expect(refBox.x1).toBeLessThanOrEqual(width);
			for (const b of layout.bars) {
				const name = textBox(`${b.rank}. ${b.label}`, {
					x: layout.frame.left - 8,
					y: b.cy,
					size: 13,
					bold: b.geo === 'FR',
					anchor: 'end',
					baseline: 'middle'
				});
				expect(name.x0, b.label).toBeGreaterThanOrEqual(0);
				expect(b.labelBox.x1, b.label).toBeLessThanOrEqual(width);
			}
		});
	}
});

describe('referenceSegments', () => {
	it('cuts a line around the labels it crosses and leaves the others alone', () => {
		expect(
			referenceSegments(100, 0, 50, [
				{ x0: 90, y0: 10, x1: 120, y1: 20 },
				{ x0: 130, y0: 25, x1: 150, y1: 35 }
			])
		).toEqual([
			{ y1: 0, y2: 8 },
			{ y1: 22, y2: 50 }
		]);
	});

	it('merges cuts that touch and keeps the line whole when nothing is in the way', () => {
		const touching = [
			{ x0: 90, y0: 10, x1: 120, y1: 20 },
			{ x0: 95, y0: 21, x1: 110, y1: 30 }
		];
		expect(referenceSegments(100, 0, 50, touching)).toEqual([
			{ y1: 0, y2: 8 },
			{ y1: 32, y2: 50 }
		]);
		expect(referenceSegments(100, 0, 50, [])).toEqual([{ y1: 0, y2: 50 }]);
	});

	it('leaves out a crumb of line between the labels of two neighbouring bars', () => {
		// 22-unit bands, 14-unit labels: 4 units between two labels, less than a dash.
		const stacked = [
			{ x0: 90, y0: 4, x1: 120, y1: 18 },
			{ x0: 90, y0: 26, x1: 120, y1: 40 }
		];
		expect(referenceSegments(100, 0, 60, stacked)).toEqual([
			{ y1: 0, y2: 2 },
			{ y1: 42, y2: 60 }
		]);
	});
});
