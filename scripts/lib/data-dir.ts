import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseManifest, type Manifest, type ManifestEntry } from '../../src/lib/data/manifest';

/** SHA-256 of bytes or text, hex. `sha256('')` → `e3b0c442...b855` */
export function sha256(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

/**
 * Writes a file so that a reader never sees half of it: write beside it, then rename.
 * A crash (or a dropped connection) leaves the previous file untouched.
 */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.partial`;
	await writeFile(temporary, content);
	await rename(temporary, file);
}

/** The manifest of a data folder, or an empty one when the folder has none yet. */
export async function readManifest(dir: string): Promise<Manifest> {
	const file = path.join(dir, 'manifest.json');
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return { files: [] };
	}
	return parseManifest(text, file);
}

/**
 * Replaces the entries of the same datasets and keeps every other one, in a stable order (kept
 * entries where they were, new ones at the end), and writes the manifest atomically. Keyed by
 * dataset, not file: a fresh `estat_tin00111.csv` must replace the bundled `estat_tin00111.tsv`,
 * or the engine would hold the same observations twice.
 */
export async function upsertManifest(dir: string, entries: ManifestEntry[]): Promise<Manifest> {
	const current = await readManifest(dir);
	const replaced = new Map(entries.map((e) => [e.dataset, e]));
	const files = current.files.map((e) => replaced.get(e.dataset) ?? e);
	for (const entry of entries) {
		if (!current.files.some((e) => e.dataset === entry.dataset)) files.push(entry);
	}
	const manifest = { files };
	await writeAtomically(
		path.join(dir, 'manifest.json'),
		`${JSON.stringify(manifest, null, '\t')}\n`
	);
	return manifest;
}
