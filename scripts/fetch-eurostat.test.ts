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

// The slice of isoc_ec_esels the dashboard bundles, as the API answers the keyed query: lines
// copied from data/estat_isoc_ec_esels.csv (Eurostat, last update 27/02/26; LF line ends, as
// there): a value, a break flag, a low-reliability gap, a confidential cell, each size class.
const ESELS_KEY = 'A.10-249+10-49+50-249+GE10+GE250.C10-S951_X_K.E_ESELL.PC_ENT.';
const ESELS_CSV = [
	'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,10-249,C10-S951_X_K,E_ESELL,PC_ENT,FR,2015,15.85,,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,10-249,C10-S951_X_K,E_ESELL,PC_ENT,FR,2025,15.20,,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,10-249,C10-S951_X_K,E_ESELL,PC_ENT,ME,2022,,,C',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,10-49,C10-S951_X_K,E_ESELL,PC_ENT,FR,2025,13.27,,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,50-249,C10-S951_X_K,E_ESELL,PC_ENT,FR,2025,28.72,,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,GE10,C10-S951_X_K,E_ESELL,PC_ENT,FR,2022,13.25,b,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,GE10,C10-S951_X_K,E_ESELL,PC_ENT,FR,2024,,u,',
	'ESTAT:ISOC_EC_ESELS(1.0),27/02/26 11:00:00,A,GE250,C10-S951_X_K,E_ESELL,PC_ENT,FR,2025,45.36,,',
	''
].join('\n');

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
		} else if (request.url === `/api/sdmx/2.1/data/ISOC_EC_ESELS/${ESELS_KEY}?format=SDMX-CSV`) {
			response.writeHead(200, { 'content-type': 'application/vnd.sdmx.data+csv;version=1.0.0' });
			response.end(ESELS_CSV);
		} else if (request.url?.startsWith('/api/sdmx/2.1/data/ISOC_EC_ESELN2')) {
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
	it('builds the SDMX 2.1 address of a dataset, or of the bundled slice', () => {
		expect(dataUrl('https://ec.europa.eu/eurostat/api/dissemination/', 'isoc_ec_esels')).toBe(
			'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ISOC_EC_ESELS?format=SDMX-CSV'
		);
		const esels = DATASETS.find((d) => d.code === 'isoc_ec_esels')!;
		expect(dataUrl('https://ec.europa.eu/eurostat/api/dissemination', esels.code, esels.key)).toBe(
			'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ISOC_EC_ESELS/A.10-249+10-49+50-249+GE10+GE250.C10-S951_X_K.E_ESELL.PC_ENT.?format=SDMX-CSV'
		);
	});

	it('writes what it could read, refuses error pages and 404s, and records each file in the manifest', async () => {
		const previous = 'kept as it was\n';
		await writeFile(path.join(out, 'estat_isoc_ec_eseln2.csv'), previous);
		const outcomes = await fetchDatasets({
			base,
			out,
			datasets: DATASETS,
			now: () => new Date('2026-11-22T10:00:00Z')
		});
		expect(outcomes.map((o) => [o.code, o.status])).toEqual([
			['tin00111', 'written'],
			['isoc_ec_esels', 'written'],
			['isoc_ec_eseln2', 'failed'],
			['isoc_r_ec_eseln2', 'failed']
		]);
		expect(outcomes[0]).toMatchObject({ observations: 3, rejected: 0 });
		expect(outcomes[1]).toMatchObject({ observations: 8, rejected: 0 });
		expect(outcomes[2]).toMatchObject({ reason: expect.stringContaining('not a readable table') });
		expect(outcomes[3]).toMatchObject({ reason: expect.stringContaining('HTTP 404') });
		expect(requested).toContain('/api/sdmx/2.1/data/ISOC_R_EC_ESELN2?format=SDMX-CSV');

		const written = await readFile(path.join(out, 'estat_tin00111.csv'), 'utf8');
		expect(written).toBe(TIN00111_CSV);
		expect(await readFile(path.join(out, 'estat_isoc_ec_esels.csv'), 'utf8')).toBe(ESELS_CSV);
		expect(await readFile(path.join(out, 'estat_isoc_ec_eseln2.csv'), 'utf8')).toBe(previous);

		const manifest = parseManifest(await readFile(path.join(out, 'manifest.json'), 'utf8'), 'm');
		expect(manifest.files).toEqual([
			{
				file: 'estat_tin00111.csv',
				dataset: 'tin00111',
				title: DATASETS[0]?.title,
				source: { publisher: 'Eurostat', url: `${base}/sdmx/2.1/data/TIN00111?format=SDMX-CSV` },
				retrievedAt: '2026-11-22T10:00:00.000Z',
				vintage: '2025-03-14',
				sha256: sha256(TIN00111_CSV),
				synthetic: false,
				note: expect.stringContaining('Eurostat last update: 2025-03-14')
			},
			{
				file: 'estat_isoc_ec_esels.csv',
				dataset: 'isoc_ec_esels',
				title: DATASETS[1]?.title,
				source: {
					publisher: 'Eurostat',
					url: `${base}/sdmx/2.1/data/ISOC_EC_ESELS/${ESELS_KEY}?format=SDMX-CSV`
				},
				retrievedAt: '2026-11-22T10:00:00.000Z',
				vintage: '2026-02-27',
				sha256: sha256(ESELS_CSV),
				synthetic: false,
				note: expect.stringMatching(/^Slice: E_ESELL.*GE250.*Eurostat last update: 2026-02-27/)
			}
		]);
		// The slice reads as the bundled extract does: values, flags and confidentiality kept.
		const { ingestBytes } = await import('../src/lib/data/ingest/ingest');
		const { observations } = await ingestBytes(
			'estat_isoc_ec_esels.csv',
			new TextEncoder().encode(ESELS_CSV),
			{ dataset: 'isoc_ec_esels' }
		);
		expect(
			observations.map((o) => [o.sizeClass, o.geo, o.period, o.value, o.flags, o.confStatus])
		).toEqual([
			['10-249', 'FR', '2015', 15.85, '', null],
			['10-249', 'FR', '2025', 15.2, '', null],
			['10-249', 'ME', '2022', null, '', 'C'],
			['10-49', 'FR', '2025', 13.27, '', null],
			['50-249', 'FR', '2025', 28.72, '', null],
			['GE10', 'FR', '2022', 13.25, 'b', null],
			['GE10', 'FR', '2024', null, 'u', null],
			['GE250', 'FR', '2025', 45.36, '', null]
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
