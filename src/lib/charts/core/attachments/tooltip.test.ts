import { describe, expect, it } from 'vitest';
import { ActiveTip } from '../tooltip.svelte';
import { delegatedTooltip, tooltip, type TipTarget } from './tooltip';

// The attachment only listens to events: an EventTarget stands for the point's element.
const point = () => new EventTarget() as unknown as Element;
const fire = (el: Element, type: string, init: Record<string, unknown> = {}) =>
	el.dispatchEvent(Object.assign(new Event(type), init));

describe('tooltip attachment', () => {
	it('shows on hover and focus, hides on leave and blur', () => {
		const tip = new ActiveTip();
		const el = point();
		tooltip(tip, '2023', () => ({ x: 10, y: 20, lines: ['2023 : −6,31 pts'] }))(el);
		fire(el, 'pointerenter');
		expect(tip.shown).toEqual({ key: '2023', x: 10, y: 20, lines: ['2023 : −6,31 pts'] });
		fire(el, 'pointerleave');
		expect(tip.shown).toBeNull();
		fire(el, 'focus');
		expect(tip.shown?.key).toBe('2023');
		fire(el, 'blur');
		expect(tip.shown).toBeNull();
	});

	it("keeps the next point's tooltip when the previous one loses focus after it", () => {
		const tip = new ActiveTip();
		const a = point();
		const b = point();
		tooltip(tip, 'a', () => ({ x: 0, y: 0, lines: ['a'] }))(a);
		tooltip(tip, 'b', () => ({ x: 1, y: 1, lines: ['b'] }))(b);
		fire(a, 'focus');
		fire(b, 'focus');
		fire(a, 'blur');
		expect(tip.shown?.key).toBe('b');
	});

	it('hides on Escape without moving focus, and stops listening once detached', () => {
		const tip = new ActiveTip();
		const el = point();
		const detach = tooltip(tip, 'x', () => ({ x: 0, y: 0, lines: ['x'] }))(el);
		fire(el, 'focus');
		fire(el, 'keydown', { key: 'Escape' });
		expect(tip.shown).toBeNull();
		detach();
		fire(el, 'focus');
		expect(tip.shown).toBeNull();
	});
});

/**
 * A stand-in for a chart's `<svg>` (no DOM in unit tests): it keeps its listeners with their
 * phase, and `fire` calls them as a browser does for an event fired at an element inside it:
 * capture listeners always, the others only when the event bubbles.
 */
function svgStandIn() {
	const listeners: { type: string; fn: (event: Event) => void; capture: boolean }[] = [];
	const svg = {
		addEventListener: (type: string, fn: (event: Event) => void, capture = false) =>
			listeners.push({ type, fn, capture }),
		removeEventListener: (type: string, fn: (event: Event) => void, capture = false) => {
			const i = listeners.findIndex((l) => l.type === type && l.fn === fn && l.capture === capture);
			if (i >= 0) listeners.splice(i, 1);
		}
	} as unknown as Element;
	const fire = (type: string, target: object, init: { bubbles?: boolean; key?: string } = {}) => {
		const event = Object.assign(new Event(type, { bubbles: init.bubbles ?? false }), {
			key: init.key
		});
		Object.defineProperty(event, 'target', { value: target });
		for (const l of [...listeners])
			if (l.type === type && (l.capture || event.bubbles)) l.fn(event);
	};
	return { svg, fire };
}

describe('delegated tooltip (one handler on the svg)', () => {
	// Two points and a circle inside the first; `targetOf` knows the points by what they carry.
	const a = { key: 'FR-2022' };
	const b = { key: 'FR-2023' };
	const inner = { key: null };
	const targetOf = (el: Element): TipTarget | null => {
		const key = (el as unknown as { key: string | null }).key;
		return key ? { key, content: () => ({ x: 1, y: 2, lines: [key] }) } : null;
	};

	it('shows on hover and focus of a point, events that do not bubble included, and hides on leave and blur', () => {
		const tip = new ActiveTip();
		const { svg, fire } = svgStandIn();
		delegatedTooltip(tip, targetOf)(svg);
		fire('pointerenter', a);
		expect(tip.shown).toEqual({ key: 'FR-2022', x: 1, y: 2, lines: ['FR-2022'] });
		fire('pointerleave', a);
		expect(tip.shown).toBeNull();
		fire('focus', b);
		expect(tip.shown?.key).toBe('FR-2023');
		fire('blur', b);
		expect(tip.shown).toBeNull();
	});

	it("does not hide a point's tooltip when the pointer moves between the point's own shapes", () => {
		const tip = new ActiveTip();
		const { svg, fire } = svgStandIn();
		delegatedTooltip(tip, targetOf)(svg);
		fire('pointerenter', a);
		fire('pointerleave', inner);
		fire('pointerenter', inner);
		expect(tip.shown?.key).toBe('FR-2022');
	});

	it("keeps the next point's tooltip when the previous one loses focus after it", () => {
		const tip = new ActiveTip();
		const { svg, fire } = svgStandIn();
		delegatedTooltip(tip, targetOf)(svg);
		fire('focus', a);
		fire('focus', b);
		fire('blur', a);
		expect(tip.shown?.key).toBe('FR-2023');
	});

	it('shows nothing for a point the chart no longer has', () => {
		const tip = new ActiveTip();
		const { svg, fire } = svgStandIn();
		delegatedTooltip(tip, () => ({ key: 'gone', content: () => null }))(svg);
		fire('focus', a);
		expect(tip.shown).toBeNull();
	});

	it('hides on Escape (a keydown bubbling up from the point), and stops listening once detached', () => {
		const tip = new ActiveTip();
		const { svg, fire } = svgStandIn();
		const detach = delegatedTooltip(tip, targetOf)(svg);
		fire('focus', a);
		fire('keydown', a, { bubbles: true, key: 'Escape' });
		expect(tip.shown).toBeNull();
		detach();
		fire('focus', a);
		expect(tip.shown).toBeNull();
	});
});
