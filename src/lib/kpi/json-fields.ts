/**
 * Small readers for the project's hand-edited JSON files (targets, events): what a field holds,
 * in the words of an error message, so both files report a bad field the same way.
 */

/**
 * A field's value as an error message names it.
 * `describeValue('2O19')` → `"2O19" (text)`; `describeValue(undefined)` → `nothing`
 */
export function describeValue(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (v === null) return 'null';
	if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}" (text)`;
	if (typeof v === 'number') return `${v} (a number)`;
	if (Array.isArray(v)) return 'a list';
	return typeof v === 'object' ? 'an object' : String(v);
}

/** Whether a JSON value is an object (not null, not a list). `isRecord({})` → `true` */
export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
