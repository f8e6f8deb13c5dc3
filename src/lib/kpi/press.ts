/**
 * The figures the press quoted in 2016–2017 about the CNNum plan, set beside the Eurostat series
 * that give them. A printed figure matches a published value when the value, rounded or cut to
 * the printed decimals, gives it: 15.85 printed "15,8" is cut, 18.85 printed "18,9" is rounded.
 * Nothing here is hard-coded but what was printed: the matching values come from the data.
 * Sources: /work/shared/press-2016-2017.md (dated articles, no addresses known).
 */
import type { Bilingual } from '../domain/codes';
import { EU27_2020_MEMBERS } from '../domain/geo';
import type { KpiPoint } from './measures';
import type { SeriesLookup } from './sensitivity';

/** A share quoted in the press. */
export interface PressQuote {
	id: string;
	geo: string;
	/** The figure as printed, in percent. */
	value: number;
	/** Decimals printed: 1 for "13,8 %", 0 for "24 %". */
	decimals: 0 | 1;
	/** Printed as an order of magnitude ("~24 %", "31 %" in a sentence about the plan). */
	approx: boolean;
	source: Bilingual;
}

const JULY_2016: Bilingual = {
	fr: 'Presse professionnelle du bâtiment et économique, juillet 2016 (diagnostic du CNNum)',
	en: 'Building-trade and business press, July 2016 (CNNum diagnosis)'
};
const JULY_2016_OTHER: Bilingual = {
	fr: 'Autre article de la même semaine, juillet 2016',
	en: 'Another article of the same week, July 2016'
};
const MARCH_2017: Bilingual = {
	fr: 'L’Usine Nouvelle, 8 mars 2017 (remise du plan)',
	en: 'L’Usine Nouvelle, 8 March 2017 (plan handed over)'
};

/** What was printed in 2016–2017, in the order the articles give it. */
export const PRESS_QUOTES: readonly PressQuote[] = [
	{ id: 'fr-13-8', geo: 'FR', value: 13.8, decimals: 1, approx: false, source: JULY_2016 },
	{ id: 'fr-15-8', geo: 'FR', value: 15.8, decimals: 1, approx: false, source: JULY_2016_OTHER },
	{ id: 'lt-17-6', geo: 'LT', value: 17.6, decimals: 1, approx: false, source: JULY_2016 },
	{ id: 'hr-18-9', geo: 'HR', value: 18.9, decimals: 1, approx: false, source: JULY_2016 },
	{ id: 'fr-15', geo: 'FR', value: 15, decimals: 0, approx: true, source: MARCH_2017 },
	{ id: 'de-24', geo: 'DE', value: 24, decimals: 0, approx: true, source: MARCH_2017 },
	{ id: 'ie-31', geo: 'IE', value: 31, decimals: 0, approx: true, source: MARCH_2017 }
];

/** The rank printed in July 2016: "13e de l'UE", in 2015. */
export const PRESS_RANK = { geo: 'FR', rank: 13, period: '2015', source: JULY_2016 } as const;

/** Surveys published by March 2017 that a 2016–17 article could quote: 2014 to 2016. */
export const PRESS_PERIODS: readonly string[] = ['2014', '2015', '2016'];

/** How a published value gives a printed figure. */
export type MatchHow = 'rounded' | 'cut';

/**
 * Whether a published value gives a printed figure, rounded (half up) or cut to the printed
 * decimals. Works in hundredths, so binary fractions play no part. `matchHow(18.85, 18.9, 1)` →
 * `rounded`; `matchHow(15.85, 15.8, 1)` → `cut`; `matchHow(13.9, 13.8, 1)` → null.
 */
export function matchHow(value: number, printed: number, decimals: 0 | 1): MatchHow | null {
	const h = Math.round(value * 100);
	const q = Math.round(printed * 100);
	const step = decimals === 1 ? 10 : 100;
	if (h >= q - step / 2 && h < q + step / 2) return 'rounded';
	if (h >= q && h < q + step) return 'cut';
	return null;
}

export interface QuoteMatch {
	population: string;
	period: string;
	value: number;
	flags: string;
	how: MatchHow;
}

export interface ReconciledQuote {
	quote: PressQuote;
	/** Every published value that gives the printed figure, SMEs first, then by survey year. */
	matches: QuoteMatch[];
}

/**
 * Each quote beside the published values that give it, searched in every population and survey
 * year given. `reconcile(PRESS_QUOTES, series, ['10-249', 'GE10'], PRESS_PERIODS)[0].matches` →
 * `[]` (13.8 % matches nothing).
 */
export function reconcile(
	quotes: readonly PressQuote[],
	series: SeriesLookup,
	populations: readonly string[],
	periods: readonly string[]
): ReconciledQuote[] {
	return quotes.map((quote) => {
		const matches: QuoteMatch[] = [];
		for (const population of populations) {
			for (const p of series(population, quote.geo)) {
				if (!periods.includes(p.period) || typeof p.value !== 'number') continue;
				const how = matchHow(p.value, quote.value, quote.decimals);
				if (how)
					matches.push({ population, period: p.period, value: p.value, flags: p.flags, how });
			}
		}
		return { quote, matches };
	});
}

/**
 * Rank of a geo among members (1 = highest share) for a period, and how many members have a
 * value. Ties share the better rank. `rankAmong(series, '10-249', 'FR', EU28, '2015')` →
 * `{ rank: 13, of: 28 }`; null when the geo has no value.
 */
export function rankAmong(
	series: SeriesLookup,
	population: string,
	geo: string,
	members: readonly string[],
	period: string
): { rank: number; of: number } | null {
	const valueOf = (g: string): number | null => {
		const p: KpiPoint | undefined = series(population, g).find((x) => x.period === period);
		return p && typeof p.value === 'number' ? p.value : null;
	};
	const own = valueOf(geo);
	if (own === null) return null;
	const values = members.map(valueOf).filter((v): v is number => v !== null);
	return { rank: values.filter((v) => v > own).length + 1, of: values.length };
}

/** The 28 members of the EU before 1 February 2020: today's 27 and the United Kingdom. */
export const EU28_MEMBERS: readonly string[] = Object.freeze([...EU27_2020_MEMBERS, 'UK']);

/** What the method page shows of the press figures: the quotes reconciled, and the rank. */
export interface PressData {
	quotes: ReconciledQuote[];
	periods: readonly string[];
	rank: { eu28: { rank: number; of: number } | null; eu27: { rank: number; of: number } | null };
	rankPrinted: number;
	rankPeriod: string;
}
