import { geoContains, geoPath } from 'd3';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { finish } from '../../data/ingest/slicer';
import europe from './europe.json';
import {
	baseProjection,
	boundsSteps,
	EUROSTAT_TO_NUMERIC,
	europeProjection,
	europeShapesSteps,
	fitTarget,
	europeShapes,
	eurostatOf,
	isContext,
	mapHeight
} from './geometry';

const shapes = europeShapes();
const shapeOf = (geo: string) => shapes.countries.find((s) => s.geo === geo);

describe('Eurostat codes ↔ Natural Earth shapes', () => {
	it.each([
		['300', 'Greece', 'EL'],
		['826', 'United Kingdom', 'UK'],
		['250', 'France', 'FR'],
		['248', 'Åland', 'FI'],
		[undefined, 'Kosovo', 'XK'],
		['040', 'Austria', 'AT'],
		[40, 'Austria', null], // ids are zero-padded strings: a number loses the padding
		['643', 'Russia', null],
		[undefined, 'N. Cyprus', null],
		[undefined, 'Somaliland', null]
	])('eurostatOf(%j, %j) → %j', (id, name, geo) => {
		expect(eurostatOf(id, name)).toBe(geo);
	});

	it('has no numeric id twice', () => {
		const ids = [...EUROSTAT_TO_NUMERIC.values()].flat();
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('draws Northern Cyprus and Russia as context, never as a coded country', () => {
		expect(isContext(undefined, 'N. Cyprus')).toBe(true);
		expect(isContext('643', 'Russia')).toBe(true);
		expect(isContext('250', 'France')).toBe(false);
		expect(shapes.context.map((s) => s.name)).toContain('N. Cyprus');
	});
});

describe('europe.json', () => {
	it('has one shape for every EU member', () => {
		for (const geo of EU27_2020_MEMBERS) expect(shapeOf(geo), geo).toBeDefined();
		expect(new Set(shapes.countries.map((s) => s.geo)).size).toBe(shapes.countries.length);
	});

	it('maps EL to Greece and XK to Kosovo', () => {
		expect(shapeOf('EL')?.name).toBe('Greece');
		expect(geoContains(shapeOf('EL')!.feature, [23.73, 37.98])).toBe(true); // Athens
		expect(shapeOf('XK')?.name).toBe('Kosovo');
	});

	it.each([
		['FR', [2.35, 48.86], true], // Paris
		['FR', [9.15, 42.15], true], // Corsica stays
		['FR', [-53.1, 3.9], false], // French Guiana is dropped
		['FR', [55.5, -21.1], false], // Réunion is dropped
		['ES', [-15.6, 28.1], false], // the Canaries are dropped
		['FI', [19.95, 60.1], true], // Åland is Finnish
		['UA', [34.1, 44.95], true], // Simferopol: Crimea drawn in Ukraine
		['NL', [-68.9, 12.1], false] // Curaçao
	] as const)('%s contains %j: %s', (geo, point, inside) => {
		expect(geoContains(shapeOf(geo)!.feature, [...point])).toBe(inside);
	});

	it('keeps Crimea out of Russia', () => {
		const russia = shapes.context.find((s) => s.name === 'Russia')!;
		expect(geoContains(russia.feature, [34.1, 44.95])).toBe(false);
		expect(geoContains(russia.feature, [37.6, 55.75])).toBe(true); // Moscow
	});
});

describe('projection', () => {
	it('fits every EU member inside the frame, with Europe’s own proportions', () => {
		const width = 720;
		const height = mapHeight(width);
		expect(height).toBeGreaterThan(600);
		expect(height).toBeLessThan(800);
		const path = geoPath(europeProjection(width, height));
		for (const geo of EU27_2020_MEMBERS) {
			const [[x0, y0], [x1, y1]] = path.bounds(shapeOf(geo)!.feature);
			expect(x0, geo).toBeGreaterThanOrEqual(0);
			expect(y0, geo).toBeGreaterThanOrEqual(0);
			expect(x1, geo).toBeLessThanOrEqual(width);
			expect(y1, geo).toBeLessThanOrEqual(height);
		}
		// Europe fills the frame: France is at least 100 px across on a 720 px map.
		const [[fx0], [fx1]] = path.bounds(shapeOf('FR')!.feature);
		expect(fx1 - fx0).toBeGreaterThan(100);
	});
});

describe('fitting from the bounds measured once', () => {
	// d3's own fitting, projecting every border again, as the map did before.
	const fitted = (width: number, height: number, padding = 8) =>
		baseProjection().fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding]
			],
			fitTarget()
		);
	it.each([
		[720, 723],
		[358, 380],
		[1000, 400],
		[300, 900]
	])('europeProjection(%i, %i) has d3 fitExtent’s scale and translate, to the last bit', (w, h) => {
		const ours = europeProjection(w, h);
		const d3s = fitted(w, h);
		expect(ours.scale()).toBe(d3s.scale());
		expect(ours.translate()).toEqual(d3s.translate());
		expect(ours.clipExtent()).toEqual([
			[0, 0],
			[w, h]
		]);
	});
	it.each([720, 358, 1000, 281])('mapHeight(%i) is the height d3 fitWidth gives', (width) => {
		const target = fitTarget();
		const projection = baseProjection().fitWidth(width - 16, target);
		const [[, top], [, bottom]] = geoPath(projection).bounds(target);
		expect(mapHeight(width)).toBe(Math.ceil(bottom - top + 16));
	});
});

describe('in idle steps', () => {
	it('turns the file into the shapes topojson gives for the whole collection, one shape per step', () => {
		const topology = europe as unknown as Topology<{
			countries: GeometryCollection<{ name: string }>;
		}>;
		const whole = feature(topology, topology.objects.countries).features;
		// Every shape once (Finland and Åland merged), each with its whole-file geometry.
		const all = [...shapes.countries, ...shapes.context];
		expect(all.length).toBe(whole.length - 1);
		for (const shape of shapes.context) {
			expect(whole.find((f) => f.properties?.name === shape.name)?.geometry).toEqual(
				shape.feature.geometry
			);
		}
		const greece = whole.find((f) => f.properties?.name === 'Greece')!;
		expect(shapeOf('EL')!.feature.geometry).toEqual(greece.geometry);
		// Already there: the steps give the same object at once.
		const steps = europeShapesSteps();
		expect(steps.next()).toEqual({ done: true, value: shapes });
	});

	it('measures bounds one polygon per step, the same to the bit as d3 on the whole', () => {
		const projection = baseProjection().scale(150).translate([0, 0]);
		const greece = shapeOf('EL')!.feature;
		expect(greece.geometry.type).toBe('MultiPolygon');
		const polygons = greece.geometry.coordinates.length;
		expect(polygons).toBeGreaterThan(10);
		const steps = boundsSteps(projection, [greece, shapeOf('FR')!.feature as Feature]);
		let count = 0;
		let step = steps.next();
		while (!step.done) {
			count += 1;
			step = steps.next();
		}
		const france = shapeOf('FR')!.feature.geometry;
		const franceParts = france.type === 'MultiPolygon' ? france.coordinates.length : 1;
		expect(count).toBe(polygons + franceParts);
		expect(step.value).toEqual(
			geoPath(projection).bounds({
				type: 'FeatureCollection',
				features: [greece, shapeOf('FR')!.feature]
			})
		);
		expect(finish(boundsSteps(projection, [greece]))).toEqual(geoPath(projection).bounds(greece));
	});
});
