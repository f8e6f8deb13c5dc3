/**
 * `npm run check` step: the import graph of src/ keeps its layers and has no cycle
 * (scripts/lib/layers.ts says which rules). Prints each broken rule and exits 1.
 *
 *   tsx scripts/check-layers.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWN, importGraph, knownAs, violations } from './lib/layers';

const root = path.resolve('.');
const graph = importGraph(root);
const all = violations(graph, (f) => readFileSync(path.join(root, f), 'utf8'));
const seen = new Set(all.map(knownAs).filter((k) => k !== null));
const broken = [
	...all.filter((line) => knownAs(line) === null),
	...Object.keys(KNOWN)
		.filter((k) => !seen.has(k))
		.map((k) => `${k}: fixed, remove it from KNOWN in scripts/lib/layers.ts`)
];
for (const line of broken) console.error(line);
if (broken.length > 0) {
	console.error(`\n${broken.length} layering rule(s) broken in ${graph.size} files.`);
	process.exit(1);
}
console.log(`Layers: ${graph.size} files, no cycle, imports flow one way.`);
