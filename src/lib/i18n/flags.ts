/**
 * The words of Eurostat's observation flags (OBS_STATUS letters) and confidentiality codes
 * (CONF_STATUS), French first (FORMATS.md §8). The lists of codes are src/lib/domain/flags.ts;
 * a code the domain does not know gets a sentence saying so.
 */
import { CONF_STATUS, FLAGS, flagCode } from '../domain/flags';
import type { Locale } from '../domain/locale';

interface FlagWords {
	/** One meaning per letter of domain/flags.ts `FLAGS` (a test checks none is missing). */
	flags: Readonly<Record<string, string>>;
	/** One meaning per code of `CONF_STATUS`. */
	conf: Readonly<Record<string, string>>;
	unknownFlag: (flag: string) => string;
	unknownConf: (code: string) => string;
}

const FR: FlagWords = {
	flags: {
		b: 'rupture de série',
		d: 'définition différente (voir les métadonnées)',
		e: 'estimation',
		f: 'prévision',
		i: 'valeur imputée par Eurostat ou un autre organisme (avant 2025 : voir les métadonnées)',
		m: 'valeur manquante, la donnée ne peut pas exister',
		n: 'non significatif',
		p: 'provisoire',
		u: 'fiabilité faible',
		c: 'confidentiel (ancien code)',
		r: 'révisé (ancien code)',
		s: 'estimation Eurostat (ancien code)',
		z: 'sans objet (ancien code)'
	},
	conf: {
		C: 'confidentiel',
		N: 'non publiable',
		P: 'information soumise à un secret non statistique'
	},
	unknownFlag: (flag) => `indicateur inconnu « ${flag} »`,
	unknownConf: (code) => `statut de confidentialité inconnu « ${code} »`
};

const EN: FlagWords = {
	flags: {
		b: 'break in time series',
		d: 'definition differs (see metadata)',
		e: 'estimated',
		f: 'forecast',
		i: 'value imputed by Eurostat or other receiving agencies (before 2025: see metadata)',
		m: 'missing value, data cannot exist',
		n: 'not significant',
		p: 'provisional',
		u: 'low reliability',
		c: 'confidential (former code)',
		r: 'revised (former code)',
		s: 'Eurostat estimate (former code)',
		z: 'not applicable (former code)'
	},
	conf: {
		C: 'confidential',
		N: 'not for publication',
		P: 'information under non-statistical secrecy arrangements'
	},
	unknownFlag: (flag) => `unknown flag '${flag}'`,
	unknownConf: (code) => `unknown confidentiality status '${code}'`
};

const wordsOf = (locale: Locale): FlagWords => (locale === 'en' ? EN : FR);

/**
 * Meaning of one observation flag letter, or a sentence saying it is unknown.
 * `flagMeaning('b', 'fr')` → `rupture de série`; `flagMeaning('x', 'en')` → `unknown flag 'x'`.
 */
export function flagMeaning(flag: string, locale: Locale): string {
	const w = wordsOf(locale);
	// Asked of the domain's list first, so `__proto__` or `toString` never reach the record.
	return FLAGS.has(flag) ? w.flags[flag]! : w.unknownFlag(flag);
}

/**
 * Meaning of a confidentiality status code, or a sentence saying it is unknown.
 * `confStatusMeaning('C', 'en')` → `confidential`.
 */
export function confStatusMeaning(code: string, locale: Locale): string {
	const w = wordsOf(locale);
	return CONF_STATUS.has(code) ? w.conf[code]! : w.unknownConf(code);
}

/**
 * The words of any code of the `flag` dimension (a flag letter or a confidentiality code), or
 * the code itself when unknown, for a legend of the flags a view shows.
 * `flagLabel('u', 'fr')` → `fiabilité faible`; `flagLabel('C', 'en')` → `confidential`;
 * `flagLabel('x', 'en')` → `x`.
 */
export function flagLabel(code: string, locale: Locale): string {
	const c = flagCode(code);
	if (c.kind === 'flag') return flagMeaning(c.code, locale);
	if (c.kind === 'conf') return confStatusMeaning(c.code, locale);
	return c.code;
}
