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
	if (cached) return cached;
	const topology = europe as unknown as Topology<{
		countries: GeometryCollection<CountryProps>;
	}>;
	const collection = feature(topology, topology.objects.countries);
	const byGeo = new Map<string, MapShape>();
	const context: MapShape[] = [];
	for (const f of collection.features) {
		const geometry = f.geometry as Polygon | MultiPolygon;
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
	cached = { countries: [...byGeo.values()], context };
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
	const key = `${width}/${padding}`;
	const kept = heights.get(key);
	if (kept !== undefined) return kept;
	const target = fitTarget();
	const projection = baseProjection().fitWidth(Math.max(1, width - 2 * padding), target);
	const [[, top], [, bottom]] = geoPath(projection).bounds(target);
	const height = Math.ceil(bottom - top + 2 * padding);
	// Fitting projects every border of the EU twice (30–80 ms on a 2-core machine): each width
	// is fitted once. A page meets a handful of widths (screen, export, report), so no eviction.
	if (heights.size < 64) heights.set(key, height);
	return height;
}
const heights = new Map<string, number>();

/**
 * The projection for a `width` × `height` map: the EU27 fitted inside `padding`, everything else
 * (Iceland's west, Russia, the Middle East) clipped at the frame's edge.
 * `europeProjection(720, 723)([2.35, 48.86])` → about `[213, 448]` (Paris).
 */
export function europeProjection(width: number, height: number, padding = 8): GeoProjection {
	return baseProjection()
		.fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding]
			],
			fitTarget()
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
}
