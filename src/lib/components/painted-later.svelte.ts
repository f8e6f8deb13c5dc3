/**
 * "Drawn at once, or after the next frame": call while a component is created. In the prerendered
 * HTML and while the page is first hydrated, `shown` is true at once (the part is in the HTML);
 * created later (a choice, data that came), it turns true in a task after the frame that shows the
 * rest, so that this frame is not held by the part (issue #18). With `key`, the part is drawn
 * later again each time the key changes (a component that stays while its view changes).
 * `const later = paintedLater(); … {#if later.shown}…{/if}`;
 * `const marks = paintedLater(() => figures.tab)` → `marks.shown` false for a frame after each switch
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { afterNextPaint, pageSettled } from './deferred';

/** The key nothing is shown for yet. */
const NOTHING = Symbol('nothing shown');

export function paintedLater(key: () => unknown = () => undefined): { readonly shown: boolean } {
	let shownFor = $state<unknown>(!browser || !pageSettled() ? untrack(key) : NOTHING);
	$effect(() => {
		const current = key();
		if (shownFor !== current) return afterNextPaint(() => (shownFor = current));
	});
	return {
		get shown() {
			return shownFor === key();
		}
	};
}
