import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, importsOf, knownAs, resolveImport, violations } from './layers';

describe('the layer rules on small graphs', () => {
	const g = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

	it('reads every form of import the code base writes', () => {
		expect(
			importsOf(
				"import a from './a';\nimport { b, type C } from '$lib/b';\nexport * from '../c';\nimport './d.css';\nconst e = await import('./e');"
			)
		).toEqual(['./a', '$lib/b', '../c', './d.css', './e']);
	});

	it('resolves relative and $lib imports to files, packages to nothing', () => {
		const files = new Set(['src/lib/charts/core/format.ts', 'src/lib/data/imported.svelte.ts']);
		const has = (f: string) => files.has(f);
		expect(resolveImport('src/lib/charts/trend/layout.ts', '../core/format', has)).toBe(
			'src/lib/charts/core/format.ts'
		);
		expect(resolveImport('src/routes/x.svelte', '$lib/data/imported.svelte', has)).toBe(
			'src/lib/data/imported.svelte.ts'
		);
		expect(resolveImport('src/lib/a.ts', 'd3', has)).toBeNull();
	});

	it('flags an import that flows upwards, export importing a component, and a cycle', () => {
		const broken = violations(
			g({
				'src/lib/domain/a.ts': ['src/lib/charts/b.ts'],
				'src/lib/charts/b.ts': ['src/lib/domain/a.ts'],
				'src/lib/export/c.ts': ['src/lib/components/D.svelte'],
				'src/lib/kpi/ok.ts': ['src/lib/domain/a.ts']
			}),
			() => ''
		);
		expect(broken).toEqual([
			expect.stringMatching(/^src\/lib\/domain\/a\.ts \(domain\) imports src\/lib\/charts\/b\.ts/),
			expect.stringMatching(/^src\/lib\/export\/c\.ts \(export\) imports .*components/),
			'src/lib/export/c.ts imports src/lib/components/D.svelte: export never imports components',
			'import cycle: src/lib/charts/b.ts → src/lib/domain/a.ts'
		]);
	});

	it('flags a module that calls itself pure and imports a store', () => {
		const text = '/**\n * Pure maths on plain numbers.\n */\nimport { imported } from "x";';
		expect(
			violations(g({ 'src/lib/kpi/p.ts': ['src/lib/data/imported.svelte.ts'] }), () => text)
		).toEqual([
			'src/lib/kpi/p.ts says it is pure but imports src/lib/data/imported.svelte.ts, a store'
		]);
		expect(cycles(g({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
	});
});

describe('the project itself', () => {
	it('keeps its layers, but for the known exceptions', () => {
		const root = path.resolve('.');
		const graph = importGraph(root);
		const all = violations(graph, (f) => readFileSync(path.join(root, f), 'utf8'));
		expect(graph.size).toBeGreaterThan(100);
		expect(all.filter((line) => knownAs(line) === null)).toEqual([]);
	});
});
