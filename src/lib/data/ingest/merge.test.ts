import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { planMerge, resolveMerge, type MergeSource } from './merge';
import { csvCell, rejectedRowsCsv } from './rejected';
import { ingestText } from './ingest';

function o(geo: string, period: string, value: number | null, dataset = 'd'): Observation {
	return {
		dataset,
		indicator: 'E_ESELL',
		unit: 'PC_ENT',
		sizeClass: '10-249',
		nace: 'C10-S951_X_K',
		geo,
		period,
		value,
		flags: '',
		confStatus: null
	};
}

describe('planMerge and resolveMerge', () => {
	const a: MergeSource = {
		id: 'a',
		file: 'a.csv',
		observations: [o('FR1', '2023', 17), o('FRB', '2023', 12), o('FR1', '2023', 17)]
	};
	const b: MergeSource = {
		id: 'b',
		file: 'b.csv',
		observations: [o('FR1', '2023', 18, 'other'), o('FRB', '2023', 12), o('FRC', '2023', null)]
	};

	it('counts same-value repeats as duplicates and lists different values as conflicts', () => {
		const plan = planMerge([a, b]);
		expect({ ...plan.duplicates }).toEqual({ a: 1, b: 1 });
		expect(plan.conflicts).toHaveLength(1);
		expect(plan.conflicts[0]!.observation.geo).toBe('FR1');
		expect(plan.conflicts[0]!.options.map((x) => [x.file, x.value])).toEqual([
			['a.csv', 17],
			['b.csv', 18]
		]);
	});

	it('waits for a choice, then keeps each statistic once, where the person chose', () => {
		const plan = planMerge([a, b]);
		expect(resolveMerge([a, b], plan, {})).toBeNull();
		const kept = resolveMerge([a, b], plan, { [plan.conflicts[0]!.key]: 1 })!;
		expect(kept.a!.map((x) => [x.geo, x.value])).toEqual([['FRB', 12]]);
		expect(kept.b!.map((x) => [x.geo, x.value])).toEqual([
			['FR1', 18],
			['FRC', null]
		]);
	});

	it('tells apart statistics that differ only by an extra dimension, even one named __proto__', () => {
		const x = {
			...o('FR', '2023', 1),
			extra: Object.assign(Object.create(null), JSON.parse('{"__proto__":"p"}'))
		};
		const y = {
			...o('FR', '2023', 2),
			extra: Object.assign(Object.create(null), JSON.parse('{"__proto__":"q"}'))
		};
		expect(planMerge([{ id: 's', file: 's', observations: [x, y] }]).conflicts).toEqual([]);
	});
});

describe('rejected rows as CSV', () => {
	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+cmd', `'+cmd`],
		['@SUM(1)', `'@SUM(1)`],
		['-3.5', '-3.5'],
		['-x', `'-x`],
		['a;b', '"a;b"'],
		['plain', 'plain'],
		[null, '']
	])('%j → %s', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('lists each rejection with file, line, column, reason and the fields as read, defused', () => {
		const text = 'geo;TIME_PERIOD;OBS_VALUE\nFR1;2023;=1+2\nFRB;2023;12,5\n';
		const { report } = ingestText('r.csv', text, { dialect: 'auto' });
		const csv = rejectedRowsCsv([report]).split('\r\n');
		expect(csv[0]).toBe('file,line,column,column_name,reason,field_1,field_2,field_3');
		expect(csv[1]).toMatch(/^r\.csv,2,3,OBS_VALUE,".*is not a number.*",FR1,2023,'=1\+2$/);
		expect(csv).toHaveLength(3);
	});
});

describe('coverage', () => {
	it('lists areas and periods once, sorted', async () => {
		const { coverageOf, periodRange } = await import('./coverage');
		const c = coverageOf([o('FRB', '2023', 1), o('FR1', '2022', 2), o('FRB', '2022', 3)]);
		expect(c).toEqual({ geos: ['FR1', 'FRB'], periods: ['2022', '2023'] });
		expect(periodRange(c.periods)).toBe('2022–2023');
		expect(periodRange(['2023'])).toBe('2023');
	});
});
