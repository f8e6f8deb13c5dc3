import { describe, expect, it } from 'vitest';
import {
	MISSING_MARK_RADIUS,
	letterOf,
	markerOf,
	missingLabel,
	placeSeries,
	pointLabel,
	resolveLabelCollisions,
	tipOf,
	yDomain
} from './layout';
import { segments, toSeries, type TrendInput, type TrendPoint } from './series';

const pt = (period: string, value: number | null, flags = '', confStatus: string | null = null) =>
	({ period, value, flags, confStatus }) satisfies TrendPoint;

const input = (geo: string, points: TrendPoint[], emphasis: TrendInput['emphasis'] = 'focus') => ({
	geo,
	label: geo,
	emphasis,
	points
});

const MARGIN = { top: 20, right: 136, bottom: 40, left: 58 };
const place = (inputs: TrendInput[], include?: number[]) =>
	placeSeries(toSeries(inputs), { width: 720, height: 360, margin: MARGIN, locale: 'fr', include });

const known = (period: string, value: number, flags = '') => ({
	period,
	value,
	flags,
	confStatus: null
});

/** Words stand-in: the layout must not depend on the wording of domain/flags. */
const meaning = (flag: string) => `<${flag}>`;

describe('toSeries', () => {
	it('sorts points by period and keeps gaps with their flags', () => {
		const [s] = toSeries([
			input('FR', [pt('2023', 13.4), pt('2021', null, 'u'), pt('2019-Q1', 10)])
		]);
		expect(s?.points).toEqual([pt('2019-Q1', 10), pt('2021', null, 'u'), pt('2023', 13.4)]);
	});

	it('turns a value that is not a number into a gap instead of drawing it', () => {
		const [s] = toSeries([input('FR', [pt('2020', Number.NaN, 'x')])]);
		expect(s?.points).toEqual([pt('2020', null, 'x')]);
	});
});

describe('segments and missing marks', () => {
	it.each([
		// [values by year from 2015, segments, missing periods]
		[[1, 2, 3], 1, []],
		[[1, null, 3], 2, ['2016']],
		[[null, 2, 3], 1, ['2015']],
		[[1, 2, null], 1, ['2017']],
		[[1, null, null, 4, null, 6], 3, ['2016', '2017', '2019']],
		[[null, null], 0, ['2015', '2016']],
		[[], 0, []]
	] as [(number | null)[], number, string[]][])(
		'%j → %i segments, gaps at %j',
		(values, count, gaps) => {
			const points = values.map((v, i) => pt(String(2015 + i), v, v === null ? 'u' : ''));
			expect(segments(points)).toHaveLength(count);
			const [placed] = place([input('FR', points)]).series;
			expect(placed?.paths).toHaveLength(count);
			expect(placed?.missing.map((m) => m.period)).toEqual(gaps);
			expect(placed?.missing.every((m) => m.flags === 'u')).toBe(true);
			// Every known value is a point, every gap is not: nothing dropped, nothing invented.
			expect(placed?.points).toHaveLength(values.filter((v) => v !== null).length);
		}
	);

	it('keeps single-point runs as their own segment', () => {
		const runs = segments([pt('2015', 1), pt('2016', null), pt('2017', 3)]);
		expect(runs.map((r) => r.map((p) => p.period))).toEqual([['2015'], ['2017']]);
	});

	it('puts gaps on the x axis and stacks gaps of several series at one period', () => {
		const layout = place([
			input('FR', [pt('2015', 1), pt('2016', null)]),
			input('EU', [pt('2015', 2), pt('2016', null, '', 'C')], 'reference')
		]);
		const fr = layout.series[0]!.missing[0]!;
		const eu = layout.series[1]!.missing[0]!;
		expect(fr.x).toBe(eu.x);
		expect(fr.y).toBeLessThan(layout.frame.bottom);
		expect(eu.y).toBeLessThan(fr.y);
		expect(eu.confStatus).toBe('C');
	});
});

describe('markerOf', () => {
	it.each([
		['', null],
		['b', 'break'],
		['bu', 'break'],
		['ue', 'low-reliability'],
		['e', 'estimate'],
		['s', 'estimate'],
		['p', 'provisional'],
		['d', null]
	] as const)('%j → %s', (flags, marker) => {
		expect(markerOf(flags)).toBe(marker);
	});

	it('is carried by placed points', () => {
		const [s] = place([input('FR', [pt('2015', 1, 'b'), pt('2016', 2, 'p')])]).series;
		expect(s?.points.map((p) => p.marker)).toEqual(['break', 'provisional']);
	});
});

describe('letterOf', () => {
	it.each([
		['', ''],
		['b', 'b'],
		['bp', 'b'],
		['ue', 'u'],
		['e', 'e'],
		['s', 's'],
		['es', 'e'],
		['p', 'p'],
		['d', '']
	] as const)('%j → %j, the letter of the mark markerOf gives', (flags, letter) => {
		expect(letterOf(markerOf(flags), flags)).toBe(letter);
	});

	it('is carried by placed points', () => {
		const [s] = place([
			input('FR', [pt('2015', 1, 'b'), pt('2016', 2, 's'), pt('2017', 3)])
		]).series;
		expect(s?.points.map((p) => p.letter)).toEqual(['b', 's', '']);
	});
});

describe('yDomain', () => {
	const s = toSeries([
		input('FR', [pt('2015', 11.45), pt('2016', null), pt('2017', 23)]),
		input('EU', [pt('2015', 17)], 'reference')
	]);

	it.each([
		[{}, [0, 25]],
		[{ include: [75] }, [0, 80]],
		[{ include: [-3] }, [-5, 25]]
	] as const)('%j → %j', (opts, domain) => {
		expect(yDomain(s, opts)).toEqual(domain);
	});

	it('starts at 0 and is never empty', () => {
		expect(yDomain([])).toEqual([0, 1]);
		expect(yDomain(toSeries([input('FR', [pt('2015', 0)])]))).toEqual([0, 1]);
		expect(yDomain(toSeries([input('FR', [pt('2015', 40)])]))[0]).toBe(0);
	});

	it('puts an included value inside the plot', () => {
		const layout = place([input('FR', [pt('2015', 10)])], [60]);
		expect(layout.domain[1]).toBeGreaterThanOrEqual(60);
	});
});

describe('resolveLabelCollisions', () => {
	const bounds = { min: 0, max: 100 };
	const check = (ys: number[], height = 10) => {
		const labels = ys.map((y, i) => ({ y, height, id: i }));
		const out = resolveLabelCollisions(labels, bounds);
		expect(out.map((l) => l.id)).toEqual(labels.map((l) => l.id));
		const sorted = [...out].sort((a, b) => a.y - b.y);
		for (const l of out) {
			expect(l.y - l.height / 2).toBeGreaterThanOrEqual(bounds.min - 1e-9);
			expect(l.y + l.height / 2).toBeLessThanOrEqual(bounds.max + 1e-9);
		}
		for (let i = 1; i < sorted.length; i++) {
			const gap = sorted[i]!.y - sorted[i - 1]!.y;
			expect(gap).toBeGreaterThanOrEqual((sorted[i]!.height + sorted[i - 1]!.height) / 2 - 1e-9);
		}
		// Order preserved: a label wanted higher (or equal, and earlier) stays higher.
		const wanted = labels.map((l, i) => ({ y: l.y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
		const got = out.map((l, i) => ({ y: l.y, i })).sort((a, b) => a.y - b.y);
		expect(got.map((g) => g.i)).toEqual(wanted.map((w) => w.i));
		return out.map((l) => l.y);
	};

	it.each([
		[[], []],
		[[50], [50]],
		[[-20], [5]],
		[[300], [95]],
		[
			[20, 60],
			[20, 60]
		],
		[
			[50, 52],
			[46, 56]
		],
		[
			[50, 50],
			[45, 55]
		],
		[
			[98, 99],
			[85, 95]
		],
		// A cluster centred on 12 would poke above 0, so it is pushed down to the edge.
		[
			[10, 12, 14, 50, 52],
			[5, 15, 25, 46, 56]
		],
		[
			[30, 30, 30, 30, 30],
			[10, 20, 30, 40, 50]
		],
		[
			[5, 1, 3, 2, 4],
			[45, 5, 25, 15, 35]
		]
	])('%j → %j', (ys, expected) => {
		const out = check(ys);
		expected.forEach((y, i) => expect(out[i]).toBeCloseTo(y, 9));
	});

	it('keeps input order for identical positions', () => {
		const out = resolveLabelCollisions(
			[
				{ y: 40, height: 10, id: 'a' },
				{ y: 40, height: 10, id: 'b' }
			],
			bounds
		);
		expect(out[0]!.y).toBeLessThan(out[1]!.y);
	});

	it('packs from the top when the labels cannot all fit', () => {
		const out = resolveLabelCollisions(
			Array.from({ length: 12 }, (_, i) => ({ y: 50, height: 10, i })),
			bounds
		);
		expect(out[0]!.y).toBe(5);
		expect(out[11]!.y).toBe(115);
	});

	it('spreads the end labels of a chart so they do not overlap', () => {
		const layout = place([
			input('FR', [pt('2015', 10), pt('2016', 13.43)]),
			input('EU', [pt('2015', 11), pt('2016', 13.5)], 'reference')
		]);
		const fr = layout.series[0]!.endLabel!;
		const eu = layout.series[1]!.endLabel!;
		expect(Math.abs(fr.y - eu.y)).toBeGreaterThanOrEqual(34);
		expect(fr.y).toBeGreaterThan(eu.y);
		expect(fr.text).toBe('FR 13,43\u202f%');
	});

	it('says the period in the label of a series that stops early', () => {
		const layout = place([
			input('FR', [pt('2015', 10), pt('2016', null, 'u')]),
			input('EU', [pt('2015', 11), pt('2016', 13.5)], 'reference')
		]);
		expect(layout.series[0]!.endLabel!.text).toBe('FR 10,00\u202f% (2015)');
		// Its neighbour says its own year too: 2016 beside 2015, never a bare value.
		expect(layout.series[1]!.endLabel!.text).toBe('EU 13,50\u202f% (2016)');
		expect(place([input('FR', [pt('2015', null)])]).series[0]!.endLabel).toBeNull();
	});
});

describe('point and gap labels', () => {
	it('name the series, period, value and every flag', () => {
		expect(pointLabel('France', known('2023', 13.43, 'b'), 'fr', meaning)).toBe(
			'France, 2023\u00a0: 13,43\u202f%, indicateur de statut b\u00a0: <b>'
		);
		expect(pointLabel('France', known('2023', 13.43), 'en', meaning)).toBe('France, 2023: 13.43%');
		expect(missingLabel('France', pt('2024', null, 'u', 'C'), 'fr', meaning)).toBe(
			'France, 2024\u00a0: valeur non disponible (u\u00a0: <u>, C\u00a0: <C>)'
		);
		expect(missingLabel('FR', pt('2024', null, '', 'C'), 'en', meaning, (c) => `conf ${c}`)).toBe(
			'FR, 2024: value not available (C: conf C)'
		);
		expect(missingLabel('EU', pt('2024', null), 'en', meaning)).toBe(
			'EU, 2024: value not available'
		);
	});
});

describe('labels and tooltips made by the layout', () => {
	const series = toSeries([
		input('FR', [pt('2021', 12.9, 'b'), pt('2022', null, 'u'), pt('2023', 13.43, '', 'C')]),
		input('EU27_2020', [pt('2021', 19.2), pt('2022', null), pt('2023', 19.74, 'e')], 'reference')
	]);
	const layout = placeSeries(series, {
		width: 720,
		height: 360,
		margin: MARGIN,
		locale: 'fr',
		meaning
	});

	it('gives every point the label pointLabel makes, and every gap the one missingLabel makes', () => {
		for (const s of layout.series) {
			for (const p of s.points) expect(p.label).toBe(pointLabel(s.label, p, 'fr', meaning));
			for (const g of s.missing) expect(g.label).toBe(missingLabel(s.label, g, 'fr', meaning));
		}
		expect(layout.series[0]?.points[0]?.label).toBe(
			'FR, 2021\u00a0: 12,90\u202f%, indicateur de statut b\u00a0: <b>'
		);
	});

	it('words flags with i18n/flags when not told otherwise', () => {
		const [s] = placeSeries(series, {
			width: 720,
			height: 360,
			margin: MARGIN,
			locale: 'en'
		}).series;
		expect(s?.points[0]?.label).toBe('FR, 2021: 12.90%, flag b: break in time series');
	});

	it("places a point's tooltip on it: series, period and value, then each flag", () => {
		const p = layout.series[0]!.points[1]!;
		expect(tipOf(layout, 'FR', '2023', false, 'fr')).toEqual({
			x: p.x,
			y: p.y,
			lines: ['FR', '2023\u00a0: 13,43\u202f%', expect.stringMatching(/^C\u00a0: /)]
		});
		expect(tipOf(layout, 'FR', '2021', false, 'en')?.lines).toEqual([
			'FR',
			'2021: 12.90%',
			'b: break in time series'
		]);
	});

	it('names the imported file of a point read from one, in its label and its tooltip', () => {
		const joined = placeSeries(
			toSeries([
				input('FR', [pt('2022', 12.57, 'b'), { ...pt('2023', 14), imported: 'esels-revise.csv' }])
			]),
			{ width: 720, height: 360, margin: MARGIN, locale: 'en' }
		);
		const [before, after] = joined.series[0]!.points;
		expect([before!.imported, after!.imported]).toEqual([null, 'esels-revise.csv']);
		expect(after!.label).toBe(
			'FR, 2023: 14.00%, value read from your imported file “esels-revise.csv”'
		);
		expect(tipOf(joined, 'FR', '2023', false, 'en')?.lines).toEqual([
			'FR',
			'2023: 14.00%',
			'imp.: value read from your imported file “esels-revise.csv”'
		]);
		expect(tipOf(joined, 'FR', '2022', false, 'en')?.lines).toEqual([
			'FR',
			'2022: 12.57%',
			'b: break in time series'
		]);
	});

	it("places a gap's tooltip above its mark, in short lines as a point's (a phone's width)", () => {
		const gap = layout.series[0]!.missing[0]!;
		const tip = tipOf(layout, 'FR', '2022', true, 'fr')!;
		expect({ x: tip.x, y: tip.y }).toEqual({ x: gap.x, y: gap.y - MISSING_MARK_RADIUS });
		expect(tip.lines).toEqual([
			layout.series[0]!.label,
			'2022\u00a0: valeur non disponible',
			'u\u00a0: fiabilité faible'
		]);
	});

	it.each([
		['a geo the chart does not have', 'DE', '2023', false],
		['a period with no point', 'FR', '2022', false],
		['a period with no gap', 'FR', '2023', true]
	] as const)('gives no tooltip for %s', (_what, geo, period, missing) => {
		expect(tipOf(layout, geo, period, missing, 'fr')).toBeNull();
	});
});

describe('a series published in whole percentages (E_AESELL)', () => {
	// Its points, end label and tooltips read « 14,00 % »: two decimals Eurostat never published.
	const whole = placeSeries(toSeries([input('FR', [pt('2010', 14), pt('2019', 18)])]), {
		width: 720,
		height: 360,
		margin: MARGIN,
		locale: 'fr',
		decimals: 0
	});

	it('writes its values with the series’ decimals, everywhere the layout writes one', () => {
		const s = whole.series[0]!;
		expect(s.points.map((p) => p.label)).toEqual([
			'FR, 2010\u00a0: 14\u202f%',
			'FR, 2019\u00a0: 18\u202f%'
		]);
		expect(s.endLabel!.lines[1]).toBe('18\u202f%');
		expect(tipOf(whole, 'FR', '2010', false, 'fr')?.lines).toEqual(['FR', '2010\u00a0: 14\u202f%']);
	});
});
