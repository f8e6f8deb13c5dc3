/**
 * When the service worker may be registered. Its first install fetches the app, pages and data
 * (some 30 MB into Cache Storage): on a 2-core laptop that took about 2 s from a 1M-row import
 * read beside it, and while it runs every click of the reader waits longer (tab switches on
 * /comparer/: median 10 → 19–29 ms, slowest 20 → 60–110 ms, issue #18). So it waits for an idle
 * moment with no page holding it back (the import page holds it while a file is read, checked,
 * kept or loaded, and a while before and after) and for the reader to have left the page alone
 * for a few seconds: no click, key or change (`QUIET_MS`), the first seconds of the visit included.
 * A reader reading a page gives it that moment; one busy with the controls is not made to share
 * the machine with it.
 *
 * `registerWhenFree(register)` → `register()` runs at the first idle moment with no hold, 3 s or
 * more after the last input; `const release = holdRegistration()` … `release()`.
 */

/** Runs `task` when the page is idle (at most `timeout` ms later). */
export type IdleScheduler = (task: () => void) => void;

/** How long the reader must have left the page alone, from its opening or their last input. */
export const QUIET_MS = 3000;

/** The reader's inputs the registration keeps clear of. */
const INPUTS = ['pointerdown', 'keydown', 'click', 'input', 'change'] as const;

/** What the gate asks of the page: idle moments, a timer, and the time since the last input. */
export interface GateClock {
	idle: IdleScheduler;
	/** Runs `task` in `ms` ms. */
	later: (task: () => void, ms: number) => void;
	/** Milliseconds since the last input (or since the gate was set up, if none). */
	sinceInput: () => number;
}

const whenIdle: IdleScheduler = (task) => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
	else setTimeout(task, 1000);
};

/** The page's own clock: inputs listened to from now on (passive, never handled). */
function pageClock(): GateClock {
	let last = performance.now();
	const seen = () => (last = performance.now());
	for (const type of INPUTS) addEventListener(type, seen, { capture: true, passive: true });
	return {
		idle: whenIdle,
		later: (task, ms) => void setTimeout(task, ms),
		sinceInput: () => performance.now() - last
	};
}

let holds = 0;
let waiting: (() => void) | null = null;
let schedule: IdleScheduler = whenIdle;

/** Registers (once) at the first idle moment nothing holds it back and the reader is quiet. */
export function registerWhenFree(register: () => void, clock: GateClock = pageClock()): void {
	schedule = clock.idle;
	const attempt = () => {
		if (holds > 0) {
			waiting = attempt;
			return;
		}
		const since = clock.sinceInput();
		if (since < QUIET_MS) clock.later(() => schedule(attempt), QUIET_MS - since);
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
