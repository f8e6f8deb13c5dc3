import type { Locale } from '../domain/locale';

/** The words the charts draw or read out (French first), beyond the numbers. */
const FR = {
	/** "2015 : 16,50 % en 2015" — the preposition before a period. */
	inPeriod: 'en',
	with: 'avec',
	noValue: 'aucune valeur disponible',
	withoutValue: 'sans valeur',
	noPublishedValue: 'Sans valeur publiée',
	gapNotAvailable: 'écart non calculable',
	noCommonYear: 'aucune année commune',
	notAvailableFor: 'non calculable en',
	valueNotAvailable: 'valeur non disponible',
	highest: 'en tête',
	lowest: 'dernier',
	gapBetween: (a: string, b: string) => `Écart entre ${a} et ${b}`,
	/**
	 * Before a point's Eurostat flags read out: "indicateur de statut b : rupture de série" (not
	 * bare « indicateur », which on these pages names E_ESELL; words.ts `flags` says the same).
	 */
	flagWord: (count: number): string =>
		count > 1 ? 'indicateurs de statut' : 'indicateur de statut'
};

const EN: typeof FR = {
	inPeriod: 'in',
	with: 'with',
	noValue: 'no value available',
	withoutValue: 'no value',
	noPublishedValue: 'No published value',
	gapNotAvailable: 'gap not available',
	noCommonYear: 'no common year',
	notAvailableFor: 'not available for',
	valueNotAvailable: 'value not available',
	highest: 'highest',
	lowest: 'lowest',
	gapBetween: (a: string, b: string) => `Gap between ${a} and ${b}`,
	flagWord: (count: number) => (count > 1 ? 'flags' : 'flag')
};

/** The chart words of a locale. `tCharts('en').valueNotAvailable` → `'value not available'`. */
export function tCharts(locale: Locale): typeof FR {
	return locale === 'fr' ? FR : EN;
}
