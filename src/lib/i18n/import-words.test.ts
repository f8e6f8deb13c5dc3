import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../data/ingest/limits';
import { commitBlockedText, fileProblem, measuresText, tImport } from './import';

describe('import page words for the session’s codes', () => {
	it('words each file problem with the file name, in French and English', () => {
		expect(fileProblem({ kind: 'cancelled' }, 'a.csv', 'fr')).toBe('Lecture de a.csv annulée.');
		expect(fileProblem({ kind: 'failed', reason: 'boom' }, 'a.csv', 'en')).toBe(
			'a.csv could not be read: boom'
		);
		const big = fileProblem(
			{ kind: 'too-large', size: 3 * MAX_FILE_BYTES, limit: MAX_FILE_BYTES },
			'big.csv',
			'fr'
		);
		expect(big).toMatch(/^big\.csv fait \d+\u00a0Mo/);
	});

	it('words why the commit is blocked, and nothing when it is not', () => {
		expect(commitBlockedText(null, 'fr')).toBeNull();
		expect(commitBlockedText('conflicts', 'fr')).toBe(tImport('fr').commitBlocked.conflicts);
		expect(commitBlockedText('adding', 'en')).toBe(tImport('en').adding);
		expect(commitBlockedText({ failed: 'out of memory' }, 'en')).toBe('out of memory');
	});
});

describe('conflictUpdated', () => {
	it("dates a conflict's value by its file's edition day, in French and English", () => {
		const fr = tImport('fr');
		const en = tImport('en');
		expect(fr.conflictUpdated('2026-02-27T11:00:00', null)).toBe('mis à jour le 2026-02-27');
		expect(en.conflictUpdated('2026-02-27T11:00:00', null)).toBe('updated 2026-02-27');
		// A bare year is an edition, not a day.
		expect(fr.conflictUpdated('2025', null)).toBe('édition 2025');
		expect(en.conflictUpdated('2025', null)).toBe('2025 edition');
		// A file whose rows give several dates: their span.
		expect(fr.conflictUpdated('2026-11-20T11:00:00', '2026-02-27T11:00:00')).toBe(
			'mis à jour entre le 2026-02-27 et le 2026-11-20'
		);
	});
});

describe('measuresText', () => {
	it('says what a file measures in words, and nothing when it names no indicator', () => {
		const esels = { indicator: ['E_ESELL'], unit: ['PC_ENT'], sizeClass: ['10-249'] };
		const fr = measuresText(esels, 'fr')!;
		expect(fr).toContain('(E_ESELL)');
		expect(fr).toContain('(PC_ENT)');
		expect(fr).toContain('(10-249)');
		expect(fr.split(' · ')).toHaveLength(3);
		// A Data Browser sheet: geo and period only.
		expect(measuresText({ indicator: [''], unit: [''], sizeClass: [''] }, 'fr')).toBeNull();
		// An unknown code is shown as written; past three, how many more.
		expect(
			measuresText({ indicator: ['A', 'B', 'C', 'D', 'E'], unit: [], sizeClass: [null] }, 'en')
		).toBe('A, B, C, +2');
	});
});
