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
import { inNewTask } from '../data/ingest/slicer';

// Turns are given only to the parts of the page being hydrated: once the last of them has had
// its turn, parts shown later (by a choice, or by a page's `onMount` reading the address) draw at
// once, in the update that shows them. A deferred part inside another asks for its turn while the
// outer one is hydrated, after its turn was given: the page is settled only when a task finds no
// part waiting, so the inner part still gets a task of its own.
let settled = !browser;

const turns: (() => void)[] = [];

function giveTurn() {
	const turn = turns.shift();
	if (!turn) {
		settled = true;
		return;
	}
	turn();
	// Look again in a later task, once this part is hydrated: it may hold parts of its own.
	if (turns.length === 0) post();
}

/** Queues a call of `giveTurn` in a task of its own. */
const post = () => inNewTask(giveTurn);

/** A new task for the next part waiting. */
function nextTask(): Promise<true> {
	return new Promise((resolve) => {
		turns.push(() => resolve(true));
		post();
	});
}

/** `await hydrationTurn()` → `true`: in a later task while the page is hydrated, else at once. */
export function hydrationTurn(): Promise<true> {
	return settled ? Promise.resolve(true) : nextTask();
}

/**
 * The page is hydrated: called by every deferred part once mounted. In Svelte's async mode effects
 * run only once every part is hydrated, and a part's before its page's: a part the page shows
 * from its own `onMount` (a report's views read from the address) then draws at once, in order.
 */
export function settle(): void {
	settled = true;
}

/** Whether the page's first hydration is over: a part created now is shown by a choice. */
export const pageSettled = () => settled;

let firstLoad = browser;
const firstTurns: Promise<void>[] = [];

/**
 * Resolves `turn` tasks later while the first page is loaded in the browser, at once afterwards
 * (and while prerendering). Loading the app's modules and starting the router, putting a page's
 * packed rows back together (`+page.ts`, turn 1) and hydrating its first part (the root layout's
 * `load` waits for turn 2) then take a task each, where they were one task of 60–95 ms on
 * `/comparer/`, `/objectifs/` and `/objectifs/regions/` (issue #18).
 */
export function firstLoadTurn(turn: 1 | 2): Promise<void> {
	if (!firstLoad) return Promise.resolve();
	while (firstTurns.length < turn) {
		const before = firstTurns.at(-1) ?? Promise.resolve();
		const next = before.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
		// Once the last turn has come, later navigations load at once.
		if (firstTurns.length === 1) void next.then(() => (firstLoad = false));
		firstTurns.push(next);
	}
	return firstTurns[turn - 1]!;
}

/** Rows a long table hydrates per task (each slice, the first too, is a deferred part). */
export const ROWS_PER_TASK = 20;

/**
 * `items` cut in runs of `size`, in order, for a long list hydrated a slice per task.
 * `slices([1, 2, 3, 4, 5], 2)` → `[[1, 2], [3, 4], [5]]`; `slices([], 2)` → `[]`
 */
export function slices<T>(items: readonly T[], size: number = ROWS_PER_TASK): T[][] {
	const step = Math.max(1, Math.floor(size));
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
	return out;
}

/**
 * Calls `fn` in a task after the browser has painted the next frame; returns a function that
 * cancels it. What a choice shows below the fold can wait for it: the part the reader looks at
 * is painted first.
 */
export function afterNextPaint(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
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
		// The page's effects run once every deferred part is hydrated: a page without any is
		// settled here too.
		settle();
		// A task later: SvelteKit marks its router started a microtask after the first render.
		const later = setTimeout(fn, 0);
		return () => clearTimeout(later);
	});
	afterNavigate((navigation) => {
		if (navigation.type !== 'enter') fn();
	});
}
