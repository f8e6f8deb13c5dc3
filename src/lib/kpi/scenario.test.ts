import { describe, expect, it } from 'vitest';
import type { KpiPoint } from './measures';
import {
	bestPeerPace,
	closingUnder,
	lastKnown,
	recentPace,
	requiredScenarioPace,
	scenarioHorizon,
	scenarioPath,
	scenarioPresets,
	valueAt
} from './scenario';

const pts = (values: Record<string, number | null>, flags = ''): KpiPoint[] =>
	Object.entries(values).map(([period, value]) => ({ period, value, flags }));

// France and the EU27 on SMEs (isoc_ec_esels, 10-249), the last surveys as published.
const FR = pts({ '2022': 12.57, '2023': 12.74, '2024': 13.89, '2025': 15.2 });
const EU = pts({ '2022': 19.17, '2023': 19.09, '2024': 20.13, '2025': 19.59 });
const fr25 = { period: '2025', value: 15.2 };
const eu25 = { period: '2025', value: 19.59 };

describe('closingUnder: the survey year France reaches the EU under given paces', () => {
	it.each([
		// France 1 pt a year, EU 0.4: 4.39 pts at 0.6 a year → 7.3 years → survey 2033.
		['France faster than the EU', fr25, eu25, { france: 1, eu: 0.4 }, { kind: 'year', year: 2033 }],
		// Exactly 4.39 / 0.439 = 10 years: the tenth survey, not the eleventh.
		['exact landing', fr25, eu25, { france: 0.439, eu: 0 }, { kind: 'year', year: 2035 }],
		['same pace: never', fr25, eu25, { france: 0.5, eu: 0.5 }, { kind: 'never' }],
		['France slower: never', fr25, eu25, { france: 0.1, eu: 0.4 }, { kind: 'never' }],
		['France falling: never', fr25, eu25, { france: -0.5, eu: 0 }, { kind: 'never' }],
		[
			'already above',
			{ period: '2025', value: 21 },
			eu25,
			{ france: 0, eu: 0 },
			{ kind: 'closed', year: 2025 }
		],
		// France's last value is older (2023): the gap is measured from 2025, France moving since 2023.
		[
			'anchors of different years',
			{ period: '2023', value: 12.74 },
			eu25,
			{ france: 2, eu: 0 },
			{ kind: 'year', year: 2027 }
		],
		// The EU stops at 100 %: a rising France catches it there.
		[
			'EU clamped at 100',
			{ period: '2025', value: 90 },
			{ period: '2025', value: 99 },
			{ france: 2, eu: 5 },
			{ kind: 'year', year: 2030 }
		]
	] as const)('%s', (_, france, eu, paces, expected) => {
		expect(closingUnder(france, eu, paces)).toEqual(expected);
	});
});

describe('requiredScenarioPace: the France pace that closes the gap at the deadline', () => {
	it.each([
		// 4.39 pts in 5 years with a still EU: 0.878 a year.
		[fr25, eu25, 0, 2030, 0.878],
		// The EU moving 0.4 a year: 19.59 + 2 = 21.59 in 2030; (21.59 − 15.2) / 5 = 1.278.
		[fr25, eu25, 0.4, 2030, 1.278],
		// France anchored in 2023: 7 years to 2030.
		[{ period: '2023', value: 12.74 }, eu25, 0, 2030, 0.9786],
		// No time left.
		[fr25, eu25, 0.4, 2025, null],
		[fr25, eu25, 0.4, 2019, null]
	])('from %o against %o (EU %d a year) by %d → %s', (france, eu, euPace, deadline, expected) => {
		expect(requiredScenarioPace(france, eu, euPace, deadline)).toBe(expected);
	});

	it('closes the gap exactly in the deadline year when followed', () => {
		const pace = requiredScenarioPace(fr25, eu25, 0.4, 2030)!;
		expect(closingUnder(fr25, eu25, { france: pace, eu: 0.4 })).toEqual({
			kind: 'year',
			year: 2030
		});
	});
});

describe('paths and measured paces', () => {
	it('draws both paths year by year from each anchor, clamped to 0–100', () => {
		const p = scenarioPath(fr25, eu25, { france: 1, eu: 0.4 }, 2028);
		expect(p.france.map((x) => x.period)).toEqual(['2025', '2026', '2027', '2028']);
		expect(p.france.at(-1)?.value).toBe(18.2);
		expect(p.eu.at(-1)?.value).toBe(20.79);
		expect(p.closing).toEqual({ kind: 'year', year: 2033 });
		expect(valueAt({ period: '2025', value: 2 }, -1, 2030)).toBe(0);
	});

	it('takes the last published value, skipping a missing one', () => {
		expect(lastKnown(pts({ '2023': 13.43, '2024': null }))).toEqual({
			period: '2023',
			value: 13.43
		});
		expect(lastKnown(pts({ '2024': null }))).toBeNull();
	});

	it('measures a pace over the last three published surveys', () => {
		// 2023 12.74 → 2025 15.2: 1.23 a year.
		expect(recentPace(FR)).toEqual({ pace: 1.23, from: '2023', to: '2025', flags: '' });
		// With 2024 missing, the three last values are 2022, 2023, 2025.
		expect(recentPace(pts({ '2022': 12.57, '2023': 12.74, '2024': null, '2025': 15.2 }))).toEqual({
			pace: 0.8767,
			from: '2022',
			to: '2025',
			flags: ''
		});
		expect(recentPace(pts({ '2025': 15.2 }))).toBeNull();
	});

	it('flags a pace whose span crosses a break of the series, not one that starts on it', () => {
		// France 2022 is published with `b`: 2021 → 2023 spans two methods; 2022 → 2025 does not.
		const broken: KpiPoint[] = [
			{ period: '2021', value: 12.1, flags: '' },
			{ period: '2022', value: 12.57, flags: 'b' },
			{ period: '2023', value: 13.43, flags: '' }
		];
		expect(recentPace(broken)).toMatchObject({ from: '2021', to: '2023', flags: 'b' });
		expect(
			recentPace([...broken.slice(1), { period: '2025', value: 15.2, flags: '' }])
		).toMatchObject({ from: '2022', to: '2025', flags: '' });
	});

	it('keeps the chart horizon between the deadline and 15 years', () => {
		expect(scenarioHorizon(2025, { kind: 'year', year: 2033 }, 2019)).toBe(2034);
		expect(scenarioHorizon(2025, { kind: 'never' }, 2019)).toBe(2035);
		expect(scenarioHorizon(2025, { kind: 'year', year: 2090 }, 2019)).toBe(2040);
		expect(scenarioHorizon(2025, { kind: 'closed', year: 2025 }, 2030)).toBe(2030);
	});
});

describe('bestPeerPace: the peer that closed most of its gap from a start like France’s', () => {
	// EU 2016 17.03; France 15.92 (gap −1.11). A closes its whole gap; B half; C was above.
	const series = new Map<string, KpiPoint[]>([
		['EU27_2020', pts({ '2016': 17.03, '2025': 19.59 })],
		['FR', pts({ '2016': 15.92, '2025': 15.2 })],
		['AA', pts({ '2016': 15, '2025': 21 })],
		['BB', pts({ '2016': 16, '2025': 18.5 })],
		['CC', pts({ '2016': 30, '2025': 40 })],
		// Far below: not a similar start once the six nearest are taken.
		['DD', pts({ '2016': 1, '2025': 30 })]
	]);

	it('picks the largest share closed among the nearest starts', () => {
		const p = bestPeerPace(series, 'FR', 'EU27_2020', '2016', 2);
		expect(p?.geo).toBe('AA');
		// (21 − 15) / 9 years.
		expect(p?.pace).toBe(0.6667);
		expect(p?.gapStart).toBe(-2.03);
		expect(p?.gapEnd).toBe(1.41);
		expect(p?.flags).toBe('');
	});

	it('flags the peer’s pace when its own series breaks within the span', () => {
		const withBreak = new Map(series);
		withBreak.set('AA', [
			{ period: '2016', value: 15, flags: '' },
			{ period: '2025', value: 21, flags: 'b' }
		]);
		expect(bestPeerPace(withBreak, 'FR', 'EU27_2020', '2016', 2)).toMatchObject({
			geo: 'AA',
			flags: 'b'
		});
	});

	it('leaves out peers that started above the reference or too far from France', () => {
		const p = bestPeerPace(series, 'FR', 'EU27_2020', '2016', 1);
		// BB's gap (−1.03) is the nearest to France's (−1.11); DD is far; CC above.
		expect(p?.geo).toBe('BB');
	});

	it('gives nothing when France has no baseline value', () => {
		expect(bestPeerPace(series, 'FR', 'EU27_2020', '2014')).toBeNull();
	});
});

describe('scenarioPresets', () => {
	const base = {
		france: FR,
		reference: EU,
		countries: new Map<string, KpiPoint[]>(),
		focus: 'FR',
		referenceGeo: 'EU27_2020'
	};

	it('offers France’s and the EU’s recent paces, and the pace a future deadline requires', () => {
		const { presets, euPace } = scenarioPresets({
			...base,
			target: { baseline: '2024', deadline: '2030', rule: 'eu-average-at-deadline' },
			targetValue: null,
			requiredPace: null
		});
		expect(euPace?.pace).toBe(0.25);
		expect(presets.map((p) => [p.id, p.pace])).toEqual([
			['france', 1.23],
			['eu', 0.25],
			// (19.59 + 5 × 0.25 − 15.2) / 5.
			['required', 1.128]
		]);
	});

	it('for a frozen target, aims at the frozen value', () => {
		const { presets } = scenarioPresets({
			...base,
			target: { baseline: '2024', deadline: '2026', rule: 'eu-average-frozen-at-baseline' },
			targetValue: 20.13,
			requiredPace: null
		});
		expect(presets.find((p) => p.id === 'required')?.pace).toBe(4.93);
	});

	it('for a passed deadline, gives the pace the plan asked for, said as passed', () => {
		const { presets } = scenarioPresets({
			...base,
			target: { baseline: '2016', deadline: '2019', rule: 'eu-average-at-deadline' },
			targetValue: 16.58,
			requiredPace: 0.22
		});
		expect(presets.find((p) => p.id === 'required')).toMatchObject({
			pace: 0.22,
			passed: true,
			from: '2016',
			to: '2019'
		});
	});
});
