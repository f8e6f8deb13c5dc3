/**
 * `npm run data:fetch [-- --out DIR] [--dataset CODE ...]`: downloads the current Eurostat
 * tables of the e-sales family through the dissemination API (SDMX-CSV 1.0), checks each one
 * with the same importer as the dashboard, and writes it to `data/` with a manifest entry
 * (dataset, address, retrieved at, SHA-256). A file is written only after it was read
 * without a fatal error, and atomically: offline, or on a bad answer, the bundled files stay.
 *
 * `EUROSTAT_API_BASE` overrides the API address (tests point it at a local stub server).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../src/lib/data/ingest/ingest';
import type { ManifestEntry } from '../src/lib/data/manifest';
import { sha256, upsertManifest, writeAtomically } from './lib/data-dir';

export const DEFAULT_API_BASE = 'https://ec.europa.eu/eurostat/api/dissemination';

export interface EurostatDataset {
	code: string;
	title: { fr: string; en: string };
	/**
	 * An SDMX 2.1 series key that narrows the download to a slice (dimensions in the dataflow's
	 * order, `+` between codes, empty for all): the slice bundled in `data/`, not the whole table.
	 */
	key?: string;
	/** What the slice holds, for the manifest's note. */
	slice?: string;
}

/**
 * The indicator family the dashboard tracks. Codes and scope per Eurostat's data browser; the
 * regional table's (E_AWSELL, GE10 only, NUTS 2, from survey year 2023) was confirmed on live
 * pulls by third parties, not in a Eurostat metadata page we could read offline.
 */
export const DATASETS: readonly EurostatDataset[] = [
	{
		code: 'tin00111',
		title: {
			fr: "Entreprises ayant réalisé des ventes électroniques d'au moins 1 % du chiffre d'affaires",
			en: 'Enterprises having done electronic sales of at least 1% of turnover'
		}
	},
	{
		code: 'isoc_ec_esels',
		title: {
			fr: "Ventes électroniques des entreprises par classe de taille (au moins 1 % du chiffre d'affaires)",
			en: 'E-commerce sales of enterprises by size class (at least 1% of turnover)'
		},
		// freq.size_emp.nace_r2.indic_is.unit.geo (the column order of the published SDMX-CSV):
		// the bundled slice, E_ESELL as % of enterprises for the five size classes, every geo.
		key: 'A.10-249+10-49+50-249+GE10+GE250.C10-S951_X_K.E_ESELL.PC_ENT.',
		slice:
			'E_ESELL, % of enterprises (PC_ENT), all activities except the financial sector (C10-S951_X_K), size classes 10-249, 10-49, 50-249, GE10 and GE250, every geo'
	},
	{
		code: 'isoc_ec_eseln2',
		title: {
			fr: "Ventes électroniques des entreprises, par secteur d'activité (NACE Rév. 2)",
			en: 'E-commerce sales of enterprises by NACE Rev.2 activity'
		}
	},
	{
		code: 'isoc_r_ec_eseln2',
		title: {
			fr: 'Ventes électroniques des entreprises, par région NUTS 2 (depuis 2023)',
			en: 'E-commerce sales of enterprises by NUTS 2 region (from 2023)'
		}
	}
];

/**
 * The SDMX 2.1 address of one dataset (or of a slice, given its series key) in SDMX-CSV 1.0.
 * `dataUrl(base, 'tin00111')` → `…/sdmx/2.1/data/TIN00111?format=SDMX-CSV`;
 * `dataUrl(base, 'isoc_ec_esels', 'A.GE10.C10-S951_X_K.E_ESELL.PC_ENT.')` →
 * `…/sdmx/2.1/data/ISOC_EC_ESELS/A.GE10.C10-S951_X_K.E_ESELL.PC_ENT.?format=SDMX-CSV`
 */
export function dataUrl(base: string, code: string, key?: string): string {
	const slice = key ? `/${key.split('+').map(encodeURIComponent).join('+')}` : '';
	return `${base.replace(/\/+$/, '')}/sdmx/2.1/data/${code.toUpperCase()}${slice}?format=SDMX-CSV`;
}

export type FetchOutcome =
	| { code: string; status: 'written'; file: string; observations: number; rejected: number }
	| { code: string; status: 'failed'; reason: string; offline: boolean };

export interface FetchOptions {
	base: string;
	out: string;
	datasets: readonly EurostatDataset[];
	/** Injected for tests; `globalThis.fetch` otherwise. */
	fetch?: typeof fetch;
	now?: () => Date;
	timeoutMs?: number;
}

/** Network errors that mean "no connection" rather than "Eurostat said no". */
const OFFLINE_CODES = new Set([
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNREFUSED',
	'ECONNRESET',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'ETIMEDOUT',
	'UND_ERR_CONNECT_TIMEOUT'
]);

function describeNetworkError(error: unknown): { reason: string; offline: boolean } {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const code = cause?.code ?? (error as { code?: string }).code;
	if (error instanceof Error && error.name === 'TimeoutError') {
		return { reason: 'no answer before the time limit', offline: true };
	}
	if (code && OFFLINE_CODES.has(code)) return { reason: `cannot connect (${code})`, offline: true };
	return { reason: cause?.message ?? (error as Error).message ?? String(error), offline: false };
}

/**
 * Downloads each dataset, checks it, writes the good ones and updates the manifest once.
 * `await fetchDatasets({ base, out: 'data', datasets: DATASETS })` → one outcome per dataset.
 */
export async function fetchDatasets(options: FetchOptions): Promise<FetchOutcome[]> {
	const get = options.fetch ?? globalThis.fetch;
	const now = options.now ?? (() => new Date());
	const outcomes: FetchOutcome[] = [];
	const entries: ManifestEntry[] = [];
	for (const dataset of options.datasets) {
		const url = dataUrl(options.base, dataset.code, dataset.key);
		let bytes: Uint8Array;
		try {
			const response = await get(url, {
				headers: { accept: 'application/vnd.sdmx.data+csv;version=1.0.0, text/csv' },
				signal: AbortSignal.timeout(options.timeoutMs ?? 120_000)
			});
			if (!response.ok) {
				outcomes.push({
					code: dataset.code,
					status: 'failed',
					reason: `HTTP ${response.status} ${response.statusText} from ${url}`,
					offline: false
				});
				continue;
			}
			bytes = new Uint8Array(await response.arrayBuffer());
		} catch (error) {
			outcomes.push({ code: dataset.code, status: 'failed', ...describeNetworkError(error) });
			continue;
		}
		const file = `estat_${dataset.code}.csv`;
		const { report } = await ingestBytes(file, bytes, { dataset: dataset.code });
		if (report.fatal) {
			// An error page or a format we cannot read must not replace a good bundled file.
			outcomes.push({
				code: dataset.code,
				status: 'failed',
				reason: `the answer is not a readable table: ${report.fatal}`,
				offline: false
			});
			continue;
		}
		await writeAtomically(path.join(options.out, file), bytes);
		entries.push({
			file,
			dataset: report.dataset || dataset.code,
			title: dataset.title,
			source: { publisher: 'Eurostat', url },
			retrievedAt: now().toISOString(),
			// The edition's date, from the file's own LAST UPDATE: what orders two vintages.
			vintage: report.lastUpdate?.slice(0, 10) ?? null,
			sha256: sha256(bytes),
			synthetic: false,
			note:
				[
					dataset.slice ? `Slice: ${dataset.slice}.` : '',
					report.lastUpdate ? `Eurostat last update: ${report.lastUpdate}` : ''
				]
					.filter(Boolean)
					.join(' ') || null
		});
		outcomes.push({
			code: dataset.code,
			status: 'written',
			file,
			observations: report.observations,
			rejected: report.rowsRejected
		});
	}
	if (entries.length > 0) await upsertManifest(options.out, entries);
	return outcomes;
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			out: { type: 'string', default: 'data' },
			dataset: { type: 'string', multiple: true },
			help: { type: 'boolean' }
		}
	});
	if (values.help) {
		console.log(
			`Usage: npm run data:fetch [-- --out DIR] [--dataset CODE ...]\n` +
				`Datasets: ${DATASETS.map((d) => d.code).join(', ')}\n` +
				`EUROSTAT_API_BASE overrides ${DEFAULT_API_BASE}`
		);
		return 0;
	}
	const wanted = values.dataset ?? DATASETS.map((d) => d.code);
	const unknown = wanted.filter((code) => !DATASETS.some((d) => d.code === code));
	if (unknown.length > 0) {
		console.error(
			`Unknown dataset ${unknown.join(', ')}; known: ${DATASETS.map((d) => d.code).join(', ')}`
		);
		return 2;
	}
	const base = process.env.EUROSTAT_API_BASE ?? DEFAULT_API_BASE;
	const out = path.resolve(values.out);
	const outcomes = await fetchDatasets({
		base,
		out,
		datasets: DATASETS.filter((d) => wanted.includes(d.code))
	});
	for (const o of outcomes) {
		if (o.status === 'written') {
			console.log(
				`${o.code}: wrote ${path.join(values.out, o.file)} (${o.observations} observations, ${o.rejected} rows rejected)`
			);
		} else {
			console.error(`${o.code}: not downloaded: ${o.reason}`);
		}
	}
	const failed = outcomes.filter((o) => o.status === 'failed');
	if (
		failed.length === outcomes.length &&
		failed.every((o) => o.status === 'failed' && o.offline)
	) {
		console.error(
			`Eurostat cannot be reached from this machine (${base}): you seem to be offline. ` +
				`Nothing was changed; the dashboard keeps the data bundled in ${values.out}/.`
		);
	} else if (failed.length > 0) {
		console.error(
			`${failed.length} of ${outcomes.length} datasets were not downloaded; the files already in ${values.out}/ for them are unchanged.`
		);
	}
	return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().then(
		(code) => (process.exitCode = code),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		}
	);
}
