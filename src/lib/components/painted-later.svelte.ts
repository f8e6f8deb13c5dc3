/**
 * "Drawn at once, or after the next frame": call while a component is created. In the prerendered
 * HTML and while the page is first hydrated, `shown` is true at once (the part is in the HTML);
 * created later (a choice, data that came), it turns true in a task after the frame that shows the
 * rest, so that this frame is not held by the part (issue #18).
 * `const later = paintedLater(); … {#if later.shown}…{/if}`
 */
import { onMount } from 'svelte';
import { browser } from '$app/environment';
import { afterNextPaint, pageSettled } from './deferred';

export function paintedLater(): { readonly shown: boolean } {
	let shown = $state(!browser || !pageSettled());
	onMount(() => {
		if (!shown) return afterNextPaint(() => (shown = true));
	});
	return {
		get shown() {
			return shown;
		}
	};
}
