/**
 * Every CSV the project writes, re-read with both separators: a spreadsheet may cut a French
 * `;` file at `,` or an English `,` file at `;` (and the rejected-rows file in either), so no cell
 * it can make of our text may start a formula, and every number must come back as that number
 * when the file is read as it was meant.
 */
import { describe, expect, it } from 'vitest';
import type { Column, TableRow } from './views/table-rows';
import type { Locale } from '../domain/codes';
import { ingestText } from '../data/ingest/ingest';
import { rejectedRowsCsv } from './rejected';
import { tTargets } from '../i18n/targets';
import { loadTargetPageData } from '../kpi/page-data.server';
import { trackTarget } from '../kpi/track';
import { BOM, toCsv, type CsvColumn } from './csv';
import { trendColumns, trendRows } from './views/home';
import { tableCsv } from './views/table';
import { targetUnitsContext, trackerCsv, unitsCsv } from './views/targets';

/** RFC 4180 reading with `sep`, as a spreadsheet that honours double quotes does. */
function parseQuoted(text: string, sep: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = text.startsWith(BOM) ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === sep) {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	return rows;
}

/** Cut at every `sep` and line break, quotes ignored: the clumsiest reader there is. */
function parseNaive(text: string, sep: string): string[] {
	return text
		.replace(BOM, '')
		.split(/\r\n|\r|\n/)
		.flatMap((line) => line.split(sep));
}

const PLAIN_NUMBER = /^\s*-?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?\s*$/;
/** A cell a spreadsheet would run: `=`, `+`, `-`, `@` (after spaces or quotes), tab or CR first. */
function live(cell: string): boolean {
	return (
		(/^[\s"]*[=+\-@]|^[\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell.replaceAll('"', ''))) || false
	);
}

function liveCells(text: string): string[] {
	return [',', ';'].flatMap((sep) => [
		...parseQuoted(text, sep)
			.flat()
			.filter(live)
			.map((c) => `${sep} quoted: ${JSON.stringify(c)}`),
		...parseNaive(text, sep)
			.filter(live)
			.map((c) => `${sep} naive: ${JSON.stringify(c)}`)
	]);
}

/** A cell as it was before defusing: the apostrophes we put before a formula start removed. */
const undo = (cell: string) => cell.replace(/(^|[,;])'(?=[\s"]*[=+\-@]|[\t\r\n])/g, '$1');

/** Reads the file back in its own dialect and checks every row and number against the rows. */
function expectRoundTrip(
	text: string,
	rows: readonly Record<string, unknown>[],
	columns: readonly CsvColumn[],
	locale: Locale
) {
	const sep = locale === 'fr' ? ';' : ',';
	const read = parseQuoted(text, sep);
	expect(read).toHaveLength(rows.length + 1);
	expect(read[0]!.map(undo)).toEqual(columns.map((c) => c[locale]));
	rows.forEach((row, r) => {
		columns.forEach((c, j) => {
			const value = row[c.key];
			const got = read[r + 1]![j]!;
			if (typeof value === 'number' && Number.isFinite(value)) {
				expect(Number(locale === 'fr' ? got.replace(',', '.') : got)).toBe(value);
			} else if (value === null || value === undefined) expect(got).toBe('');
			else expect(undo(got)).toBe(String(value));
		});
	});
}

const HOSTILE = [
	'=HYPERLINK("http://x","y")',
	'Zone;=1+2',
	'Zone,=1+2',
	'Zone; @SUM(A1)',
	"a,-2+3+cmd|' /C calc'!A0",
	'+33 1 23',
	'\tTAB',
	'\rCR',
	'say "hi";=cmd',
	'-x'
];

// The bundled data, as the /objectifs/ pages and the home page compute it at build time.
const data = await loadTargetPageData();
const synthetic = new Set(data.syntheticDatasets);
const tracked = trackTarget(
	data.targets[0]!,
	data.observations,
	(d) => synthetic.has(d),
	(u) => u.key
);

const context = (
	scope: 'regions' | 'sectors',
	units: typeof tracked.regions,
	locale: 'fr' | 'en'
) => targetUnitsContext(data.targets[0]!, scope, tracked, units, data.sources, [], locale);

describe.each(['fr', 'en'] as const)('every export in %s, re-read with , and ;', (locale) => {
	const m = tTargets(locale);
	const exports: [string, { columns: CsvColumn[]; rows: Record<string, unknown>[] }][] = [
		[
			'units (regions)',
			unitsCsv(tracked.regions, m, 'Région', locale, context('regions', tracked.regions, locale))
		],
		[
			'units (sectors)',
			unitsCsv(tracked.sectors, m, 'Secteur', locale, context('sectors', tracked.sectors, locale))
		],
		[
			'tracker',
			trackerCsv(
				tracked.national!,
				tracked.units.reference,
				data.targets[0]!.referenceGeo,
				m,
				'France',
				locale
			)
		],
		[
			'home trend',
			{
				columns: trendColumns(),
				rows: trendRows(
					data.observations
						.filter((o) => o.geo === 'FR' || o.geo === 'EU27_2020')
						.map((o) => ({ ...o })),
					locale
				)
			}
		],
		[
			'table with hostile labels',
			(() => {
				const columns: Column[] = [
					{ id: 'country', label: '=Pays' },
					{ id: 'value', label: 'Valeur; 2023', numeric: true }
				];
				const rows: TableRow[] = HOSTILE.map((label, i) => ({
					key: label,
					cells: {
						country: { text: label, sort: label },
						value: { text: '', sort: i % 2 ? -4.39 - i : 13.43 + i, flags: i % 3 ? 'b' : '' }
					}
				}));
				return tableCsv(columns, rows, locale);
			})()
		]
	];

	it.each(exports)('%s', (_name, { columns, rows }) => {
		expect(rows.length).toBeGreaterThan(0);
		const text = toCsv(rows, columns, { locale });
		expect(liveCells(text)).toEqual([]);
		expectRoundTrip(text, rows, columns, locale);
	});

	it('keeps negative numbers numbers, typed or as text', () => {
		const text = toCsv(
			[{ a: -4.39, b: '-4.39', c: '-2' }],
			[
				{ key: 'a', fr: 'a', en: 'a' },
				{ key: 'b', fr: 'b', en: 'b' },
				{ key: 'c', fr: 'c', en: 'c' }
			],
			{ locale }
		);
		expect(parseQuoted(text, locale === 'fr' ? ';' : ',')[1]).toEqual([
			locale === 'fr' ? '-4,39' : '-4.39',
			'-4.39',
			'-2'
		]);
	});
});

describe.each(['fr', 'en'] as const)('the rejected-rows file in %s', (locale) => {
	it('defuses every hostile field whichever separator is applied', () => {
		const text =
			'geo;TIME_PERIOD;OBS_VALUE\n' +
			HOSTILE.map(
				(h) => `"${h.replaceAll('"', '""')}";2023;${h.includes('"') ? 'x' : `"${h}"`}`
			).join('\n') +
			'\nFR;2023;-3,5\n';
		const { report } = ingestText('r.csv', text, { dialect: 'auto' });
		const csv = rejectedRowsCsv([report], locale);
		expect(report.rowsRejected).toBeGreaterThanOrEqual(HOSTILE.length - 1);
		expect(liveCells(csv)).toEqual([]);
		const read = parseQuoted(csv, locale === 'fr' ? ';' : ',');
		expect(read[0]!.slice(0, 5)).toEqual(
			locale === 'fr'
				? ['fichier', 'ligne', 'colonne', 'nom_colonne', 'motif']
				: ['file', 'line', 'column', 'column_name', 'reason']
		);
		expect(read.slice(1).every((r) => r[0] === 'r.csv')).toBe(true);
	});
});
