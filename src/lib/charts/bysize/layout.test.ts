import { describe, expect, it } from 'vitest';
import { BY_SIZE_PICTURE, PANEL_WIDTH, layoutBySize, panelHeader, textWidth } from './layout';
import { toPanels } from './series';
import { BY_SIZE_CLASSES } from './series';
import { SAMPLE_ROWS as ROWS } from './sample';

const panels = toPanels(ROWS, BY_SIZE_CLASSES, 'FR', 'EU27_2020');

describe('layoutBySize', () => {
	it('gives every panel the same box, and the picture three of them a row in 840 units', () => {
		const l = layoutBySize(panels, { locale: 'fr' });
		expect([l.width, l.height]).toEqual([PANEL_WIDTH, 225]);
		for (const p of l.panels) {
			expect(p.frame.width).toBe(l.width);
			expect(p.frame.height).toBe(l.height);
			// Every mark and tick inside its panel's box.
			for (const q of [...p.focus.points, ...p.reference.points, ...p.focus.missing]) {
				expect(q.x).toBeGreaterThanOrEqual(p.frame.left);
				expect(q.x).toBeLessThanOrEqual(p.frame.right);
				expect(q.y).toBeLessThanOrEqual(p.frame.bottom);
			}
		}
		const { columns, gap } = BY_SIZE_PICTURE;
		expect(columns * PANEL_WIDTH + (columns - 1) * gap.x).toBe(840);
	});

	it('uses one y domain from 0 for every panel and breaks lines at gaps', () => {
		const l = layoutBySize(panels, { locale: 'fr' });
		expect(l.domain).toEqual([0, 50]);
		const small = l.panels[0]!;
		expect(small.focus.paths).toHaveLength(2);
		expect(small.focus.missing.map((m) => m.period)).toEqual(['2024']);
		// The missing mark sits on the axis, not at a made-up height.
		expect(small.focus.missing[0]!.y).toBeGreaterThan(small.frame.bottom - 12);
		expect(small.focus.points.find((p) => p.period === '2023')?.marker).toBe('break');
		expect(l.panels.map((p) => p.yTicks[0]!.label)).toEqual(Array(5).fill('0\u202f%'));
	});

	it('writes headers that fit their panel, in both languages', () => {
		for (const locale of ['fr', 'en'] as const)
			for (const p of layoutBySize(panels, { locale }).panels) {
				// The longest header of a real panel, with a 2025 figure of each class.
				const head = panelHeader(
					{
						sizeClass: p.sizeClass,
						latest: { period: '2025', focus: 45.36, reference: 42.94, gap: -15.01 }
					},
					locale
				);
				expect(textWidth(head[0], 14, true), head[0]).toBeLessThanOrEqual(p.frame.width);
				expect(textWidth(head[1], 13), head[1]).toBeLessThanOrEqual(p.frame.width);
			}
	});

	it('says the year, both values and the gap in the header', () => {
		expect(panelHeader(panels[0]!, 'fr')).toEqual([
			'10 à 49 personnes · 2025',
			'France 13,27\u202f% · UE 18,28\u202f%',
			'Écart\u00a0: −5,01\u00a0pts'
		]);
		expect(panelHeader(panels[2]!, 'en')).toEqual([
			'250 persons or more · 2024',
			'France 45.00% · EU 42.10%',
			'Gap: +2.90\u00a0pp'
		]);
		expect(panelHeader(panels[1]!, 'en')).toEqual(['50–249 persons', 'no common year', '']);
	});
});
