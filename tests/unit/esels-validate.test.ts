import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FILE = 'data/estat_isoc_ec_esels.csv';

// `npm run validate -- --json` on the bundled extract gives back every published line: same
// order, same codes, the value as published (a number, or null when the cell is empty), the
// observation flag and CONF_STATUS untouched. The expected side splits the file by hand (its
// fields are never quoted), so the check does not lean on the importer it tests.
describe('npm run validate -- --json data/estat_isoc_ec_esels.csv', () => {
	it('reproduces the bundled extract exactly: 2,870 lines, values, flags and CONF_STATUS', async () => {
		const { stdout, stderr } = await run(
			'node_modules/.bin/tsx',
			['scripts/validate.ts', '--json', FILE],
			{ maxBuffer: 64 * 1024 * 1024 }
		);
		expect(stderr).toContain('rows read 2870, accepted 2870, rejected 0');
		const got = stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l));
		const [header, ...lines] = (await readFile(FILE, 'utf8')).trimEnd().split('\n');
		expect(header).toBe(
			'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS'
		);
		const expected = lines.map((line) => {
			const [, , , size, nace, indic, unit, geo, period, value, flag, conf] = line.split(',');
			return {
				dataset: 'isoc_ec_esels',
				indicator: indic,
				unit,
				sizeClass: size,
				nace,
				geo,
				period,
				value: value === '' ? null : Number(value),
				flags: flag,
				confStatus: conf === '' ? null : conf,
				// Every dimension of an observation is in its JSON line (issue #15), freq too.
				freq: 'A'
			};
		});
		expect(expected).toHaveLength(2870);
		expect(got).toEqual(expected);
		// What the published file holds, and the validator keeps: b and u flags, C cells empty.
		const count = (f: (o: (typeof expected)[number]) => boolean) => got.filter(f).length;
		expect(count((o) => o.flags === 'b')).toBeGreaterThan(0);
		expect(count((o) => o.flags === 'u' && o.value !== null)).toBe(0);
		expect(count((o) => o.confStatus === 'C' && o.value !== null)).toBe(0);
		expect(count((o) => o.confStatus === 'C')).toBeGreaterThan(0);
	}, 120_000);
});
