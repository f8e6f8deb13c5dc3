import { describe, expect, it } from 'vitest';
import { MAX_ANNOTATION_TEXT, decodeTimeline, withTimeline } from './timeline';

describe('timeline ⇄ URL', () => {
	it('shows events by default and reads annotations', () => {
		expect(decodeTimeline('')).toEqual({ events: true, annotations: [] });
		expect(decodeTimeline('ev=0&ann=2020-03~Premier%20confinement')).toEqual({
			events: false,
			annotations: [{ date: '2020-03', text: 'Premier confinement' }]
		});
	});

	it('drops annotations without a real date or text, and cuts long ones', () => {
		const long = 'x'.repeat(200);
		const got = decodeTimeline(
			new URLSearchParams([
				['ann', '2020-13~bad month'],
				['ann', 'no date'],
				['ann', '2021~  '],
				['ann', `2022~${long}`]
			])
		);
		expect(got.annotations).toEqual([{ date: '2022', text: 'x'.repeat(MAX_ANNOTATION_TEXT) }]);
	});

	it('round-trips, keeping the other parameters and text with any character', () => {
		const state = {
			events: false,
			annotations: [
				{ date: '2020', text: 'Covid : 1er confinement & <fermetures>' },
				{ date: '2017-03-08', text: 'Plan ~ CNNum' }
			]
		};
		const search = withTimeline('v=1&peers=DE,IE', state);
		expect(search.startsWith('v=1&peers=DE,IE&ev=0&ann=')).toBe(true);
		expect(decodeTimeline(search)).toEqual(state);
		expect(withTimeline(search, { events: true, annotations: [] })).toBe('v=1&peers=DE,IE');
	});
});
