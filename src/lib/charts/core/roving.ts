/**
 * Keyboard moves between a chart's points: one tab stop per chart, the arrow keys go to the
 * previous or next point, Home and End to the ends (the WAI-ARIA "roving tabindex" pattern).
 * Pure: which index a key leads to.
 */

/**
 * The index `key` moves to from `current` among `count` points, or null for a key that is not a
 * move. `moveIndex('ArrowRight', 2, 5)` → `3`; `moveIndex('End', 0, 5)` → `4`;
 * `moveIndex('ArrowLeft', 0, 5)` → `0` (the ends hold).
 */
export function moveIndex(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/**
 * Where the tab stop starts: the focus geo's first point (France first), else the first point.
 * `startIndex(['DE', 'FR', 'IT'], 'FR')` → `1`; `startIndex([], 'FR')` → `-1`.
 */
export function startIndex(keys: readonly (string | null)[], focus: string): number {
	if (keys.length === 0) return -1;
	const i = keys.indexOf(focus);
	return i >= 0 ? i : 0;
}
