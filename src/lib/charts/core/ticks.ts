import { precisionFixed, type ScaleLinear } from 'd3';
import type { Locale } from '../../domain/locale';
import { formatValue } from './format';
import { formatPeriod } from '../../domain/period';

/** One y-axis tick: the value, where it sits and the text shown. */
export interface YTick {
	value: number;
	y: number;
	label: string;
}

/** One x-axis tick: the Eurostat period, where it sits and the text shown. */
export interface XTick {
	period: string;
	x: number;
	label: string;
}

/**
 * Round-number ticks of a linear y scale, labelled with `formatValue` and with just enough
 * decimals to tell the ticks apart (`0 %, 5 %, 10 %`, but `0,5 %, 1,0 %`).
 * `yTicks(scaleLinear([0, 20], [300, 0]), 'fr', 4)` → `[{ value: 0, y: 300, label: '0 %' }, { value:
 * 5, y: 225, label: '5 %' }, ...]`.
 */
export function yTicks(
	scale: ScaleLinear<number, number>,
	locale: Locale,
	count = 5,
	unit: 'percent' | 'none' = 'percent'
): YTick[] {
	const values = scale.ticks(count);
	const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
	const decimals = Math.min(20, precisionFixed(step));
	return values.map((value) => ({
		value,
		y: scale(value),
		label: formatValue(value, locale, { decimals, unit })
	}));
}

/**
 * Ticks for the periods of a series, thinned so that at most `maxTicks` are labelled. The newest
 * period is always kept (it is the one readers look for), counting back from it in equal steps.
 * `xTicks(['2021', '2022', '2023'], (p) => Number(p) * 10, 'fr', 2)` → `[{ period: '2021', x:
 * 20210, label: '2021' }, { period: '2023', x: 20230, label: '2023' }]`.
 */
export function xTicks(
	periods: readonly string[],
	position: (period: string) => number,
	locale: Locale,
	maxTicks = 8
): XTick[] {
	const n = periods.length;
	if (n === 0 || maxTicks < 1) return [];
	const step = Math.max(1, Math.ceil(n / maxTicks));
	const chosen: string[] = [];
	for (let i = n - 1; i >= 0; i -= step) chosen.unshift(periods[i]!);
	return chosen.map((period) => ({
		period,
		x: position(period),
		label: formatPeriod(period, locale)
	}));
}
