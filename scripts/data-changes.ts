/**
 * `npx tsx scripts/data-changes.ts [--base REF] [--out FILE]`: after `npm run data:fetch`, reads
 * each bundled file as committed at REF (default HEAD) and as it is now, through the dashboard's
 * importer, and writes the revisions between the two vintages as Markdown (the body of the data
 * refresh's pull request). In GitHub Actions it also sets the step output `changed`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestBytes } from '../src/lib/data/ingest/ingest';
import { parseManifest } from '../src/lib/data/manifest';
import { changesMarkdown, diffVintages, type DatasetChanges } from './lib/data-changes';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'HEAD' },
		out: { type: 'string' },
		dir: { type: 'string', default: 'data' }
	}
});
const dir = values.dir!;

function committed(file: string): Uint8Array | null {
	try {
		return new Uint8Array(
			execFileSync('git', ['show', `${values.base}:${path.posix.join(dir, file)}`], {
				maxBuffer: 512 * 1024 * 1024
			})
		);
	} catch {
		return null; // a file the refresh added
	}
}

const manifest = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), 'manifest');
const changes: DatasetChanges[] = [];
for (const entry of manifest.files) {
	if (entry.synthetic) continue;
	const now = new Uint8Array(readFileSync(path.join(dir, entry.file)));
	const then = committed(entry.file);
	if (then && Buffer.compare(Buffer.from(then), Buffer.from(now)) === 0) continue;
	const after = await ingestBytes(entry.file, now, { dataset: entry.dataset });
	const before = then
		? await ingestBytes(entry.file, then, { dataset: entry.dataset })
		: { observations: [] };
	changes.push(diffVintages(entry.dataset, before.observations, after.observations));
}

const markdown = changes.length ? changesMarkdown(changes) : 'No bundled file changed.\n';
if (values.out) writeFileSync(values.out, markdown);
else process.stdout.write(markdown);
if (process.env.GITHUB_OUTPUT) {
	appendFileSync(process.env.GITHUB_OUTPUT, `changed=${changes.length > 0}\n`);
}
