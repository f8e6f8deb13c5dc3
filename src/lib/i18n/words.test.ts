import { describe, expect, it } from 'vitest';
import { tWords } from './words';

describe('tWords', () => {
	it('has every word in both languages, none left empty or untranslated by mistake', () => {
		const fr = tWords('fr');
		const en = tWords('en');
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
			expect(fr[key].length, key).toBeGreaterThan(0);
			expect(en[key].length, key).toBeGreaterThan(0);
		}
		expect(fr.sort).toBe('trier');
		expect(en.dataSheet).toBe('Data');
	});
});
