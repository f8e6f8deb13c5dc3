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
	focusRing: '#1d4ed8'
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
