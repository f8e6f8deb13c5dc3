import { describe, expect, it } from 'vitest';
import { localeOf, localizedPath } from './locale';

describe('locale from the URL', () => {
	it.each([
		['en', 'en'],
		[undefined, 'fr'],
		['de', 'fr']
	] as const)('localeOf(%s) → %s', (lang, locale) => {
		expect(localeOf(lang)).toBe(locale);
	});

	it.each([
		['/', 'en', '/en/'],
		['/', 'fr', '/'],
		['/donnees/', 'en', '/en/donnees/'],
		['/en/donnees/', 'fr', '/donnees/'],
		['/en/', 'fr', '/'],
		['/en/', 'en', '/en/'],
		['/english-page/', 'en', '/en/english-page/']
	] as const)('localizedPath(%s, %s) → %s', (path, locale, expected) => {
		expect(localizedPath(path, locale)).toBe(expected);
	});
});
