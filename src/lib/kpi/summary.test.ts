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

const units = [unit('B', 13), unit('A', 21), unit('C', 9), unit('D', null), unit('E', 14.5)];

describe('summarise', () => {
	it('counts on track (met, significant), off track and unrated; worst gap first', () => {
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
	it('names statuses', () => {
		expect(units.map((u) => statusOf(u.assessment))).toEqual([
			'moderate',
			'met',
			'away',
			'unrated',
			'significant'
		]);
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
