import { describe, expect, it } from 'vitest';
import { tHonest } from './honest';

describe('tHonest markedTitle', () => {
	it.each([
		// share, French, English
		['all', 'Régions (données illustratives)', 'Regions (illustrative data)'],
		['some', 'Régions (en partie données illustratives)', 'Regions (partly illustrative data)'],
		['none', 'Régions', 'Regions']
	] as const)('marks a title whose view draws %s illustrative units', (share, fr, en) => {
		expect(tHonest('fr').markedTitle('Régions', share)).toBe(fr);
		expect(tHonest('en').markedTitle('Regions', share)).toBe(en);
	});
});
