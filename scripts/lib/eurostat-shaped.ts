/**
 * Generated files in Eurostat's SDMX-CSV 1.0 layout, of any size, for the benchmark: the same
 * columns, codes and flag habits as a real download (`:`-style missing values as empty cells
 * with a flag, `b` breaks), so the importer does the same work per row as on real data.
 *
 * Like a real download, no statistic appears twice: the row number is written in mixed radix
 * over geo × year × size × sector × (indicator, unit) (27 × 16 × 6 × 18 × 22 = 1 026 432
 * distinct keys), so files up to that size import without a single duplicate or conflict.
 */
import { EU27_2020_MEMBERS } from '../../src/lib/domain/geo';

const HEADER =
	'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
const YEARS = Array.from({ length: 16 }, (_, i) => String(2009 + i));
const SIZES = ['0-9', '10-49', '50-249', '10-249', 'GE10', 'GE250'];
const NACE = [
	'C10-S951_X_K',
	'C10-N82_X_K',
	'C',
	'C10-C18',
	'C19-C23',
	'C24-C25',
	'C26-C33',
	'D35-E39',
	'F',
	'G45-G47',
	'G45',
	'G46',
	'G47',
	'H49-H53',
	'I55-I56',
	'J58-J63',
	'L68',
	'M69-M74'
];
const INDICATORS = [
	'E_ESELL',
	'E_AESELL',
	'E_AWSELL',
	'E_ETURN',
	'E_AWS_B2C',
	'E_AWS_B2BG',
	'E_AESEU',
	'E_AESWW',
	'E_AWS_CMP',
	'E_AWS_OWN',
	'E_AXSELL',
	'E_AWSEU'
];
const UNITS = ['PC_ENT', 'PC_TURN'];
/**
 * Indicator and unit pairs, unit changing slowest, without the two the bundled files publish
 * (`E_ESELL` and `E_AESELL` in % of enterprises): the importer checks a file against the bundled
 * data, and random values there would be thousands of conflicts for the reader to settle, which
 * no real download has (its copies of bundled figures are the same values, kept once).
 */
const SERIES = UNITS.flatMap((unit) =>
	INDICATORS.map((indicator) => [indicator, unit] as const)
).filter(
	([indicator, unit]) => unit !== 'PC_ENT' || (indicator !== 'E_ESELL' && indicator !== 'E_AESELL')
);

/** How many distinct statistics the generator can write. */
export const MAX_DISTINCT_ROWS =
	EU27_2020_MEMBERS.length * YEARS.length * SIZES.length * NACE.length * SERIES.length;

/**
 * `rows` data lines after the header, deterministic for a given count, every key distinct.
 * `eurostatShapedCsv(2).split('\n').length` → 4 (header, two rows, final newline)
 */
export function eurostatShapedCsv(rows: number): string {
	if (rows > MAX_DISTINCT_ROWS)
		throw new RangeError(`at most ${MAX_DISTINCT_ROWS} distinct rows, not ${rows}`);
	const lines = [HEADER];
	let state = 12345;
	const next = () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state / 4294967296;
	};
	for (let i = 0; i < rows; i++) {
		// Mixed radix: geo changes fastest, as in a download sorted by series then geo.
		let k = i;
		const pick = <T>(list: readonly T[]): T => {
			const item = list[k % list.length]!;
			k = Math.floor(k / list.length);
			return item;
		};
		const geo = pick(EU27_2020_MEMBERS);
		const year = pick(YEARS);
		const size = pick(SIZES);
		const nace = pick(NACE);
		const [indicator, unit] = pick(SERIES);
		const r = next();
		const value = r < 0.05 ? '' : (r * 60).toFixed(2);
		const flag = r < 0.05 ? 'u' : r > 0.97 ? 'b' : '';
		lines.push(
			`ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,${size},${nace},${indicator},${unit},${geo},${year},${value},${flag}`
		);
	}
	return `${lines.join('\n')}\n`;
}
