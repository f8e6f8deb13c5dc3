/**
 * When a deferred part of a page (`Deferred.svelte`) may be hydrated: while the page is first
 * hydrated, in a task of its own after the rest, one part per task (issue #18: opening a long
 * page held the browser in one task of 200–300 ms at CPU ×4); at once while prerendering (the part
 * is in the HTML) and once the page runs (a part shown later, by a choice, draws in the same
 * task as the choice).
 */
import { browser } from '$app/environment';

let settled = !browser;
const waiting: Promise<true>[] = [];

/** A new task, sooner than `setTimeout` (no clamping) where `MessageChannel` exists. */
function nextTask(): Promise<true> {
	return new Promise((resolve) => {
		if (typeof MessageChannel === 'undefined') {
			setTimeout(() => resolve(true), 0);
			return;
		}
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve(true);
		};
		channel.port2.postMessage(null);
	});
}

/** `await hydrationTurn()` → `true`: in a later task while the page is hydrated, else at once. */
export function hydrationTurn(): Promise<true> {
	if (settled) return Promise.resolve(true);
	const turn = nextTask();
	waiting.push(turn);
	return turn;
}

/**
 * Called once the page is hydrated (its router running): parts shown from now on draw at once.
 * Resolves once every part deferred so far is hydrated too.
 * `await pageSettled()` → every deferred part of the opening page has its handlers
 */
export async function pageSettled(): Promise<void> {
	settled = true;
	await Promise.all(waiting.splice(0));
	// The parts are hydrated in reactions to their turns, after the turns resolve.
	await nextTask();
}
