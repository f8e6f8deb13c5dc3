import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/data/ingest/ingest';
import type { Observation } from '../../src/lib/domain/observation';
import { cellKey, changesMarkdown, diffVintages } from './data-changes';

const obs = (geo: string, period: string, value: number | null, flags = ''): Observation => ({
	dataset: 't',
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K',
	geo,
	period,
	value,
	flags,
	confStatus: null
});

describe('what a refresh changed', () => {
	it('lists revised values and flags, and counts new and vanished cells', () => {
		const before = [obs('MT', '2024', 32.03), obs('FR', '2024', null, 'u'), obs('DE', '2013', 1)];
		const after = [obs('MT', '2024', 31.92), obs('FR', '2024', 14.1), obs('FR', '2025', 16.04)];
		const changes = diffVintages('t', before, after);
		expect(changes.added).toBe(1);
		expect(changes.removed).toBe(1);
		expect(changes.revisions.map((r) => [r.geo, r.before, r.after])).toEqual([
			['FR', { value: null, flags: 'u' }, { value: 14.1, flags: '' }],
			['MT', { value: 32.03, flags: '' }, { value: 31.92, flags: '' }]
		]);
		const md = changesMarkdown([changes]);
		expect(md).toContain('2 revised cells, 1 new cells, 1 cells no longer published.');
		expect(md).toContain('| E_ESELL · PC_ENT · GE10 · C10-S951_X_K | MT | 2024 | 32.03 | 31.92 |');
		expect(md).toContain('| FR | 2024 | : u | 14.1 |');
	});

	it('keeps apart cells that differ only in a dimension the model has no field for', () => {
		const a = { ...obs('FR', '2023', 1), extra: { hhtyp: 'A1' } };
		const b = { ...obs('FR', '2023', 2), extra: { hhtyp: 'A1_DCH' } };
		expect(cellKey(a)).not.toBe(cellKey(b));
		expect(diffVintages('t', [a], [b])).toMatchObject({ revisions: [], added: 1, removed: 1 });
	});

	it('finds the one revision between the two bundled vintages of the 10+ series', async () => {
		const read = async (file: string) =>
			(await ingestBytes(file, new Uint8Array(readFileSync(`data/${file}`)))).observations;
		const tin = await read('estat_tin00111.tsv');
		const esels = (await read('estat_isoc_ec_esels.csv')).filter((o) => o.sizeClass === 'GE10');
		const common = new Set(tin.map(cellKey));
		const changes = diffVintages(
			'GE10',
			tin,
			esels.filter((o) => common.has(cellKey(o)))
		);
		expect(changes.revisions.map((r) => [r.geo, r.period, r.before.value, r.after.value])).toEqual([
			['MT', '2024', 32.03, 31.92]
		]);
	});
});
