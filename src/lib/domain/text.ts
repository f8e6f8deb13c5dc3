/**
 * Orders for codes and for names, without ICU's collator: its first use on a page loads the
 * collation data, 10 ms on the page's thread (40 at CPU ×4) while `/comparer/` and
 * `/objectifs/secteurs/` hydrated (issue #18), for lists of a few dozen names.
 */

/**
 * Codes, ids and periods (`FR`, `EU27_2020`, `C10-S951_X_K`, `2024-S1`): by their characters.
 * `['FR', 'DE', 'EU27_2020'].sort(compareCodes)` → `['DE', 'EU27_2020', 'FR']`
 */
export function compareCodes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

// Accents and other marks that NFD splits off a letter (é → e + ◌́).
const MARKS = /[\u0300-\u036f]/g;
// Letters NFD leaves whole, spelt as a collator reads them.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const folded = new Map<string, string>();

function fold(text: string): string {
	let key = folded.get(text);
	if (key === undefined) {
		key = text
			.normalize('NFD')
			.replace(MARKS, '')
			.toLowerCase()
			.replace(/[œæßøłđ]/g, (c) => LIGATURES[c]!);
		if (folded.size < 10_000) folded.set(text, key);
	}
	return key;
}

/**
 * Names as a reader looks them up, in French or in English: letters first, accents and case
 * aside (`Écart` among the e's, `Slovaquie` before `Slovénie`), then as written, so the order is
 * total and the same on every machine.
 * `['Suède', 'Espagne', 'Éire', 'estonie'].sort(compareLabels)` → `['Éire', 'Espagne', 'estonie', 'Suède']`
 */
export function compareLabels(a: string, b: string): number {
	const x = fold(a);
	const y = fold(b);
	if (x !== y) return x < y ? -1 : 1;
	return compareCodes(a, b);
}
