import { describe, expect, it } from 'vitest';
import {
	bySizeSentence,
	gapMovement,
	gapViewSentence,
	headlineSentence,
	mapSentence,
	ordinal,
	points,
	rankingSentence,
	rankPlace,
	trackerSentence,
	trendSentence
} from './sentence';

describe('ordinal', () => {
	it.each([
		[1, 'fr', '1er'],
		[2, 'fr', '2e'],
		[3, 'fr', '3e'],
		[21, 'fr', '21e'],
		[1, 'en', '1st'],
		[2, 'en', '2nd'],
		[3, 'en', '3rd'],
		[4, 'en', '4th'],
		[11, 'en', '11th'],
		[12, 'en', '12th'],
		[13, 'en', '13th'],
		[21, 'en', '21st'],
		[22, 'en', '22nd'],
		[23, 'en', '23rd'],
		[101, 'en', '101st'],
		[111, 'en', '111th'],
		[112, 'en', '112th']
	] as const)('%i in %s is %s', (n, locale, text) => {
		expect(ordinal(n, locale)).toBe(text);
	});

	it('writes the French feminine first as 1re', () => {
		expect(ordinal(1, 'fr', 'f')).toBe('1re');
		expect(ordinal(2, 'fr', 'f')).toBe('2e');
	});

	it('refuses what is not a rank', () => {
		expect(() => ordinal(0, 'fr')).toThrow(RangeError);
		expect(() => ordinal(2.5, 'en')).toThrow(RangeError);
	});
});

describe('rankPlace', () => {
	it('says ties in both languages', () => {
		expect(rankPlace(21, 27, false, 'fr')).toBe('21e rang sur 27');
		expect(rankPlace(12, 27, true, 'fr')).toBe('12e rang ex æquo sur 27');
		expect(rankPlace(1, 27, false, 'fr')).toBe('1er rang sur 27');
		expect(rankPlace(21, 27, false, 'en')).toBe('21st of 27');
		expect(rankPlace(2, 27, true, 'en')).toBe('tied 2nd of 27');
	});
});

describe('points', () => {
	it('signs, rounds and uses the French singular below two', () => {
		expect(points(-4.39, 'fr')).toBe('−4,39\u00a0pts');
		expect(points(-4.390000001, 'en')).toBe('−4.39\u00a0pp');
		expect(points(1.85, 'fr')).toBe('+1,85\u00a0pt');
		expect(points(-1.85, 'fr', false)).toBe('1,85\u00a0pt');
		expect(points(2, 'fr', false)).toBe('2,00\u00a0pts');
		expect(points(0, 'en')).toBe('0.00\u00a0pp');
	});
});

describe('gapMovement', () => {
	it.each([
		[-4.39, -6.24, 'fr', 'un écart réduit de 1,85\u00a0pt depuis 2024'],
		[-1.36, -1.11, 'fr', 'un écart creusé de 0,25\u00a0pt depuis 2024'],
		[2.42, 1.0, 'fr', 'une avance accrue de 1,42\u00a0pt depuis 2024'],
		[1.0, 3.5, 'fr', 'une avance réduite de 2,50\u00a0pts depuis 2024'],
		[-1, -1, 'fr', 'un écart inchangé depuis 2024'],
		[0.5, -0.3, 'fr', 'alors qu’elle était sous la moyenne en 2024 (écart de −0,30\u00a0pt)'],
		[-4.39, -6.24, 'en', 'a gap that narrowed by 1.85\u00a0pp since 2024'],
		[-0.2, 0.3, 'en', 'having been above it in 2024 (gap +0.30\u00a0pp)']
	] as const)('gap %d after %d (%s)', (now, then, locale, text) => {
		expect(gapMovement(now, { period: '2024', gap: then }, locale)).toBe(text);
	});
});

describe('headlineSentence', () => {
	const facts = {
		population: '10-249',
		period: '2025',
		focus: 15.2,
		reference: 19.59,
		rank: { rank: 21, of: 27, tied: false },
		previous: { period: '2024', gap: -6.24 }
	};

	it('states share, EU share, rank, gap and direction in French', () => {
		expect(headlineSentence(facts, 'fr')).toBe(
			'En 2025, 15,20\u202f% des PME françaises (10 à 249 personnes occupées) réalisent au moins 1\u00a0% de leur chiffre d’affaires par des ventes électroniques, contre 19,59\u202f% en moyenne dans l’UE à 27\u00a0: la France est au 21e rang sur 27, à −4,39\u00a0pts de la moyenne, un écart réduit de 1,85\u00a0pt depuis 2024.'
		);
	});

	it('and in English', () => {
		expect(headlineSentence(facts, 'en')).toBe(
			'In 2025, 15.20% of French SMEs (10–249 persons employed) made at least 1% of their turnover from e-sales, against 19.59% on average in the EU-27: France ranks 21st of 27, −4.39\u00a0pp from the average, a gap that narrowed by 1.85\u00a0pp since 2024.'
		);
	});

	it('names the population chosen, says a tie, and leaves out what is unknown', () => {
		const text = headlineSentence(
			{
				...facts,
				population: 'GE10',
				rank: { rank: 12, of: 27, tied: true },
				previous: null
			},
			'fr'
		);
		expect(text).toContain('entreprises françaises de 10 personnes occupées ou plus');
		expect(text).toContain('12e rang ex æquo sur 27');
		expect(text).not.toContain('depuis');
		const noRank = headlineSentence({ ...facts, rank: null }, 'en');
		expect(noRank).toContain(': France is −4.39\u00a0pp from the average, a gap');
	});
});

describe('bySizeSentence', () => {
	const classes = [
		{ sizeClass: '10-49', period: '2025', focus: 13.27, reference: 18.28 },
		{ sizeClass: '50-249', period: '2025', focus: 28.72, reference: 27.48 },
		{ sizeClass: 'GE250', period: '2025', focus: 45.36, reference: 42.94 },
		{ sizeClass: '10-249', period: '2025', focus: 15.2, reference: 19.59 }
	];

	it('gives the range of gaps and the SMEs’ gap', () => {
		expect(bySizeSentence(classes, 'fr')).toBe(
			'En 2025, l’écart entre la France et la moyenne de l’UE à 27 va de −5,01\u00a0pts (10 à 49 personnes) à +2,42\u00a0pts (250 personnes ou plus)\u202f; pour les PME (10 à 249 personnes), il est de −4,39\u00a0pts.'
		);
		expect(bySizeSentence(classes, 'en')).toBe(
			'In 2025, the gap between France and the EU-27 average ranges from −5.01\u00a0pp (10–49 persons) to +2.42\u00a0pp (250 persons or more); for SMEs (10–249 persons) it is −4.39\u00a0pp.'
		);
	});

	it('says the year of a class that ends earlier, and copes with nothing', () => {
		const text = bySizeSentence(
			[classes[0]!, { ...classes[2]!, period: '2024', focus: 40, reference: 41 }],
			'en'
		);
		expect(text).toBe(
			'In 2025, the gap between France and the EU-27 average ranges from −5.01\u00a0pp (10–49 persons) to −1.00\u00a0pp (250 persons or more, 2024).'
		);
		expect(bySizeSentence([], 'fr')).toContain('Aucune donnée');
	});
});

describe('comparison sentences', () => {
	const fr = {
		label: 'France',
		points: [
			{ period: '2013', value: 10.77 },
			{ period: '2024', value: null },
			{ period: '2025', value: 15.2 }
		]
	};
	const eu = {
		label: 'Moyenne UE à 27',
		points: [
			{ period: '2013', value: 13.24 },
			{ period: '2025', value: 19.59 }
		]
	};
	const de = { label: 'Allemagne', points: [{ period: '2025', value: 20 }] };

	it('trend: the focus from its first to its last value, others over the same years only', () => {
		expect(trendSentence(fr, [eu, de], 'fr')).toBe(
			'France\u00a0: de 10,77\u202f% en 2013 à 15,20\u202f% en 2025\u202f; sur la même période, Moyenne UE à 27\u00a0: de 13,24\u202f% à 19,59\u202f%.'
		);
		expect(trendSentence(fr, [de], 'en')).toBe('France: from 10.77% in 2013 to 15.20% in 2025.');
		expect(trendSentence({ label: 'France', points: [] }, [], 'en')).toBe(
			'No published value for this view.'
		);
	});

	const bars = [
		{ geo: 'IE', label: 'Irlande', value: 37.2, rank: 1, tied: false },
		{ geo: 'FR', label: 'France', value: 15.2, rank: 21, tied: true },
		{ geo: 'IT', label: 'Italie', value: 15.2, rank: 21, tied: true },
		{ geo: 'RO', label: 'Roumanie', value: 6.1, rank: 27, tied: false }
	];

	it('ranking: place with its tie, the first and the last, the EU average', () => {
		expect(rankingSentence('2025', bars, 27, { geo: 'FR', label: 'la France' }, 19.59, 'fr')).toBe(
			'En 2025, la France est au 21e rang ex æquo sur 27 des pays de l’UE (15,20\u202f%)\u202f; en tête Irlande (37,20\u202f%), en dernier Roumanie (6,10\u202f%)\u202f; moyenne de l’UE à 27\u00a0: 19,59\u202f%.'
		);
		expect(rankingSentence('2025', [], 0, { geo: 'FR', label: 'France' }, null, 'en')).toBe(
			'In 2025, France has no published value.'
		);
	});

	it('map: the range in the EU, then France', () => {
		expect(mapSentence('2025', bars, 27, { geo: 'FR', label: 'France' }, 'en')).toBe(
			'In 2025, in the EU, the share ranges from 6.10% (Roumanie) to 37.20% (Irlande); France: 15.20%, tied 21st of 27.'
		);
	});

	it('gap: first and last gap, and where it was narrowest', () => {
		const gaps = [
			{ period: '2013', gap: -2.47 },
			{ period: '2015', gap: 0.24 },
			{ period: '2020', gap: null },
			{ period: '2025', gap: -4.39 }
		];
		expect(gapViewSentence(gaps, 'fr')).toBe(
			'L’écart entre la France et la moyenne de l’UE à 27 passe de −2,47\u00a0pts en 2013 à −4,39\u00a0pts en 2025\u202f; il était le plus faible en 2015 (+0,24\u00a0pt).'
		);
		expect(gapViewSentence([{ period: '2025', gap: -4.39 }], 'en')).toBe(
			'The gap between France and the EU-27 average is −4.39\u00a0pp in 2025.'
		);
	});
});

describe('trackerSentence', () => {
	const cnnum = {
		gapStart: -1.11,
		gapNow: -1.36,
		periods: { start: '2016', now: '2019', deadline: '2019' },
		outcome: 'missed' as const
	};

	it('states both gaps with their years and the outcome', () => {
		expect(trackerSentence('la France', cnnum, 'fr', 'la moyenne de l’UE à 27')).toBe(
			'L’écart de la France à la moyenne de l’UE à 27 passe de −1,11\u00a0pt en 2016 à −1,36\u00a0pt en 2019\u00a0: objectif manqué à l’échéance (2019).'
		);
		expect(
			trackerSentence('France', { ...cnnum, outcome: 'pending' }, 'en', 'the EU-27 average')
		).toBe(
			'The gap of France to the EU-27 average went from −1.11\u00a0pp in 2016 to −1.36\u00a0pp in 2019: deadline 2019.'
		);
		expect(trackerSentence('Bretagne', { ...cnnum, gapNow: null }, 'fr', 'x')).toBe(
			'Pas d’écart mesurable pour Bretagne sur la période de l’objectif.'
		);
	});
});
