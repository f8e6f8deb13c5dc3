/**
 * When the service worker may be registered. Its first install fetches the app, pages and data
 * (some 30 MB into Cache Storage): on a 2-core laptop that took about 2 s from a 1M-row import
 * read beside it. So it waits for an idle moment, and for no page to hold it back (the import
 * page holds it while a file is read, checked, kept or loaded, and a while before and after).
 *
 * `registerWhenFree(register)` → `register()` runs at the first idle moment with no hold;
 * `const release = holdRegistration()` … `release()`.
 */

/** Runs `task` when the page is idle (at most `timeout` ms later). */
export type IdleScheduler = (task: () => void) => void;

const whenIdle: IdleScheduler = (task) => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
	else setTimeout(task, 1000);
};

let holds = 0;
let waiting: (() => void) | null = null;
let schedule: IdleScheduler = whenIdle;

/** Registers (once) at the first idle moment nothing holds it back. */
export function registerWhenFree(register: () => void, scheduler: IdleScheduler = whenIdle): void {
	schedule = scheduler;
	const attempt = () => {
		if (holds > 0) waiting = attempt;
		else register();
	};
	schedule(attempt);
}

/** Holds the registration back until the returned function is called (twice is harmless). */
export function holdRegistration(): () => void {
	holds++;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		holds--;
		if (holds === 0 && waiting) {
			const attempt = waiting;
			waiting = null;
			schedule(attempt);
		}
	};
}
