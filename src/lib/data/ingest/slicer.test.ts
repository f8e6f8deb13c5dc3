import { describe, expect, it, vi } from 'vitest';
import { inNewTask, Slicer } from './slicer';

describe('Slicer: long work gives the thread back every few milliseconds', () => {
	it('yields once the time is spent, on a new task, and not before', async () => {
		const slicer = new Slicer({ yieldEvery: 5 });
		let timerRan = false;
		setTimeout(() => (timerRan = true), 0);
		await slicer.tick();
		expect(slicer.yields).toBe(0);
		const until = performance.now() + 6;
		while (performance.now() < until) {
			// work
		}
		await slicer.tick();
		expect(slicer.yields).toBe(1);
		// A task queued before the yield ran during it: the thread was given back.
		expect(timerRan).toBe(true);
	});

	it("yields through the browser's scheduler where it has one (no 4 ms clamp of timers)", async () => {
		const scheduler = { yield: vi.fn(() => Promise.resolve()) };
		vi.stubGlobal('scheduler', scheduler);
		try {
			const slicer = new Slicer({ yieldEvery: 0 });
			await slicer.first();
			await slicer.tick();
			expect(scheduler.yield).toHaveBeenCalledTimes(2);
			expect(slicer.yields).toBe(2);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('gives the thread back before any work, unless told never to yield', async () => {
		const slicer = new Slicer({});
		await slicer.first();
		expect(slicer.yields).toBe(1);
		const never = new Slicer({ yieldEvery: Infinity });
		await never.first();
		await never.tick();
		expect(never.yields).toBe(0);
	});

	it('stops with an AbortError once its signal is aborted', async () => {
		const stop = new AbortController();
		const slicer = new Slicer({ signal: stop.signal, yieldEvery: 0 });
		stop.abort();
		await expect(slicer.tick()).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('inNewTask: work in a task of its own', () => {
	it('runs each call after the current task, in the order asked, one per task', async () => {
		const order: string[] = [];
		inNewTask(() => {
			order.push('a');
			// Queued from inside a task: after what was already waiting.
			inNewTask(() => order.push('c'));
			void Promise.resolve().then(() => order.push('a microtask'));
		});
		inNewTask(() => order.push('b'));
		order.push('now');
		await Promise.resolve();
		expect(order).toEqual(['now']);
		await new Promise((resolve) => inNewTask(() => resolve(undefined)));
		// The microtask of the first task ran before the second task: each call is a task; `c`,
		// asked during `a`, comes after this wait, asked before it.
		expect(order).toEqual(['now', 'a', 'a microtask', 'b']);
		await new Promise((resolve) => inNewTask(() => resolve(undefined)));
		expect(order).toEqual(['now', 'a', 'a microtask', 'b', 'c']);
	});
});
