import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsFromJson, observationsOf } from '../data/ingest/columns';
import { ingestBytesToColumns } from '../data/ingest/ingest';
import { parseManifest } from '../data/manifest';
import { DATA_DIR } from './bundled';
import { bundledCheckColumns } from './checkColumns';

describe('bundledCheckColumns: what the import page checks a file against', () => {
	it('holds every real bundled file, in manifest order, as the import Worker reads it', async () => {
		const manifest = parseManifest(
			await readFile(path.join(DATA_DIR, 'manifest.json'), 'utf8'),
			'manifest.json'
		);
		const real = manifest.files.filter((f) => !f.synthetic).map((f) => f.file);
		const written = await bundledCheckColumns();
		expect(written.map((w) => w.file)).toEqual(real);
		expect(real.length).toBeGreaterThan(0);
		for (const { file, columns } of written) {
			// The Worker's reading: the file's bytes, no options.
			const bytes = new Uint8Array(await readFile(path.join(DATA_DIR, file)));
			const read = (await ingestBytesToColumns(file, bytes)).columns;
			const back = columnsFromJson(JSON.parse(JSON.stringify(columns)));
			expect(back).not.toBeNull();
			expect(observationsOf(back!)).toEqual(observationsOf(read));
		}
		// Each file dated as the pages date it: its LAST UPDATE, else the manifest's vintage.
		const vintage = (file: string) => written.find((w) => w.file === file)?.vintage;
		expect(vintage('estat_isoc_ec_esels.csv')).toMatch(/^2026-02-27/);
		expect(vintage('estat_tin00111.tsv')).toBe(
			manifest.files.find((f) => f.file === 'estat_tin00111.tsv')?.vintage
		);
	});

	it('leaves out the illustrative files and refuses a bundled file that cannot be read', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'check-columns-'));
		const entry = (file: string, synthetic: boolean) => ({
			file,
			dataset: file.replace(/\.csv$/, ''),
			title: { fr: file, en: file },
			source: { publisher: 'Test', url: 'https://example.org/' },
			retrievedAt: '2025',
			vintage: '2025',
			sha256: '0'.repeat(64),
			synthetic,
			note: ''
		});
		await writeFile(path.join(dir, 'real.csv'), 'geo,TIME_PERIOD,OBS_VALUE\nFR,2023,17.5\n');
		await writeFile(path.join(dir, 'made.csv'), 'geo,TIME_PERIOD,OBS_VALUE\nFR,2023,99\n');
		await writeFile(
			path.join(dir, 'manifest.json'),
			JSON.stringify({ files: [entry('made.csv', true), entry('real.csv', false)] })
		);
		const written = await bundledCheckColumns(dir);
		expect(written.map((w) => [w.file, w.vintage])).toEqual([['real.csv', '2025']]);
		expect(observationsOf(columnsFromJson(written[0]!.columns)!).map((o) => o.value)).toEqual([
			17.5
		]);
		await writeFile(path.join(dir, 'real.csv'), 'not,a,table\n');
		await expect(bundledCheckColumns(dir)).rejects.toThrow('data/real.csv');
	});
});
