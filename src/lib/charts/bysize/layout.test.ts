import { describe, expect, it } from 'vitest';
import { columnsFor, layoutBySize, panelHeader, textWidth } from './layout';
import { toPanels } from './series';
import { BY_SIZE_CLASSES } from './series';
import { SAMPLE_ROWS as ROWS } from './sample';

const panels = toPanels(ROWS, BY_SIZE_CLASSES, 'FR', 'EU27_2020');

describe('layoutBySize', () => {
	it.each([
		[840, 3],
		[600, 2],
		[358, 1]
	])('puts %i units wide in %i columns', (width, columns) => {
		expect(columnsFor(width)).toBe(columns);
		const l = layoutBySize(panels, { width, locale: 'fr' });
		expect(l.columns).toBe(columns);
		// Every panel inside the width, none overlapping another.
		for (const p of l.panels) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x + p.frame.width).toBeLessThanOrEqual(width + 0.01);
			expect(p.y + p.frame.height).toBeLessThanOrEqual(l.height + 0.01);
		}
		for (const a of l.panels)
			for (const b of l.panels) {
				if (a === b) continue;
				const apart =
					a.x + a.frame.width <= b.x ||
					b.x + b.frame.width <= a.x ||
					a.y + a.frame.height <= b.y ||
					b.y + b.frame.height <= a.y;
				expect(apart, `${a.sizeClass} and ${b.sizeClass}`).toBe(true);
			}
	});

	it('uses one y domain from 0 for every panel and breaks lines at gaps', () => {
		const l = layoutBySize(panels, { width: 840, locale: 'fr' });
		expect(l.domain).toEqual([0, 50]);
		const small = l.panels[0]!;
		expect(small.focus.paths).toHaveLength(2);
		expect(small.focus.missing.map((m) => m.period)).toEqual(['2024']);
		// The missing mark sits on the axis, not at a made-up height.
		expect(small.focus.missing[0]!.y).toBeGreaterThan(small.frame.bottom - 12);
		expect(small.focus.points.find((p) => p.period === '2023')?.marker).toBe('break');
		expect(l.panels.map((p) => p.yTicks[0]!.label)).toEqual(Array(5).fill('0\u202f%'));
	});

	it('writes headers that fit their panel at every width, in both languages', () => {
		for (const locale of ['fr', 'en'] as const)
			for (const width of [840, 600, 358]) {
				const l = layoutBySize(panels, { width, locale });
				for (const p of l.panels) {
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
