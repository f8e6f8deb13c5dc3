/**
 * The contract of the code lists that ingest, queries and charts rely on.
 * (Placeholder bodies: the code-list module fills them in; signatures are fixed.)
 */
export type Locale = 'fr' | 'en';

export type CodeDimension = 'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'flag';

/** Whether a code is in our code lists for that dimension. `isKnownCode('geo', 'EL')` → true. */
export function isKnownCode(dimension: CodeDimension, code: string): boolean {
	void dimension;
	void code;
	return false;
}

/** Label of a code in a locale, or the code itself when unknown. `labelOf('geo','DE','fr')` → `Allemagne`. */
export function labelOf(dimension: CodeDimension, code: string, locale: Locale): string {
	void dimension;
	void locale;
	return code;
}

/**
 * Splits a legacy combined `sizen_r2` code into today's size class and NACE codes.
 * `decodeSizenR2('SM_C10_S951_XK')` → `{ sizeClass: '10-249', nace: 'C10-S951_X_K', known: true }`.
 * An unknown code is kept: `{ sizeClass: 'VS', nace: 'C10-S951_X_K', known: false }` style split.
 */
export function decodeSizenR2(code: string): { sizeClass: string; nace: string; known: boolean } {
	return { sizeClass: code, nace: code, known: false };
}

/**
 * Today's spelling of a NACE aggregate code, so files of different vintages line up.
 * `normaliseNace('C10_S951_XK')` → `C10-S951_X_K`; an unknown code comes back unchanged.
 */
export function normaliseNace(code: string): string {
	return code;
}

/**
 * Splits a flag string as published into observation flags and confidentiality.
 * `splitFlags('bu')` → `{ flags: 'bu', confStatus: null, unknown: [] }`;
 * `splitFlags('c')` → `{ flags: '', confStatus: 'C', unknown: [] }` (old lower-case `c`);
 * `splitFlags('bx')` → `{ flags: 'bx', confStatus: null, unknown: ['x'] }` (kept, reported).
 */
export function splitFlags(published: string): {
	flags: string;
	confStatus: string | null;
	unknown: string[];
} {
	return { flags: published, confStatus: null, unknown: [] };
}
