import { describe, expect, it } from 'vitest';
import type { Locale } from '../../domain/locale';
import { overlaps, type Box } from '../core/labels';
import { GAP_MARGIN, GAP_MARGIN_NARROW, describeGaps, gapTextBoxes, placeGaps } from './layout';
import { gapSeries, type GapFigure } from './series';

// The bundled figures the comparison page draws by default (isoc_ec_esels, enterprises with 10
// or more persons employed, France and EU27_2020, 2013–2024): France has a break in 2022 (b) and
// no 2024 figure yet, the EU's 2024 is flagged u by the chart's data.
const fig = (period: string, value: number | null, flags = ''): GapFigure => ({
	period,
	value,
	flags,
	confStatus: null
});
const FR = [
	fig('2013', 11.45),
	fig('2014', 11.76),
	fig('2015', 16.5),
	fig('2016', 16.62),
	fig('2017', 16.5),
	fig('2018', 16.19),
	fig('2019', 16.03),
	fig('2020', 13.66),
	fig('2021', 12.09),
	fig('2022', 13.25, 'b'),
	fig('2023', 13.43),
	fig('2024', null, 'u')
];
const EU = [
	fig('2013', 13.79),
	fig('2014', 14.52),
	fig('2015', 16.2),
	fig('2016', 17.59),
	fig('2017', 17.46),
	fig('2018', 16.76),
	fig('2019', 17.19),
	fig('2020', 18.1),
	fig('2021', 18.93),
	fig('2022', 19.75),
	fig('2023', 19.74),
	fig('2024', 20.75)
];
const points = gapSeries(FR, EU);

const REFERENCE = { fr: 'Moyenne UE à 27', en: 'EU 27 average' } as const;

// 358 is the width the chart measures in a 390 px window (the page's padding taken off).
const CASES: { width: number; locale: Locale }[] = [
	{ width: 720, locale: 'fr' },
	{ width: 720, locale: 'en' },
	{ width: 358, locale: 'fr' },
	{ width: 358, locale: 'en' }
];

describe('placeGaps: labels on the real series', () => {
	for (const { width, locale } of CASES) {
		const layout = placeGaps(points, {
			width,
			height: 320,
			margin: width < 720 ? GAP_MARGIN_NARROW : GAP_MARGIN,
			locale,
			focusLabel: 'France',
			referenceLabel: REFERENCE[locale]
		});
		const texts = gapTextBoxes(layout, REFERENCE[locale]);

		it(`at ${width} in ${locale}: no text over another, none past the chart's edge`, () => {
			const met: string[] = [];
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					if (overlaps(texts[i]!.box, texts[j]!.box))
						met.push(`${texts[i]!.text} × ${texts[j]!.text}`);
				}
				const b = texts[i]!.box;
				if (b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > 320)
					met.push(`${texts[i]!.text} clipped`);
			}
			expect(met).toEqual([]);
		});

		it(`at ${width} in ${locale}: the last value's label sits on no column`, () => {
			const last = texts.find((t) => t.kind === 'last')!;
			// By its column's end, or dated by the zero line (see below).
			expect(last.text).toMatch(
				locale === 'fr' ? /^(2023\u00a0: )?−6,31\u00a0pts$/ : /^(2023: )?−6.31\u00a0pp$/
			);
			const bars: Box[] = layout.columns
				.filter((c) => c.gap !== null)
				.map((c) => ({ x0: c.x, y0: c.y, x1: c.x + c.width, y1: c.y + Math.max(1, c.height) }));
			expect(bars.filter((b) => overlaps(b, last.box))).toEqual([]);
			// Still read as the 2023 column's: the label's box spans part of the column's width.
			const col = layout.columns.find((c) => c.period === '2023')!;
			expect(last.box.x0 < col.x + col.width && last.box.x1 > col.x).toBe(true);
		});

		it(`at ${width} in ${locale}: beside the reference line's name, the last value says its year`, () => {
			// "EU-27 average … −6.31 pp" on one line reads as the average's own value.
			const ref = texts.find((t) => t.kind === 'reference')!;
			const last = texts.find((t) => t.kind === 'last')!;
			const sameLine = ref.box.y0 < last.box.y1 && ref.box.y1 > last.box.y0;
			const dated = /^2023\u00a0?: −6[,.]31/.test(last.text);
			expect(sameLine && !dated).toBe(false);
		});
	}
});

describe('placeGaps of a series published in whole percentages', () => {
	it('writes the gaps and the values without decimals', () => {
		const whole = gapSeries([fig('2018', 26), fig('2019', 29)], [fig('2018', 27), fig('2019', 28)]);
		const layout = placeGaps(whole, {
			width: 720,
			height: 320,
			margin: GAP_MARGIN,
			locale: 'fr',
			focusLabel: 'France',
			referenceLabel: 'UE',
			decimals: 0
		});
		expect(layout.columns.map((c) => c.text)).toEqual(['−1\u00a0pt', '+1\u00a0pt']);
		expect(layout.columns[1]!.ariaLabel).toContain('(France 29\u202f%, UE 28\u202f%)');
		expect(describeGaps(whole, 'fr', 'France', 'UE', 0)).toContain('−1\u00a0pt en 2018');
	});
});
