/**
 * The charts' colours and font sizes, in one place: every chart draws with these names, so that
 * a change of palette or of reading size is one edit. Values are the ones the charts used as
 * literals before (contrast checked against white: text colours reach 4.5:1 or more).
 */

export const COLOURS = {
	/** Text and strong lines. */
	ink: '#1a1f2b',
	/** Axis labels, secondary text. */
	muted: '#5a6172',
	/** Grid lines. */
	grid: '#d9dde5',
	/** Background, and the halo painted under a label so that a line never strikes it. */
	paper: '#ffffff',
	/** France, the focus of every chart. */
	focus: '#1d3a8a',
	/** The EU average and other reference lines. */
	reference: '#4a4f5c',
	/** The required path and the target. */
	target: '#1b7837',
	/** Text that names the target. */
	targetInk: '#0f4d22',
	/** A connector between two marks (start → now). */
	connector: '#8a909c',
	/** Focus ring of a chart point. */
	focusRing: '#1d4ed8',
	/** France below the average (gap columns): orange against the focus blue (Okabe–Ito). */
	below: '#a84b00',
	/** Text of a gap below the average (darker than `below`, for 4.5:1 on white). */
	belowInk: '#9a3412',
	/** Outline of France's bar, darker than its fill. */
	focusEdge: '#0b1a45',
	/** Peers and other countries in the ranking. */
	peer: '#6f7fae',
	other: '#c5cad6',
	/** A band behind a stretch of time (the target's period). */
	band: '#f4f6f9',
	/** The scenario (what if France kept a pace): its band, line, marks and text. */
	scenarioBand: '#f6f0fa',
	scenario: '#6a3d9a',
	scenarioMuted: '#7b6a8f',
	scenarioInk: '#5b2f86',
	/** Event markers on the timeline: their line and their badge. */
	eventLine: '#8a6d2f',
	event: '#6b4e16',
	/** The country under the pointer or the keyboard focus on the map: orange reads on every blue. */
	active: '#c2410c',
	/** Countries drawn for context on the map, and the sea. */
	context: '#eceef1',
	contextEdge: '#cfd4dc',
	contextSwatchEdge: '#b8bdc7',
	sea: '#f7f9fb'
} as const;

/**
 * Peer countries' lines on the trend, in turn: darkened Okabe–Ito hues (4.5:1 on white for their
 * end labels) and a dash each, so that no peer is told apart by colour alone.
 */
export const PEER_LINES = [
	{ stroke: COLOURS.below, text: COLOURS.below, dash: '6 3' },
	{ stroke: '#00735c', text: '#00735c', dash: '2 3' },
	{ stroke: '#9b3d78', text: '#9b3d78', dash: '9 3 2 3' },
	{ stroke: '#6b5d00', text: '#6b5d00', dash: '4 2' },
	{ stroke: '#2f6a9a', text: '#2f6a9a', dash: '12 4' },
	{ stroke: COLOURS.muted, text: COLOURS.muted, dash: '1 3' }
] as const;

/** Where a region stands against its target (tile grid, dot plot): fill, text and outline. */
export const STATUS_COLOURS = {
	closed: { fill: COLOURS.target, text: COLOURS.paper, stroke: COLOURS.targetInk },
	'on-pace': { fill: '#a6dba0', text: COLOURS.ink, stroke: COLOURS.target },
	'too-slow': { fill: '#fee08b', text: COLOURS.ink, stroke: '#b8860b' },
	unchanged: { fill: '#f4a261', text: COLOURS.ink, stroke: '#b35806' },
	widening: { fill: '#b2182b', text: COLOURS.paper, stroke: '#67000d' },
	unrated: { fill: '#eef0f4', text: COLOURS.ink, stroke: COLOURS.muted }
} as const;

/** Font sizes in viewBox units: ticks and labels, small marks (flag letters, values), end labels. */
export const FONT = {
	tick: 13,
	label: 13,
	small: 12,
	row: 14,
	end: 15,
	endNarrow: 12
} as const;

/** The halo attributes of a label drawn over lines: `<text {...HALO}>`. */
export const HALO = {
	stroke: COLOURS.paper,
	'stroke-width': 3,
	'paint-order': 'stroke'
} as const;

/**
 * The dashed edge of a mark whose value was read from the reader's imported file (a ranking's bar,
 * a gap's column, a map's country, the legend's swatch): one look on every chart.
 */
export const IMPORTED_EDGE = { stroke: COLOURS.ink, width: 1.5, dash: '3 2' } as const;
