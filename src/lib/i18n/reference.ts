/**
 * The names of the EU values a unit is compared with, in one place for the target pages, their
 * charts and every export: the EU aggregate as Eurostat publishes it (today's EU27_2020, the EU28
 * of the time, EU27_2019 under its early code), named as a target's reference (the average of all
 * activities of its `referenceGeo`) or as the EU value of the same sector. A column of EU28 values
 * is never headed "EU-27 average". French first, English second.
 */
import { labelOf } from '../domain/codes';
import { geoKind } from '../domain/geo';
import type { Locale } from '../domain/locale';

/** Another geo by its label and its code, or its code alone when it has no label. */
const named = (code: string, locale: Locale): string => {
	const label = labelOf('geo', code, locale);
	return label === code ? code : `${label} (${code})`;
};

const fr = {
	/** The EU aggregate itself. `eu('EU28')` → `UE à 28 (EU28, tel que publié)` */
	eu: (code: string): string =>
		code === 'EU27_2020'
			? 'UE à 27 (EU27_2020)'
			: code === 'EU28'
				? 'UE à 28 (EU28, tel que publié)'
				: code === 'EU27_2019'
					? 'UE à 27 de 2019 (EU27_2019, tel que publié)'
					: named(code, 'fr'),
	/**
	 * A target's reference values, each year's average of all activities: the site's own words for
	 * today's EU (`Moyenne UE à 27`), the aggregate named for any other.
	 */
	average: (code: string): string =>
		code === 'EU27_2020'
			? 'Moyenne UE à 27'
			: geoKind(code) === 'aggregate'
				? `Moyenne ${fr.eu(code)}`
				: fr.eu(code),
	/** The same average within a sentence: `la moyenne de l’UE à 27`, `la moyenne de l’UE à 28 (EU28, tel que publié)`. */
	theAverage: (code: string): string =>
		code === 'EU27_2020'
			? 'la moyenne de l’UE à 27'
			: geoKind(code) === 'aggregate'
				? `la moyenne de l’${fr.eu(code)}`
				: `la valeur de ${fr.eu(code)}`,
	/** A sector's reference values: the same sector in that EU. */
	sameSector: (code: string): string => `Même secteur, ${fr.eu(code)}`,
	/** The zero line of a gap by sector, short: `même secteur, EU28`. */
	sameSectorShort: (code: string): string => `même secteur, ${code}`
};

export type ReferenceMessages = typeof fr;

const en: ReferenceMessages = {
	eu: (code) =>
		code === 'EU27_2020'
			? 'EU of 27 (EU27_2020)'
			: code === 'EU28'
				? 'EU of 28 (EU28, as published)'
				: code === 'EU27_2019'
					? 'EU of 27 of 2019 (EU27_2019, as published)'
					: named(code, 'en'),
	average: (code) =>
		code === 'EU27_2020'
			? 'EU-27 average'
			: geoKind(code) === 'aggregate'
				? `Average of the ${en.eu(code)}`
				: en.eu(code),
	theAverage: (code) =>
		code === 'EU27_2020'
			? 'the EU-27 average'
			: geoKind(code) === 'aggregate'
				? `the average of the ${en.eu(code)}`
				: `the value of ${en.eu(code)}`,
	sameSector: (code) => `Same sector, ${en.eu(code)}`,
	sameSectorShort: (code) => `same sector, ${code}`
};

/**
 * Names of references in a locale. `tReference('fr').average('EU28')` →
 * `Moyenne UE à 28 (EU28, tel que publié)`; `tReference('en').sameSector('EU27_2020')` →
 * `Same sector, EU of 27 (EU27_2020)`
 */
export function tReference(locale: Locale): ReferenceMessages {
	return locale === 'fr' ? fr : en;
}
