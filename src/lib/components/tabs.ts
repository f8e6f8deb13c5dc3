/**
 * The keys of a tab bar (WAI-ARIA tabs pattern, https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * the arrows go to the previous or next tab and wrap round at the ends (unlike a chart's points,
 * which hold at the ends), Home and End jump to the first and last. Pure; Tabs.svelte uses it.
 */

/**
 * The tab `key` moves to from tab `current` of `count`, or null for a key that is not a move.
 * `tabMove('ArrowRight', 2, 3)` → `0` (wraps); `tabMove('ArrowLeft', 0, 3)` → `2`;
 * `tabMove('End', 0, 3)` → `2`; `tabMove('Enter', 0, 3)` → `null`.
 */
export function tabMove(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
			return (current + 1) % count;
		case 'ArrowLeft':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
