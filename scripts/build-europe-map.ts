/**
 * `npx tsx scripts/build-europe-map.ts [--out FILE]`: writes the Europe outline the map chart
 * draws (src/lib/charts/map/europe.json) from Natural Earth 1:50m countries as packaged by
 * world-atlas 2.0.2 (public domain).
 *
 * The world file is 740 kB; the browser only needs Europe and its rim. This keeps the countries
 * listed in src/lib/charts/map/countries.ts, drops the far-away polygons of mapped countries
 * (French Guiana and the other overseas regions, the Canaries, Svalbard…), drops the arcs no
 * kept country uses and thins each arc with Douglas–Peucker: finely inside Europe, coarsely
 * outside (Siberia, Arabia), where the map only shows a rim or nothing. Arcs are thinned one by
 * one with their ends fixed, so two neighbours keep the very same border. Nothing is projected:
 * the file stays in longitude/latitude, quantised as world-atlas ships it.
 *
 * Deterministic: the same world-atlas file gives the same bytes, so the committed file is checked
 * by regenerating it (build-europe-map.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EUROPE_BOX, REASSIGNED, eurostatOf, isContext } from '../src/lib/charts/map/countries';
import { mergeArcs } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { writeAtomically } from './lib/data-dir';

type Point = [number, number];
type ArcIndexes = number[];

interface InputGeometry {
	type: string;
	id?: string;
	properties?: { name?: string };
	arcs?: ArcIndexes[] | ArcIndexes[][];
}

interface WorldTopology {
	type: 'Topology';
	transform: { scale: [number, number]; translate: [number, number] };
	objects: { countries: { type: 'GeometryCollection'; geometries: InputGeometry[] } };
	arcs: Point[][];
}

export const DEFAULT_OUT = 'src/lib/charts/map/europe.json';
/** Douglas–Peucker tolerance in degrees (longitudes scaled by cos latitude), inside Europe. */
export const TOLERANCE_INSIDE = 0.02;
/** Outside the Europe box the shapes are rim or off the frame: a coarse outline is enough. */
export const TOLERANCE_OUTSIDE = 0.5;
/** Context polygons are kept when their bounding box touches this wider box. */
const CONTEXT_BOX = { west: -35, east: 60, south: 25, north: 78 };

const ARC_REVERSED = (i: number) => (i < 0 ? ~i : i);

function inBox(lon: number, lat: number, box: typeof CONTEXT_BOX): boolean {
	return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/** Longest distance from `p` to the segment a–b, in locally scaled degrees. */
function distance(p: Point, a: Point, b: Point): number {
	const k = Math.cos((p[1] * Math.PI) / 180);
	const ax = a[0] * k;
	const bx = b[0] * k;
	const px = p[0] * k;
	const dx = bx - ax;
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1] - a[1]) * dy) / len2));
	return Math.hypot(px - (ax + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker on one arc with a tolerance that depends on where the point lies; returns the
 * indexes kept (ends always). Iterative, so a long Siberian coast cannot overflow the stack.
 */
function simplifyArc(points: Point[]): number[] {
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let worst = -1;
		let worstExcess = 0;
		for (let i = first + 1; i < last; i++) {
			const p = points[i]!;
			const tolerance = inBox(p[0], p[1], EUROPE_BOX) ? TOLERANCE_INSIDE : TOLERANCE_OUTSIDE;
			const excess = distance(p, points[first]!, points[last]!) - tolerance;
			if (excess > worstExcess) {
				worstExcess = excess;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([first, worst], [worst, last]);
		}
	}
	const kept: number[] = [];
	keep.forEach((k, i) => {
		if (k) kept.push(i);
	});
	// A closed arc (a whole island) needs four positions to stay a ring: keep it whole if thinning
	// would flatten it, small islands (Malta's Gozo, the Åland skerries) are short anyway.
	if (points.length >= 4 && kept.length < 4) return points.map((_, i) => i);
	return kept;
}

/**
 * The Europe topology as text, from the parsed world-atlas `countries-50m.json`.
 * `buildEuropeMap(world)` → `'{"type":"Topology",...}\n'` holding about seventy countries.
 */
export function buildEuropeMap(world: WorldTopology): string {
	const { scale, translate } = world.transform;
	// Absolute quantised positions of every arc (world-atlas stores them delta-encoded).
	const absolute: Point[][] = world.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x, y] as Point;
		});
	});
	const lonLat = (p: Point): Point => [
		p[0] * scale[0] + translate[0],
		p[1] * scale[1] + translate[1]
	];

	function polygonBox(polygon: ArcIndexes[]) {
		let west = Infinity;
		let east = -Infinity;
		let south = Infinity;
		let north = -Infinity;
		for (const arc of polygon[0] ?? []) {
			for (const q of absolute[ARC_REVERSED(arc)]!) {
				const [lon, lat] = lonLat(q);
				west = Math.min(west, lon);
				east = Math.max(east, lon);
				south = Math.min(south, lat);
				north = Math.max(north, lat);
			}
		}
		return { west, east, south, north };
	}

	const selected = world.objects.countries.geometries.flatMap((g) => {
		const name = g.properties?.name ?? '';
		const mapped = eurostatOf(g.id, name) !== null;
		if (!mapped && !isContext(g.id, name)) return [];
		const polygons: ArcIndexes[][] =
			g.type === 'Polygon'
				? [g.arcs as ArcIndexes[]]
				: g.type === 'MultiPolygon'
					? (g.arcs as ArcIndexes[][])
					: [];
		return [{ id: g.id, name, mapped, polygons }];
	});

	for (const rule of REASSIGNED) {
		const from = selected.find((s) => s.id === rule.from);
		const to = selected.find((s) => s.id === rule.to);
		if (!from || !to) throw new Error(`${rule.what}: shape ${rule.from} or ${rule.to} not found.`);
		const moved = from.polygons.filter((polygon) => {
			const b = polygonBox(polygon);
			return inBox((b.west + b.east) / 2, (b.south + b.north) / 2, rule.box);
		});
		if (moved.length !== 1)
			throw new Error(`${rule.what}: expected one polygon, found ${moved.length}.`);
		from.polygons = from.polygons.filter((polygon) => !moved.includes(polygon));
		// mergeArcs dissolves the shared border (Perekop isthmus) and keeps the arcs' direction,
		// hence d3-geo's winding.
		const merged = mergeArcs(world as unknown as Topology, [
			{ type: 'MultiPolygon', arcs: [...to.polygons, ...moved] }
		]);
		to.polygons = merged.arcs as ArcIndexes[][];
	}

	const kept: { id?: string; name: string; polygons: ArcIndexes[][] }[] = [];
	for (const { id, name, mapped, polygons } of selected) {
		const near = polygons.filter((polygon) => {
			const b = polygonBox(polygon);
			if (mapped) return inBox((b.west + b.east) / 2, (b.south + b.north) / 2, EUROPE_BOX);
			return (
				b.east >= CONTEXT_BOX.west &&
				b.west <= CONTEXT_BOX.east &&
				b.north >= CONTEXT_BOX.south &&
				b.south <= CONTEXT_BOX.north
			);
		});
		if (near.length > 0) kept.push({ id, name, polygons: near });
	}

	// Renumber the arcs that are still used, in their original order, so the output is stable.
	const used = [...new Set(kept.flatMap((k) => k.polygons.flat(2).map(ARC_REVERSED)))].sort(
		(a, b) => a - b
	);
	const renumber = new Map(used.map((old, i) => [old, i]));
	const remap = (arc: number) => (arc < 0 ? ~renumber.get(~arc)! : renumber.get(arc)!);

	const arcs = used.map((old) => {
		const points = absolute[old]!;
		const indexes = simplifyArc(points.map(lonLat));
		let px = 0;
		let py = 0;
		return indexes.map((i) => {
			const [x, y] = points[i]!;
			const delta: Point = [x - px, y - py];
			px = x;
			py = y;
			return delta;
		});
	});

	const geometries = kept.map((k) => {
		const rings = k.polygons.map((polygon) => polygon.map((ring) => ring.map(remap)));
		return {
			type: rings.length === 1 ? 'Polygon' : 'MultiPolygon',
			...(k.id === undefined ? {} : { id: k.id }),
			properties: { name: k.name },
			arcs: rings.length === 1 ? rings[0] : rings
		};
	});

	const topology = {
		type: 'Topology',
		transform: world.transform,
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs
	};
	return `${JSON.stringify(topology)}\n`;
}

/** Reads world-atlas's 1:50m countries from node_modules. */
export async function readWorld(): Promise<WorldTopology> {
	const require = createRequire(import.meta.url);
	const file = require.resolve('world-atlas/countries-50m.json');
	return JSON.parse(await readFile(file, 'utf8')) as WorldTopology;
}

/** Builds and writes the Europe topology to `out`; returns its text. */
export async function writeEuropeMap(out: string): Promise<string> {
	const text = buildEuropeMap(await readWorld());
	await writeAtomically(out, text);
	return text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_OUT } } });
	const text = await writeEuropeMap(values.out!);
	console.log(`${values.out}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`);
}
