/**
 * The point a chart's tooltip is showing, shared by pointer and keyboard: a point shows it on
 * hover or focus and hides it on leave or blur, but only if it is still the one shown (moving
 * from one point to the next must not hide the new one); Escape hides it without moving focus
 * (WCAG 1.4.13).
 */
export interface ShownTip {
	key: string;
	x: number;
	y: number;
	lines: string[];
}

export class ActiveTip {
	shown = $state<ShownTip | null>(null);
	show = (key: string, x: number, y: number, lines: string[]) => {
		this.shown = { key, x, y, lines };
	};
	hide = (key: string) => {
		if (this.shown?.key === key) this.shown = null;
	};
	onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape') this.shown = null;
	};
}
