import { describe, expect, it } from 'vitest';
import { flagsAt, illustrativeShare } from './used';

describe('flagsAt', () => {
	it('gathers the flags of the periods used, each once', () => {
		const ps = [
			{ period: '2016', value: 10, flags: 'e' },
			{ period: '2019', value: null, flags: 'uC' },
			{ period: '2023', value: 12, flags: 'ep' }
		];
		expect(flagsAt(ps, ['2016', '2023'])).toBe('ep');
		expect(flagsAt(ps, ['2019', null])).toBe('uC');
		expect(flagsAt(ps, ['2020'])).toBe('');
	});
});

describe('illustrativeShare', () => {
	it.each([
		[[true, true], 'all'],
		[[true, false], 'some'],
		[[false], 'none'],
		[[], 'none']
	] as const)('%j → %s', (flags, share) => {
		expect(illustrativeShare(flags.map((synthetic) => ({ synthetic })))).toBe(share);
	});
});
