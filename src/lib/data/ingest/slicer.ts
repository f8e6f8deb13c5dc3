/**
 * Long work on the page's thread, cut into slices: the work calls `tick()` often, and every
 * `yieldEvery` ms `tick()` gives the thread back (a new task) so that the page keeps drawing and
 * answering (issue #18: no main-thread task over 50 ms). Used by the import's merge and by the
 * views that pick rows of a large imported file.
 */

/** How long work may hold the thread before it yields, and how to stop it. */
export interface SliceOptions {
	/** Milliseconds of work between two yields; `Infinity` never yields. Default 8. */
	yieldEvery?: number;
	/** Stops the work: the promise then rejects with an `AbortError`. */
	signal?: AbortSignal;
}

/** A new task: the page may draw and handle input before the work goes on. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Gives the thread back to the page (input, drawing) and goes on as soon as it is free again:
 * `scheduler.yield()` where the browser has it, else a new task (`nextTask`). A timer chained
 * from a timer waits at least 4 ms (the HTML standard's clamp of nested timers): with slices of
 * 8 ms, a third of the work's time spent waiting, and more on a loaded machine.
 */
export function yieldToPage(): Promise<void> {
	const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}

// One channel for the page, kept here: a port nothing refers to may be collected with its
// message still queued.
let channel: MessageChannel | null = null;
const queued: (() => void)[] = [];

/**
 * Runs `run` in a task of its own, in the order asked: sooner than `setTimeout` (no clamping of
 * nested timers) where `MessageChannel` exists. `inNewTask(() => drawTheTable())`
 */
export function inNewTask(run: () => void): void {
	if (typeof MessageChannel === 'undefined') {
		setTimeout(run, 0);
		return;
	}
	queued.push(run);
	if (!channel) {
		channel = new MessageChannel();
		channel.port1.onmessage = () => queued.shift()?.();
	}
	channel.port2.postMessage(null);
}

/**
 * Runs work written as steps (a generator that yields between them) to its end at once.
 * `finish(fitBoundsSteps())` → the bounds
 */
export function finish<T>(steps: Generator<void, T>): T {
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/**
 * Runs work written as steps to its end, `slicer.tick()` between two steps: the same result as
 * `finish`, the thread given back every `yieldEvery` ms. Rejects as `tick()` does.
 * `await finishSliced(outsideSteps(…), new Slicer({ signal }))`
 */
export async function finishSliced<T>(steps: Generator<void, T>, slicer: Slicer): Promise<T> {
	let step = steps.next();
	while (!step.done) {
		await slicer.tick();
		step = steps.next();
	}
	return step.value;
}

/**
 * Lets the page breathe: `tick()` resolves on a new task once `yieldEvery` ms of work have passed.
 * `const slicer = new Slicer({ yieldEvery: 8 }); for (…) { await slicer.tick(); … }`
 */
export class Slicer {
	private start = performance.now();
	/** How many times the work gave the thread back. */
	yields = 0;
	constructor(private readonly options: SliceOptions) {}
	async tick(): Promise<void> {
		this.options.signal?.throwIfAborted();
		const every = this.options.yieldEvery ?? 8;
		if (every === Infinity || performance.now() - this.start < every) return;
		await this.pause();
	}
	/**
	 * Gives the thread back once before any work: work started by an effect runs in the task that
	 * also draws what changed, and the two together made one long task (issue #18).
	 */
	async first(): Promise<void> {
		if ((this.options.yieldEvery ?? 8) === Infinity) return;
		await this.pause();
	}
	private async pause(): Promise<void> {
		await yieldToPage();
		this.yields += 1;
		this.options.signal?.throwIfAborted();
		this.start = performance.now();
	}
}
