import { moveIndex, startIndex } from '../roving';

/**
 * `{@attach rovingFocus()}` on a chart's `<svg>`: its focusable points (`[tabindex]`) become one
 * tab stop, France's point first (`data-geo="FR"`), and the arrow keys, Home and End move focus
 * between them in document order; focusing a point shows its tooltip (its own handler, or the
 * svg's `delegatedTooltip`), so the tooltip follows. Without JavaScript every point stays a tab
 * stop, as prerendered.
 * @example <svg {@attach rovingFocus()}>…</svg>
 */
export function rovingFocus(focus = 'FR') {
	return (svg: Element) => {
		const points = () =>
			[...svg.querySelectorAll<SVGElement | HTMLElement>('[tabindex]')].filter((p) => p !== svg);
		const settle = (active: Element | null) => {
			const all = points();
			const keep = active && all.includes(active as SVGElement) ? active : null;
			const start =
				keep ??
				all[
					startIndex(
						all.map((p) => p.getAttribute('data-geo')),
						focus
					)
				];
			// Only the stops that change: rewriting every point's tabindex on each redraw restyled
			// them all, and told every observer of the page that a hundred points had changed.
			for (const p of all) {
				const tabindex = p === start ? '0' : '-1';
				if (p.getAttribute('tabindex') !== tabindex) p.setAttribute('tabindex', tabindex);
			}
		};
		settle(null);
		// Points come and go (a new year, other peers): keep one tab stop among them.
		const watch = new MutationObserver(() => settle(svg.querySelector('[tabindex="0"]')));
		watch.observe(svg, { childList: true, subtree: true });
		const onKey = (event: Event) => {
			const e = event as KeyboardEvent;
			const all = points();
			const current = all.indexOf(e.target as SVGElement);
			if (current < 0) return;
			const next = moveIndex(e.key, current, all.length);
			if (next === null) return;
			e.preventDefault();
			settle(all[next]!);
			all[next]!.focus();
		};
		svg.addEventListener('keydown', onKey);
		return () => {
			watch.disconnect();
			svg.removeEventListener('keydown', onKey);
		};
	};
}
