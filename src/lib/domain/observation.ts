/**
 * One Eurostat observation, as every stage after ingest sees it.
 *
 * Codes stay Eurostat's own (Greece is `EL`, `EU27_2020`, `10-249`, `C10-S951_X_K`); labels are
 * looked up in the code lists, never stored here. Periods stay Eurostat strings (`2023`,
 * `2023-Q1`): no Date objects.
 */
export interface Observation {
	/** Lower-case Eurostat dataset or table code: `isoc_ec_esels`, `tin00111`. */
	dataset: string;
	/** `indic_is` code, e.g. `E_ESELL`. Empty string when the file has no such dimension. */
	indicator: string;
	/** Unit of measure, e.g. `PC_ENT`. Empty string when the file has no such dimension. */
	unit: string;
	/** `size_emp` code (`10-249`, `GE10`); legacy `sizen_r2` codes are split into size and NACE. */
	sizeClass: string;
	/** NACE Rev. 2 activity code in today's spelling (`C10-S951_X_K`). */
	nace: string;
	/** Geo code: country, aggregate or NUTS region. */
	geo: string;
	/** Eurostat period string: `2023`, `2023-Q1`, `2023-01`. For ICT surveys: the survey year. */
	period: string;
	/** The published number, or `null` when the cell is `:` / empty. Never invented. */
	value: number | null;
	/** Observation status flags as published, one character each, in file order (`bu`). */
	flags: string;
	/** Confidentiality status (`C`, `N`, `P`), or `null`. Old files wrote `c` among the flags. */
	confStatus: string | null;
	/**
	 * Dimensions this model has no field for (`hhtyp`, `ind_type`, `freq` other than `A`...),
	 * kept so that two rows that differ only there are not mistaken for duplicates.
	 * Keys are sorted; the object has no prototype (a column named `__proto__` stays a column).
	 */
	extra?: Readonly<Record<string, string>>;
}

/** The fields of an observation in the order the JSON lines output and the engine table use. */
export const OBSERVATION_FIELDS = [
	'dataset',
	'indicator',
	'unit',
	'sizeClass',
	'nace',
	'geo',
	'period',
	'value',
	'flags',
	'confStatus'
] as const satisfies readonly (keyof Observation)[];
