import type { ActiveTip } from '../tooltip.svelte';

/** Where a point's tooltip goes (viewBox units) and what it says. */
export interface TipContent {
	x: number;
	y: number;
	lines: string[];
}

/**
 * `{@attach tooltip(tip, key, () => ({ x, y, lines }))}` on a chart's point: the one tooltip
 * handler every chart shares. Hover and keyboard focus show the point's tooltip, leaving and blur
 * hide it (only if it is still the one shown, so moving to the next point keeps the new one),
 * Escape hides it without moving focus (WCAG 1.4.13).
 * @example <g tabindex="0" {@attach tooltip(tip, 'FR-2023', () => ({ x: 10, y: 20, lines: ['France'] }))}>
 */
export function tooltip(tip: ActiveTip, key: string, content: () => TipContent) {
	return (el: Element) => {
		const show = () => {
			const c = content();
			tip.show(key, c.x, c.y, c.lines);
		};
		const hide = () => tip.hide(key);
		const onKey = (event: Event) => tip.onKey(event as KeyboardEvent);
		el.addEventListener('pointerenter', show);
		el.addEventListener('focus', show);
		el.addEventListener('pointerleave', hide);
		el.addEventListener('blur', hide);
		el.addEventListener('keydown', onKey);
		return () => {
			el.removeEventListener('pointerenter', show);
			el.removeEventListener('focus', show);
			el.removeEventListener('pointerleave', hide);
			el.removeEventListener('blur', hide);
			el.removeEventListener('keydown', onKey);
		};
	};
}
