import { describe, expect, it } from 'vitest';
import { changeRows, gapSeries, type GapFigure } from './series';
import { describeGaps, gapDomain, placeGaps } from './layout';

const p = (period: string, value: number | null, flags = ''): GapFigure => ({
	period,
	value,
	flags,
	confStatus: null
});

describe('gapSeries', () => {
	const cases: { name: string; focus: GapFigure[]; ref: GapFigure[]; expected: string[] }[] = [
		{
			name: 'focus minus reference, rounded to the published precision',
			focus: [p('2023', 13.43), p('2022', 13.25, 'b')],
			ref: [p('2022', 19.75), p('2023', 19.74)],
			expected: ['2022 -6.5 b', '2023 -6.31 ']
		},
		{
			name: 'a missing figure on either side is a gap that keeps its flags',
			focus: [p('2023', 13.43), p('2024', null, 'u')],
			ref: [p('2023', null, 'e'), p('2024', 20.75)],
			expected: ['2023 : e', '2024 : u']
		},
		{
			name: 'a period only one side has is a gap too',
			focus: [p('2013', 11.45)],
			ref: [p('2014', 14.52)],
			expected: ['2013 : ', '2014 : ']
		},
		{
			name: 'flags of both sides are merged, each once',
			focus: [p('2021', 12, 'be')],
			ref: [p('2021', 11, 'e')],
			expected: ['2021 1 be']
		},
		{ name: 'nothing', focus: [], ref: [], expected: [] }
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(
				gapSeries(c.focus, c.ref).map((g) => `${g.period} ${g.gap ?? ':'} ${g.flags}`)
			).toEqual(c.expected);
		});
	}
});

describe('changeRows', () => {
	const figures = [p('2015', 16.5), p('2023', 13.43), p('2024', null, 'u'), p('2016', 0)];
	const cases: { from: string; to: string; abs: number | null; rel: number | null }[] = [
		{ from: '2015', to: '2023', abs: -3.07, rel: -18.6 },
		{ from: '2023', to: '2015', abs: 3.07, rel: 22.9 },
		{ from: '2015', to: '2024', abs: null, rel: null },
		{ from: '2016', to: '2023', abs: 13.43, rel: null },
		{ from: '2010', to: '2023', abs: null, rel: null }
	];
	it('marks a change across a break of the series b, not one that starts on it', () => {
		const broken = [p('2021', 11.79), p('2022', 12.57, 'b'), p('2023', 13.43)];
		const row = (from: string, to: string) =>
			changeRows([{ geo: 'FR', label: 'France', figures: broken }], from, to)[0]!;
		expect(row('2021', '2023').flags).toBe('b');
		expect(row('2021', '2022').flags).toBe('b');
		expect(row('2022', '2023').flags).toBe('');
	});

	it('rounds the relative change once, to the tenth the table shows', () => {
		// Greece, 2010 → 2025: 8.25 → 23.31 is +182.545…%: 182.5 (not 182.6 after 182.55).
		const [row] = changeRows(
			[{ geo: 'EL', label: 'Grèce', figures: [p('2010', 8.25), p('2025', 23.31)] }],
			'2010',
			'2025'
		);
		expect(row!.relative).toBe(182.5);
	});
	for (const c of cases) {
		it(`${c.from} → ${c.to}: ${c.abs} pts, ${c.rel} %`, () => {
			const [row] = changeRows([{ geo: 'FR', label: 'France', figures }], c.from, c.to);
			expect(row).toMatchObject({ geo: 'FR', absolute: c.abs });
			if (c.rel === null) expect(row!.relative).toBeNull();
			else expect(row!.relative).toBe(c.rel);
		});
	}
});

describe('gapDomain', () => {
	const cases: { values: (number | null)[]; expected: [number, number] }[] = [
		{ values: [-6.3, -1.2], expected: [-7, 0] },
		{ values: [2, -3, null], expected: [-3, 2] },
		{ values: [0.4, 0.1], expected: [0, 0.4] },
		{ values: [], expected: [-1, 1] },
		{ values: [null], expected: [-1, 1] }
	];
	for (const c of cases) {
		it(`[${c.values}] → [${c.expected}], zero always inside`, () => {
			const d = gapDomain(c.values);
			expect(d).toEqual(c.expected);
			expect(d[0] <= 0 && d[1] >= 0).toBe(true);
		});
	}
});

describe('placeGaps', () => {
	const points = gapSeries(
		[p('2022', 10), p('2023', 14), p('2024', null, 'u')],
		[p('2022', 12), p('2023', 12), p('2024', 13)]
	);
	const place = (locale: 'fr' | 'en', referenceLabel: string) =>
		placeGaps(points, {
			width: 400,
			height: 240,
			margin: { top: 20, right: 20, bottom: 20, left: 60 },
			locale,
			focusLabel: 'France',
			referenceLabel
		});
	const layout = place('fr', 'moyenne UE');

	it('draws below-average columns down from zero and above-average ones up', () => {
		const [below, above, missing] = layout.columns;
		expect(layout.domain).toEqual([-2, 2]);
		expect(layout.zero).toBe(120);
		expect(below).toMatchObject({ y: 120, height: 100 });
		expect(above).toMatchObject({ y: 20, height: 100 });
		expect(missing).toMatchObject({ gap: null, y: 120, height: 0 });
	});

	it("names each column with both figures, and its flags in the page's language", () => {
		expect(layout.columns[0]!.ariaLabel).toBe(
			'2022\u00a0: \u22122,00\u00a0pts (France 10,00\u202f%, moyenne UE 12,00\u202f%)'
		);
		expect(layout.columns[2]!.ariaLabel).toBe(
			'2024\u00a0: écart non calculable (France —, moyenne UE 13,00\u202f%), indicateur de statut u\u00a0: fiabilité faible'
		);
		const en = place('en', 'EU average');
		expect(en.columns[2]!.ariaLabel).toBe(
			'2024: gap not available (France —, EU average 13.00%), flag u: low reliability'
		);
	});

	it('describes the gaps in words', () => {
		expect(describeGaps(points, 'en', 'France', 'the EU average')).toBe(
			'Gap between France and the EU average: \u22122.00\u00a0pp in 2022, +2.00\u00a0pp in 2023; not available for 2024.'
		);
	});
});
