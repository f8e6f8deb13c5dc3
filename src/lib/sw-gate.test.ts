import { describe, expect, it } from 'vitest';
import { holdRegistration, registerWhenFree } from './sw-gate';

/** An idle scheduler the test runs by hand. */
function manual() {
	const queue: (() => void)[] = [];
	return {
		scheduler: (task: () => void) => void queue.push(task),
		runIdle: () => queue.splice(0).forEach((task) => task())
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
});
