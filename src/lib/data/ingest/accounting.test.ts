/**
 * Every physical line is accounted for, on real-format files mutated the way files get broken:
 * a quote inserted, a line cut or duplicated, delimiters swapped, the encoding changed, blank
 * lines and line ends changed. For every file the importer reads:
 *   rows read = accepted + rejected + blank, and lines = header + rows read + joined lines,
 * lines being counted from the decoded text. A file refused as a whole says why, with a code.
 *
 * `npm test` runs 1,000 files; `npm run fuzz` runs more (`FUZZ_RUNS=200000 npm run fuzz`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './dialect';
import { ingestBytes, type IngestOptions } from './ingest';
import { countLines, MAX_SPAN } from './rows';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The delimited fixtures, as text (each is a real Eurostat or office format, see the README). */
const SOURCES = readdirSync(FIXTURES)
	.filter((name) => /\.(csv|tsv)$/.test(name))
	.map((name) => decodeBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES)))).text);

type Mutation = (text: string) => string;

/** A position in a text, from a number: `at(text, n)`. */
const at = (text: string, n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
const splitLines = (text: string) => text.split(/(?<=\r\n|\n|\r(?!\n))/);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	// A quote inserted anywhere (a stray opening quote, a closing one, a doubled one).
	fc.tuple(fc.nat(), fc.constantFrom('"', '""', '"x"y', ' "')).map(
		([n, q]) =>
			(t: string) =>
				t.slice(0, at(t, n)) + q + t.slice(at(t, n))
	),
	// A line cut short (a truncated download, an edited cell).
	fc.tuple(fc.nat(), fc.nat()).map(([n, m]) => (t: string) => {
		const lines = splitLines(t);
		if (lines.length === 0) return t;
		const i = n % lines.length;
		lines[i] = lines[i]!.slice(0, m % (lines[i]!.length + 1));
		return lines.join('');
	}),
	// The end of the file cut.
	fc.nat().map((n) => (t: string) => t.slice(0, at(t, n))),
	// A line duplicated.
	fc.nat().map((n) => (t: string) => {
		const lines = splitLines(t);
		if (lines.length === 0) return t;
		const i = n % lines.length;
		lines.splice(i, 0, lines[i]!.replace(/[\r\n]*$/, '\n'));
		return lines.join('');
	}),
	// Delimiters swapped, in one line or everywhere.
	fc
		.tuple(
			fc.constantFrom(',', ';', '\t'),
			fc.constantFrom(',', ';', '\t', '|'),
			fc.boolean(),
			fc.nat()
		)
		.map(([from, to, everywhere, n]) => (t: string) => {
			if (everywhere) return t.split(from).join(to);
			const lines = splitLines(t);
			if (lines.length === 0) return t;
			const i = n % lines.length;
			lines[i] = lines[i]!.split(from).join(to);
			return lines.join('');
		}),
	// Blank lines, lines of separators only, other line ends.
	fc
		.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', ';;;;\r\n', '\t\t\n', '\r', ' \n'))
		.map(([n, insert]) => (t: string) => {
			const lines = splitLines(t);
			lines.splice(lines.length === 0 ? 0 : n % (lines.length + 1), 0, insert);
			return lines.join('');
		}),
	fc.constantFrom<Mutation>(
		(t) => t.replace(/\r\n/g, '\n'),
		(t) => t.replace(/\r?\n/g, '\r\n'),
		(t) => t.replace(/\r?\n/g, '\r'),
		(t) => `sep=;\r\n${t}`
	)
);

/** How the text becomes bytes: the encodings spreadsheets and tools write. */
const encodings = fc.constantFrom(
	'utf-8',
	'utf-8-bom',
	'latin1',
	'utf-16le',
	'utf-16le-bom',
	'utf-16be-bom'
);

function encode(text: string, encoding: string): Uint8Array {
	switch (encoding) {
		case 'utf-8-bom':
			return new TextEncoder().encode(`\uFEFF${text}`);
		case 'latin1':
			return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
		case 'utf-16le':
		case 'utf-16le-bom':
		case 'utf-16be-bom': {
			const body = encoding === 'utf-16le' ? text : `\uFEFF${text}`;
			const bytes = new Uint8Array(body.length * 2);
			const big = encoding === 'utf-16be-bom';
			for (let i = 0; i < body.length; i++) {
				const c = body.charCodeAt(i);
				bytes[2 * i + (big ? 1 : 0)] = c & 0xff;
				bytes[2 * i + (big ? 0 : 1)] = c >> 8;
			}
			return bytes;
		}
		default:
			return new TextEncoder().encode(text);
	}
}

const modes: IngestOptions[] = [
	{},
	{ dialect: 'auto' },
	{ dialect: { delimiter: ';', decimal: ',' } }
];

describe('every physical line of a mutated real-format file is accounted for', () => {
	it(
		`holds on ${RUNS} files`,
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.nat(SOURCES.length - 1),
					fc.array(mutation, { minLength: 1, maxLength: 4 }),
					encodings,
					fc.constantFrom(...modes),
					async (source, mutations, encoding, options) => {
						const text = mutations.reduce((t, m) => m(t), SOURCES[source]!);
						const bytes = encode(text, encoding);
						const { report } = await ingestBytes('mutated.csv', bytes, options);
						expect(report.rowsRead).toBe(
							report.rowsAccepted + report.rowsRejected + report.blankRows
						);
						if (report.fatal !== null) {
							// Refused as a whole, with a reason that has a code; nothing counted as read.
							expect(report.rowsRead).toBe(0);
							expect(report.issues.find((i) => i.fatal)?.code).toBeTypeOf('string');
							expect(report.fatal).not.toContain('internal error');
							return;
						}
						const decoded = decodeBytes(bytes);
						expect(report.lines).toBe(countLines(decoded.text.replace(/^\uFEFF/, '')));
						expect(report.lines).toBe(report.headerLines + report.rowsRead + report.joinedLines);
						// A quoted field never swallows more than a label's worth of lines per row.
						expect(report.joinedLines).toBeLessThanOrEqual(
							(MAX_SPAN - 1) * (report.rowsRead - report.blankRows + 1)
						);
						// Every rejected row is said, at a line of the file.
						const errors = report.issues.filter((i) => i.severity === 'error' && i.line > 0);
						if (report.rowsRejected > 0 && errors.length < 200) {
							expect(errors.length).toBeGreaterThanOrEqual(Math.min(report.rowsRejected, 1));
						}
						for (const i of errors) expect(i.line).toBeLessThanOrEqual(report.lines);
					}
				),
				{ numRuns: RUNS }
			);
		},
		30_000 + RUNS * 50
	);
});
