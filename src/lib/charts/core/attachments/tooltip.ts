import type { TipContent } from '../tooltip';
import type { ActiveTip } from '../tooltip.svelte';

export type { TipContent };

/**
 * `{@attach tooltip(tip, key, () => ({ x, y, lines }))}` on a chart's point: hover and keyboard
 * focus show the point's tooltip, leaving and blur hide it (only if it is still the one shown, so
 * moving to the next point keeps the new one), Escape hides it without moving focus (WCAG 1.4.13).
 * Charts with many points use `delegatedTooltip` on their `<svg>` instead: one attachment per
 * point is one effect and five listeners for each, built as the chart is created.
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

/**
 * A point that `delegatedTooltip` found: its key, and its tooltip, made only when shown (null when
 * the chart no longer has that point).
 */
export interface TipTarget {
	key: string;
	content: () => TipContent | null;
}

/**
 * `{@attach delegatedTooltip(tip, targetOf)}` on a chart's `<svg>`: the same behaviour as a
 * `tooltip` attachment on each point, from one set of listeners for the whole chart. `targetOf`
 * says which point an element is (from the data attributes it is drawn with), or null for
 * anything else. `focus`, `blur`, `pointerenter` and `pointerleave` do not bubble, so they are
 * heard in the capture phase, on their way down to the element they are fired at: each is seen
 * once per element exactly as the point's own listener saw it (entering a point's inner circle is
 * not entering the point again), including the events the bench fires without bubbling.
 * @example <svg {@attach delegatedTooltip(tip, (el) => (el.classList.contains('point') ? { key: 'FR-2023', content: () => ({ x: 10, y: 20, lines: ['France'] }) } : null))}>
 */
export function delegatedTooltip(tip: ActiveTip, targetOf: (el: Element) => TipTarget | null) {
	return (svg: Element) => {
		const find = (event: Event) => {
			const el = event.target as Element | null;
			return el && el !== svg ? targetOf(el) : null;
		};
		const show = (event: Event) => {
			const target = find(event);
			const c = target?.content();
			if (target && c) tip.show(target.key, c.x, c.y, c.lines);
		};
		const hide = (event: Event) => {
			const target = find(event);
			if (target) tip.hide(target.key);
		};
		const onKey = (event: Event) => tip.onKey(event as KeyboardEvent);
		svg.addEventListener('pointerenter', show, true);
		svg.addEventListener('focus', show, true);
		svg.addEventListener('pointerleave', hide, true);
		svg.addEventListener('blur', hide, true);
		svg.addEventListener('keydown', onKey);
		return () => {
			svg.removeEventListener('pointerenter', show, true);
			svg.removeEventListener('focus', show, true);
			svg.removeEventListener('pointerleave', hide, true);
			svg.removeEventListener('blur', hide, true);
			svg.removeEventListener('keydown', onKey);
		};
	};
}
