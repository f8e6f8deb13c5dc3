import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { geoPath } from 'd3';
import { finish } from '../../data/ingest/slicer';
import { europeProjection, europeShapes, mapHeight, sharedSteps } from './geometry';
import {
	classLabels,
	colourScale,
	countryLabel,
	describeMap,
	placeMap,
	projectedShapes,
	projectWhenIdle,
	prepareMap,
	prepareMapNow,
	mapReady,
	mapViewWidth,
	SMALL_AREA,
	type MapValue
} from './layout';

const row = (geo: string, value: number | null, flags = '', confStatus: string | null = null) =>
	({ geo, value, flags, confStatus }) satisfies MapValue;

describe('colourScale', () => {
	it.each([
		{ values: [5.8, 16.5, 35.1], breaks: [0, 8, 16, 24, 32, 40], decimals: 0 },
		{ values: [12, 13.9], breaks: [12, 12.4, 12.8, 13.2, 13.6, 14], decimals: 1 },
		{ values: [0.1, 0.9], breaks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1 },
		{ values: [10, 20], breaks: [10, 12, 14, 16, 18, 20], decimals: 0 },
		{ values: [-3, 4], breaks: [-4, -2, 0, 2, 4, 6], decimals: 0 },
		{ values: [2, null, 27, Number.NaN, undefined], breaks: [0, 6, 12, 18, 24, 30], decimals: 0 },
		{ values: [16.5], breaks: [16.5, 16.6, 16.7, 16.8, 16.9, 17], decimals: 1 }
	])('$values → breaks $breaks', ({ values, breaks, decimals }) => {
		const scale = colourScale(values)!;
		expect(scale.breaks).toEqual(breaks);
		expect(scale.decimals).toBe(decimals);
		expect(scale.colours).toHaveLength(5);
		// Every value falls inside the classes: the ramp covers the data.
		for (const v of values) {
			if (typeof v !== 'number' || !Number.isFinite(v)) continue;
			expect(v).toBeGreaterThanOrEqual(scale.breaks[0]!);
			expect(v).toBeLessThanOrEqual(scale.breaks.at(-1)!);
		}
	});

	it.each([
		[0, 0],
		[7.99, 0],
		[8, 1], // a break belongs to the class above
		[31.99, 3],
		[40, 4], // the top class is closed
		[45, 4], // beyond the classes (another year's scale): the nearest class
		[-1, 0]
	])('classOf(%d) → %d on [0, 8, …, 40]', (value, cls) => {
		expect(colourScale([5.8, 35.1])!.classOf(value)).toBe(cls);
	});

	it('gets darker class by class (readable in greyscale)', () => {
		const luminance = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const l = colourScale([0, 40])!.colours.map(luminance);
		for (let i = 1; i < l.length; i++) expect(l[i]! + 20).toBeLessThan(l[i - 1]!);
	});

	it('returns null without a finite value, and refuses a silly class count', () => {
		expect(colourScale([null, undefined, Number.NaN])).toBeNull();
		expect(colourScale([])).toBeNull();
		expect(() => colourScale([1, 2], { classes: 1 })).toThrow(RangeError);
		expect(colourScale([0, 40], { classes: 4 })!.colours).toHaveLength(4);
	});
});

describe('classLabels', () => {
	it.each([
		['fr', '0\u00a0– 8\u202f%', 'de 0\u202f% à moins de 8\u202f%', 'de 32\u202f% à 40\u202f%'],
		['en', '0–8%', 'from 0% to under 8%', 'from 32% to 40%']
	] as const)('%s', (locale, first, firstLong, lastLong) => {
		const labels = classLabels(colourScale([5.8, 35.1])!, locale);
		expect(labels[0]?.label).toBe(first);
		expect(labels[0]?.longLabel).toBe(firstLong);
		expect(labels.at(-1)?.longLabel).toBe(lastLong);
	});

	it('writes decimals when a break needs them', () => {
		expect(classLabels(colourScale([12, 13.9])!, 'fr')[0]?.label).toBe('12,0\u00a0– 12,4\u202f%');
	});
});

describe('countryLabel', () => {
	it.each([
		[row('FR', 16.5), 'fr', 'France\u00a0: 16,50\u202f%'],
		[row('FR', 16.5), 'en', 'France: 16.50%'],
		[row('FR', 13.25, 'b'), 'fr', 'France\u00a0: 13,25\u202f%, b\u00a0: rupture de série'],
		[row('FR', null, 'u'), 'fr', 'France\u00a0: pas de donnée (u\u00a0: fiabilité faible)'],
		[row('ME', null, '', 'C'), 'en', 'Montenegro: no data (C: confidential)'],
		[undefined, 'fr', 'Malte\u00a0: pas de donnée'],
		[
			{ ...row('FR', 14), imported: 'esels-revise.csv' },
			'en',
			'France: 14.00%, value read from your imported file “esels-revise.csv”'
		]
	] as const)('%j in %s', (r, locale, text) => {
		expect(countryLabel(r?.geo ?? 'MT', r, locale)).toBe(text);
	});
});

describe('placeMap', () => {
	const shapes = europeShapes();
	const width = 720;
	const height = mapHeight(width);
	const everyEu = EU27_2020_MEMBERS.map((geo, i) => row(geo, 5 + i));
	const place = (values: MapValue[], focusGeo?: string) =>
		placeMap(shapes, values, { width, height, locale: 'fr', focusGeo });

	it('says an imported value in its tooltip after its mark, as the other charts do, and in words to a screen reader', () => {
		const layout = place([{ ...row('FR', 14), imported: 'mine.csv' }, row('DE', 20)]);
		const france = layout.countries.find((c) => c.geo === 'FR')!;
		expect(france.imported).toBe('mine.csv');
		expect(france.lines).toEqual([
			'France',
			'14,00\u202f%',
			'imp.\u00a0: valeur lue dans votre fichier importé «\u00a0mine.csv\u00a0»'
		]);
		expect(france.label).toBe(
			'France\u00a0: 14,00\u202f%, valeur lue dans votre fichier importé «\u00a0mine.csv\u00a0»'
		);
		expect(layout.countries.find((c) => c.geo === 'DE')!.imported).toBeNull();
	});

	it('draws every EU member, with or without a row', () => {
		const layout = place([row('FR', 16.5)]);
		expect(layout.countries.map((c) => c.geo).sort()).toEqual([...EU27_2020_MEMBERS].sort());
	});

	it.each([
		{ name: 'a value', values: [row('FR', 16.5)], geo: 'FR', hatched: false, hasRow: true },
		{
			name: 'a null value',
			values: [row('FR', null, 'u')],
			geo: 'FR',
			hatched: true,
			hasRow: true
		},
		{ name: 'no row (EU)', values: [row('FR', 16.5)], geo: 'DE', hatched: true, hasRow: false },
		{ name: 'NaN', values: [row('FR', Number.NaN)], geo: 'FR', hatched: true, hasRow: true },
		{ name: 'non-EU null', values: [row('ME', null, 'c')], geo: 'ME', hatched: true, hasRow: true }
	])('$name → hatched $hatched', ({ values, geo, hatched, hasRow }) => {
		const c = place(values).countries.find((p) => p.geo === geo)!;
		expect(c.hatched).toBe(hatched);
		expect(c.fill === null).toBe(hatched);
		expect(c.hasRow).toBe(hasRow);
	});

	it('keeps non-EU countries without a row as grey context, with no code', () => {
		const layout = place(everyEu);
		expect(layout.countries.some((c) => c.geo === 'NO')).toBe(false);
		expect(layout.context.map((c) => c.key)).toEqual(expect.arrayContaining(['NO', 'Russia']));
		const withNorway = place([...everyEu, row('NO', 26.2)]);
		expect(withNorway.countries.find((c) => c.geo === 'NO')?.hatched).toBe(false);
	});

	it('ignores codes it cannot draw, and counts them', () => {
		const layout = place([...everyEu, row('EU27_2020', 16.2), row('ZZ', 3), row('FR1', 12)]);
		expect(layout.unmapped).toEqual(['EU27_2020', 'FR1', 'ZZ']);
		expect(layout.countries).toHaveLength(27);
		// The aggregate does not stretch the classes.
		expect(layout.scale?.breaks[0]).toBe(place(everyEu).scale?.breaks[0]);
	});

	it('lists a row whose country lies outside the frame', () => {
		expect(place([...everyEu, row('GE', 10)]).offFrame).toEqual(['GE']);
	});

	it.each([undefined, 'DE'])('outlines the focus country (%s), and only it', (focusGeo) => {
		const layout = place(everyEu, focusGeo);
		const expected = focusGeo ?? 'FR';
		expect(layout.countries.filter((c) => c.focus).map((c) => c.geo)).toEqual([expected]);
		expect(layout.focus?.geo).toBe(expected);
	});

	it('has no focus outline when the focus country is not drawn', () => {
		expect(place(everyEu, 'EU27_2020').focus).toBeNull();
	});

	it.each([
		['fr', ['Allemagne', 'Autriche', 'Belgique']],
		['en', ['Austria', 'Belgium', 'Bulgaria']]
	] as const)('orders countries by name in %s (the tab order)', (locale, first) => {
		const layout = placeMap(shapes, everyEu, { width, height, locale });
		expect(layout.countries.slice(0, 3).map((c) => c.name)).toEqual(first);
	});

	it('gives tiny countries a marker and large ones none', () => {
		const layout = place(everyEu);
		const marked = layout.countries.filter((c) => c.marker).map((c) => c.geo);
		expect(marked).toEqual(expect.arrayContaining(['MT', 'LU']));
		expect(marked).not.toContain('FR');
		expect(SMALL_AREA).toBeGreaterThan(0);
	});

	it('colours by a fixed scale when given one, and counts countries per class', () => {
		const scale = colourScale([0, 100]);
		const layout = placeMap(shapes, [row('FR', 16.5), row('DE', 90)], {
			width,
			height,
			locale: 'en',
			scale
		});
		expect(layout.legend.classes.map((c) => c.label)).toEqual([
			'0–20%',
			'20–40%',
			'40–60%',
			'60–80%',
			'80–100%'
		]);
		expect(layout.legend.classes.map((c) => c.count)).toEqual([1, 0, 0, 0, 1]);
		expect(layout.legend.missing).toEqual({ label: 'no data', count: 25 });
		expect(layout.countries.find((c) => c.geo === 'FR')?.lines).toEqual(['France', '16.50%']);
	});

	it('gives the tooltip the flag meaning of a gap', () => {
		const layout = place([row('FR', null, 'u')]);
		expect(layout.countries.find((c) => c.geo === 'FR')?.lines).toEqual([
			'France',
			'pas de donnée',
			'u\u00a0: fiabilité faible'
		]);
	});

	it('has no legend classes when nothing has a value', () => {
		const layout = place([row('FR', null)]);
		expect(layout.scale).toBeNull();
		expect(layout.legend.classes).toEqual([]);
		expect(layout.legend.missing.count).toBe(27);
	});
});

describe('projectedShapes', () => {
	it('projects each shape once per size, to the same paths, areas and centroids as projecting again', () => {
		const shapes = europeShapes();
		const [width, height] = [720, mapHeight(720)];
		const kept = projectedShapes(shapes, width, height);
		// Kept: the same map for the same shapes and size, a new one for another size.
		expect(projectedShapes(shapes, width, height)).toBe(kept);
		const phone = projectedShapes(shapes, 340, mapHeight(340));
		expect(phone).not.toBe(kept);
		expect(projectedShapes(shapes, width, height)).toBe(kept);
		const path = geoPath(europeProjection(width, height)).digits(1);
		const france = shapes.countries.find((s) => s.geo === 'FR')!;
		expect(kept.get(france)!.d).toBe(path(france.feature));
		expect(kept.get(france)!.area).toBe(path.area(france.feature));
		expect(kept.get(france)!.centroid).toEqual(path.centroid(france.feature));
		expect(phone.get(france)!.d).not.toBe(kept.get(france)!.d);
		for (const shape of [...shapes.countries, ...shapes.context])
			expect(kept.get(shape)!.d).toBe(path(shape.feature) ?? '');
		// The layout drawn from kept shapes is the one drawn from fresh ones.
		const values = [row('FR', 16.5), row('DE', 20.1), row('MT', null), row('NO', 30)];
		const opts = { width, height, locale: 'fr' as const };
		const fresh = { countries: [...shapes.countries], context: [...shapes.context] };
		// (The colour scale holds a function, new on each call: compared by its classes.)
		const drawn = ({ scale, ...rest }: ReturnType<typeof placeMap>) => ({
			...rest,
			breaks: scale?.breaks
		});
		expect(drawn(placeMap(shapes, values, opts))).toEqual(drawn(placeMap(fresh, values, opts)));
	});

	it('keeps a few sizes only, the oldest dropped first', () => {
		const shapes = { countries: europeShapes().countries.slice(0, 3), context: [] };
		const first = projectedShapes(shapes, 300, 300);
		for (const w of [301, 302, 303, 304]) projectedShapes(shapes, w, 300);
		expect(projectedShapes(shapes, 303, 300)).toBe(projectedShapes(shapes, 303, 300));
		expect(projectedShapes(shapes, 300, 300)).not.toBe(first);
		expect(projectedShapes(shapes, 300, 300)).toEqual(first);
	});
});

describe('projectWhenIdle', () => {
	it('projects in slices, one shape at a time when no time is left, and keeps what projectedShapes gives', () => {
		// A set of shapes of its own, so that no other test has projected it already.
		const shapes = { countries: europeShapes().countries.slice(0, 5), context: [] };
		const slices: ((timeLeft: () => number) => void)[] = [];
		projectWhenIdle(shapes, 500, 400, (slice) => slices.push(slice));
		let runs = 0;
		while (slices.length > 0) {
			slices.shift()!(() => 0);
			runs += 1;
		}
		// The first step fits the projection; then per slice a shape's path, and for a shape
		// drawn its area and its centroid; then the hand-over.
		const path = geoPath(europeProjection(500, 400)).digits(1);
		const drawn = shapes.countries.filter((s) => path(s.feature)).length;
		expect(drawn).toBeGreaterThan(0);
		expect(runs).toBe(1 + shapes.countries.length + 2 * drawn);
		const kept = projectedShapes(shapes, 500, 400);
		for (const shape of shapes.countries)
			expect(kept.get(shape)!.d).toBe(path(shape.feature) ?? '');
		// Ready already: nothing more to schedule.
		projectWhenIdle(shapes, 500, 400, (slice) => slices.push(slice));
		expect(slices).toHaveLength(0);
	});
	it('runs in one slice while time is left', () => {
		const shapes = { countries: europeShapes().countries.slice(5, 8), context: [] };
		const slices: ((timeLeft: () => number) => void)[] = [];
		projectWhenIdle(shapes, 500, 400, (slice) => slices.push(slice));
		slices.shift()!(() => 50);
		expect(slices).toHaveLength(0);
		expect(projectedShapes(shapes, 500, 400).size).toBe(3);
	});
});

describe('prepareMap', () => {
	it('fits, measures and projects Europe in one-country slices, and the map then finds its shapes kept', () => {
		const slices: ((timeLeft: () => number) => void)[] = [];
		let measured = 0;
		// An odd width no other test uses, so that nothing is kept yet.
		prepareMap(
			() => (measured += 1) && 611,
			720,
			(slice) => slices.push(slice)
		);
		let runs = 0;
		while (slices.length > 0) {
			slices.shift()!(() => 0);
			runs += 1;
		}
		expect(measured).toBe(1);
		// Fitting bounds (kept from other tests or 27 steps), the height (27), every shape (one each).
		const shapes = europeShapes();
		expect(runs).toBeGreaterThanOrEqual(27 + shapes.countries.length + shapes.context.length);
		const height = mapHeight(611);
		const kept = projectedShapes(shapes, 611, height);
		const path = geoPath(europeProjection(611, height)).digits(1);
		const france = shapes.countries.find((s) => s.geo === 'FR')!;
		expect(kept.get(france)!.d).toBe(path(france.feature));
		expect(mapViewWidth(720, 611)).toBe(611);
		expect(mapViewWidth(720, 0)).toBe(720);
		expect(mapViewWidth(720, 900)).toBe(720);
		expect(mapViewWidth(720, 200)).toBe(280);
	});
});

describe('sharedSteps', () => {
	function counted() {
		let made = 0;
		let stepped = 0;
		const make = function* (): Generator<void, string> {
			made += 1;
			for (let i = 0; i < 4; i++) {
				stepped += 1;
				yield;
			}
			return `result ${made}`;
		};
		return { make, counts: () => ({ made, stepped }) };
	}

	it('runs the steps once for two callers taking turns, and both get the result', () => {
		const { make, counts } = counted();
		const steps = sharedSteps(make);
		const a = steps();
		const b = steps();
		const results: string[] = [];
		let aDone = false;
		let bDone = false;
		while (!aDone || !bDone) {
			if (!aDone) {
				const s = a.next();
				if (s.done) {
					aDone = true;
					results.push(s.value);
				}
			}
			if (!bDone) {
				const s = b.next();
				if (s.done) {
					bDone = true;
					results.push(s.value);
				}
			}
		}
		expect(results).toEqual(['result 1', 'result 1']);
		expect(counts()).toEqual({ made: 1, stepped: 4 });
		// Asked again after they ended: made again.
		expect(finish(steps())).toBe('result 2');
		expect(counts()).toEqual({ made: 2, stepped: 8 });
	});
});

describe('prepareMapNow', () => {
	// Widths no other test uses, so that nothing is kept yet.
	it('gets a map ready in slices and says so once, its paths those of the map drawn at once', () => {
		const slices: ((timeLeft: () => number) => void)[] = [];
		let ready = 0;
		expect(mapReady(587)).toBe(false);
		prepareMapNow(
			587,
			() => (ready += 1),
			(slice) => slices.push(slice)
		);
		let runs = 0;
		while (slices.length > 0) {
			expect(ready).toBe(0);
			slices.shift()!(() => 0);
			runs += 1;
		}
		expect(runs).toBeGreaterThan(europeShapes().countries.length);
		expect(ready).toBe(1);
		expect(mapReady(587)).toBe(true);
		const height = mapHeight(587);
		const path = geoPath(europeProjection(587, height)).digits(1);
		const kept = projectedShapes(europeShapes(), 587, height);
		for (const shape of europeShapes().countries)
			expect(kept.get(shape)!.d).toBe(path(shape.feature) ?? '');
	});

	it('shares its steps with the idle preparation of the same width, each running once', () => {
		const drain = (queue: ((timeLeft: () => number) => void)[]) => {
			let n = 0;
			for (; queue.length > 0; n += 1) queue.shift()!(() => 0);
			return n;
		};
		// The slices a map takes alone, at a width nobody prepared.
		const single: ((timeLeft: () => number) => void)[] = [];
		prepareMapNow(
			571,
			() => undefined,
			(slice) => single.push(slice)
		);
		const alone = drain(single);

		const idle: ((timeLeft: () => number) => void)[] = [];
		const now: ((timeLeft: () => number) => void)[] = [];
		prepareMap(
			() => 563,
			720,
			(slice) => idle.push(slice)
		);
		// The idle preparation has gone some way when the reader opens the map.
		let total = 0;
		for (; total < 150; total += 1) idle.shift()!(() => 0);
		let ready = false;
		prepareMapNow(
			563,
			() => (ready = true),
			(slice) => now.push(slice)
		);
		while (now.length > 0) {
			now.shift()!(() => 0);
			total += 1;
			// Idle moments come now and then meanwhile, and run the next step of the same work.
			if (total % 3 === 0 && idle.length > 0) {
				idle.shift()!(() => 0);
				total += 1;
			}
		}
		expect(ready).toBe(true);
		expect(mapReady(563)).toBe(true);
		// Each step ran once: both together took the slices of one map (and a last look each),
		// not one and a half.
		total += drain(idle);
		expect(total).toBeLessThanOrEqual(alone + 4);
		const shapes = europeShapes();
		const height = mapHeight(563);
		const path = geoPath(europeProjection(563, height)).digits(1);
		for (const shape of shapes.countries)
			expect(projectedShapes(shapes, 563, height).get(shape)!.d).toBe(path(shape.feature) ?? '');
	});

	it('never says ready once cancelled', () => {
		const slices: ((timeLeft: () => number) => void)[] = [];
		let ready = false;
		const cancel = prepareMapNow(
			541,
			() => (ready = true),
			(slice) => slices.push(slice)
		);
		slices.shift()!(() => 0);
		cancel();
		while (slices.length > 0) slices.shift()!(() => 0);
		expect(ready).toBe(false);
		expect(slices).toHaveLength(0);
	});
});

describe('describeMap', () => {
	const values = [
		row('FR', 16.5),
		row('IE', 35.1),
		row('DK', 35.1),
		row('BG', 5.8),
		row('MT', null, 'u'),
		row('NO', 26.2),
		row('EU27_2020', 16.2)
	];
	it.each([
		[
			'fr',
			'Carte de l’Europe\u00a0: 4 pays de l’UE sur 27 ont une valeur, et 1 autre pays\u202f; ' +
				'la plus élevée\u00a0: Danemark et Irlande (35,10\u202f%)\u202f; ' +
				'la plus basse\u00a0: Bulgarie (5,80\u202f%)\u202f; ' +
				'France\u00a0: 16,50\u202f% (classe 16\u00a0– 24\u202f%)\u202f; sans donnée\u00a0: '
		],
		[
			'en',
			'Map of Europe: 4 of 27 EU countries have a value, and 1 other country; ' +
				'highest: Denmark and Ireland (35.10%); lowest: Bulgaria (5.80%); ' +
				'France: 16.50% (class 16–24%); no data: '
		]
	] as const)('%s', (locale, start) => {
		const text = describeMap(values, locale);
		expect(text.startsWith(start)).toBe(true);
		expect(text).toContain(locale === 'fr' ? 'Malte' : 'Malta');
		expect(text.endsWith('.')).toBe(true);
	});

	it('says when the focus country has no value, and why', () => {
		expect(describeMap([row('FR', null, 'u'), row('DE', 20)], 'fr')).toContain(
			'France\u00a0: pas de donnée (u\u00a0: fiabilité faible)'
		);
	});

	it('says so when nothing has a value', () => {
		expect(describeMap([row('FR', null), row('EU27_2020', 16)], 'en')).toBe(
			'Map of Europe: no value to show.'
		);
	});
});

describe('a series published in whole percentages (E_AESELL)', () => {
	// Its countries' names, tooltips and description read « 14,00 % »: never published so.
	const values = [
		{ geo: 'FR', value: 14, flags: '', confStatus: null },
		{ geo: 'IE', value: 38, flags: '', confStatus: null },
		{ geo: 'DE', value: 19, flags: '', confStatus: null }
	];

	it('writes the values with the series’ decimals', () => {
		expect(countryLabel('FR', values[0], 'fr', 0)).toBe('France\u00a0: 14\u202f%');
		const layout = placeMap(europeShapes(), values, {
			width: 720,
			height: mapHeight(720),
			locale: 'en',
			decimals: 0
		});
		const ie = layout.countries.find((c) => c.geo === 'IE')!;
		expect(ie.label).toBe('Ireland: 38%');
		expect(ie.lines).toEqual(['Ireland', '38%']);
		const text = describeMap(values, 'fr', { decimals: 0 });
		expect(text).toContain('(38\u202f%)');
		expect(text).not.toMatch(/\d,\d\d\u202f%/);
	});
});
