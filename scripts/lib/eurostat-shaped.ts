/**
 * Generated files in Eurostat's SDMX-CSV 1.0 layout, of any size, for the benchmark: the same
 * columns, codes and flag habits as a real download (`:`-style missing values as empty cells
 * with a flag, `b` breaks), so the importer does the same work per row as on real data.
 */
import { EU27_2020_MEMBERS } from '../../src/lib/domain/geo';

const HEADER =
	'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
const SIZES = ['0-9', '10-49', '50-249', '10-249', 'GE10', 'GE250'];
const NACE = [
	'C10-S951_X_K',
	'C',
	'D35-E39',
	'F',
	'G45-G47',
	'G47',
	'H49-H53',
	'I55-I56',
	'J58-J63'
];
const INDICATORS = ['E_ESELL', 'E_AESELL', 'E_AWSELL', 'E_ETURN', 'E_AWS_B2C', 'E_AWS_B2BG'];

/**
 * `rows` data lines after the header, deterministic for a given count.
 * `eurostatShapedCsv(2).split('\n').length` → 4 (header, two rows, final newline)
 */
export function eurostatShapedCsv(rows: number): string {
	const lines = [HEADER];
	let state = 12345;
	const next = () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state / 4294967296;
	};
	for (let i = 0; i < rows; i++) {
		const geo = EU27_2020_MEMBERS[i % EU27_2020_MEMBERS.length]!;
		const year = 2009 + (Math.floor(i / 27) % 16);
		const size = SIZES[Math.floor(i / 432) % SIZES.length]!;
		const nace = NACE[Math.floor(i / 2592) % NACE.length]!;
		const indicator = INDICATORS[Math.floor(i / 23328) % INDICATORS.length]!;
		const r = next();
		const value = r < 0.05 ? '' : (r * 60).toFixed(2);
		const flag = r < 0.05 ? 'u' : r > 0.97 ? 'b' : '';
		lines.push(
			`ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,${size},${nace},${indicator},PC_ENT,${geo},${year},${value},${flag}`
		);
	}
	return `${lines.join('\n')}\n`;
}
