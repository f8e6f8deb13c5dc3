import { describe, expect, it } from 'vitest';
import { ActiveTip } from '../tooltip.svelte';
import { tooltip } from './tooltip';

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
