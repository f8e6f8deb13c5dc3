import type { Locale } from '../../domain/locale';
import { tWords } from '../../i18n/words';
import { colon } from '../../i18n/punctuation';
import { IMPORTED_EDGE } from './theme';

/** What a legend swatch draws: the same marks as the chart (see Swatch.svelte). */
export interface SwatchSpec {
	kind: 'line' | 'box' | 'square' | 'dot' | 'missing' | 'diamond' | 'ring';
	stroke?: string;
	fill?: string;
	width?: number;
	/** SVG dash array; `null` or absent for a solid line. */
	dash?: string | null;
}

/** One legend entry: its swatch and words, and a flag letter written before them. */
export interface LegendItem {
	swatch: SwatchSpec;
	label: string;
	abbr?: { text: string; colon: string };
	/** What a screen reader hears instead of `label`, when the label is short-hand (`12–15`). */
	spoken?: string;
	/** A test id on the entry, for entries that come and go (a scenario, a projection). */
	testid?: string;
	/** The flag letter the entry explains (`flagItem`): a picture says it in its footer instead. */
	flag?: string;
}

/**
 * The legend entry of a flag letter, in the reader's words.
 * `flagItem('b', 'rupture de série', '\u00a0:', { kind: 'square' })` →
 * `{ swatch: { kind: 'square' }, label: 'rupture de série', abbr: { text: 'b', colon: '\u00a0:' }, flag: 'b' }`.
 */
export function flagItem(
	flag: string,
	meaning: string,
	colon: string,
	swatch: SwatchSpec
): LegendItem {
	return { swatch, label: meaning, abbr: { text: flag, colon }, flag };
}

/**
 * The legend entry of the mark a chart draws on a value read from the reader's imported file:
 * `imp.` and its meaning, beside the chart's own mark (a dashed edge, by default).
 * `importedItem('en').label` → `value read from your imported file`
 */
export function importedItem(
	locale: Locale,
	swatch: SwatchSpec = {
		kind: 'box',
		fill: 'none',
		stroke: IMPORTED_EDGE.stroke,
		dash: IMPORTED_EDGE.dash
	}
): LegendItem {
	const words = tWords(locale);
	return {
		swatch,
		label: words.importedValue,
		abbr: { text: words.importedMark(null), colon: colon(locale) },
		testid: 'legend-imported'
	};
}
