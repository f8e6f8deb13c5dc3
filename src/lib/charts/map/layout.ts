/**
 * The map chart's maths, without DOM: colour classes, placed country paths with their fill,
 * hatch, screen-reader name and tooltip, the legend model and the text description.
 */
import { COLOURS } from '../core/theme';
import { color, geoPath, interpolateBlues } from 'd3';
import type { Locale } from '../../domain/locale';
import { labelOf } from '../../domain/codes';
import { confStatusMeaning, flagMeaning } from '../../i18n/flags';
import { tWords } from '../../i18n/words';
import { importedLine } from '../core/tooltip';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { formatNumber, formatValue, VALUE_DECIMALS } from '../core/format';
import { EUROSTAT_BY_NAME, EUROSTAT_TO_NUMERIC } from './countries';
import { finish, inNewTask } from '../../data/ingest/slicer';
import type { MapShape } from './geometry';
import {
	europeProjection,
	europeShapesSteps,
	fitBoundsSteps,
	keptEuropeShapes,
	keptMapHeight,
	mapHeightSteps,
	sharedSteps
} from './geometry';
import { compareCodes, compareLabels } from '../../domain/text';

/** One country's figure for the year shown, as the page passes it. */
export interface MapValue {
	geo: string;
	value: number | null;
	flags: string;
	confStatus: string | null;
	/** The imported file the value was read from, when the map joins it to other files. */
	imported?: string;
}

/** Fill of a country drawn for context only (no Eurostat row, outside the EU). */
export const CONTEXT_FILL = COLOURS.context;
/** Its coasts and borders: a shade darker, or the neighbours would melt into the sea. */
export const CONTEXT_STROKE = COLOURS.contextEdge;
/** Sea: lighter than the grey neighbours, which are lighter than the palest class. */
export const SEA = COLOURS.sea;
/** Borders between countries: white reads as a gap on every class colour. */
export const BORDER = COLOURS.paper;
/** Outline of the country the page is about (France by default), and of the one under focus. */
export const FOCUS_STROKE = COLOURS.ink;
/** Hatch of a country without a value: dark lines on white, readable in greyscale print. */
export const HATCH = { background: COLOURS.paper, line: COLOURS.muted } as const;
/** A country smaller than this on screen (px², viewBox units) also gets a round marker. */
export const SMALL_AREA = 120;
export const MARKER_RADIUS = 6;

const WORDS = {
	fr: {
		colon: '\u00a0:',
		noData: 'pas de donnée',
		noDataLegend: 'pas de donnée',
		context: 'hors comparaison',
		range: (from: string, to: string) => `de ${from} à moins de ${to}`,
		rangeLast: (from: string, to: string) => `de ${from} à ${to}`,
		cls: 'classe',
		empty: 'Carte de l’Europe\u00a0: aucune valeur à afficher.',
		legend: 'Légende de la carte',
		count: (n: number, of: number) =>
			`Carte de l’Europe\u00a0: ${n} pays de l’UE sur ${of} ont une valeur`,
		others: (n: number) => (n === 1 ? ', et 1 autre pays' : `, et ${n} autres pays`),
		highest: 'la plus élevée',
		lowest: 'la plus basse',
		missing: (list: string) => `sans donnée\u00a0: ${list}`,
		and: 'et',
		sep: '\u202f; '
	},
	en: {
		colon: ':',
		noData: 'no data',
		noDataLegend: 'no data',
		context: 'not compared',
		range: (from: string, to: string) => `from ${from} to under ${to}`,
		rangeLast: (from: string, to: string) => `from ${from} to ${to}`,
		cls: 'class',
		empty: 'Map of Europe: no value to show.',
		legend: 'Map legend',
		count: (n: number, of: number) => `Map of Europe: ${n} of ${of} EU countries have a value`,
		others: (n: number) => (n === 1 ? ', and 1 other country' : `, and ${n} other countries`),
		highest: 'highest',
		lowest: 'lowest',
		missing: (list: string) => `no data: ${list}`,
		and: 'and',
		sep: '; '
	}
} as const;

/** Every code the map can draw: the Eurostat codes of countries with a shape. */
const MAPPABLE: ReadonlySet<string> = new Set([
	...EUROSTAT_TO_NUMERIC.keys(),
	...EUROSTAT_BY_NAME.values()
]);
const EU27: ReadonlySet<string> = new Set(EU27_2020_MEMBERS);

/** Steps tried for class widths, times a power of ten: round numbers a reader can add up. */
const NICE_STEPS = [1, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** Sequential classes: `breaks` has one more entry than `colours`. */
export interface ColourScale {
	breaks: readonly number[];
	colours: readonly string[];
	/** Decimals that write every break exactly (`2,5` needs one). */
	decimals: number;
	/** Class of a value: `[break i, break i+1)`, the top class closed; outside → nearest class. */
	classOf(value: number): number;
}

function decimalsOf(values: readonly number[]): number {
	for (let d = 0; d <= 6; d++) {
		if (values.every((v) => Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6)) return d;
	}
	return 6;
}

/**
 * Equal-width classes on round breaks that cover every finite value, coloured from d3's Blues
 * ramp (one hue, lightness falling steadily: safe for colour-blind readers and still ordered in
 * greyscale print). Returns `null` when there is no finite value. Pass the values of every year
 * shown by the year control, not only the current one, so a colour keeps its meaning as the year
 * moves. `colourScale([5.8, 16.5, 35.1]).breaks` → `[0, 8, 16, 24, 32, 40]`.
 */
export function colourScale(
	values: readonly (number | null | undefined)[],
	opts: { classes?: number } = {}
): ColourScale | null {
	const n = opts.classes ?? 5;
	if (!Number.isInteger(n) || n < 2 || n > 9) {
		throw new RangeError(`classes must be an integer from 2 to 9, got ${n}.`);
	}
	const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (finite.length === 0) return null;
	const min = Math.min(...finite);
	const max = Math.max(...finite);
	const span = max - min || Math.abs(max) || 1;
	let step = 0;
	let low = 0;
	// The smallest round step whose n classes, started on a multiple of it, reach the maximum.
	search: for (let power = Math.floor(Math.log10(span / n)) - 1; ; power++) {
		for (const m of NICE_STEPS) {
			const s = m * 10 ** power;
			const lo = Math.floor(min / s + 1e-9) * s;
			if (lo + n * s >= max - 1e-9) {
				step = s;
				low = lo;
				break search;
			}
		}
	}
	// Breaks are rounded to the step's decimals so `0.30000000000000004` never reaches a label.
	const raw = Array.from({ length: n + 1 }, (_, i) => low + i * step);
	const decimals = decimalsOf([Number(step.toPrecision(12))]);
	const breaks = raw.map((b) => Number(b.toFixed(decimals)));
	const colours = Array.from(
		{ length: n },
		(_, i) => color(interpolateBlues(0.25 + (0.7 * i) / (n - 1)))?.formatHex() ?? COLOURS.ink
	);
	return {
		breaks,
		colours,
		decimals,
		classOf(value: number) {
			const i = Math.floor((value - low) / step + 1e-9);
			return Math.max(0, Math.min(n - 1, i));
		}
	};
}

/** One legend entry: a colour class, with its count of countries in the current view. */
export interface LegendClass {
	colour: string;
	from: number;
	to: number;
	/** Short label under the swatch: `8 – 16 %`. */
	label: string;
	/** Spoken label, saying which end is included: `de 8 % à moins de 16 %`. */
	longLabel: string;
	count: number;
}

export interface LegendModel {
	classes: LegendClass[];
	/** The hatched swatch, with how many drawn countries have no value. */
	missing: { label: string; count: number };
	/** The grey swatch of neighbours outside the comparison. */
	context: { label: string };
	/** Accessible name of the legend list. */
	title: string;
}

/** The legend's class labels. `classLabels(scale, 'fr')[1].label` → `8 – 16 %`. */
export function classLabels(
	scale: ColourScale,
	locale: Locale
): Pick<LegendClass, 'colour' | 'from' | 'to' | 'label' | 'longLabel'>[] {
	const w = WORDS[locale];
	const num = (v: number) => formatNumber(v, locale, scale.decimals);
	const pct = (v: number) => formatValue(v, locale, { decimals: scale.decimals });
	const dash = locale === 'fr' ? '\u00a0– ' : '–';
	return scale.colours.map((colour, i) => {
		const from = scale.breaks[i]!;
		const to = scale.breaks[i + 1]!;
		const last = i === scale.colours.length - 1;
		return {
			colour,
			from,
			to,
			label: `${num(from)}${dash}${pct(to)}`,
			longLabel: (last ? w.rangeLast : w.range)(pct(from), pct(to))
		};
	});
}

/**
 * Why a value is what it is, from its flags and confidentiality status (`u : fiabilité faible`),
 * and where it was read when not from the page's source (an imported file): in words for a
 * screen reader, after its mark (`imp. : …`) in a tooltip, as the other charts' tooltips say it.
 */
function flagNotes(row: MapValue | undefined, locale: Locale, marked = false): string[] {
	if (!row) return [];
	const colon = WORDS[locale].colon;
	return [
		...[...row.flags].map((f) => `${f}${colon} ${flagMeaning(f, locale)}`),
		...(row.confStatus
			? [`${row.confStatus}${colon} ${confStatusMeaning(row.confStatus, locale)}`]
			: []),
		...(row.imported
			? [marked ? importedLine(row.imported, locale) : tWords(locale).importedFrom(row.imported)]
			: [])
	];
}

/**
 * Screen-reader name of a country: `France : 16,50 %`, with the flags in words
 * (`Monténégro : pas de donnée (c : confidentiel (ancien code))`).
 * `countryLabel('FR', { geo: 'FR', value: 13.25, flags: 'b', confStatus: null }, 'fr')` →
 * `France : 13,25 %, b : rupture de série`. The value has `decimals`, its series' (two unless said).
 */
export function countryLabel(
	geo: string,
	row: MapValue | undefined,
	locale: Locale,
	decimals = VALUE_DECIMALS
): string {
	const w = WORDS[locale];
	const name = labelOf('geo', geo, locale);
	const notes = flagNotes(row, locale);
	if (row?.value === null || row?.value === undefined || !Number.isFinite(row.value)) {
		return `${name}${w.colon} ${w.noData}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
	}
	return [`${name}${w.colon} ${formatValue(row.value, locale, { decimals })}`, ...notes].join(', ');
}

/** A country with a Eurostat code, placed: path, fill or hatch, and what it says. */
export interface PlacedCountry {
	geo: string;
	name: string;
	d: string;
	/** Class colour, or `null` when hatched. */
	fill: string | null;
	hatched: boolean;
	/** Whether the page passed a row for it (a value or a reasoned gap). */
	hasRow: boolean;
	value: number | null;
	classIndex: number | null;
	eu: boolean;
	focus: boolean;
	/** Screen-reader name, also the tooltip's content in one line. */
	/** The imported file its value was read from (outlined with dashes), or `null`. */
	imported: string | null;
	label: string;
	/** Tooltip lines: name, value or "no data", one line per flag. */
	lines: string[];
	/** Where the tooltip points (centroid of the visible part). */
	anchor: [number, number];
	/** Round marker over a country too small to see or hit (Malta, Liechtenstein). */
	marker: { x: number; y: number; r: number } | null;
}

export interface MapLayout {
	width: number;
	height: number;
	/** Countries in the comparison (every EU member, plus any other with a row), by name. */
	countries: PlacedCountry[];
	/** The focus country, outlined on top of the others; `null` when it is not drawn. */
	focus: PlacedCountry | null;
	/** Grey neighbours: shapes without a code, and countries outside the EU without a row. */
	context: { key: string; name: string; d: string }[];
	scale: ColourScale | null;
	legend: LegendModel;
	/** Codes in `values` the map cannot draw (aggregates such as EU27_2020, unknown codes). */
	unmapped: string[];
	/** Codes with a row and a shape that falls outside the frame (Georgia). */
	offFrame: string[];
}

/** A shape as drawn at one size: its path, its area and its centroid (viewBox units). */
export interface ProjectedShape {
	d: string;
	area: number;
	centroid: [number, number];
}

/** Sizes kept per set of shapes: the prerendered width, the measured one, a phone's. */
const KEPT_SIZES = 4;
const projections = new WeakMap<object, Map<string, ReadonlyMap<MapShape, ProjectedShape>>>();

/**
 * Every shape (countries and context) projected for a `width` × `height` map, computed once per
 * set of shapes and size and then kept: the projection (clipping, resampling every border) is
 * the map's costly part, and a new year, a new series or coming back to the map tab draws the
 * same shapes at the same size (issue #18). The same paths, to the digit, as projecting again.
 * `projectedShapes(europeShapes(), 720, 723).get(france)?.d` → `M212.3,… Z`
 */
export function projectedShapes(
	shapes: { countries: readonly MapShape[]; context: readonly MapShape[] },
	width: number,
	height: number
): ReadonlyMap<MapShape, ProjectedShape> {
	const kept = keptShapes(shapes, width, height);
	if (kept) return kept;
	return keepShapes(shapes, width, height, finish(projecting(shapes, width, height)));
}

/**
 * Projects the shapes for a map of `width` × `height` a few at a time, in the moments `idle`
 * gives (each slice runs while `timeLeft()` is above 2 ms), and keeps them as `projectedShapes`
 * would: opening the map tab then finds them ready instead of projecting them in one 100–200 ms
 * task. Does nothing when they are kept already.
 * `projectWhenIdle(europeShapes(), 720, mapHeight(720), idleSlices)`
 */
export function projectWhenIdle(
	shapes: { countries: readonly MapShape[]; context: readonly MapShape[] },
	width: number,
	height: number,
	idle: (slice: (timeLeft: () => number) => void) => void
): void {
	if (keptShapes(shapes, width, height)) return;
	runWhenIdle(projecting(shapes, width, height), idle, (out) => {
		if (!keptShapes(shapes, width, height)) keepShapes(shapes, width, height, out);
	});
}

/**
 * Runs `steps` in the moments `idle` gives, each slice while `timeLeft()` is above 2 ms (one
 * step at least), then hands their result to `done`. `runWhenIdle(fitBoundsSteps(), idleSlices, keep)`
 */
export function runWhenIdle<T>(
	steps: Generator<void, T>,
	idle: (slice: (timeLeft: () => number) => void) => void,
	done: (value: T) => void
): void {
	const slice = (timeLeft: () => number) => {
		do {
			const step = steps.next();
			if (step.done) {
				done(step.value);
				return;
			}
		} while (timeLeft() > 2);
		idle(slice);
	};
	idle(slice);
}

/**
 * The browser's idle moments as `projectWhenIdle` takes them (`requestIdleCallback`, or short
 * timers where it is missing). `idleSlices((timeLeft) => …)`
 */
export function idleSlices(slice: (timeLeft: () => number) => void): void {
	// At most ~12 ms each even when the browser offers 50: an input that comes during a slice
	// waits for its end.
	if (typeof requestIdleCallback === 'function')
		requestIdleCallback(
			(deadline) => {
				const end = performance.now() + 12;
				slice(() => Math.min(deadline.timeRemaining(), end - performance.now()));
			},
			{ timeout: 10_000 }
		);
	else
		setTimeout(() => {
			const end = performance.now() + 10;
			slice(() => end - performance.now());
		}, 50);
}

/**
 * The width a map of `width` is laid out at when its figure measures `measured`: its own width,
 * or on a narrower screen the screen's, so the markers of small countries keep their size.
 * `mapViewWidth(720, 358)` → `358`; `mapViewWidth(720, 0)` (not measured yet) → `720`
 */
export function mapViewWidth(width: number, measured: number): number {
	return measured > 0 && measured < width ? Math.max(280, Math.round(measured)) : width;
}

/**
 * Gets Europe's shapes ready, in idle moments, for a map of `width` in a figure `measure()` wide
 * (read then, when the page is laid out), so that the map tab opens without projecting them.
 * `prepareMap(() => panel.clientWidth)`
 */
export function prepareMap(measure: () => number, width = 720, idle = idleSlices): void {
	// One country's borders per step at most: the shapes themselves, the fitting bounds, the
	// height, then the paths.
	function* steps(): Generator<void, void> {
		yield* europeShapesSteps();
		yield* fitBoundsSteps();
		yield* mapSteps(mapViewWidth(width, measure()));
	}
	runWhenIdle(steps(), idle, () => undefined);
}

/**
 * Whether a map `width` wide (its view width, `mapViewWidth`) draws without projecting anything:
 * its shapes parsed, its height measured and its paths kept. `mapReady(611)` → `false` until
 * `prepareMap` or `prepareMapNow` has got it ready
 */
export function mapReady(width: number): boolean {
	const shapes = keptEuropeShapes();
	const height = keptMapHeight(width);
	return shapes !== null && height !== undefined && keptShapes(shapes, width, height) !== undefined;
}

/**
 * Gets a map `width` wide ready in short tasks one after the other (`slices`, 12 ms each), not in
 * idle moments: the reader opened the map and waits for it. Drawn from scratch, the first map
 * was one task of 150–330 ms on a 2-core machine (four times that at CPU ×4) when the tab was
 * opened before `prepareMap` had ended; now that preparation and this one share their steps
 * (each runs once) and no task is long. Calls `done` when ready; the function returned cancels.
 * `const cancel = prepareMapNow(611, () => (ready = true))`
 */
export function prepareMapNow(
	width: number,
	done: () => void,
	slices: (slice: (timeLeft: () => number) => void) => void = taskSlices
): () => void {
	let cancelled = false;
	runWhenIdle(
		mapSteps(width),
		(slice) => {
			if (!cancelled) slices(slice);
		},
		// In a task of its own: the map drawn then is a task's worth by itself.
		() =>
			slices(() => {
				if (!cancelled) done();
			})
	);
	return () => (cancelled = true);
}

/** Slices of 12 ms in tasks one after the other (`inNewTask`: no timer clamping). */
export function taskSlices(slice: (timeLeft: () => number) => void): void {
	inNewTask(() => {
		const end = performance.now() + 12;
		slice(() => end - performance.now());
	});
}

/** The shapes, the height and the paths of a map `width` wide, one border per step. */
function* mapSteps(width: number): Generator<void, void> {
	const shapes = yield* europeShapesSteps();
	const height = yield* mapHeightSteps(width);
	if (keptShapes(shapes, width, height)) return;
	const key = `${width}×${height}`;
	const steps = running.get(key) ?? sharedSteps(() => projecting(shapes, width, height));
	running.set(key, steps);
	const out = yield* steps();
	running.delete(key);
	if (!keptShapes(shapes, width, height)) keepShapes(shapes, width, height, out);
}
// The projections under way, by size: the idle one and the one a reader waits for share theirs.
const running = new Map<string, () => Generator<void, ReadonlyMap<MapShape, ProjectedShape>>>();

function keptShapes(
	shapes: object,
	width: number,
	height: number
): ReadonlyMap<MapShape, ProjectedShape> | undefined {
	return projections.get(shapes)?.get(`${width}×${height}`);
}

function keepShapes(
	shapes: object,
	width: number,
	height: number,
	out: ReadonlyMap<MapShape, ProjectedShape>
): ReadonlyMap<MapShape, ProjectedShape> {
	const sizes = projections.get(shapes) ?? new Map<string, ReadonlyMap<MapShape, ProjectedShape>>();
	projections.set(shapes, sizes);
	if (sizes.size >= KEPT_SIZES) sizes.delete(sizes.keys().next().value!);
	sizes.set(`${width}×${height}`, out);
	return out;
}

/** The projection of every shape: its path, area and centroid one step each. */
function* projecting(
	shapes: { countries: readonly MapShape[]; context: readonly MapShape[] },
	width: number,
	height: number
): Generator<void, ReadonlyMap<MapShape, ProjectedShape>> {
	// One decimal of a viewBox unit is a tenth of a pixel at most: finer digits only weigh on the HTML.
	const path = geoPath(europeProjection(width, height)).digits(1);
	const out = new Map<MapShape, ProjectedShape>();
	for (const shape of [...shapes.countries, ...shapes.context]) {
		yield;
		const d = path(shape.feature) ?? '';
		// Area and centroid only matter for a shape that is drawn; each is a pass of its own.
		if (d) yield;
		const area = d ? path.area(shape.feature) : 0;
		if (d) yield;
		const [cx, cy] = d ? path.centroid(shape.feature) : [NaN, NaN];
		out.set(shape, { d, area, centroid: [cx, cy] });
	}
	return out;
}

/**
 * Places every shape for a `width` × `height` map: each EU member and each other country with a
 * row gets its class colour, or a hatch when its value is missing (null or no row at all); other
 * shapes are grey context. Rows whose code has no shape are not drawn and are listed in
 * `unmapped`. `placeMap(europeShapes(), [{ geo: 'FR', value: 16.5, flags: '', confStatus: null }],
 * { width: 720, height: 720, locale: 'fr' }).countries.find((c) => c.geo === 'FR')?.label` →
 * `France : 16,50 %`.
 */
export function placeMap(
	shapes: { countries: readonly MapShape[]; context: readonly MapShape[] },
	values: readonly MapValue[],
	opts: {
		width: number;
		height: number;
		locale: Locale;
		focusGeo?: string;
		/** A fixed scale (e.g. over every year); by default, one over `values`. */
		scale?: ColourScale | null;
		/** The decimals of the values written: the series' own (`seriesDecimals`). */
		decimals?: number;
	}
): MapLayout {
	const { width, height, locale } = opts;
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const focusGeo = opts.focusGeo ?? 'FR';
	const w = WORDS[locale];
	// A later duplicate row wins, like a later file overriding an earlier one in the engine.
	const rows = new Map(values.map((r) => [r.geo, r]));
	// Aggregates (EU27_2020) and unknown codes are not drawn, so they do not stretch the classes.
	const scale =
		opts.scale === undefined
			? colourScale(values.filter((r) => MAPPABLE.has(r.geo)).map((r) => r.value))
			: opts.scale;
	const projected = projectedShapes(shapes, width, height);
	const drawnGeos = new Set(shapes.countries.map((s) => s.geo));
	const unmapped = [...rows.keys()].filter((geo) => !drawnGeos.has(geo)).sort();

	const countries: PlacedCountry[] = [];
	const context: MapLayout['context'] = [];
	const offFrame: string[] = [];
	for (const shape of shapes.countries) {
		const geo = shape.geo!;
		const row = rows.get(geo);
		const eu = EU27.has(geo);
		const { d, area, centroid } = projected.get(shape)!;
		if (!eu && !row) {
			if (d) context.push({ key: geo, name: labelOf('geo', geo, locale), d });
			continue;
		}
		if (!d) {
			offFrame.push(geo);
			continue;
		}
		const value = row && row.value !== null && Number.isFinite(row.value) ? row.value : null;
		const classIndex = value !== null && scale ? scale.classOf(value) : null;
		const name = labelOf('geo', geo, locale);
		const [cx, cy] = centroid;
		const anchor: [number, number] = Number.isFinite(cx) && Number.isFinite(cy) ? [cx, cy] : [0, 0];
		countries.push({
			geo,
			name,
			d,
			fill: classIndex === null ? null : scale!.colours[classIndex]!,
			hatched: classIndex === null,
			hasRow: row !== undefined,
			value,
			classIndex,
			eu,
			focus: geo === focusGeo,
			imported: row?.imported ?? null,
			label: countryLabel(geo, row, locale, decimals),
			lines: [
				name,
				value === null ? w.noData : formatValue(value, locale, { decimals }),
				...flagNotes(row, locale, true)
			],
			anchor,
			marker: area < SMALL_AREA ? { x: anchor[0], y: anchor[1], r: MARKER_RADIUS } : null
		});
	}
	for (const shape of shapes.context) {
		const { d } = projected.get(shape)!;
		if (d) context.push({ key: shape.name, name: shape.name, d });
	}
	// Document order is tab order: alphabetical in the reader's language beats Natural Earth's
	// file order. The focus country's thick outline is drawn apart, on top (see `focus`).
	countries.sort((a, b) => compareLabels(a.name, b.name) || compareCodes(a.geo, b.geo));

	const legend: LegendModel = {
		classes: scale
			? classLabels(scale, locale).map((c, i) => ({
					...c,
					count: countries.filter((p) => p.classIndex === i).length
				}))
			: [],
		missing: { label: w.noDataLegend, count: countries.filter((c) => c.hatched).length },
		context: { label: w.context },
		title: w.legend
	};
	const focus = countries.find((c) => c.focus) ?? null;
	return { width, height, countries, focus, context, scale, legend, unmapped, offFrame };
}

function list(items: string[], locale: Locale): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${WORDS[locale].and} ${items.at(-1)}`;
}

/**
 * The map in words for screen readers: how many EU members have a value, the highest and lowest
 * (ties named together), the focus country's value and class, and who has no data.
 * `describeMap([{ geo: 'FR', value: 16.5, ... }, { geo: 'IE', value: 35.1, ... }], 'fr')` →
 * `Carte de l’Europe : 2 pays de l’UE sur 27 ont une valeur ; la plus élevée : Irlande
 * (35,10 %) ; …`.
 */
export function describeMap(
	values: readonly MapValue[],
	locale: Locale,
	opts: { focusGeo?: string; scale?: ColourScale | null; decimals?: number } = {}
): string {
	const w = WORDS[locale];
	const decimals = opts.decimals ?? VALUE_DECIMALS;
	const focusGeo = opts.focusGeo ?? 'FR';
	const rows = new Map(values.filter((r) => MAPPABLE.has(r.geo)).map((r) => [r.geo, r]));
	const known = [...rows.values()].filter(
		(r): r is MapValue & { value: number } => r.value !== null && Number.isFinite(r.value)
	);
	if (known.length === 0) return w.empty;
	const scale = opts.scale === undefined ? colourScale(known.map((r) => r.value)) : opts.scale;
	const name = (geo: string) => labelOf('geo', geo, locale);
	const euKnown = known.filter((r) => EU27.has(r.geo)).length;
	const othersKnown = known.length - euKnown;
	const parts: string[] = [
		`${w.count(euKnown, EU27.size)}${othersKnown > 0 ? w.others(othersKnown) : ''}`
	];
	const extreme = (pick: (a: number, b: number) => number, word: string) => {
		const v = known.map((r) => r.value).reduce((a, b) => pick(a, b));
		const who = known
			.filter((r) => r.value === v)
			.map((r) => name(r.geo))
			.sort(compareLabels);
		parts.push(`${word}${w.colon} ${list(who, locale)} (${formatValue(v, locale, { decimals })})`);
	};
	extreme(Math.max, w.highest);
	extreme(Math.min, w.lowest);
	const focus = rows.get(focusGeo);
	if (focus?.value !== null && focus?.value !== undefined && Number.isFinite(focus.value)) {
		const cls = scale ? classLabels(scale, locale)[scale.classOf(focus.value)] : undefined;
		parts.push(
			`${name(focusGeo)}${w.colon} ${formatValue(focus.value, locale, { decimals })}${cls ? ` (${w.cls} ${cls.label})` : ''}`
		);
	} else {
		parts.push(countryLabel(focusGeo, focus, locale, decimals));
	}
	// EU members without a value, with or without a row: the map hatches both.
	const missing = EU27_2020_MEMBERS.filter((geo) => {
		const r = rows.get(geo);
		return !r || r.value === null || !Number.isFinite(r.value);
	}).map(name);
	if (missing.length > 0) parts.push(w.missing(list(missing, locale)));
	return `${parts.join(w.sep)}.`;
}
