import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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
});
