/**
 * `data/manifest.json`: the list of bundled files and what each one is. The build, the browser and
 * `npm run data:fetch` all read or write it, so a mistake in it is reported by field name, never
 * turned into a page with holes.
 */

/** Where a file comes from, in words a reader can check. */
export interface ManifestSource {
	/** `Eurostat`, or the ministry that built the table. */
	publisher: string;
	/** The page or API address the file was taken from; `null` for generated files. */
	url: string | null;
}

export interface ManifestEntry {
	/** File name inside `data/` (no folders: the manifest lists files beside it). */
	file: string;
	/** Lower-case dataset or table code: `tin00111`. */
	dataset: string;
	/** What the table is, in each interface language. */
	title: { fr: string; en: string };
	source: ManifestSource;
	/**
	 * When the file was downloaded or generated, ISO 8601 at the precision known: `2025` (a year),
	 * `2025-06-12`, or a full timestamp. Never made more precise than the source says.
	 */
	retrievedAt: string;
	/**
	 * When this edition of the table was published, ISO 8601 (`2026-02-27`), or `null` when only
	 * the retrieval date is known. A file's own Eurostat LAST UPDATE, when it has one, prevails
	 * (`vintageOf` in domain/population.ts); this field dates files that carry none (TSV).
	 */
	vintage?: string | null;
	/** SHA-256 of the file's bytes, hex, when recorded (`npm run data:fetch` always records it). */
	sha256: string | null;
	/** `true` for illustrative data that must be labelled "données illustratives" wherever shown. */
	synthetic: boolean;
	/** A sentence about the file a reader should know (vintage, caveats). */
	note: string | null;
}

export interface Manifest {
	files: ManifestEntry[];
}

/** The two dates a reader needs to judge how fresh a bundled dataset is. */
export interface DatasetDates {
	/**
	 * Eurostat's last update of the table: the file's own LAST UPDATE when it carries one, else
	 * the manifest's `vintage`; `null` for illustrative data (no Eurostat table) or when unknown.
	 */
	eurostatUpdate: string | null;
	/** Where `eurostatUpdate` was read: the file itself, the manifest, or nowhere. */
	updateFrom: 'file' | 'manifest' | null;
	/** When the file was fetched from its source (or generated, for illustrative data). */
	fetched: string;
	illustrative: boolean;
}

/**
 * A bundled dataset's dates from its manifest entry and the LAST UPDATE its file states (if any).
 * `datasetDates({ retrievedAt: '2026', vintage: '2026-02-27', synthetic: false }, '2026-02-27T11:00:00')`
 * → `{ eurostatUpdate: '2026-02-27T11:00:00', updateFrom: 'file', fetched: '2026', illustrative: false }`;
 * an illustrative entry → `{ eurostatUpdate: null, updateFrom: null, fetched: …, illustrative: true }`
 */
export function datasetDates(
	entry: Pick<ManifestEntry, 'retrievedAt' | 'vintage' | 'synthetic'>,
	fileLastUpdate: string | null
): DatasetDates {
	const fetched = entry.retrievedAt;
	// Invented values have no Eurostat edition, whatever a generated file's header says.
	if (entry.synthetic)
		return { eurostatUpdate: null, updateFrom: null, fetched, illustrative: true };
	if (fileLastUpdate)
		return { eurostatUpdate: fileLastUpdate, updateFrom: 'file', fetched, illustrative: false };
	if (entry.vintage)
		return { eurostatUpdate: entry.vintage, updateFrom: 'manifest', fetched, illustrative: false };
	return { eurostatUpdate: null, updateFrom: null, fetched, illustrative: false };
}

/** A manifest that cannot be used, with the field at fault named in the message. */
export class ManifestError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		detail: string
	) {
		super(`${file}: ${field}: ${detail}`);
		this.name = 'ManifestError';
	}
}

/** File names stay inside `data/`: no folders, no dot-files, nothing a URL could turn into a path. */
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DATASET = /^[a-z0-9_$-]+$/;
const SHA256 = /^[0-9a-f]{64}$/;
const ISO_DATE =
	/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Parses and checks a manifest; throws a `ManifestError` naming the field at fault.
 * `parseManifest('{"files":[]}', 'data/manifest.json')` → `{ files: [] }`;
 * `parseManifest('{"files":[{"file":"a.tsv"}]}', 'm.json')` throws `m.json: files[0].dataset: ...`.
 */
export function parseManifest(text: string, file: string): Manifest {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new ManifestError(file, '(file)', `not valid JSON (${(error as Error).message})`);
	}
	if (!isObject(raw)) throw new ManifestError(file, '(file)', 'expected a JSON object');
	const list = raw.files;
	if (!Array.isArray(list)) throw new ManifestError(file, 'files', 'expected a list of files');
	const seen = new Set<string>();
	const files = list.map((item: unknown, index) => {
		const entry = parseEntry(item, file, `files[${index}]`);
		if (seen.has(entry.file)) {
			throw new ManifestError(file, `files[${index}].file`, `"${entry.file}" is listed twice`);
		}
		seen.add(entry.file);
		return entry;
	});
	return { files };
}

function parseEntry(item: unknown, file: string, at: string): ManifestEntry {
	if (!isObject(item)) throw new ManifestError(file, at, 'expected an object');
	const fail = (field: string, detail: string): never => {
		throw new ManifestError(file, `${at}.${field}`, detail);
	};
	const text = (field: string, value: unknown): string => {
		if (typeof value !== 'string' || value.trim() === '') return fail(field, 'expected a text');
		return value;
	};
	const name = text('file', item.file);
	if (!SAFE_FILE.test(name)) {
		fail('file', `"${name}" must be a plain file name (letters, digits, . _ -) inside data/`);
	}
	const dataset = text('dataset', item.dataset);
	if (!DATASET.test(dataset)) fail('dataset', `"${dataset}" must be a lower-case Eurostat code`);
	if (!isObject(item.title)) fail('title', 'expected { "fr": "...", "en": "..." }');
	const title = item.title as Record<string, unknown>;
	const source = isObject(item.source) ? item.source : fail('source', 'expected an object');
	const url = source.url ?? null;
	if (url !== null && (typeof url !== 'string' || !/^https?:\/\//.test(url))) {
		fail('source.url', 'expected an http(s) address or null');
	}
	const retrievedAt = text('retrievedAt', item.retrievedAt);
	if (!ISO_DATE.test(retrievedAt)) fail('retrievedAt', `"${retrievedAt}" is not an ISO 8601 date`);
	const vintage = item.vintage ?? null;
	if (vintage !== null && (typeof vintage !== 'string' || !ISO_DATE.test(vintage))) {
		fail('vintage', `"${String(vintage)}" is not an ISO 8601 date`);
	}
	const sha256 = item.sha256 ?? null;
	if (sha256 !== null && (typeof sha256 !== 'string' || !SHA256.test(sha256))) {
		fail('sha256', 'expected 64 lower-case hexadecimal digits or null');
	}
	const synthetic = item.synthetic ?? false;
	if (typeof synthetic !== 'boolean') fail('synthetic', 'expected true or false');
	const note = item.note ?? null;
	if (note !== null && typeof note !== 'string') fail('note', 'expected a text or null');
	return {
		file: name,
		dataset,
		title: { fr: text('title.fr', title.fr), en: text('title.en', title.en) },
		source: { publisher: text('source.publisher', source.publisher), url: url as string | null },
		retrievedAt,
		// Only when given: entries written before the field existed read back unchanged.
		...(vintage !== null ? { vintage: vintage as string } : {}),
		sha256: sha256 as string | null,
		synthetic: synthetic as boolean,
		note: note as string | null
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
