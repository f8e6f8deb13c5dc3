import { describe, expect, it } from 'vitest';
import { gapSeries, sizeGaps, toPanels } from './series';
import { SAMPLE_ROWS as ROWS } from './sample';

describe('toPanels', () => {
	const panels = toPanels(ROWS, ['10-49', 'GE250', '50-249'], 'FR', 'EU27_2020');

	it('keeps the order asked, sorts points and keeps a gap with its flag', () => {
		expect(panels.map((p) => p.sizeClass)).toEqual(['10-49', 'GE250', '50-249']);
		expect(panels[0]!.focus.map((p) => p.period)).toEqual(['2023', '2024', '2025']);
		expect(panels[0]!.focus[1]).toEqual({
			period: '2024',
			value: null,
			flags: 'u',
			confStatus: null
		});
		expect(panels[1]!.reference).toHaveLength(3);
		// Other geos are not drawn.
		expect(panels[1]!.focus.every((p) => p.value !== 50)).toBe(true);
	});

	it('takes the latest period where both have a value, never two years side by side', () => {
		expect(panels[0]!.latest).toEqual({
			period: '2025',
			focus: 13.27,
			reference: 18.28,
			gap: -5.01
		});
		// The EU's 2025 value is missing for 250+: the panel says 2024 for both.
		expect(panels[1]!.latest).toEqual({ period: '2024', focus: 45, reference: 42.1, gap: 2.9 });
		expect(panels[2]!.latest).toBeNull();
	});

	it('gives the sentence its figures and the table its gaps', () => {
		expect(sizeGaps(panels)).toEqual([
			{ sizeClass: '10-49', period: '2025', focus: 13.27, reference: 18.28 },
			{ sizeClass: 'GE250', period: '2024', focus: 45, reference: 42.1 }
		]);
		expect(gapSeries(panels[0]!)).toEqual([
			{ period: '2023', gap: -5.5 },
			{ period: '2025', gap: -5.01 }
		]);
	});
});
