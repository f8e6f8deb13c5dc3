import { describe, expect, it } from 'vitest';
import { rankFigures, rankOf, rankText, type RankInput } from './series';
import { describeRanking, placeRanking, valueDomain } from './layout';

const f = (geo: string, value: number | null, flags = ''): RankInput => ({
	geo,
	label: geo,
	value,
	flags,
	confStatus: null
});
const members = ['BE', 'DE', 'FR', 'IE', 'IT', 'LT'];

describe('rankFigures', () => {
	const cases: {
		name: string;
		figures: RankInput[];
		expected: string;
		missing: string[];
		ranked: number;
	}[] = [
		{
			name: 'highest first, 1 to n',
			figures: [f('FR', 16.5), f('IE', 32.18), f('DE', 24.63)],
			expected: 'IE1 DE2 FR3',
			missing: [],
			ranked: 3
		},
		{
			name: 'ties share a rank and the next rank skips',
			figures: [f('FR', 10), f('DE', 20), f('IE', 20), f('IT', 5)],
			expected: 'DE1 IE1 FR3 IT4',
			missing: [],
			ranked: 4
		},
		{
			name: 'missing values are listed, not ranked, and do not count',
			figures: [f('FR', 10), f('DE', null, 'u'), f('IE', 12), f('LT', Number.NaN)],
			expected: 'IE1 FR2',
			missing: ['DE', 'LT'],
			ranked: 2
		},
		{
			name: 'non-members and aggregates are ignored; a duplicate geo counts once',
			figures: [f('FR', 10), f('NO', 40), f('EU27_2020', 16), f('FR', 99), f('BE', 11)],
			expected: 'BE1 FR2',
			missing: [],
			ranked: 2
		},
		{ name: 'nothing to rank', figures: [], expected: '', missing: [], ranked: 0 }
	];
	for (const c of cases) {
		it(c.name, () => {
			const r = rankFigures('2015', c.figures, members);
			expect(r.bars.map((b) => `${b.geo}${b.rank}`).join(' ')).toBe(c.expected);
			expect(r.missing.map((m) => m.geo)).toEqual(c.missing);
			expect(r.ranked).toBe(c.ranked);
		});
	}

	it('says where a geo stands, tied or not', () => {
		const r = rankFigures('2015', [f('FR', 10), f('DE', 20), f('IE', 20)], members);
		expect(rankOf(r, 'FR')).toEqual({ rank: 3, of: 3, tied: false });
		expect(rankOf(r, 'IE')).toEqual({ rank: 1, of: 3, tied: true });
		expect(rankOf(r, 'IT')).toBeNull();
	});
});

describe('rankText', () => {
	const cases: [number, number, 'fr' | 'en', boolean, string][] = [
		[12, 27, 'fr', false, '12e sur 27'],
		[1, 27, 'fr', false, '1re sur 27'],
		[3, 27, 'fr', true, '3e ex æquo sur 27'],
		[12, 27, 'en', false, '12th of 27'],
		[1, 27, 'en', false, '1st of 27'],
		[22, 27, 'en', false, '22nd of 27'],
		[23, 27, 'en', true, '23rd (tied) of 27'],
		[11, 27, 'en', false, '11th of 27']
	];
	for (const [rank, of, locale, tied, text] of cases) {
		it(`${rank} of ${of} in ${locale}${tied ? ', tied' : ''} → ${text}`, () => {
			expect(rankText(rank, of, locale, tied)).toBe(text);
		});
	}
});

describe('valueDomain', () => {
	const cases: { values: number[]; include: number[]; expected: [number, number] }[] = [
		{ values: [24.6, 16.5], include: [], expected: [0, 25] },
		{ values: [24.6, 16.5], include: [31], expected: [0, 35] },
		{ values: [-3, 4], include: [], expected: [-3, 4] },
		{ values: [], include: [], expected: [0, 1] },
		{ values: [5, Number.NaN], include: [Number.POSITIVE_INFINITY], expected: [0, 5] }
	];
	for (const c of cases) {
		it(`[${c.values}] with [${c.include}] → [${c.expected}]`, () => {
			expect(valueDomain(c.values, c.include)).toEqual(c.expected);
		});
	}
});

describe('placeRanking', () => {
	const ranking = rankFigures('2015', [f('FR', 10), f('DE', 20), f('IE', 5)], members);
	const margin = { top: 30, right: 60, bottom: 30, left: 100 };
	const layout = placeRanking(ranking, {
		width: 460,
		band: 20,
		margin,
		locale: 'fr',
		focus: 'FR',
		peers: ['IE'],
		reference: { label: 'UE', value: 30 }
	});

	it('keeps the reference line inside the plot', () => {
		expect(layout.domain).toEqual([0, 30]);
		expect(layout.reference?.x).toBe(400);
	});

	it('stacks bars in rank order, grows with their number and marks focus and peers', () => {
		expect(layout.frame.height).toBe(30 + 30 + 3 * 20);
		expect(layout.bars.map((b) => [b.geo, b.y, b.emphasis])).toEqual([
			['DE', 30, 'other'],
			['FR', 50, 'focus'],
			['IE', 70, 'peer']
		]);
		// DE 20 of 30 on a 300-unit plot starting at 100.
		expect(layout.bars[0]).toMatchObject({ x: 100, width: 200 });
		expect(layout.bars[1]!.ariaLabel).toBe('FR, 2e sur 3 en 2015\u00a0: 10,00\u202f%');
	});

	it('describes the ranking in words', () => {
		const text = describeRanking(
			rankFigures('2015', [f('FR', 10), f('DE', 20), f('IT', null)], members),
			'FR',
			'en',
			{ label: 'EU', value: 16.2 }
		);
		expect(text).toBe(
			'2015: FR 2nd of 2 with 10.00%; highest DE (20.00%), lowest FR (10.00%); EU 16.20%; no value: IT.'
		);
	});
});
