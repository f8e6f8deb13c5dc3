import { afterEach, describe, expect, it, vi } from 'vitest';

// The module keeps whether the page has settled: a fresh copy per test, in the browser or not.
async function deferredIn(browser: boolean) {
	vi.resetModules();
	vi.doMock('$app/environment', () => ({ browser }));
	vi.doMock('$app/navigation', () => ({ afterNavigate: () => undefined }));
	return import('./deferred');
}

afterEach(() => {
	vi.doUnmock('$app/environment');
	vi.doUnmock('$app/navigation');
});

/** Whether `promise` has settled once the microtasks queued now have run. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	for (let i = 0; i < 10; i++) await Promise.resolve();
	return done;
}

describe('hydrationTurn', () => {
	it('lets a part render at once while prerendering', async () => {
		const { hydrationTurn } = await deferredIn(false);
		const turn = hydrationTurn();
		expect(await settledNow(turn)).toBe(true);
		expect(await turn).toBe(true);
	});

	it('gives each part a task of its own while the page is hydrated, in order', async () => {
		const { hydrationTurn } = await deferredIn(true);
		const order: number[] = [];
		const turns = [1, 2, 3].map((n) => hydrationTurn().then(() => order.push(n)));
		// Not in this task: the rest of the page is hydrated first.
		expect(await settledNow(turns[0]!)).toBe(false);
		await Promise.all(turns);
		expect(order).toEqual([1, 2, 3]);
	});

	it('lets parts shown once the opening parts have had their turns render at once', async () => {
		const { hydrationTurn } = await deferredIn(true);
		const opening = [hydrationTurn(), hydrationTurn()];
		// Still hydrating: a part added now waits its turn too.
		const added = hydrationTurn();
		expect(await settledNow(added)).toBe(false);
		await Promise.all([...opening, added]);
		// Settled once a task finds no part waiting; then a part shown by a choice draws in the
		// same task as the choice.
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await settledNow(hydrationTurn())).toBe(true);
	});

	it('gives a part inside the last one a task of its own', async () => {
		const { hydrationTurn, pageSettled } = await deferredIn(true);
		await hydrationTurn();
		// The outer part is hydrated now: the part inside it asks for its turn, and waits a task.
		const inner = hydrationTurn();
		expect(await settledNow(inner)).toBe(false);
		await inner;
		expect(pageSettled()).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(pageSettled()).toBe(true);
	});

	it('gives the first page load its turns in tasks of their own, later loads none', async () => {
		const { firstLoadTurn } = await deferredIn(true);
		const order: number[] = [];
		const second = firstLoadTurn(2).then(() => order.push(2));
		const first = firstLoadTurn(1).then(() => order.push(1));
		expect(await settledNow(first)).toBe(false);
		await first;
		// The second turn is a task after the first.
		expect(await settledNow(second)).toBe(false);
		await second;
		expect(order).toEqual([1, 2]);
		expect(await settledNow(firstLoadTurn(1))).toBe(true);
		expect(await settledNow(firstLoadTurn(2))).toBe(true);
		const server = await deferredIn(false);
		expect(await settledNow(server.firstLoadTurn(2))).toBe(true);
	});
});

describe('slices', () => {
	it('cuts a list in runs of the given size, in order, the last one shorter', async () => {
		const { slices } = await deferredIn(true);
		expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(slices([1, 2, 3, 4], 2)).toEqual([
			[1, 2],
			[3, 4]
		]);
		expect(slices([], 2)).toEqual([]);
	});

	it('keeps every item once whatever the size, even a size below one', async () => {
		const { slices, ROWS_PER_TASK } = await deferredIn(true);
		const rows = Array.from({ length: 95 }, (_, i) => i);
		for (const size of [0, 1, 7, ROWS_PER_TASK, 95, 200]) {
			const cut = slices(rows, size);
			expect(cut.flat()).toEqual(rows);
			expect(Math.max(...cut.map((s) => s.length))).toBe(Math.min(95, Math.max(1, size)));
		}
		expect(slices(rows).length).toBe(Math.ceil(95 / ROWS_PER_TASK));
	});
});
