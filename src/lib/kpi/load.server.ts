import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTargets, type Target } from './targets';

/**
 * Path of the targets file: `targets.json` in the data folder, which `OBSERVATOIRE_DATA_DIR`
 * moves (read at each call, so a test can point it at an edited copy).
 * `targetsFile()` → `/…/data/targets.json`.
 */
export function targetsFile(): string {
	return path.join(path.resolve(process.env.OBSERVATOIRE_DATA_DIR ?? 'data'), 'targets.json');
}

/**
 * Reads and checks the targets file at build time; a malformed file stops the build with the
 * message of `parseTargets` (file and field). `await loadTargets()` → `[{ id: 'cnnum-2019', … }, …]`.
 */
export async function loadTargets(file = targetsFile()): Promise<Target[]> {
	const text = await readFile(file, 'utf8');
	return parseTargets(text, path.relative(process.cwd(), file) || file);
}
