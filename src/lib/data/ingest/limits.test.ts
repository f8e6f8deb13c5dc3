import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, wholeMegabytes } from './limits';
import { megabytesIn } from '../../i18n/importIssues';

describe('import limits, as numbers and in words', () => {
	it('gives sizes in whole mebibytes, rounded', () => {
		expect(wholeMegabytes(MAX_FILE_BYTES)).toBe(200);
		expect(wholeMegabytes(MAX_TEXT_BYTES)).toBe(400);
		expect(wholeMegabytes(1.6 * 1024 * 1024)).toBe(2);
		expect(wholeMegabytes(0)).toBe(0);
	});

	it("is worded by i18n in the reader's unit (Mo in French), never by the limits module", () => {
		expect(megabytesIn(MAX_FILE_BYTES, 'fr')).toBe('200\u00a0Mo');
		expect(megabytesIn(MAX_FILE_BYTES, 'en')).toBe('200 MB');
		expect(megabytesIn(12_345 * 1024 * 1024, 'fr')).toBe('12\u202f345\u00a0Mo');
		expect(megabytesIn(12_345 * 1024 * 1024, 'en')).toBe('12,345 MB');
	});
});
