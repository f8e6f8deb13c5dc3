import { describe, expect, it } from 'vitest';
import { assess } from './measures';
import { sortUnits, statusOf, summarise, type AssessedUnit } from './summary';

const target = { baseline: '2020', deadline: '2030', rule: { fixed: 20 } };
const unit = (label: string, now: number | null, synthetic = false): AssessedUnit => ({
	key: label,
	label,
	synthetic,
	assessment: assess({
		unit: [
			{ period: '2020', value: 10, flags: '' },
			// A third observation: the SDG class needs three in the window (measures.ts).
			{ period: '2022', value: now === null ? null : 11, flags: '' },
			{ period: '2025', value: now, flags: '' }
		],
		reference: [],
		target,
		lastDataPeriod: '2025'
	})
});

// Fixed target 20 from 10 in 2020, deadline 2030: the gap must narrow 1 point a year.
const units = [unit('B', 13), unit('A', 21), unit('C', 9), unit('D', null), unit('E', 15.5)];

describe('summarise', () => {
	it('counts on track (gap closed or narrowing at pace), off track and unrated; worst gap first', () => {
		const s = summarise(units);
		expect([s.onTrack, s.offTrack, s.unrated]).toEqual([2, 2, 1]);
		expect(s.worstFirst.map((u) => u.label)).toEqual(['C', 'B', 'E', 'A']);
		expect(s.illustrative).toEqual({ onTrack: 0, offTrack: 0, unrated: 0, worstFirst: [] });
	});
	it('never counts nor ranks illustrative units with real ones', () => {
		const s = summarise([
			unit('FR', 13),
			unit('X1', 21, true),
			unit('X2', 9, true),
			unit('X3', null, true)
		]);
		expect([s.onTrack, s.offTrack, s.unrated]).toEqual([0, 1, 0]);
		expect(s.worstFirst.map((u) => u.label)).toEqual(['FR']);
		const i = s.illustrative;
		expect([i.onTrack, i.offTrack, i.unrated]).toEqual([1, 1, 1]);
		expect(i.worstFirst.map((u) => u.label)).toEqual(['X2', 'X1']);
	});
	it('names statuses by the gap: B narrows 0.6 a year, E 1.1, C widens', () => {
		expect(units.map((u) => statusOf(u.assessment))).toEqual([
			'too-slow',
			'closed',
			'widening',
			'unrated',
			'on-pace'
		]);
	});
	// Shaped on two sectors of the bundled isoc_ec_eseln2 extract (E_AESELL, 10+, against the EU28
	// value of the same sector): their first and last values as published (N79 starts in 2015
	// there), the years between made up, since the SDG class needs three observations. The value
	// fell in both: the class says "moving away" of both.
	const sector = (label: string, fr: number[], eu: number[]): AssessedUnit => ({
		key: label,
		label,
		synthetic: false,
		assessment: assess({
			unit: fr.map((value, i) => ({ period: String(2016 + i), value, flags: '' })),
			reference: eu.map((value, i) => ({ period: String(2016 + i), value, flags: '' })),
			target: { baseline: '2016', deadline: '2019', rule: 'eu-average-at-deadline' },
			lastDataPeriod: '2019'
		})
	});
	it('never counts a gap that did not move, or narrowed, as moving away', () => {
		// M69-M74: 10 against 13, then 6 against 9: the gap stayed at −3.
		const still = sector('M69-M74', [10, 8, 7, 6], [13, 11, 10, 9]);
		// N79: 48 against 55 at the start, 47 against 51 in 2019: the gap narrowed from −7 to −4.
		const closer = sector('N79', [48, 47, 47, 47], [55, 53, 52, 51]);
		expect(still.assessment.progress).toBe('away');
		expect(closer.assessment.progress).toBe('away');
		expect(statusOf(still.assessment)).toBe('unchanged');
		expect(statusOf(closer.assessment)).toBe('too-slow');
		const s = summarise([still, closer]);
		expect([s.onTrack, s.offTrack, s.unrated]).toEqual([0, 2, 0]);
	});
});

describe('sortUnits', () => {
	it.each([
		['gapNow', 'asc', ['C', 'B', 'E', 'A', 'D']],
		['gapNow', 'desc', ['A', 'E', 'B', 'C', 'D']],
		['status', 'asc', ['A', 'E', 'B', 'C', 'D']],
		['label', 'desc', ['E', 'D', 'C', 'B', 'A']]
	] as const)('by %s %s', (key, dir, expected) => {
		expect(sortUnits(units, key, dir).map((u) => u.label)).toEqual(expected);
	});
});
