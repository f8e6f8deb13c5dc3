/**
 * When a deferred part of a page (`Deferred.svelte`) may be hydrated: while the page is first
 * hydrated, in a task of its own after the rest, one part per task (issue #18: opening a long
 * page held the browser in one task of 200–300 ms at CPU ×4); at once while prerendering (the part
 * is in the HTML) and once the page runs (a part shown later, by a choice, draws in the same
 * task as the choice). In Svelte's async mode the page's effects (`onMount`, `$effect`) run once
 * every part is hydrated.
 */
import { browser } from '$app/environment';
import { afterNavigate } from '$app/navigation';
import { onMount } from 'svelte';

// Turns are given only to the parts of the page being hydrated: once the last of them has had
// its turn, parts shown later (by a choice, or by a page's `onMount` reading the address) draw at
// once, in the update that shows them.
let settled = !browser;

// One channel for the page, kept here: a port nothing refers to may be collected with its
// message still queued.
let channel: MessageChannel | null = null;
const turns: (() => void)[] = [];

function giveTurn() {
	turns.shift()?.();
	if (turns.length === 0) settled = true;
}

/** A new task for the next part waiting, sooner than `setTimeout` where `MessageChannel` exists. */
function nextTask(): Promise<true> {
	return new Promise((resolve) => {
		turns.push(() => resolve(true));
		if (typeof MessageChannel === 'undefined') {
			setTimeout(giveTurn, 0);
			return;
		}
		if (!channel) {
			channel = new MessageChannel();
			channel.port1.onmessage = giveTurn;
		}
		channel.port2.postMessage(null);
	});
}

/** `await hydrationTurn()` → `true`: in a later task while the page is hydrated, else at once. */
export function hydrationTurn(): Promise<true> {
	return settled ? Promise.resolve(true) : nextTask();
}

/**
 * Runs `fn` once SvelteKit's router holds the page: after the first hydration (deferred parts
 * included) and after every client-side navigation; it may run twice on one arrival. Call while
 * a component is created. `afterNavigate` alone misses the first visit of a page with deferred
 * parts: its callback is registered by an effect, which runs only once they are hydrated, after
 * SvelteKit has called the callbacks of the first visit.
 * `onRouterReady(() => (ready = true))`
 */
export function onRouterReady(fn: () => void): void {
	onMount(() => {
		// A task later: SvelteKit marks its router started a microtask after the first render.
		const later = setTimeout(fn, 0);
		return () => clearTimeout(later);
	});
	afterNavigate((navigation) => {
		if (navigation.type !== 'enter') fn();
	});
}
