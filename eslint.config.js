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
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
