/**
 * `npm run data:synthetic [-- --out DIR]`: writes the illustrative regional and sectoral tables
 * (SDMX-CSV 1.0, the shape `npm run data:fetch` downloads) and marks them synthetic in the
 * manifest. Eurostat publishes no French regional or sectoral series for this indicator before
 * 2023, so until a ministry imports real ones the region and sector views run on these.
 *
 * Deterministic: the same seed and the same bundled national file give the same bytes, so the
 * files in `data/` can be checked by regenerating them (see generate-synthetic.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { FRENCH_REGIONS } from '../src/lib/domain/geo';
import { ILLUSTRATIVE_INDICATOR, ILLUSTRATIVE_UNIT } from '../src/lib/domain/illustrative';
import { ingestText } from '../src/lib/data/ingest/ingest';
import type { ManifestEntry } from '../src/lib/data/manifest';
import { sha256, upsertManifest, writeAtomically } from './lib/data-dir';

export const SEED = 20170301;
/** Fixed so that regenerating gives the same bytes; bump it when the generator changes. */
export const GENERATED_ON = '2026-12-01';
const NATIONAL_FILE = 'estat_tin00111.tsv';
const ALL_ACTIVITIES = 'C10-S951_X_K';
/** SMEs (10-249) sell online a little less often than all firms of 10+: an assumed offset. */
const SME_OFFSET = -1.2;

/** Sector offsets from the national level, in points: the usual ordering of the ICT survey. */
const SECTORS: readonly { nace: string; offset: number }[] = [
	{ nace: 'C10-C33', offset: 1.5 },
	{ nace: 'D35-E39', offset: -9 },
	{ nace: 'F41-F43', offset: -10 },
	{ nace: 'G45-G47', offset: 6 },
	{ nace: 'G47', offset: 9 },
	{ nace: 'H49-H53', offset: -4 },
	{ nace: 'I55-I56', offset: 18 },
	{ nace: 'J58-J63', offset: 5 },
	{ nace: 'L68', offset: -8 },
	{ nace: 'M69-M74', offset: -7 },
	{ nace: 'N77-N82', offset: 0.5 },
	{ nace: 'S951', offset: 2 }
];

export interface GeneratedFile {
	file: string;
	text: string;
	entry: ManifestEntry;
}

/** A small seeded generator (mulberry32): the same seed always gives the same numbers. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Roughly normal noise from uniform draws (sum of three), mean 0, given spread. */
function noise(random: () => number, spread: number): number {
	return (random() + random() + random() - 1.5) * spread;
}

interface NationalPoint {
	period: string;
	value: number | null;
	flags: string;
}

/**
 * France's series (10+, all activities but finance) from the bundled real file: the level the
 * synthetic units move around, and its gaps and breaks, which they inherit.
 */
export function nationalAnchor(tsvText: string): NationalPoint[] {
	const { observations } = ingestText(NATIONAL_FILE, tsvText);
	return observations
		.filter((o) => o.geo === 'FR' && o.sizeClass === 'GE10' && o.indicator === 'E_ESELL')
		.map((o) => ({ period: o.period, value: o.value, flags: o.flags }))
		.sort((a, b) => a.period.localeCompare(b.period));
}

interface Unit {
	geo: string;
	nace: string;
	offset: number;
	/** Points per year, added to the national path. */
	drift: number;
	/** Years before this one have no value for the unit (an empty cell, no flag). */
	firstYear: number;
}

function lines(units: Unit[], anchor: NationalPoint[], random: () => number, dataflow: string) {
	const header =
		'DATAFLOW,LAST UPDATE,freq,size_emp,nace_r2,indic_is,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';
	const [y, m, d] = GENERATED_ON.split('-');
	const lastUpdate = `${d}/${m}/${y?.slice(2)} 00:00:00`;
	const out = [header];
	for (const sizeClass of ['10-249', 'GE10'] as const) {
		for (const unit of units) {
			for (const [index, national] of anchor.entries()) {
				// No flag at all: Eurostat's flags (b, u, e…) say something about a measurement,
				// and these numbers measure nothing. A gap is an empty cell.
				let value = '';
				if (national.value !== null && Number(national.period) >= unit.firstYear) {
					const level =
						national.value +
						unit.offset +
						unit.drift * index +
						(sizeClass === '10-249' ? SME_OFFSET : 0) +
						noise(random, 1.6);
					value = Math.max(0.5, Math.min(95, level)).toFixed(2);
				}
				// Codes that are not Eurostat's, so that an invented number never passes for E_ESELL.
				const key = [
					'A',
					sizeClass,
					unit.nace,
					ILLUSTRATIVE_INDICATOR,
					ILLUSTRATIVE_UNIT,
					unit.geo,
					national.period
				];
				out.push([dataflow, lastUpdate, ...key, value, ''].join(','));
			}
		}
	}
	return `${out.join('\n')}\n`;
}

/**
 * The two illustrative tables, as text and manifest entries.
 * `generateSynthetic(tsv).map(f => f.file)` → `['synthetic_regions.csv', 'synthetic_sectors.csv']`
 */
export function generateSynthetic(nationalTsv: string, seed = SEED): GeneratedFile[] {
	const random = seededRandom(seed);
	const anchor = nationalAnchor(nationalTsv);
	if (anchor.length === 0) throw new Error(`${NATIONAL_FILE} has no France series to anchor on`);
	const regions: Unit[] = FRENCH_REGIONS.map((region) => ({
		geo: region.nuts1 ?? region.nuts2[0] ?? region.id,
		nace: ALL_ACTIVITIES,
		offset:
			region.id === 'ile-de-france' ? 3 : region.overseas ? -4 + random() * 2 : noise(random, 4),
		drift: noise(random, 0.3),
		firstYear: region.nuts2.includes('FRY5') ? 2016 : 2013
	}));
	const sectors: Unit[] = SECTORS.map((sector) => ({
		geo: 'FR',
		nace: sector.nace,
		offset: sector.offset,
		drift: noise(random, 0.3),
		firstYear: 2013
	}));
	const make = (file: string, dataset: string, units: Unit[], fr: string, en: string) => {
		const text = lines(units, anchor, random, `OBSERVATOIRE:${dataset.toUpperCase()}(1.0)`);
		const entry: ManifestEntry = {
			file,
			dataset,
			title: { fr, en },
			source: { publisher: 'Observatoire PME numérique', url: null },
			retrievedAt: GENERATED_ON,
			vintage: GENERATED_ON,
			sha256: sha256(text),
			synthetic: true,
			note: `Generated by scripts/generate-synthetic.ts (seed ${seed}) around France's national level in ${NATIONAL_FILE}; not statistics. Indicator ${ILLUSTRATIVE_INDICATOR} and unit ${ILLUSTRATIVE_UNIT} are the observatory's codes, not Eurostat's, and no value carries a flag.`
		};
		return { file, text, entry };
	};
	return [
		make(
			'synthetic_regions.csv',
			'synth_esell_reg',
			regions,
			'Entreprises ayant réalisé des ventes électroniques, par région (données illustratives)',
			'Enterprises with e-sales, by French region (illustrative data)'
		),
		make(
			'synthetic_sectors.csv',
			'synth_esell_nace',
			sectors,
			"Entreprises ayant réalisé des ventes électroniques, par secteur d'activité (données illustratives)",
			'Enterprises with e-sales, by sector of activity (illustrative data)'
		)
	];
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: { out: { type: 'string', default: 'data' }, help: { type: 'boolean' } }
	});
	if (values.help) {
		console.log('Usage: npm run data:synthetic [-- --out DIR]   (default DIR: data)');
		return;
	}
	const dir = path.resolve(values.out);
	const national = await readFile(path.join(dir, NATIONAL_FILE), 'utf8');
	const files = generateSynthetic(national);
	for (const { file, text } of files) await writeAtomically(path.join(dir, file), text);
	await upsertManifest(
		dir,
		files.map((f) => f.entry)
	);
	for (const { file, text } of files) {
		console.log(
			`wrote ${path.join(values.out, file)} (${text.split('\n').length - 2} rows, synthetic)`
		);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	});
}
