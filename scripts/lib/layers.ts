/**
 * The import graph of `src/` and the rules it must keep (CONVENTIONS.md, "The shape of the
 * house"): no cycles, imports flow one way through the layers, `export/` never imports a
 * component, and a module that calls itself pure imports no store. Read with a regular
 * expression over `import … from '…'` (and `import('…')`), which is all the code base uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Layers from the bottom up: a module may import its own layer or any layer below it. Folders
 * not listed (tests, scripts) are not checked. i18n and state sit with kpi (the strings name the
 * import issues and target measures below them; state is pure encode/decode), export above
 * charts (it draws them as SVG), server with data (it loads the bundled files).
 */
export const LAYERS: readonly { name: string; rank: number; prefixes: readonly string[] }[] = [
	{ name: 'domain', rank: 0, prefixes: ['src/lib/domain/'] },
	{ name: 'data', rank: 1, prefixes: ['src/lib/data/', 'src/lib/server/'] },
	{ name: 'kpi', rank: 2, prefixes: ['src/lib/kpi/', 'src/lib/state/', 'src/lib/i18n/'] },
	{ name: 'charts', rank: 3, prefixes: ['src/lib/charts/'] },
	{ name: 'export', rank: 4, prefixes: ['src/lib/export/'] },
	{ name: 'components', rank: 5, prefixes: ['src/lib/components/'] },
	{ name: 'routes', rank: 6, prefixes: ['src/routes/'] }
];

/** The layer of a file (path relative to the project root), or null outside the layers. */
export function layerOf(file: string): { name: string; rank: number } | null {
	for (const l of LAYERS) if (l.prefixes.some((p) => file.startsWith(p))) return l;
	return null;
}

const SOURCE = /\.(ts|js|svelte)$/;
const IMPORT =
	/(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Every source file under `dir`, relative to `root`, tests excluded (they may reach anywhere). */
export function sourceFiles(root: string, dir = 'src'): string[] {
	const out: string[] = [];
	const walk = (at: string) => {
		for (const name of readdirSync(path.join(root, at))) {
			const rel = `${at}/${name}`;
			if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
			else if (SOURCE.test(name) && !/\.test\.ts$|\/testing\.ts$/.test(name)) out.push(rel);
		}
	};
	walk(dir);
	return out.sort();
}

/** The module specifiers a source text imports. `importsOf("import { a } from './b';")` → `['./b']`. */
export function importsOf(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3])!);
	return out;
}

/**
 * The project file an import points to, or null for a package. `$lib/x` is `src/lib/x`; a path
 * without extension is tried as `.ts`, `.svelte.ts`, `/index.ts`.
 */
export function resolveImport(
	from: string,
	spec: string,
	exists: (f: string) => boolean
): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = `src/lib/${spec.slice(5)}`;
	else if (spec.startsWith('.'))
		base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
	else return null;
	for (const f of [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`]) if (exists(f)) return f;
	return null;
}

export type Graph = Map<string, string[]>;

/** The import graph of the project's source files. */
export function importGraph(root: string): Graph {
	const files = new Set(sourceFiles(root));
	const graph: Graph = new Map();
	for (const f of files) {
		const text = readFileSync(path.join(root, f), 'utf8');
		const targets = importsOf(text)
			.map((s) => resolveImport(f, s, (x) => files.has(x)))
			.filter((x): x is string => x !== null);
		graph.set(f, [...new Set(targets)]);
	}
	return graph;
}

/** Import cycles (strongly connected components of more than one file, or a self-import). */
export function cycles(graph: Graph): string[][] {
	let index = 0;
	const idx = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const out: string[][] = [];
	const strong = (v: string) => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		on.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!idx.has(w)) {
				strong(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
		}
		if (low.get(v) === idx.get(v)) {
			const comp: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				on.delete(w);
				comp.push(w);
			} while (w !== v);
			if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
		}
	};
	for (const v of graph.keys()) if (!idx.has(v)) strong(v);
	return out;
}

/**
 * Every import that breaks a rule, as a sentence naming both files.
 * `violations(new Map([['src/lib/domain/a.ts', ['src/lib/charts/b.ts']]]), () => '')` →
 * `['src/lib/domain/a.ts (domain) imports src/lib/charts/b.ts (charts): imports flow domain → … → routes']`.
 */
export function violations(graph: Graph, textOf: (file: string) => string): string[] {
	const out: string[] = [];
	for (const [from, targets] of graph) {
		const a = layerOf(from);
		// A TypeScript module whose opening comment says it is pure (Svelte files are components).
		const pure =
			from.endsWith('.ts') && /\bpure\b/i.test(/^\s*\/\*\*[^]*?\*\//.exec(textOf(from))?.[0] ?? '');
		for (const to of targets) {
			const b = layerOf(to);
			if (a && b && b.rank > a.rank) {
				out.push(
					`${from} (${a.name}) imports ${to} (${b.name}): imports flow ${LAYERS.map((l) => l.name).join(' → ')}`
				);
			}
			if (from.startsWith('src/lib/export/') && to.startsWith('src/lib/components/')) {
				out.push(`${from} imports ${to}: export never imports components`);
			}
			if (pure && /\.svelte\.ts$|\/store\//.test(to)) {
				out.push(`${from} says it is pure but imports ${to}, a store`);
			}
		}
	}
	for (const c of cycles(graph)) out.push(`import cycle: ${c.join(' → ')}`);
	return out;
}

/**
 * Imports that break a rule today, each with why it is not fixed yet. The check fails on any
 * other break, and on an entry here that no longer happens (so the list only shrinks).
 */
export const KNOWN: Readonly<Record<string, string>> = {
	'src/lib/export/report-registry.ts → src/lib/components/export/views/':
		'the registry maps report views to their components; it belongs in components/export/',
	'src/lib/kpi/fiche.ts → src/lib/charts/ranking/series.ts':
		"the region sheet ranks with the chart's rankFigures; ranking maths belongs in kpi/",
	'src/lib/kpi/view.ts → src/lib/charts/core/format.ts':
		'number formats live in charts/core (d3-format); kpi/view words a verdict with them',
	'src/lib/data/ingest/collect.ts → src/lib/i18n/importIssues.ts':
		'issues keep an English `message` for scripts; the CLI should render codes itself and `message` go',
	'src/lib/data/ingest/detect.ts → src/lib/i18n/importIssues.ts':
		'issues keep an English `message` for scripts; the CLI should render codes itself and `message` go'
};

/** The known exception a violation falls under, or null. */
export function knownAs(line: string): string | null {
	for (const key of Object.keys(KNOWN)) {
		const [from, to] = key.split(' → ') as [string, string];
		if (line.startsWith(`${from} `) && line.includes(` ${to}`)) return key;
	}
	return null;
}
