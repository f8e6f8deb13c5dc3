import type { SizeRow } from './series';

/**
 * A sample for tests and reviewers, made-up figures: France misses 2024 in 10-49 (flag u), the EU
 * misses 2025 in GE250 (flag c), and France has a break in series in 2023.
 */
const row = (
	sizeClass: string,
	geo: string,
	period: string,
	value: number | null,
	flags = ''
): SizeRow => ({ sizeClass, geo, period, value, flags, confStatus: null });

export const SAMPLE_ROWS: SizeRow[] = [
	row('10-49', 'FR', '2025', 13.27),
	row('10-49', 'FR', '2023', 11.5, 'b'),
	row('10-49', 'FR', '2024', null, 'u'),
	row('10-49', 'EU27_2020', '2023', 17),
	row('10-49', 'EU27_2020', '2024', 17.9),
	row('10-49', 'EU27_2020', '2025', 18.28),
	row('GE250', 'FR', '2023', 44),
	row('GE250', 'FR', '2024', 45),
	row('GE250', 'FR', '2025', 45.36),
	row('GE250', 'EU27_2020', '2023', 41),
	row('GE250', 'EU27_2020', '2024', 42.1),
	row('GE250', 'EU27_2020', '2025', null, 'c'),
	row('GE250', 'DE', '2025', 50)
];
