/**
 * Observation flags (OBS_STATUS) and confidentiality status (CONF_STATUS).
 *
 * Since 27 January 2025 Eurostat splits its flags into two lists (FORMATS.md §8):
 * OBS_STATUS `b d e f i m n p u` (lower case) and CONF_STATUS `C N P` (upper case). Older files
 * also carry the retired letters: `c` (confidential, now CONF_STATUS `C`), `s` (Eurostat
 * estimate, now `i`), `z` (not applicable, now `m`) and `r` (revised). Before 2025 `i` meant
 * "see metadata"; the label says both, since a file does not say which list it used.
 */
import type { Bilingual, Locale } from './locale';

export interface FlagEntry extends Bilingual {
	/** Retired by the 2025 reform; still met in older files. */
	legacy: boolean;
}

/** Observation status flags, current and retired, keyed by their (lower-case) letter. */
export const FLAGS: ReadonlyMap<string, FlagEntry> = new Map<string, FlagEntry>([
	['b', { fr: 'rupture de série', en: 'break in time series', legacy: false }],
	[
		'd',
		{
			fr: 'définition différente (voir les métadonnées)',
			en: 'definition differs (see metadata)',
			legacy: false
		}
	],
	['e', { fr: 'estimation', en: 'estimated', legacy: false }],
	['f', { fr: 'prévision', en: 'forecast', legacy: false }],
	[
		'i',
		{
			fr: 'valeur imputée par Eurostat ou un autre organisme (avant 2025 : voir les métadonnées)',
			en: 'value imputed by Eurostat or other receiving agencies (before 2025: see metadata)',
			legacy: false
		}
	],
	[
		'm',
		{
			fr: 'valeur manquante, la donnée ne peut pas exister',
			en: 'missing value, data cannot exist',
			legacy: false
		}
	],
	['n', { fr: 'non significatif', en: 'not significant', legacy: false }],
	['p', { fr: 'provisoire', en: 'provisional', legacy: false }],
	['u', { fr: 'fiabilité faible', en: 'low reliability', legacy: false }],
	['c', { fr: 'confidentiel (ancien code)', en: 'confidential (former code)', legacy: true }],
	['r', { fr: 'révisé (ancien code)', en: 'revised (former code)', legacy: true }],
	[
		's',
		{ fr: 'estimation Eurostat (ancien code)', en: 'Eurostat estimate (former code)', legacy: true }
	],
	['z', { fr: 'sans objet (ancien code)', en: 'not applicable (former code)', legacy: true }]
]);

/** Confidentiality status codes (upper case), as listed by Eurostat since 2025. */
export const CONF_STATUS: ReadonlyMap<string, Bilingual> = new Map<string, Bilingual>([
	['C', { fr: 'confidentiel', en: 'confidential' }],
	['N', { fr: 'non publiable', en: 'not for publication' }],
	[
		'P',
		{
			fr: 'information soumise à un secret non statistique',
			en: 'information under non-statistical secrecy arrangements'
		}
	]
]);

/**
 * Meaning of one observation flag letter, or a sentence saying it is unknown.
 * `flagMeaning('b', 'fr')` → `rupture de série`.
 */
export function flagMeaning(flag: string, locale: Locale): string {
	const entry = FLAGS.get(flag);
	if (entry !== undefined) return entry[locale];
	return locale === 'fr' ? `indicateur inconnu « ${flag} »` : `unknown flag '${flag}'`;
}

/**
 * Meaning of a confidentiality status code, or a sentence saying it is unknown.
 * `confStatusMeaning('C', 'en')` → `confidential`.
 */
export function confStatusMeaning(code: string, locale: Locale): string {
	const entry = CONF_STATUS.get(code);
	if (entry !== undefined) return entry[locale];
	return locale === 'fr'
		? `statut de confidentialité inconnu « ${code} »`
		: `unknown confidentiality status '${code}'`;
}
