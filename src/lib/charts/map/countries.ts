/**
 * Which Natural Earth shape stands for which Eurostat geo code, and which shapes are only drawn
 * as grey context. Shared by the build script (scripts/build-europe-map.ts), which keeps only
 * these shapes, and by geometry.ts, which reads them back: no JSON here, so that the script can
 * run before `europe.json` exists.
 *
 * Natural Earth (via world-atlas 2) keys countries by ISO 3166-1 numeric code, as a string with
 * leading zeros (`'040'` Austria). Two Eurostat codes are not ISO alpha-2: Greece is `EL` (ISO
 * `GR`) and the United Kingdom `UK` (ISO `GB`); the table below is keyed by Eurostat code, so
 * both simply point at their numeric ids (300, 826).
 */

/**
 * Eurostat geo code → Natural Earth numeric ids that make up its ground. Finland includes Åland
 * (248), which Natural Earth draws apart but which is a Finnish region (NUTS FI20) inside every
 * Eurostat Finnish figure.
 *
 * Cyprus: Eurostat's Cypriot figures cover only "the areas of Cyprus controlled by the Government
 * of the Republic of Cyprus" (footnote on every Cypriot series), so Natural Earth's `N. Cyprus`
 * (no id) is NOT given the CY colour: it is drawn as grey context, like a neighbour without data.
 * Colouring it would claim a figure for ground the survey does not cover.
 */
export const EUROSTAT_TO_NUMERIC: ReadonlyMap<string, readonly string[]> = new Map<
	string,
	readonly string[]
>([
	// EU27, protocol order.
	['BE', ['056']],
	['BG', ['100']],
	['CZ', ['203']],
	['DK', ['208']],
	['DE', ['276']],
	['EE', ['233']],
	['IE', ['372']],
	['EL', ['300']],
	['ES', ['724']],
	['FR', ['250']],
	['HR', ['191']],
	['IT', ['380']],
	['CY', ['196']],
	['LV', ['428']],
	['LT', ['440']],
	['LU', ['442']],
	['HU', ['348']],
	['MT', ['470']],
	['NL', ['528']],
	['AT', ['040']],
	['PL', ['616']],
	['PT', ['620']],
	['RO', ['642']],
	['SI', ['705']],
	['SK', ['703']],
	['FI', ['246', '248']],
	['SE', ['752']],
	// United Kingdom, EFTA.
	['UK', ['826']],
	['IS', ['352']],
	['NO', ['578']],
	['CH', ['756']],
	['LI', ['438']],
	// Candidates and neighbours met in Eurostat ICT tables (Kosovo is matched by name below).
	['BA', ['070']],
	['ME', ['499']],
	['MK', ['807']],
	['AL', ['008']],
	['RS', ['688']],
	['TR', ['792']],
	['UA', ['804']],
	['MD', ['498']],
	['GE', ['268']]
]);

/**
 * Shapes that Natural Earth gives no ISO numeric id, matched by their `properties.name`.
 * Kosovo has no ISO 3166-1 code; Eurostat uses `XK` (the code the EU and ISO reserve for it).
 */
export const EUROSTAT_BY_NAME: ReadonlyMap<string, string> = new Map([['Kosovo', 'XK']]);

/**
 * Neighbours drawn in light grey so that Europe does not float in the void: microstates, Crown
 * dependencies, the Faroe Islands, North Africa, the Middle East, Russia and its neighbours.
 * They carry no Eurostat code, so they never take a colour or a hatch.
 */
export const CONTEXT_NUMERIC: ReadonlySet<string> = new Set([
	'020', // Andorra
	'492', // Monaco
	'674', // San Marino
	'336', // Vatican
	'234', // Faroe Islands
	'831', // Guernsey
	'832', // Jersey
	'833', // Isle of Man
	'643', // Russia
	'112', // Belarus
	'051', // Armenia
	'031', // Azerbaijan
	'398', // Kazakhstan
	'504', // Morocco
	'012', // Algeria
	'788', // Tunisia
	'434', // Libya
	'818', // Egypt
	'760', // Syria
	'368', // Iraq
	'364', // Iran
	'422', // Lebanon
	'376', // Israel
	'275', // Palestine
	'400', // Jordan
	'682' // Saudi Arabia
]);

/** Context shapes without an id, matched by name; see EUROSTAT_TO_NUMERIC for N. Cyprus. */
export const CONTEXT_BY_NAME: ReadonlySet<string> = new Set(['N. Cyprus']);

/**
 * Polygons that Natural Earth files under one country and that the map gives to another.
 * Natural Earth 5 (world-atlas 2) draws de facto control, and puts Crimea in Russia. The EU does
 * not recognise the annexation (European Council conclusions, March 2014) and Eurostat's maps draw
 * Crimea in Ukraine, so the map does too: the polygon whose bounding-box centre lies in `box` is
 * moved from `from` to `to` and merged into it at build time.
 */
export const REASSIGNED: readonly {
	what: string;
	from: string;
	to: string;
	box: { west: number; east: number; south: number; north: number };
}[] = [
	{
		what: 'Crimea',
		from: '643',
		to: '804',
		box: { west: 32, east: 37, south: 44, north: 46.5 }
	}
];

/**
 * The part of the globe the map is about, in degrees: a polygon of a mapped country whose
 * bounding-box centre falls outside it is dropped at build time (French Guiana, Réunion and the
 * other French overseas regions, the Canaries, Madeira, the Azores, Svalbard, the Dutch
 * Caribbean), so that they neither stretch the frame nor weigh on the file.
 */
export const EUROPE_BOX = Object.freeze({ west: -25, east: 45, south: 34, north: 72 });

const NUMERIC_TO_EUROSTAT = new Map(
	[...EUROSTAT_TO_NUMERIC].flatMap(([geo, ids]) => ids.map((id) => [id, geo] as const))
);

/**
 * The Eurostat code of a Natural Earth shape, or `null` for context and unknown shapes.
 * `eurostatOf('300', 'Greece')` → `'EL'`; `eurostatOf(undefined, 'Kosovo')` → `'XK'`.
 */
export function eurostatOf(id: string | number | undefined, name: string): string | null {
	if (id !== undefined && id !== null) {
		const geo = NUMERIC_TO_EUROSTAT.get(String(id));
		if (geo !== undefined) return geo;
	}
	return EUROSTAT_BY_NAME.get(name) ?? null;
}

/** Whether a shape is drawn as grey context. `isContext('643', 'Russia')` → true. */
export function isContext(id: string | number | undefined, name: string): boolean {
	if (id !== undefined && id !== null && CONTEXT_NUMERIC.has(String(id))) return true;
	return CONTEXT_BY_NAME.has(name);
}
