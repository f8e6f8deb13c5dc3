import { describe, expect, it } from 'vitest';
import {
	createAddressWriter,
	mergeWrites,
	shownSearch,
	type AddressWrite
} from './address-writer.svelte';

/** A router whose frames and navigations the test runs by hand. */
function fakeRouter(path = '/comparer/') {
	const frames: (() => void)[] = [];
	const navigations: { write: AddressWrite; settle: () => void; fail: () => void }[] = [];
	return {
		frames,
		navigations,
		here: path,
		afterPaint(task: () => void) {
			frames.push(task);
		},
		path() {
			return this.here;
		},
		navigate(write: AddressWrite) {
			return new Promise((resolve, reject) =>
				navigations.push({ write, settle: () => resolve(null), fail: () => reject(new Error('x')) })
			);
		},
		paint() {
			for (const task of frames.splice(0)) task();
		}
	};
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('mergeWrites: writes before one hand-over make one history step', () => {
	const w = (search: string, replace: boolean, path = '/c/') => ({ path, search, replace });
	it('keeps the later address, and a history entry if either asked for one', () => {
		expect(mergeWrites(w('?a', false), w('?b', true))).toEqual(w('?b', false));
		expect(mergeWrites(w('?a', true), w('?b', true))).toEqual(w('?b', true));
		expect(mergeWrites(w('?a', true), w('?b', false))).toEqual(w('?b', false));
		expect(mergeWrites(null, w('?b', true))).toEqual(w('?b', true));
	});
	it('does not carry a flag across pages', () => {
		expect(mergeWrites(w('?a', false, '/x/'), w('?b', true))).toEqual(w('?b', true));
	});
});

describe('createAddressWriter: shown at once, handed to the router after the frame', () => {
	it('reads the written address at once, navigates after the paint, then lets the router speak', async () => {
		const router = fakeRouter();
		const writer = createAddressWriter(router);
		writer.write({ path: '/comparer/', search: '?pop=GE10', replace: false });
		expect(writer.pendingFor('/comparer/')).toBe('?pop=GE10');
		expect(writer.pendingFor('/objectifs/')).toBeNull();
		expect(router.navigations).toHaveLength(0);
		router.paint();
		expect(router.navigations.map((n) => n.write.search)).toEqual(['?pop=GE10']);
		expect(writer.pendingFor('/comparer/')).toBe('?pop=GE10');
		router.navigations[0]!.settle();
		await tick();
		expect(writer.pendingFor('/comparer/')).toBeNull();
	});
	it('merges the writes of one frame into one navigation, pushing if any pushed', () => {
		const router = fakeRouter();
		const writer = createAddressWriter(router);
		writer.write({ path: '/comparer/', search: '?y=2015', replace: true });
		writer.write({ path: '/comparer/', search: '?y=2016', replace: false });
		writer.write({ path: '/comparer/', search: '?y=2017', replace: true });
		expect(router.frames).toHaveLength(1);
		expect(writer.pendingFor('/comparer/')).toBe('?y=2017');
		router.paint();
		expect(router.navigations.map((n) => n.write)).toEqual([
			{ path: '/comparer/', search: '?y=2017', replace: false }
		]);
	});
	it('keeps a newer write shown when an older navigation settles or fails', async () => {
		const router = fakeRouter();
		const writer = createAddressWriter(router);
		writer.write({ path: '/comparer/', search: '?a', replace: false });
		router.paint();
		writer.write({ path: '/comparer/', search: '?b', replace: false });
		router.navigations[0]!.fail();
		await tick();
		expect(writer.pendingFor('/comparer/')).toBe('?b');
		router.paint();
		router.navigations[1]!.settle();
		await tick();
		expect(writer.pendingFor('/comparer/')).toBeNull();
	});
	it('drops a write when the reader has left the page or gone back before the hand-over', () => {
		const router = fakeRouter();
		const writer = createAddressWriter(router);
		writer.write({ path: '/comparer/', search: '?a', replace: false });
		router.here = '/objectifs/';
		router.paint();
		expect(router.navigations).toHaveLength(0);
		expect(writer.pendingFor('/comparer/')).toBeNull();
		router.here = '/comparer/';
		writer.write({ path: '/comparer/', search: '?b', replace: false });
		writer.drop();
		expect(writer.pendingFor('/comparer/')).toBeNull();
		router.paint();
		expect(router.navigations).toHaveLength(0);
	});
});

describe('shownSearch: the browser speaks for its own page, the router for another', () => {
	const router = { pathname: '/comparer/', search: '' };
	it('reads a shallow entry the router did not load', () => {
		expect(shownSearch({ pathname: '/comparer/', search: '?pop=GE10' }, router)).toBe('?pop=GE10');
		expect(
			shownSearch({ pathname: '/comparer/', search: '' }, { ...router, search: '?tab=gap' })
		).toBe('');
	});
	it("keeps the router's while the browser is already on another page", () => {
		expect(shownSearch({ pathname: '/objectifs/', search: '?cible=x' }, router)).toBe('');
		expect(shownSearch({ pathname: '/comparer', search: '?pop=GE10' }, router)).toBe('');
	});
	it("reads the router's where there is no browser (prerendering)", () => {
		expect(shownSearch(null, { pathname: '/comparer/', search: '?pop=GE10' })).toBe('?pop=GE10');
	});
});
