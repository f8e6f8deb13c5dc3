import { describe, expect, it } from 'vitest';
import { holdRegistration, QUIET_MS, registerWhenFree, type GateClock } from './sw-gate';

/**
 * A clock the test runs by hand: idle moments when asked, time moved on by hand, inputs when
 * asked. By default the reader has been quiet for long.
 */
function manual() {
	const queue: (() => void)[] = [];
	let now = 0;
	let lastInput = -QUIET_MS;
	const timers: { at: number; task: () => void }[] = [];
	const clock: GateClock = {
		idle: (task) => void queue.push(task),
		later: (task, ms) => void timers.push({ at: now + ms, task }),
		sinceInput: () => now - lastInput
	};
	return {
		scheduler: clock,
		runIdle: () => queue.splice(0).forEach((task) => task()),
		input: () => (lastInput = now),
		wait: (ms: number) => {
			now += ms;
			for (const t of timers.filter((t) => t.at <= now)) {
				timers.splice(timers.indexOf(t), 1);
				t.task();
			}
		}
	};
}

describe('service worker registration gate', () => {
	it('registers at the first idle moment when nothing holds it', () => {
		const { scheduler, runIdle } = manual();
		let registered = 0;
		registerWhenFree(() => registered++, scheduler);
		expect(registered).toBe(0);
		runIdle();
		expect(registered).toBe(1);
	});

	it('waits while an import holds it, then registers once at the next idle moment', () => {
		const { scheduler, runIdle } = manual();
		let registered = 0;
		const first = holdRegistration();
		const second = holdRegistration();
		registerWhenFree(() => registered++, scheduler);
		runIdle();
		expect(registered).toBe(0);
		first();
		first(); // released twice: still held by the second
		runIdle();
		expect(registered).toBe(0);
		second();
		expect(registered).toBe(0); // not at once: at the next idle moment
		runIdle();
		expect(registered).toBe(1);
		runIdle();
		expect(registered).toBe(1);
	});

	it('a hold taken after the registration changes nothing', () => {
		const { scheduler, runIdle } = manual();
		let registered = 0;
		registerWhenFree(() => registered++, scheduler);
		runIdle();
		const release = holdRegistration();
		release();
		runIdle();
		expect(registered).toBe(1);
	});

	it('waits until the reader has left the page alone for a few seconds', () => {
		const { scheduler, runIdle, input, wait } = manual();
		let registered = 0;
		input();
		registerWhenFree(() => registered++, scheduler);
		runIdle();
		expect(registered).toBe(0);
		wait(QUIET_MS - 1000);
		input(); // a click: the wait starts again
		wait(1000);
		runIdle();
		expect(registered).toBe(0);
		// Not when the first wait is over: QUIET_MS after the click.
		wait(QUIET_MS - 1001);
		runIdle();
		expect(registered).toBe(0);
		wait(1);
		expect(registered).toBe(0); // at the next idle moment, not in the timer
		runIdle();
		expect(registered).toBe(1);
		wait(QUIET_MS * 2);
		runIdle();
		expect(registered).toBe(1);
	});
});
