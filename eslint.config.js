import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The two "only" imports of CONVENTIONS.md: PapaParse lives in src/lib/data/ingest/dialect.ts
 * (every CSV parse goes through it) and DuckDB-WASM in src/lib/data/duckdb, so that swapping
 * either stays a one-file (one-folder) job. Scripts and tests reach them through those modules.
 */
const onlyHere = (message) => ({
	'no-restricted-imports': [
		'error',
		{
			patterns: [
				{
					group: ['papaparse', 'papaparse/*'],
					message: 'Only src/lib/data/ingest/dialect.ts imports PapaParse.'
				},
				{ group: ['@duckdb/*'], message: 'Only src/lib/data/duckdb imports DuckDB.' }
			].filter((p) => !message.includes(p.group[0]))
		}
	]
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts', 'tests/**/*.ts'],
		rules: onlyHere('')
	},
	{ files: ['src/lib/data/ingest/dialect.ts'], rules: onlyHere('papaparse') },
	{ files: ['src/lib/data/duckdb/**'], rules: onlyHere('@duckdb/*') },
	{
		files: ['src/lib/kpi/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['d3*', 'svelte', 'svelte/*', '@duckdb/*'],
							message: 'kpi/ is plain maths: no d3, svelte or duckdb.'
						}
					]
				}
			]
		}
	},
	{
		// ICU's collator costs 10 ms (40 at CPU ×4) on the page's thread the first time a page
		// uses it: codes and names are ordered by src/lib/domain/text.ts instead (issue #18).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='localeCompare']",
					message: 'Order with compareCodes or compareLabels (src/lib/domain/text.ts).'
				},
				{
					selector: "MemberExpression[object.name='Intl'][property.name='Collator']",
					message: 'Order with compareCodes or compareLabels (src/lib/domain/text.ts).'
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
