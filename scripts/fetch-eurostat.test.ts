import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../src/lib/data/manifest';
import { dataUrl, fetchDatasets, DATASETS } from './fetch-eurostat';
import { sha256 } from './lib/data-dir';

const run = promisify(execFile);

// What Eurostat's API answers for ?format=SDMX-CSV (F3 in the Eurostat formats note), cut down.
const TIN00111_CSV = [
	'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS',
	'ESTAT:TIN00111(1.0),14/03/25 23:00:00,A,GE10,C10-S951_X_K,E_ESELL,PC_ENT,FR,2023,13.43,,',
	'ESTAT:TIN00111(1.0),14/03/25 23:00:00,A,GE10,C10-S951_X_K,E_ESELL,PC_ENT,FR,2024,,u,',
	'ESTAT:TIN00111(1.0),14/03/25 23:00:00,A,GE10,C10-S951_X_K,E_ESELL,PC_ENT,EU27_2020,2023,19.74,,',
	''
].join('\r\n');

let server: Server;
let base: string;
let out: string;
const requested: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		requested.push(request.url ?? '');
		if (request.url === '/api/sdmx/2.1/data/TIN00111?format=SDMX-CSV') {
			response.writeHead(200, { 'content-type': 'application/vnd.sdmx.data+csv;version=1.0.0' });
			response.end(TIN00111_CSV);
		} else if (request.url?.startsWith('/api/sdmx/2.1/data/ISOC_EC_ESELS')) {
			// A proxy's error page with a 200 status: must not replace anything.
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end('<html><body>Service unavailable</body></html>');
		} else {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('No such dataflow');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
	out = await mkdtemp(path.join(tmpdir(), 'fetch-eurostat-'));
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await rm(out, { recursive: true, force: true });
});

describe('data:fetch against a local stub of the Eurostat API', () => {
	it('builds the SDMX 2.1 address of a dataset', () => {
		expect(dataUrl('https://ec.europa.eu/eurostat/api/dissemination/', 'isoc_ec_esels')).toBe(
			'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ISOC_EC_ESELS?format=SDMX-CSV'
		);
	});

	it('writes what it could read, refuses error pages and 404s, and records each file in the manifest', async () => {
		const previous = 'kept as it was\n';
		await writeFile(path.join(out, 'estat_isoc_ec_esels.csv'), previous);
		const outcomes = await fetchDatasets({
			base,
			out,
			datasets: DATASETS,
			now: () => new Date('2026-11-22T10:00:00Z')
		});
		expect(outcomes.map((o) => [o.code, o.status])).toEqual([
			['tin00111', 'written'],
			['isoc_ec_esels', 'failed'],
			['isoc_ec_eseln2', 'failed'],
			['isoc_r_ec_eseln2', 'failed']
		]);
		expect(outcomes[0]).toMatchObject({ observations: 3, rejected: 0 });
		expect(outcomes[2]).toMatchObject({ reason: expect.stringContaining('HTTP 404') });
		expect(requested).toContain('/api/sdmx/2.1/data/ISOC_R_EC_ESELN2?format=SDMX-CSV');

		const written = await readFile(path.join(out, 'estat_tin00111.csv'), 'utf8');
		expect(written).toBe(TIN00111_CSV);
		expect(await readFile(path.join(out, 'estat_isoc_ec_esels.csv'), 'utf8')).toBe(previous);

		const manifest = parseManifest(await readFile(path.join(out, 'manifest.json'), 'utf8'), 'm');
		expect(manifest.files).toEqual([
			{
				file: 'estat_tin00111.csv',
				dataset: 'tin00111',
				title: DATASETS[0]?.title,
				source: { publisher: 'Eurostat', url: `${base}/sdmx/2.1/data/TIN00111?format=SDMX-CSV` },
				retrievedAt: '2026-11-22T10:00:00.000Z',
				sha256: sha256(TIN00111_CSV),
				synthetic: false,
				note: expect.stringContaining('Eurostat last update: 2025-03-14')
			}
		]);
	});

	it('says plainly when offline, exits 1 and changes nothing', async () => {
		const before = await readFile(path.join(out, 'manifest.json'), 'utf8');
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const failure = await run(
			'node_modules/.bin/tsx',
			['scripts/fetch-eurostat.ts', '--out', out, '--dataset', 'tin00111'],
			{ env: { ...process.env, EUROSTAT_API_BASE: `http://127.0.0.1:${port}` } }
		).then(
			() => null,
			(error: { code: number; stderr: string }) => error
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain('you seem to be offline');
		expect(failure?.stderr).toContain('Nothing was changed');
		expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
	});
});
