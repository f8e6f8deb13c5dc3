/**
 * The keys of a tab bar (WAI-ARIA tabs pattern, https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * the arrows go to the previous or next tab and wrap round at the ends (unlike a chart's points,
 * which hold at the ends), Home and End jump to the first and last. Pure; Tabs.svelte uses it.
 * The moves are the charts' roving focus (charts/core/roving.ts) but for the wrap.
 */
import { moveIndex } from '../charts/core/roving';

/**
 * The tab `key` moves to from tab `current` of `count`, or null for a key that is not a move.
 * `tabMove('ArrowRight', 2, 3)` → `0` (wraps); `tabMove('ArrowLeft', 0, 3)` → `2`;
 * `tabMove('End', 0, 3)` → `2`; `tabMove('Enter', 0, 3)` → `null`.
 */
export function tabMove(key: string, current: number, count: number): number | null {
	// A horizontal bar: up and down are the page's (they scroll), not the bar's.
	if (key === 'ArrowUp' || key === 'ArrowDown') return null;
	const next = moveIndex(key, current, count);
	// Where a chart's point holds at an end, a tab wraps round to the other end.
	if (next === current && key === 'ArrowRight') return 0;
	if (next === current && key === 'ArrowLeft') return count - 1;
	return next;
}
