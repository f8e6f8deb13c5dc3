/**
 * `{@attach observedWidth((w) => (measured = w))}` on a chart's figure: reports the width it is
 * laid out at, and again each time it changes, from a ResizeObserver.
 *
 * Svelte's `bind:clientWidth` also reads `clientWidth` as the figure is created, which forces
 * the browser to lay the whole page out in the middle of a redraw (20–30 ms on each tab switch on
 * a 2-core machine, then again when the frame is drawn). The observer reports after the frame's
 * own layout and before it is painted, so the chart is still drawn at its width in that frame.
 * @example <figure {@attach observedWidth((w) => (measured = w))}>…</figure>
 */
export function observedWidth(report: (width: number) => void) {
	return (element: Element) => {
		const observer = new ResizeObserver((entries) => {
			const last = entries[entries.length - 1];
			// Rounded like clientWidth, so that a sub-pixel change does not lay a chart out again.
			if (last) report(Math.round(last.contentRect.width));
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
