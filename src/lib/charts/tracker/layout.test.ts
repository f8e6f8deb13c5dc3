import { describe, expect, it } from 'vitest';
import { inside, isClear, pathPoints, textBlock, textBox } from '../core/labels';
import {
	closingTextAt,
	placeTracker,
	trackerPointLabel,
	WINDOW_TEXT_SIZE,
	type TrackerInput
} from './layout';
import { markerObstacles, placeMarkers, type MarkerInput } from '../events/layout';

const p = (period: string, value: number | null, flags = '') => ({
	period,
	value,
	flags,
	confStatus: null
});
const input: TrackerInput = {
	actual: [p('2016', 10), p('2017', null, 'u'), p('2018', 12, 'b'), p('2019', 13)],
	reference: [p('2016', 15), p('2019', 16)],
	trajectory: [
		{ period: '2016', value: 10 },
		{ period: '2020', value: 20 }
	],
	projection: [
		{ period: '2019', value: 13 },
		{ period: '2020', value: 14 }
	],
	target: { value: 20, deadline: '2020' },
	baseline: '2016'
};
const margin = { top: 0, right: 0, bottom: 0, left: 0 };
// 400 wide, inset 10: x from 10 (2016) to 390 (2020), 95 per year. y: domain [0, 20] on 200 → 10 per unit.
const layout = placeTracker(input, { width: 400, height: 200, margin, locale: 'fr' });

describe('placeTracker', () => {
	it('keeps the target inside the y domain', () => {
		expect(layout.domain).toEqual([0, 20]);
	});

	it.each([
		['actual paths split at the gap', layout.actualPaths, ['M10,100Z', 'M200,80L295,70']],
		['reference path', layout.referencePaths, ['M10,50L295,40']]
	])('%s', (_name, got, expected) => {
		expect(got).toEqual(expected);
	});

	it('draws the required path, the projection and the target at the deadline', () => {
		expect(layout.trajectoryPath).toBe('M10,100L390,0');
		expect(layout.projectionPath).toBe('M295,70L390,60');
		expect(layout.projectionEnd).toEqual({ x: 390, y: 60 });
		expect(layout.targetMark).toEqual({ x: 390, y: 0, label: '20,00\u202f%', text: null });
		expect(layout.window).toEqual({ x0: 10, x1: 390, text: null });
	});

	it('marks breaks and missing values', () => {
		expect(layout.actualPoints.map((q) => q.marker)).toEqual([null, 'break', null]);
		// Without point words (a small multiple), a gap has none either.
		expect(layout.actualMissing).toEqual([{ x: 105, period: '2017', flags: 'u', label: '' }]);
	});

	it('says a missing value in words, with its flag and its confidentiality status apart', () => {
		const l = placeTracker(
			{ ...input, actual: [p('2016', 10), p('2017', null, 'uC'), p('2019', 13)] },
			{ width: 400, height: 200, margin, locale: 'fr', pointText: 'Bretagne' }
		);
		expect(l.actualMissing.map((m) => m.label)).toEqual([
			'Bretagne, 2017 : valeur non disponible (u : fiabilité faible, C : confidentiel)'
		]);
	});

	it('draws no target mark when the target value is unknown, and no projection when empty', () => {
		const l = placeTracker(
			{ ...input, projection: [], target: { value: null, deadline: '2020' } },
			{ width: 400, height: 200, margin, locale: 'en' }
		);
		expect(l.targetMark).toBeNull();
		expect(l.projectionPath).toBeNull();
	});
});

describe('placeTracker with a scenario', () => {
	// France 13 in 2019 at +2 a year, the EU 16 at +0.5: 3 pts at 1.5 a year → closed in 2021.
	const withScenarioInput = {
		france: [
			{ period: '2019', value: 13 },
			{ period: '2020', value: 15 },
			{ period: '2021', value: 17 },
			{ period: '2022', value: 19 }
		],
		eu: [
			{ period: '2019', value: 16 },
			{ period: '2020', value: 16.5 },
			{ period: '2021', value: 17 },
			{ period: '2022', value: 17.5 }
		],
		closingYear: 2021
	};
	const withScenario = placeTracker(
		{ ...input, scenario: withScenarioInput },
		{ width: 400, height: 200, margin, locale: 'fr' }
	);

	it('extends the axis to the scenario’s end and draws its paths in a band of their own', () => {
		// 2016 → 2022 on 10 → 390: 63.33 a year.
		expect(withScenario.xTicks.at(-1)?.period).toBe('2022');
		const s = withScenario.scenario!;
		expect(s.band).toEqual({ x0: 200, x1: 400 });
		expect(s.france).toMatch(/^M200,/);
		expect(s.eu).toMatch(/^M200,/);
		expect(s.franceEnd?.x).toBe(390);
		expect(s.closing).toMatchObject({ year: 2021, x: 326.67 });
	});

	it('writes the closing words by the mark, across neither scenario path, inside the plot', () => {
		// The page's size: under the mark (the old place) the France path runs through the words.
		const page = placeTracker(
			{ ...input, scenario: withScenarioInput },
			{
				width: 720,
				height: 360,
				margin: { top: 20, right: 40, bottom: 30, left: 50 },
				locale: 'fr'
			}
		);
		const words = 'écart comblé en 2021';
		const at = closingTextAt(page, words, 'France (scénario)')!;
		const box = textBox(words, { size: 12, bold: true, ...at });
		const s = page.scenario!;
		expect(isClear(box, { boxes: [], lines: s.lines })).toBe(true);
		const under = textBox(words, {
			size: 12,
			bold: true,
			x: s.closing!.x,
			y: s.closing!.y + 24,
			anchor: 'middle'
		});
		expect(isClear(under, { boxes: [], lines: s.lines })).toBe(false);
		const f = page.frame;
		expect(inside(box, { x0: f.left, y0: f.top, x1: f.right, y1: f.bottom })).toBe(true);
		// Near the mark: within two lines of it.
		expect(Math.abs(at.y - s.closing!.y)).toBeLessThanOrEqual(40);
		expect(closingTextAt(layout, words, 'France')).toBeNull();
	});

	it('leaves the observed paths as they were placed', () => {
		expect(withScenario.actualPoints.map((pt) => pt.value)).toEqual([10, 12, 13]);
		expect(layout.scenario).toBeNull();
	});
});

// The CNNum target as published: France 16.62 (2016) → 16.03 (2019) against the EU27 17.59 →
// 17.19, the required path ending at 17.19 in 2019, where every line meets the diamond.
describe('placeTracker puts "Valeur cible" where no line runs', () => {
	const cnnum: TrackerInput = {
		actual: [
			p('2013', 14.5),
			p('2014', 13.7),
			p('2015', 20.5),
			p('2016', 16.62),
			p('2017', 20.2),
			p('2018', 20.5),
			p('2019', 16.03),
			p('2020', 18.5),
			p('2021', 15.5),
			p('2022', 18.5, 'b'),
			p('2023', 18)
		],
		reference: [
			p('2010', 13.2),
			p('2013', 13.5),
			p('2016', 17.59),
			p('2019', 17.19),
			p('2022', 19.5),
			p('2025', 20.3)
		],
		trajectory: [
			{ period: '2016', value: 16.62 },
			{ period: '2019', value: 17.19 }
		],
		projection: [],
		target: { value: 17.19, deadline: '2019' },
		baseline: '2016'
	};
	for (const [width, height, locale, words] of [
		[720, 360, 'fr', 'Valeur cible'],
		[720, 360, 'en', 'Target value'],
		[340, 288, 'fr', 'Valeur cible'],
		[340, 288, 'en', 'Target value']
	] as const) {
		it(`${width}×${height}, ${locale}`, () => {
			const l = placeTracker(cnnum, {
				width,
				height,
				margin: { top: 16, right: 12, bottom: 34, left: 46 },
				locale,
				targetText: words
			});
			const at = l.targetMark!.text!;
			const box = textBox(`${words} ${l.targetMark!.label}`, { ...at, size: 13, bold: true });
			const lines = [...l.actualPaths, ...l.referencePaths, l.trajectoryPath!].map(pathPoints);
			expect(isClear(box, { boxes: [], lines })).toBe(true);
			expect(inside(box, { x0: 0, y0: 0, x1: width, y1: height })).toBe(true);
		});
	}
	// The box of the target's label as drawn at `at` (one line, or the value under the words).
	const labelBox = (
		l: ReturnType<typeof placeTracker>,
		at: NonNullable<NonNullable<ReturnType<typeof placeTracker>['targetMark']>['text']>
	) => {
		const font = { ...at, size: 13, bold: true };
		const value = l.targetMark!.label;
		return at.split
			? textBlock(['Valeur cible', value], font)
			: textBox(`Valeur cible ${value}`, font);
	};
	// The plan's dated steps (data/events.json): 2012, then five from January 2016 to March 2017.
	const events: MarkerInput[] = [2012.5, 2016.03, 2016.17, 2016.57, 2016.67, 2017.18].map(
		(year, i) => ({ id: `e${i}`, year, kind: 'event' })
	);
	it('keeps the label off the events’ badges and rules when there is room (720 wide)', () => {
		const options = {
			width: 720,
			height: 360,
			margin: { top: 16, right: 12, bottom: 34, left: 46 },
			locale: 'fr' as const,
			targetText: 'Valeur cible'
		};
		const l = placeTracker(cnnum, { ...options, markers: events, maxLanes: 4 });
		const box = labelBox(l, l.targetMark!.text!);
		const rules = markerObstacles(placeMarkers(events, l.xTicks, l.frame, 4), l.frame);
		expect(rules.lines.length).toBe(6);
		expect(isClear(box, rules)).toBe(true);
		// Without the events, the first spot tried crosses their rules: the test would see it.
		expect(isClear(labelBox(l, placeTracker(cnnum, options).targetMark!.text!), rules)).toBe(false);
	});
	it('on a phone, puts the value under the words when one line would cross a rule', () => {
		const phone = {
			width: 340,
			height: 288,
			margin: { top: 16, right: 12, bottom: 34, left: 46 },
			locale: 'fr' as const,
			targetText: 'Valeur cible',
			markers: events,
			maxLanes: 2
		};
		const l = placeTracker(cnnum, phone);
		const at = l.targetMark!.text!;
		const rules = markerObstacles(placeMarkers(events, l.xTicks, l.frame, 2), l.frame);
		const block = labelBox(l, at);
		expect(at.split).toBe(true);
		expect(isClear(block, rules)).toBe(true);
		// Without the events, the label goes on one line, across one of their rules.
		const before = placeTracker(cnnum, { ...phone, markers: [] }).targetMark!.text!;
		expect(before.split).toBe(false);
		expect(isClear(labelBox(l, before), rules)).toBe(false);
		const data = [...l.actualPaths, ...l.referencePaths, l.trajectoryPath!].map(pathPoints);
		expect(isClear(block, { boxes: [], lines: data })).toBe(true);
		expect(inside(block, { x0: 0, y0: 0, x1: 340, y1: l.frame.bottom })).toBe(true);
	});

	// The box of the band's words as drawn, each line at its baseline.
	const windowBox = (l: ReturnType<typeof placeTracker>) => {
		const at = l.window!.text!;
		return textBlock(at.lines, { x: at.x, y: at.y, anchor: at.anchor, size: WINDOW_TEXT_SIZE });
	};
	const dataOf = (l: ReturnType<typeof placeTracker>) => ({
		boxes: l.actualPoints.map((pt) => ({ x0: pt.x - 6, y0: pt.y - 6, x1: pt.x + 6, y1: pt.y + 6 })),
		lines: [...l.actualPaths, ...l.referencePaths, l.trajectoryPath!].map(pathPoints)
	});
	it('names the target’s period inside its band, clear of lines, points, label and rules', () => {
		for (const [width, maxLanes, words] of [
			[720, 4, 'Période de l’objectif'],
			[720, 4, 'Target period'],
			[840, 4, 'Période de l’objectif'],
			[460, 2, 'Target period']
		] as const) {
			const l = placeTracker(cnnum, {
				width,
				height: 360,
				margin: { top: 16, right: 12, bottom: 34, left: 46 },
				locale: 'fr',
				targetText: 'Valeur cible',
				windowText: words,
				markers: events,
				maxLanes
			});
			const box = windowBox(l);
			const band = { x0: l.window!.x0, y0: l.frame.top, x1: l.window!.x1, y1: l.frame.bottom };
			expect(inside(box, band), `${width} ${words}`).toBe(true);
			expect(isClear(box, dataOf(l)), `${width} ${words}`).toBe(true);
			expect(isClear(box, { boxes: [labelBox(l, l.targetMark!.text!)], lines: [] })).toBe(true);
			const rules = markerObstacles(placeMarkers(events, l.xTicks, l.frame, maxLanes), l.frame);
			expect(isClear(box, rules), `${width} ${words}`).toBe(true);
			expect(l.window!.text!.lines.join(' ')).toBe(words);
		}
	});
	it('puts the words on one line or two as the band allows, and none where nothing fits', () => {
		const at = (width: number, tracker: TrackerInput = cnnum) =>
			placeTracker(tracker, {
				width,
				height: 360,
				margin: { top: 16, right: 12, bottom: 34, left: 46 },
				locale: 'fr',
				windowText: 'Période de l’objectif'
			}).window!.text;
		expect(at(840)!.lines).toEqual(['Période de l’objectif']);
		expect(at(460)!.lines).toEqual(['Période de', 'l’objectif']);
		// A phone's band (52 units) is narrower than "Période de": the chart's legend names it.
		expect(at(340)).toBeNull();
		// Paths along each height tried, low and high in the band, leave no room.
		const years = ['2016', '2017', '2018', '2019'];
		const walled: TrackerInput = {
			...cnnum,
			actual: years.map((y) => p(y, 0.5)),
			trajectory: years.map((period) => ({ period, value: 1.6 })),
			reference: years.map((y) => p(y, 24.2)),
			projection: years.map((period) => ({ period, value: 22.9 }))
		};
		expect(at(840, walled)).toBeNull();
	});
});

describe('tracker point labels', () => {
	it('are made by the layout when it is given the words of the actual path', () => {
		const l = placeTracker(input, {
			width: 400,
			height: 200,
			margin,
			locale: 'fr',
			pointText: 'France (réel)',
			meaning: (flag) => `<${flag}>`
		});
		expect(l.actualPoints.map((q) => q.label)).toEqual([
			'France (réel), 2016\u00a0: 10,00\u202f%',
			'France (réel), 2018\u00a0: 12,00\u202f%, b\u00a0: <b>',
			'France (réel), 2019\u00a0: 13,00\u202f%'
		]);
	});

	it('are left empty for a small multiple, whose points are not read out', () => {
		expect(layout.actualPoints.map((q) => q.label)).toEqual(['', '', '']);
	});

	it('word flags with i18n/flags by default', () => {
		expect(trackerPointLabel('Actual', { period: '2022', value: 12.57, flags: 'b' }, 'en')).toBe(
			'Actual, 2022: 12.57%, b: break in time series'
		);
	});

	it('write the value with the decimals given, two unless said', () => {
		const point = { period: '2022', value: 21, flags: '' };
		expect(trackerPointLabel('Bretagne', point, 'fr')).toBe('Bretagne, 2022\u00a0: 21,00\u202f%');
		expect(trackerPointLabel('Bretagne', point, 'fr', undefined, 0)).toBe(
			'Bretagne, 2022\u00a0: 21\u202f%'
		);
	});
});

// A region from a ministry's table in whole percentages, against a target worked out to 16.58:
// its points and the target read as published (`21 %`, `17 %`), not with two decimals they never had.
describe('placeTracker with the decimals of the series', () => {
	const whole: TrackerInput = {
		actual: [p('2016', 10), p('2018', 12, 'b'), p('2019', 21)],
		reference: [p('2016', 15), p('2019', 16)],
		trajectory: [
			{ period: '2016', value: 10 },
			{ period: '2020', value: 16.58 }
		],
		projection: [
			{ period: '2019', value: 21 },
			{ period: '2020', value: 24 }
		],
		target: { value: 16.58, deadline: '2020' },
		baseline: '2016'
	};
	const options = {
		width: 400,
		height: 360,
		margin: { top: 16, right: 12, bottom: 34, left: 46 },
		locale: 'fr' as const,
		pointText: 'Bretagne',
		targetText: 'Valeur cible',
		projectionText: 'Projection au rythme actuel',
		meaning: (flag: string) => `<${flag}>`
	};

	it('writes the points and the target with two decimals by default', () => {
		const l = placeTracker(whole, options);
		expect(l.actualPoints.map((q) => q.label)).toEqual([
			'Bretagne, 2016\u00a0: 10,00\u202f%',
			'Bretagne, 2018\u00a0: 12,00\u202f%, b\u00a0: <b>',
			'Bretagne, 2019\u00a0: 21,00\u202f%'
		]);
		expect(l.targetMark!.label).toBe('16,58\u202f%');
	});

	it('writes them with the decimals given: whole percentages', () => {
		const l = placeTracker(whole, { ...options, decimals: 0 });
		expect(l.actualPoints.map((q) => q.label)).toEqual([
			'Bretagne, 2016\u00a0: 10\u202f%',
			'Bretagne, 2018\u00a0: 12\u202f%, b\u00a0: <b>',
			'Bretagne, 2019\u00a0: 21\u202f%'
		]);
		expect(l.targetMark!.label).toBe('17\u202f%');
	});

	it('places the target label by the text it draws, with those decimals', () => {
		// 400 wide, "Valeur cible 16,58 %" finds no spot on one line clear of the lines and the
		// projection's words, and goes on two; "Valeur cible 17 %" is shorter and fits on one.
		const lines = (l: ReturnType<typeof placeTracker>) =>
			[...l.actualPaths, ...l.referencePaths, l.trajectoryPath!, l.projectionPath!].map(pathPoints);
		const two = placeTracker(whole, options);
		expect(two.targetMark!.text!.split).toBe(true);
		const l = placeTracker(whole, { ...options, decimals: 0 });
		const at = l.targetMark!.text!;
		expect(at.split).toBe(false);
		const box = textBox('Valeur cible 17\u202f%', { ...at, size: 13, bold: true });
		expect(isClear(box, { boxes: [], lines: lines(l) })).toBe(true);
		expect(inside(box, { x0: 0, y0: 0, x1: 400, y1: l.frame.bottom })).toBe(true);
	});
});
