import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from './validate';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

/** Runs the CLI; resolves with its exit code and output, whatever the code. */
async function validate(...args: string[]) {
	try {
		const { stdout, stderr } = await run(TSX, ['scripts/validate.ts', ...args]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const F = 'tests/fixtures/';

describe('npm run validate', () => {
	it('exits 0 on a good file', async () => {
		const { code, stderr } = await validate(`${F}estat_isoc_ec_esels.tsv`);
		expect(code).toBe(0);
		expect(stderr).not.toContain('error');
	});

	it('writes one JSON line per observation with --json, and exits 1 on a figure given two values', async () => {
		const { code, stdout, stderr } = await validate(
			`${F}estat_isoc_ec_esels.tsv`,
			`${F}estat_isoc_ec_esels_en.csv`,
			'--json'
		);
		// The TSV has ":" for EU27 2023 where the CSV has 19.74: the import page asks which to
		// keep, and the command line says so too (before, it exited 0).
		expect(code).toBe(1);
		expect(stderr).toContain(
			'error: The same figure (E_ESELL PC_ENT GE10 C10-S951_X_K EU27_2020 2023) has several values: : ('
		);
		const lines = stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(9 + 5);
		expect(Object.keys(lines[0])).toEqual([
			'dataset',
			'indicator',
			'unit',
			'sizeClass',
			'nace',
			'geo',
			'period',
			'value',
			'flags',
			'confStatus',
			'freq'
		]);
		expect(lines[1]).toMatchObject({ geo: 'EL', period: '2022', value: null, flags: 'u' });
		expect(lines[2]).toMatchObject({ geo: 'EL', period: '2023', value: 13.25, flags: 'b' });
		expect(stderr).toContain('format tsv, dataset isoc_ec_esels');
		expect(stderr).toContain('rows read 3, accepted 3, rejected 0, blank 0');
	});

	it('exits 1 when a row or cell is rejected, naming file:line:column', async () => {
		const { code, stdout, stderr } = await validate(`${F}bad-cells.tsv`);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(`${F}bad-cells.tsv:2:3: error: Value "abc"`);
		expect(stderr).toContain(`${F}bad-cells.tsv:4: error: The line has 2 tab-separated fields`);
	});

	it('exits 2 when a file cannot be read, and still reports the others', async () => {
		const { code, stderr } = await validate(
			`${F}README.md`,
			`${F}does-not-exist.tsv`,
			`${F}estat_isoc_ec_esels.tsv.gz`
		);
		expect(code).toBe(2);
		expect(stderr).toContain('Unrecognised header "# Test fixtures');
		expect(stderr).toContain('does-not-exist.tsv: cannot be opened (ENOENT)');
		expect(stderr).toContain('estat_isoc_ec_esels.tsv.gz: format tsv');
	});

	it('prints help and exits 0 with --help, 2 without files', async () => {
		const help = await validate('--help');
		expect(help.code).toBe(0);
		expect(help.stderr).toContain('Usage: npm run validate');
		expect((await validate()).code).toBe(2);
	});

	it('reads what the import page reads: the template, sep=;, a French spreadsheet, UTF-16', async () => {
		const { code, stderr } = await validate(
			'static/templates/modele-tableau-regional.csv',
			`${F}excel_sep_trailing.csv`,
			`${F}fr_spreadsheet_wide.csv`,
			`${F}utf16le_nobom.csv`
		);
		expect(code).toBe(0);
		expect(stderr).toContain('modele-tableau-regional.csv: format sdmx-csv-1');
		expect(stderr).toContain('read as utf-8, semicolon-separated, decimal mark ","');
		expect(stderr).toContain('fr_spreadsheet_wide.csv: format tsv');
		expect(stderr).toContain('UTF-16 LE (without a byte order mark, detected)');
		expect(stderr).not.toContain('download the file again');
	});

	it('says a decimal mark is ambiguous, exits 1, and reads it as told with --decimal', async () => {
		const ambiguous = await validate(`${F}ambiguous_thousands.csv`);
		expect(ambiguous.code).toBe(1);
		expect(ambiguous.stderr).toContain('decimal mark "." (ambiguous)');
		expect(ambiguous.stderr).toContain('"1.234" (line 2) may be a thousand');
		const told = await validate(`${F}ambiguous_thousands.csv`, '--decimal', ',', '--json');
		expect(told.code).toBe(0);
		expect(JSON.parse(told.stdout.split('\n')[0]!).value).toBe(1234);
	}, 60_000);

	it('exits 1 on conflicting duplicate rows in one file, as the page does (before: exit 0)', async () => {
		const { code, stderr } = await validate(`${F}conflicting_rows.csv`);
		expect(code).toBe(1);
		expect(stderr).toContain('The same figure (PC_ENT FR 2023) has several values: 17.5');
	});

	it('speaks French with --lang fr', async () => {
		const { code, stderr } = await validate(`${F}bad_periods.csv`, '--lang', 'fr');
		expect(code).toBe(1);
		expect(stderr).toContain('bad_periods.csv:2:5: error: La période « 2O23 » n’est pas une année');
	});

	it('streams --json in slices and stops quietly when the reader goes away', async () => {
		const chunks: string[] = [];
		const status = await main(
			[`${F}estat_isoc_ec_esels.tsv`, '--json'],
			async (chunk) => {
				chunks.push(chunk);
				return false;
			},
			() => {}
		);
		expect(status).toBe(0);
		// The first slice was written, then nothing more once the output said it was closed.
		expect(chunks).toHaveLength(1);
	});

	it('ends quietly when piped into head -1 (before: an EPIPE stack trace)', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'validate-'));
		const file = join(dir, 'big.csv');
		const rows = Array.from(
			{ length: 60_000 },
			(_, i) => `A,E_ESELL,PC_ENT,G${i % 500},${1950 + (i % 100)},${i % 100}`
		);
		await writeFile(file, `freq,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE\n${rows.join('\n')}\n`);
		const { stdout, stderr } = await run('bash', [
			'-c',
			`${TSX} scripts/validate.ts ${file} --json 2>${dir}/err | head -1; cat ${dir}/err`
		]);
		expect(stdout.split('\n')[0]).toContain('"indicator":"E_ESELL"');
		expect(stdout).not.toMatch(/EPIPE|at .*\(|Error/);
		expect(stderr).toBe('');
	}, 60_000);
});
