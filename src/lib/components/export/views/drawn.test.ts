import { describe, expect, it } from 'vitest';
import { reportAppendix, type AppendixItem, type AppendixRow } from './drawn';

const row = (dataset: string): AppendixRow => ({
	dataset,
	file: `${dataset}.tsv`,
	title: { fr: dataset, en: dataset },
	publisher: 'Eurostat',
	url: null,
	retrievedAt: '2026-11-20',
	lastUpdate: null,
	sha256: null,
	synthetic: dataset.startsWith('synth_')
});
const item = (over: Partial<AppendixItem>): AppendixItem => ({
	datasets: ['isoc_ec_esels'],
	dataId: 'home',
	view: null,
	region: null,
	choices: '',
	asked: null,
	...over
});
const bundled = [row('isoc_ec_esels'), row('synth_esell_reg'), row('tin00111')];

describe('reportAppendix', () => {
	it('lists the registered datasets of views that are not target views', () => {
		const rows = reportAppendix([item({})], bundled, undefined);
		expect(rows?.map((r) => r.dataset)).toEqual(['isoc_ec_esels']);
	});

	it('is not drawn up while a target view’s data is missing (its registry could name sets it does not draw)', () => {
		const target = item({
			dataId: 'targets',
			view: 'regions',
			datasets: ['isoc_ec_esels', 'synth_esell_reg']
		});
		expect(reportAppendix([item({}), target], bundled, undefined)).toBeNull();
	});
});
