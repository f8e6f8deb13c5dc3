import { line, scaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatPeriod, formatValue, VALUE_DECIMALS } from '../core/format';
import { colon as colonOf } from '../../i18n/punctuation';
import { confStatusMeaning, flagMeaning } from '../../i18n/flags';
import { frame as makeFrame, type Frame, type Margin } from '../core/frame';
import { comparePeriods, periodToNumber } from '../../domain/period';
import { xTicks as makeXTicks, yTicks as makeYTicks, type XTick, type YTick } from '../core/ticks';
import { markerOf, missingLabel, yDomain, type Marker } from '../trend/layout';
import {
	LINE_HEIGHT,
	placeLabel,
	textBox,
	type Anchor,
	type Box,
	type Obstacles,
	type Point
} from '../core/labels';
import { segments, type TrendPoint } from '../trend/series';
import { markerObstacles, placeMarkers, type MarkerInput } from '../events/layout';

/** What the tracker draws: the unit's actual path, the EU average, the required path and a projection. */
export interface TrackerInput {
	actual: TrendPoint[];
	reference: TrendPoint[];
	/** Required path, start → deadline. */
	trajectory: { period: string; value: number }[];
	/** Actual pace continued to the deadline; empty when there is none. */
	projection: { period: string; value: number }[];
	/** The value to reach and the deadline; `value` null when unknown. */
	target: { value: number | null; deadline: string };
	/** Survey year the target starts from, marked on the axis. */
	baseline: string;
	/** A what-if scenario: hypothetical paths after the last observations, drawn apart from data. */
	scenario?: TrackerScenario | null;
}

/** The paths of a scenario (`scenarioPath` in kpi/scenario) and the year the gap closes, if it does. */
export interface TrackerScenario {
	france: { period: string; value: number }[];
	eu: { period: string; value: number }[];
	closingYear: number | null;
}

export interface TrackerPoint {
	x: number;
	y: number;
	period: string;
	value: number;
	flags: string;
	marker: Marker;
	/**
	 * What a screen reader says of the point (`trackerPointLabel`), made once here rather than by
	 * each drawn point; '' when the caller gave no `pointText` (a small multiple's points are not
	 * focusable).
	 */
	label: string;
}

/** Where the words of the target's period are drawn, as the lines they take. */
export interface WindowText {
	x: number;
	y: number;
	anchor: Anchor;
	lines: string[];
}

/** Size of the words naming the target's period. */
export const WINDOW_TEXT_SIZE = 12;

/** Where the target's label is drawn; `split`: the value on a second line, under the words. */
export interface TargetText {
	x: number;
	y: number;
	anchor: Anchor;
	split: boolean;
}

export interface TrackerLayout {
	frame: Frame;
	domain: [number, number];
	xTicks: XTick[];
	yTicks: YTick[];
	actualPaths: string[];
	actualPoints: TrackerPoint[];
	/** Periods of the actual series that have no value, marked on the axis, with their words. */
	actualMissing: { x: number; period: string; flags: string; label: string }[];
	referencePaths: string[];
	trajectoryPath: string | null;
	projectionPath: string | null;
	/** End of the projection, for its label. */
	projectionEnd: { x: number; y: number } | null;
	/**
	 * The target's diamond and, when the caller named it (`targetText`), where its label goes:
	 * the first spot around the diamond that crosses no line, no point and no other text. `split`:
	 * the value goes on a second line, under the words (a narrow chart, where one line would cross
	 * an event's rule).
	 */
	targetMark: {
		x: number;
		y: number;
		label: string;
		text: TargetText | null;
	} | null;
	/**
	 * Shaded band from baseline to deadline, and where its words go (`windowText`): inside it,
	 * clear of lines, points, other words and events, on one line or two; `null` where none fits.
	 */
	window: { x0: number; x1: number; text: WindowText | null } | null;
	/** The scenario's paths, its band (from its first year to the end of the axis) and closing mark. */
	scenario: {
		france: string | null;
		eu: string | null;
		franceEnd: { x: number; y: number } | null;
		band: { x0: number; x1: number };
		closing: { x: number; y: number; year: number } | null;
		/** Both paths as points in viewBox units: what the closing mark's words keep clear of. */
		lines: Point[][];
	} | null;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The scenario France path's name: its size, and how far above the path's end its baseline is. */
export const SCENARIO_NAME = { size: 13, above: 10 } as const;
/** Size of the words by the scenario's closing mark. */
export const CLOSING_SIZE = 12;

/**
 * Places every element of the tracker chart in viewBox units. Gaps stay gaps (a path per run of
 * known values); the target value is inside the y domain.
 * `placeTracker(input, { width: 720, height: 360, margin, locale: 'fr' }).trajectoryPath` →
 * `'M…L…'` from the start to the target at the deadline.
 */
export function placeTracker(
	input: TrackerInput,
	opts: {
		width: number;
		height: number;
		margin: Margin;
		locale: Locale;
		maxXTicks?: number;
		/** The words before the target value ("Valeur cible"), to place its label clear of lines. */
		targetText?: string;
		/** The projection's label, kept clear of too. */
		projectionText?: string;
		/** The words naming the shaded band, the target's period ("Période de l’objectif"). */
		windowText?: string;
		/** The words a point is read out with before its period and value ("Valeur réelle"). */
		pointText?: string;
		/** Events drawn over the chart (with their lanes): the target's label keeps off their rules. */
		markers?: readonly MarkerInput[];
		maxLanes?: number;
		/** The words of flags in point labels (i18n/flags by default). */
		meaning?: (flag: string, locale: Locale) => string;
		/**
		 * The decimals of the values in the points' labels and the target's: those the unit and its
		 * reference are published with (`unitsDecimals`), two unless said.
		 */
		decimals?: number;
	}
): TrackerLayout {
	const f = makeFrame(opts.width, opts.height, opts.margin);
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const sorted = (ps: TrendPoint[]) =>
		[...ps]
			.map((p) => ({
				...p,
				value: typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null
			}))
			.sort((a, b) => comparePeriods(a.period, b.period));
	const actual = sorted(input.actual);
	const reference = sorted(input.reference);
	const scenario = input.scenario ?? null;
	const extra = [
		...input.trajectory,
		...input.projection,
		...(scenario ? [...scenario.france, ...scenario.eu] : [])
	].map((p) => p.value);
	const domain = yDomain(
		[
			{ geo: 'a', label: '', emphasis: 'focus', points: actual },
			{ geo: 'r', label: '', emphasis: 'reference', points: reference }
		],
		{ include: [...extra, ...(input.target.value === null ? [] : [input.target.value])] }
	);
	const periods = [
		...new Set([
			...actual.map((p) => p.period),
			...reference.map((p) => p.period),
			...input.trajectory.map((p) => p.period),
			...input.projection.map((p) => p.period),
			...(scenario ? [...scenario.france, ...scenario.eu].map((p) => p.period) : []),
			input.target.deadline,
			input.baseline
		])
	].sort(comparePeriods);
	const nums = periods.map(periodToNumber);
	const lo = nums[0] ?? 0;
	const hi = nums.at(-1) ?? 1;
	const inset = Math.min(10, f.innerWidth / 4);
	const x = scaleLinear()
		.domain(lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi])
		.range([f.left + inset, f.right - inset]);
	const y = scaleLinear().domain(domain).range([f.bottom, f.top]);
	const xOf = (period: string) => round(x(periodToNumber(period)));
	const yOf = (v: number) => round(y(v));
	const path = line<{ period: string; value: number }>()
		.x((p) => xOf(p.period))
		.y((p) => yOf(p.value))
		.digits(2);
	const known = (ps: { period: string; value: number }[]) =>
		ps.length > 1 ? (path(ps) ?? null) : null;

	const xTicks = makeXTicks(
		periods,
		xOf,
		opts.locale,
		opts.maxXTicks ?? Math.max(2, Math.min(8, Math.floor(f.innerWidth / 56)))
	);

	const lastProjection = input.projection.at(-1);
	const mark =
		input.target.value === null
			? null
			: {
					x: xOf(input.target.deadline),
					y: yOf(input.target.value),
					// Measured below, to keep the label clear of lines, with the decimals it is drawn with.
					label: formatValue(input.target.value, opts.locale, { decimals })
				};
	let target: TrackerLayout['targetMark'] = mark && { ...mark, text: null };
	// What words drawn over the chart keep clear of: its lines, points, labels and events; nothing
	// for a small multiple, which places no words.
	const labelled = opts.targetText !== undefined || opts.windowText !== undefined;
	// Mutable: the target's label, once placed, is added for the band's words to avoid.
	const dataObstacles = (): { boxes: Box[]; lines: Point[][] } => {
		const pts = (ps: readonly { period: string; value: number | null }[]): Point[][] =>
			segments(ps as TrendPoint[]).map((run) =>
				run.map((p) => ({ x: xOf(p.period), y: yOf(p.value as number) }))
			);
		const lines = [
			...pts(actual),
			...pts(reference),
			...pts(input.trajectory),
			...pts(input.projection)
		];
		const boxes: Box[] = actual.flatMap((p) => {
			if (p.value === null)
				return [{ x0: xOf(p.period) - 6, y0: f.bottom - 12, x1: xOf(p.period) + 6, y1: f.bottom }];
			const [px, py] = [xOf(p.period), yOf(p.value)];
			const dot = { x0: px - 6, y0: py - 6, x1: px + 6, y1: py + 6 };
			// A break is lettered "b" above its point.
			return markerOf(p.flags) === 'break'
				? [dot, textBox('b', { x: px, y: py - 10, size: 12, bold: true, anchor: 'middle' })]
				: [dot];
		});
		if (lastProjection && opts.projectionText) {
			boxes.push(
				textBox(opts.projectionText, {
					x: xOf(lastProjection.period) - 4,
					y: yOf(lastProjection.value) + 18,
					size: 13,
					anchor: 'end'
				})
			);
		}
		if (mark) boxes.push({ x0: mark.x - 8, y0: mark.y - 8, x1: mark.x + 8, y1: mark.y + 8 });
		return { boxes, lines };
	};
	const { boxes, lines }: ReturnType<typeof dataObstacles> = labelled
		? dataObstacles()
		: { boxes: [], lines: [] };
	const band = { x0: xOf(input.baseline), x1: xOf(input.target.deadline) };
	const events = labelled
		? markerObstacles(placeMarkers(opts.markers ?? [], xTicks, f, opts.maxLanes), f)
		: { boxes: [], lines: [] };
	if (mark && opts.targetText !== undefined) {
		const text = `${opts.targetText} ${mark.label}`;
		const split = [opts.targetText, mark.label];
		const { x: mx, y: my } = mark;
		const candidates: { x: number; y: number; anchor: Anchor }[] = [];
		for (const dy of [-12, 22, -30, 40, -48, 58]) {
			candidates.push(
				{ x: mx, y: my + dy, anchor: 'middle' },
				{ x: mx - 10, y: my + dy, anchor: 'end' },
				{ x: mx + 10, y: my + dy, anchor: 'start' }
			);
		}
		candidates.push(
			{ x: mx - 12, y: my + 4, anchor: 'end' },
			{ x: mx + 12, y: my + 4, anchor: 'start' }
		);
		// Farther above, last: on a phone the room near the diamond may all be taken by lines and
		// events' rules, while the top of the chart is free.
		for (const dy of [-66, -84]) {
			candidates.push(
				{ x: mx + 10, y: my + dy, anchor: 'start' },
				{ x: mx, y: my + dy, anchor: 'middle' },
				{ x: mx - 10, y: my + dy, anchor: 'end' }
			);
		}
		const bounds = { x0: 0, y0: 0, x1: opts.width, y1: f.bottom };
		const font = { size: 13, bold: true };
		// Clear of the events' badges and rules when a spot is, on one line or else on two (a
		// phone's narrow gaps between rules); where neither fits, a rule through the label (drawn
		// last, with its halo) is better than a line or a point, and two lines inside the chart
		// better than one cut at its edge.
		const clearOfAll = { boxes: [...boxes, ...events.boxes], lines: [...lines, ...events.lines] };
		const clearOfData = { boxes, lines };
		let placed: TargetText | null = null;
		for (const [words, obstacles] of [
			[text, clearOfAll],
			[split, clearOfAll],
			[text, clearOfData],
			[split, clearOfData]
		] as const) {
			const spot = placeLabel(words, candidates, font, obstacles, bounds);
			if (spot) {
				boxes.push(spot.box);
				placed = {
					x: round(spot.x),
					y: round(spot.y),
					anchor: spot.anchor,
					split: words === split
				};
				break;
			}
		}
		target = { ...mark, text: placed ?? { x: mx, y: my - 12, anchor: 'middle', split: false } };
	}
	return {
		frame: f,
		domain,
		xTicks,
		yTicks: makeYTicks(y, opts.locale, 5),
		actualPaths: segments(actual).map((run) => path(run) ?? ''),
		actualPoints: actual.flatMap((p) =>
			p.value === null
				? []
				: [
						{
							x: xOf(p.period),
							y: yOf(p.value),
							period: p.period,
							value: p.value,
							flags: p.flags,
							marker: markerOf(p.flags),
							label:
								opts.pointText === undefined
									? ''
									: trackerPointLabel(
											opts.pointText,
											{ period: p.period, value: p.value, flags: p.flags },
											opts.locale,
											opts.meaning,
											decimals
										)
						}
					]
		),
		actualMissing: actual
			.filter((p) => p.value === null)
			.map((p) => ({
				x: xOf(p.period),
				period: p.period,
				flags: p.flags,
				// Eurostat's flags are lower case, a confidentiality status upper case (`uC`).
				label:
					opts.pointText === undefined
						? ''
						: missingLabel(
								opts.pointText,
								{
									period: p.period,
									flags: p.flags.replace(/[A-Z]/g, ''),
									confStatus: /[A-Z]/.exec(p.flags)?.[0] ?? null
								},
								opts.locale,
								opts.meaning ?? flagMeaning,
								confStatusMeaning
							)
			})),
		referencePaths: segments(reference).map((run) => path(run) ?? ''),
		trajectoryPath: known(input.trajectory),
		projectionPath: known(input.projection),
		projectionEnd: lastProjection
			? { x: xOf(lastProjection.period), y: yOf(lastProjection.value) }
			: null,
		targetMark: target,
		window: {
			...band,
			text:
				opts.windowText === undefined
					? null
					: placeWindowText(opts.windowText, band, f, {
							boxes: [...boxes, ...events.boxes],
							lines: [...lines, ...events.lines]
						})
		},
		scenario: scenario ? placeScenario(scenario, xOf, yOf, known, f.right) : null
	};
}

/**
 * Screen-reader name of a tracker point: the words of the actual path, the period and value, then
 * each flag with its meaning. The value has `decimals` (its series': `unitsDecimals`), two unless
 * said.
 * `trackerPointLabel('Valeur réelle', { period: '2022', value: 12.57, flags: 'b' }, 'fr')`
 * → `Valeur réelle, 2022 : 12,57 %, b : rupture de série`.
 */
export function trackerPointLabel(
	text: string,
	p: { period: string; value: number; flags: string },
	locale: Locale,
	meaning: (flag: string, locale: Locale) => string = flagMeaning,
	decimals = VALUE_DECIMALS
): string {
	const colon = colonOf(locale);
	return [
		`${text}, ${formatPeriod(p.period, locale)}${colon} ${formatValue(p.value, locale, { decimals })}`,
		...[...p.flags].map((fl) => `${fl}${colon} ${meaning(fl, locale)}`)
	].join(', ');
}

/**
 * Where the words naming the target's period go inside its band: low in it first (the axis
 * starts at zero, well below the lines), then high; on one line or, in a narrow band, two; clear
 * of lines, points, words and events' rules. `null` where nothing fits (a phone's narrow band):
 * the chart's legend names the band then.
 * `placeWindowText('Période de l’objectif', { x0: 400, x1: 600 }, frame, obstacles)`
 * → `{ x: 404, y: 318, anchor: 'start', lines: ['Période de l’objectif'] }`.
 */
export function placeWindowText(
	text: string,
	band: { x0: number; x1: number },
	f: Frame,
	obstacles: Obstacles
): WindowText | null {
	const words = text.split(' ');
	// Two lines as even as the words allow: "Période de" / "l’objectif".
	let cut = 1;
	for (let i = 1; i < words.length; i++) {
		const left = words.slice(0, i).join(' ').length;
		const best = words.slice(0, cut).join(' ').length;
		if (Math.abs(2 * left - text.length) < Math.abs(2 * best - text.length)) cut = i;
	}
	const split =
		words.length > 1 ? [words.slice(0, cut).join(' '), words.slice(cut).join(' ')] : null;
	const bounds = { x0: band.x0, y0: f.top, x1: band.x1, y1: f.bottom };
	const font = { size: WINDOW_TEXT_SIZE };
	const step = LINE_HEIGHT * WINDOW_TEXT_SIZE;
	for (const form of split ? [[text], split] : [[text]]) {
		const low = f.bottom - 8 - (form.length - 1) * step;
		const high = f.top + WINDOW_TEXT_SIZE + 2;
		const candidates = [low, low - step, high, high + step].flatMap((y) => [
			{ x: band.x0 + 4, y, anchor: 'start' as const },
			{ x: band.x1 - 4, y, anchor: 'end' as const }
		]);
		const spot = placeLabel(form, candidates, font, obstacles, bounds);
		if (spot) return { x: round(spot.x), y: round(spot.y), anchor: spot.anchor, lines: form };
	}
	return null;
}

/** The scenario's shapes; its band starts at the later of its two first years. */
function placeScenario(
	s: TrackerScenario,
	xOf: (period: string) => number,
	yOf: (v: number) => number,
	path: (ps: { period: string; value: number }[]) => string | null,
	right: number
): NonNullable<TrackerLayout['scenario']> {
	const first = [s.france[0]?.period, s.eu[0]?.period]
		.filter((p): p is string => p !== undefined)
		.sort(comparePeriods)
		.at(-1);
	const last = s.france.at(-1);
	const closingPoint =
		s.closingYear === null ? null : s.france.find((p) => p.period === String(s.closingYear));
	return {
		france: path(s.france),
		eu: path(s.eu),
		franceEnd: last ? { x: xOf(last.period), y: yOf(last.value) } : null,
		band: { x0: first ? xOf(first) : right, x1: right },
		closing: closingPoint
			? { x: xOf(closingPoint.period), y: yOf(closingPoint.value), year: s.closingYear! }
			: null,
		lines: [s.france, s.eu].map((ps) => ps.map((p) => ({ x: xOf(p.period), y: yOf(p.value) })))
	};
}

/**
 * Where the closing mark's words go: under or over the mark, centred or turned to one side, the
 * first place that crosses neither scenario path nor the France path's name and stays in the
 * plot (under the mark, turned left near the right edge, when none is free).
 * `closingTextAt(layout, 'écart comblé en 2030', 'France (scénario)')` → `{ x: 604, y: 212, anchor: 'end' }`
 */
export function closingTextAt(
	layout: Pick<TrackerLayout, 'frame' | 'scenario'>,
	text: string,
	franceName: string
): { x: number; y: number; anchor: Anchor } | null {
	const s = layout.scenario;
	if (!s?.closing) return null;
	const { x, y } = s.closing;
	const f = layout.frame;
	const font = { size: CLOSING_SIZE, bold: true };
	const nearRight = x > f.right - 90;
	const candidates = [24, -14, 40, -30].flatMap((dy) => [
		{ x, y: y + dy, anchor: 'middle' as const },
		{ x: x + 6, y: y + dy, anchor: 'end' as const },
		{ x: x - 6, y: y + dy, anchor: 'start' as const }
	]);
	const name = s.franceEnd
		? [
				textBox(franceName, {
					size: SCENARIO_NAME.size,
					bold: true,
					x: s.franceEnd.x,
					y: s.franceEnd.y - SCENARIO_NAME.above,
					anchor: 'end'
				})
			]
		: [];
	const bounds = { x0: f.left, y0: f.top, x1: f.right, y1: f.bottom };
	const placed = placeLabel(text, candidates, font, { boxes: name, lines: s.lines }, bounds);
	if (placed) return { x: placed.x, y: placed.y, anchor: placed.anchor };
	return nearRight ? { x: x + 6, y: y + 24, anchor: 'end' } : { x, y: y + 24, anchor: 'middle' };
}
