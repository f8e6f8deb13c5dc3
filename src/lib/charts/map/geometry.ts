/**
 * Europe's shapes for the map, read from `europe.json` (Natural Earth 1:50m via world-atlas
 * 2.0.2, cut down at build time by scripts/build-europe-map.ts; provenance in README.md), and
 * the projection that draws them.
 *
 * The shapes ship with the page (about 76 kB of TopoJSON, against 740 kB for the world file) and
 * are turned into GeoJSON once per process with topojson-client's `feature`.
 */
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { EU27_2020_MEMBERS } from '../../domain/geo';
import { finish } from '../../data/ingest/slicer';
import { eurostatOf } from './countries';
import europe from './europe.json';

export {
	CONTEXT_BY_NAME,
	CONTEXT_NUMERIC,
	EUROPE_BOX,
	EUROSTAT_BY_NAME,
	EUROSTAT_TO_NUMERIC,
	eurostatOf,
	isContext
} from './countries';

/** One shape on the map: a country with a Eurostat code, or a grey neighbour (`geo: null`). */
export interface MapShape {
	geo: string | null;
	/** Natural Earth's English name, for debugging and the context shapes' `<title>`. */
	name: string;
	feature: Feature<Polygon | MultiPolygon>;
}

export interface EuropeShapes {
	/** One shape per Eurostat code (Finland and Åland merged), in the file's order. */
	countries: readonly MapShape[];
	/** Neighbours drawn as grey context. */
	context: readonly MapShape[];
}

type CountryProps = { name: string };

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

let cached: EuropeShapes | null = null;

/**
 * The shapes of `europe.json`, parsed once. `europeShapes().countries.find((s) => s.geo ===
 * 'EL')?.name` → `'Greece'`.
 */
export function europeShapes(): EuropeShapes {
	return cached ?? finish(europeShapesSteps());
}

/** The shapes if they are parsed already, else null (nothing is computed). */
export const keptEuropeShapes = (): EuropeShapes | null => cached;

/**
 * `europeShapes`, one Natural Earth shape turned into GeoJSON per step (for idle moments: the
 * whole file is one 15–55 ms task on a 2-core machine as a page hydrates). topojson-client's
 * `feature` of a collection is the `feature` of each of its geometries, so the shapes are the
 * same. `finish(europeShapesSteps())` → `europeShapes()`
 */
export function* europeShapesSteps(): Generator<void, EuropeShapes> {
	if (cached) return cached;
	return yield* shapeSteps();
}

// One parse however many callers run the steps at once (the idle preparation and a map the
// reader opened before it ended): each step runs once.
const shapeSteps = sharedSteps(parsingShapes);

function* parsingShapes(): Generator<void, EuropeShapes> {
	const topology = europe as unknown as Topology<{
		countries: GeometryCollection<CountryProps>;
	}>;
	const byGeo = new Map<string, MapShape>();
	const context: MapShape[] = [];
	for (const object of topology.objects.countries.geometries) {
		yield;
		// A country is a Polygon or a MultiPolygon (the file has no other kind).
		const f = feature(topology, object) as Feature<Polygon | MultiPolygon, CountryProps>;
		const geometry = f.geometry;
		const name = f.properties?.name ?? '';
		const geo = eurostatOf(f.id, name);
		if (geo === null) {
			context.push({ geo: null, name, feature: { ...f, geometry } as MapShape['feature'] });
			continue;
		}
		const seen = byGeo.get(geo);
		if (!seen) {
			byGeo.set(geo, { geo, name, feature: { ...f, id: geo, geometry } as MapShape['feature'] });
			continue;
		}
		// Several Natural Earth shapes for one code (Finland + Åland): one MultiPolygon, so the
		// country is one path, one focus stop and one tooltip. The two never touch, so plain
		// concatenation is exact and keeps d3-geo's spherical winding.
		seen.feature = {
			...seen.feature,
			geometry: {
				type: 'MultiPolygon',
				coordinates: [...polygonsOf(seen.feature.geometry), ...polygonsOf(geometry)]
			}
		};
	}
	// Another caller may have finished them meanwhile: one set of shapes per process, as the
	// projections are kept per shape object.
	cached ??= { countries: [...byGeo.values()], context };
	return cached;
}

/**
 * Lambert azimuthal equal-area centred on 10° E 52° N, the projection of the European
 * Environment Agency and Eurostat's own maps (ETRS89-LAEA, EPSG:3035): areas stay comparable,
 * which a choropleth needs (Mercator would make Finland look as big as France times two).
 * `baseProjection()([10, 52])` → `[480, 250]` (the centre lands on d3's default translate).
 */
export function baseProjection(): GeoProjection {
	return geoAzimuthalEqualArea().rotate([-10, -52]);
}

/**
 * The shapes the frame is fitted to: the 27 member states, overseas parts already dropped.
 * `fitTarget().features.length` → `27`.
 */
export function fitTarget(shapes: EuropeShapes = europeShapes()) {
	const members = new Set(EU27_2020_MEMBERS);
	return {
		type: 'FeatureCollection' as const,
		features: shapes.countries
			.filter((s) => s.geo !== null && members.has(s.geo))
			.map((s) => s.feature)
	};
}

/**
 * Height that lets the EU fill a map of `width` with `padding` around it, so that the frame has
 * Europe's own proportions on every screen. `mapHeight(720)` → about 650.
 */
export function mapHeight(width: number, padding = 8): number {
	return finish(mapHeightSteps(width, padding));
}

/**
 * `mapHeight`, one EU country projected per step (for idle moments), kept per width: each
 * pass over the EU's borders costs 20–80 ms on a 2-core machine. `finish(mapHeightSteps(720))`
 */
export function* mapHeightSteps(width: number, padding = 8): Generator<void, number> {
	const key = `${width}/${padding}`;
	const kept = heights.get(key);
	if (kept !== undefined) return kept;
	// d3's fitWidth, on the bounds measured once (`fitBounds`): the same scale and translate.
	const [[x0, y0], [x1]] = yield* fitBoundsSteps();
	const w = Math.max(1, width - 2 * padding);
	const k = w / (x1 - x0);
	const projection = baseProjection()
		.scale(150 * k)
		.translate([(w - k * (x1 + x0)) / 2, -k * y0]);
	const [[, top], [, bottom]] = yield* boundsSteps(projection, fitTarget().features);
	const height = Math.ceil(bottom - top + 2 * padding);
	// A page meets a handful of widths (screen, export, report).
	if (heights.size < 64) heights.set(key, height);
	return height;
}
const heights = new Map<string, number>();

/** `mapHeight(width)` if it is kept already, else undefined (nothing is computed). */
export const keptMapHeight = (width: number, padding = 8): number | undefined =>
	heights.get(`${width}/${padding}`);

/**
 * The projection for a `width` × `height` map: the EU27 fitted inside `padding`, everything else
 * (Iceland's west, Russia, the Middle East) clipped at the frame's edge.
 * `europeProjection(720, 723)([2.35, 48.86])` → about `[213, 448]` (Paris).
 */
export function europeProjection(width: number, height: number, padding = 8): GeoProjection {
	// d3's fitExtent, on the bounds measured once (`fitBounds`): the same scale and translate.
	const [[x0, y0], [x1, y1]] = fitBounds();
	const w = width - 2 * padding;
	const h = height - 2 * padding;
	const k = Math.min(w / (x1 - x0), h / (y1 - y0));
	return baseProjection()
		.scale(150 * k)
		.translate([padding + (w - k * (x1 + x0)) / 2, padding + (h - k * (y1 + y0)) / 2])
		.clipExtent([
			[0, 0],
			[width, height]
		]);
}

/**
 * The EU27's bounds under the base projection at d3's fitting scale (150, no translate), the
 * measure every `fitExtent` and `fitWidth` of it starts from. Measured once: fitting projects
 * every border of the EU, and each map size fitted it again.
 * `fitBounds()` → `[[x0, y0], [x1, y1]]`
 */
export function fitBounds(): Bounds {
	return finish(fitBoundsSteps());
}

/** `fitBounds`, one EU country per step. `finish(fitBoundsSteps())` */
export function* fitBoundsSteps(): Generator<void, Bounds> {
	if (unitBounds) return unitBounds;
	const bounds = yield* boundsSteps(
		baseProjection().scale(150).translate([0, 0]),
		fitTarget().features
	);
	unitBounds ??= bounds;
	return unitBounds;
}
let unitBounds: Bounds | null = null;

type Bounds = [[number, number], [number, number]];

/**
 * The planar bounds of `features` under `projection`, one polygon per step. d3 streams the
 * features of a collection one after the other into one bounds stream, which keeps the least
 * and greatest x and y: the bounds of each, combined, are the collection's, to the bit.
 * `finish(boundsSteps(projection, features))` → `[[x0, y0], [x1, y1]]`
 */
export function* boundsSteps(
	projection: GeoProjection,
	features: readonly Feature[]
): Generator<void, Bounds> {
	const path = geoPath(projection);
	let out: Bounds = [
		[Infinity, Infinity],
		[-Infinity, -Infinity]
	];
	for (const f of features) {
		for (const part of partsOf(f)) {
			yield;
			const [[x0, y0], [x1, y1]] = path.bounds(part);
			out = [
				[Math.min(out[0][0], x0), Math.min(out[0][1], y0)],
				[Math.max(out[1][0], x1), Math.max(out[1][1], y1)]
			];
		}
	}
	return out;
}

/**
 * A feature as the pieces d3 streams it in: a MultiPolygon's polygons one by one (each between
 * its own `polygonStart` and `polygonEnd`, so their bounds combined are the whole's), anything
 * else whole. Greece's or Croatia's islands in one step were a 50 ms idle task (issue #18).
 */
function partsOf(f: Feature): readonly (Feature | Polygon)[] {
	return f.geometry?.type === 'MultiPolygon'
		? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
		: [f];
}

/**
 * Steps that several callers may run at the same time, each in its own moments (the idle
 * preparation of the map and the map tab the reader opened meanwhile): `make`'s steps run once,
 * each caller's step running the next of them, and every caller gets their result. Made again
 * only if called after they ended (their result kept elsewhere, or wanted again).
 * `const steps = sharedSteps(parsingShapes); finish(steps())` → the shapes
 */
export function sharedSteps<T>(make: () => Generator<void, T>): () => Generator<void, T> {
	let run: Generator<void, T> | null = null;
	let last: { value: T; run: Generator<void, T> } | null = null;
	return function* () {
		const mine = (run ??= make());
		while (true) {
			if (last?.run === mine) return last.value;
			const step = mine.next();
			if (step.done) {
				last = { value: step.value, run: mine };
				run = null;
				return step.value;
			}
			yield;
		}
	};
}
