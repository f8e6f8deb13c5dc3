import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEvents, type TimelineEvent } from './events';

/**
 * Reads and checks `events.json` of the data folder (`OBSERVATOIRE_DATA_DIR` honoured) at build
 * time; a malformed file stops the build with the file and the field. A data folder without the
 * file has no events. `await loadEvents()` → `[{ id: 'transition-numerique-2012', … }, …]`
 */
export async function loadEvents(
	file = path.join(path.resolve(process.env.OBSERVATOIRE_DATA_DIR ?? 'data'), 'events.json')
): Promise<TimelineEvent[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw e;
	}
	return parseEvents(text, path.relative(process.cwd(), file) || file);
}
