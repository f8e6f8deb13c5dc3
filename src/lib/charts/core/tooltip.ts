/**
 * What every chart's tooltip shares: the lines that spell out a point's flags, and where the box
 * goes so that it stays inside the plot. Pure; the component is ChartTooltip.svelte.
 */
import type { Locale } from '../../domain/locale';
import { confStatusMeaning, flagMeaning } from '../../i18n/flags';
import { colon } from '../../i18n/punctuation';
import { tWords } from '../../i18n/words';

/**
 * `: ` in English, ` :` with a no-break space in French typography: i18n/punctuation.ts's
 * `colon`, under the name the charts already use. `colonOf('en')` → `':'`.
 */
export const colonOf: (locale: Locale) => string = colon;

/**
 * One line per flag, then the confidentiality status, each with its meaning.
 * `flagLines('bu', null, 'en')` → `['b: break in time series', 'u: low reliability']`
 */
export function flagLines(flags: string, confStatus: string | null, locale: Locale): string[] {
	const colon = colonOf(locale);
	return [
		...[...flags].map((flag) => `${flag}${colon} ${flagMeaning(flag, locale)}`),
		...(confStatus ? [`${confStatus}${colon} ${confStatusMeaning(confStatus, locale)}`] : [])
	];
}

/**
 * The line of a value read from an imported file, as the tables mark it.
 * `importedLine('mine.csv', 'en')` → `imp.: value read from your imported file “mine.csv”`
 */
export function importedLine(file: string, locale: Locale): string {
	const words = tWords(locale);
	return `${words.importedMark(null)}${colonOf(locale)} ${words.importedFrom(file)}`;
}

/** Where a point's tooltip goes (viewBox units) and what it says. */
export interface TipContent {
	x: number;
	y: number;
	lines: string[];
}

export interface TooltipPlacement {
	/** Anchor, in % of the plot box (the box holds the SVG alone). */
	left: number;
	top: number;
	/** CSS transform that puts the box beside the anchor. */
	transform: string;
}

/**
 * Where a tooltip goes for an anchor at (x, y) in viewBox units: above it and centred; beside it
 * near the left or right edge; below it near the top, so that it is never cut by the plot's box.
 * `tooltipPlacement(50, 50, 100, 100)` → `{ left: 50, top: 50, transform: 'translate(-50%, calc(-100% - 12px))' }`
 */
export function tooltipPlacement(
	x: number,
	y: number,
	viewWidth: number,
	viewHeight: number
): TooltipPlacement {
	const tx = x > viewWidth * 0.7 ? 'calc(-100% + 12px)' : x < viewWidth * 0.3 ? '-12px' : '-50%';
	const ty = y < viewHeight * 0.2 ? '12px' : 'calc(-100% - 12px)';
	return {
		left: (x / viewWidth) * 100,
		top: (y / viewHeight) * 100,
		transform: `translate(${tx}, ${ty})`
	};
}
