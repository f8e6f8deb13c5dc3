import { describe, expect, it } from 'vitest';
import { chartSvg, normaliseSvg } from './snapshot';

describe('chartSvg', () => {
	it('keeps the first svg only, one tag per line, without hydration markers', () => {
		const body =
			'<figure class="trend svelte-1k9fbsq"><!--[--><svg viewBox="0 0 10 10"><g></g></svg><!--]--><ul><li><svg width="30"></svg></li></ul></figure>';
		expect(chartSvg(body)).toBe('<svg viewBox="0 0 10 10">\n<g>\n</g>\n</svg>');
	});

	it('writes class hashes and generated ids the same whatever the build or the counter', () => {
		const a = chartSvg(
			'<svg class="svelte-idhakq" aria-labelledby="s1-title" aria-describedby="s1-desc"><title id="s1-title">T</title><rect fill="url(#s1-hatch)"/></svg>'
		);
		const b = chartSvg(
			'<svg class="svelte-zf9c7o" aria-labelledby="s14-title" aria-describedby="s14-desc"><title id="s14-title">T</title><rect fill="url(#s14-hatch)"/></svg>'
		);
		expect(a).toBe(b);
		expect(a).toContain('aria-labelledby="ID-title"');
		expect(a).toContain('url(#ID-hatch)');
		expect(a).toContain('class="svelte-HASH"');
	});

	it('leaves words and figures alone', () => {
		expect(normaliseSvg('<text class="tick">s1-2023 svelte</text>')).toBe(
			'<text class="tick">s1-2023 svelte</text>'
		);
	});

	it('says so when there is nothing to snapshot', () => {
		expect(() => chartSvg('<div></div>')).toThrow(/no <svg>/);
	});
});
