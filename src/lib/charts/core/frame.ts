/** Space around the plot, in the same units as the SVG viewBox. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The outer size of a chart and the box its data is drawn in, all in viewBox units. */
export interface Frame {
	width: number;
	height: number;
	margin: Margin;
	/** Left edge of the plot (= `margin.left`). */
	left: number;
	/** Top edge of the plot (= `margin.top`). */
	top: number;
	/** Right edge of the plot (= `width - margin.right`). */
	right: number;
	/** Bottom edge of the plot (= `height - margin.bottom`). */
	bottom: number;
	innerWidth: number;
	innerHeight: number;
}

/**
 * The plot box inside a chart of `width` × `height` once the margins are taken off. A margin
 * larger than the chart leaves an empty box rather than a negative one, so scales never flip.
 * `frame(720, 360, { top: 10, right: 150, bottom: 30, left: 50 })` → `{ left: 50, top: 10,
 * right: 570, bottom: 330, innerWidth: 520, innerHeight: 320, ... }`; a number is the same margin
 * on all four sides.
 */
export function frame(width: number, height: number, margin: Margin | number = 0): Frame {
	const m: Margin =
		typeof margin === 'number'
			? { top: margin, right: margin, bottom: margin, left: margin }
			: { ...margin };
	const innerWidth = Math.max(0, width - m.left - m.right);
	const innerHeight = Math.max(0, height - m.top - m.bottom);
	return {
		width,
		height,
		margin: m,
		left: m.left,
		top: m.top,
		right: m.left + innerWidth,
		bottom: m.top + innerHeight,
		innerWidth,
		innerHeight
	};
}
