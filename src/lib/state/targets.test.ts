import { describe, expect, it } from 'vitest';
import { readTargetState, writeTargetState } from './targets';

describe('target pages in the address', () => {
	it.each([
		// A plain visit: SMEs, newest vintage.
		['', null, '10-249', null, false],
		// A link made before the population switch: what it showed, 10+ from tin00111.
		['cible=cnnum-2019', 'cnnum-2019', 'GE10', 'tin00111', true],
		['cible=observatoire-2026&lang=fr', 'observatoire-2026', 'GE10', 'tin00111', true],
		// Links made since: pop is always there.
		['cible=cnnum-2019&pop=10-249', 'cnnum-2019', '10-249', null, false],
		['cible=cnnum-2019&pop=GE10', 'cnnum-2019', 'GE10', null, false],
		['cible=cnnum-2019&pop=GE10&ds=tin00111', 'cnnum-2019', 'GE10', 'tin00111', false],
		['pop=50-249', null, '50-249', null, false],
		// Forgiving: an unreadable target or population falls back, never throws.
		['cible=../x&pop=9', null, '10-249', null, false]
	])('reads %j', (search, target, population, pinned, migrated) => {
		expect(readTargetState(new URLSearchParams(search))).toEqual({
			target,
			population,
			pinned,
			migrated
		});
	});

	it('always writes pop, so a new link never reads as an old one; round trip', () => {
		const state = { target: 'cnnum-2019', population: '10-249', pinned: null } as const;
		const written = writeTargetState(new URLSearchParams('x=1&ds=tin00111'), state);
		expect(written.toString()).toBe('x=1&cible=cnnum-2019&pop=10-249');
		expect(readTargetState(written)).toEqual({ ...state, migrated: false });
		const migrated = readTargetState(new URLSearchParams('cible=cnnum-2019'));
		expect(readTargetState(writeTargetState(new URLSearchParams(), migrated))).toEqual({
			...migrated,
			migrated: false
		});
	});
});
