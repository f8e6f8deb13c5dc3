import { describe, expect, it } from 'vitest';
import { drawnSources, flagsLine, flagsPresent, sourceLine } from './sources';

const bundled = [
	{
		dataset: 'isoc_ec_esels',
		file: 'estat_isoc_ec_esels.csv',
		publisher: 'Eurostat',
		url: null,
		retrievedAt: '2026',
		lastUpdate: '2026-02-27T11:00:00',
		synthetic: false
	},
	{
		dataset: 'synth_esell_reg',
		file: 'synthetic_regions.csv',
		publisher: 'Observatoire PME numérique',
		url: null,
		retrievedAt: '2026-12-01',
		lastUpdate: null,
		synthetic: true
	}
];

describe('drawnSources and sourceLine', () => {
	it('lists exactly the drawn datasets, statistics first, each with its own dates', () => {
		const drawn = drawnSources(['synth_esell_reg', 'isoc_ec_esels'], bundled, []);
		expect(drawn.map((s) => s.dataset)).toEqual(['isoc_ec_esels', 'synth_esell_reg']);
		expect(sourceLine(drawn, 'en')).toBe(
			'Sources: Eurostat, table isoc_ec_esels (last update 2026-02-27; as published in 2026); Observatoire PME numérique, table synth_esell_reg (downloaded on 2026-12-01) — illustrative data.'
		);
		expect(sourceLine(drawnSources(['isoc_ec_esels'], bundled, []), 'en')).not.toContain('synth');
	});

	it('names the bundled table and every imported file that carry a drawn code', () => {
		// A fresh download of isoc_ec_esels imported beside the bundled one: before, the bundled
		// table (and its vintage) vanished from the line as soon as such a file was imported.
		const fresh = {
			dataset: 'isoc_ec_esels',
			file: 'isoc_ec_esels_2027.csv',
			importedAt: '2027-03-01T09:00:00Z',
			synthetic: false,
			report: { lastUpdate: '2027-02-20T11:00:00' }
		};
		const drawn = drawnSources(['isoc_ec_esels'], bundled, [fresh]);
		expect(drawn.map((s) => [s.file, s.imported])).toEqual([
			['estat_isoc_ec_esels.csv', false],
			['isoc_ec_esels_2027.csv', true]
		]);
		expect(sourceLine(drawn, 'en')).toContain('last update 2026-02-27');
		expect(sourceLine(drawn, 'en')).toContain('isoc_ec_esels_2027.csv');
		// An imported file with a code of its own is named alone.
		const own = { ...fresh, dataset: 'min_esell', file: 'ministere.csv' };
		expect(drawnSources(['min_esell'], bundled, [own]).map((s) => s.file)).toEqual([
			'ministere.csv'
		]);
	});

	it('keeps an unknown dataset under its own code rather than dropping it', () => {
		expect(drawnSources(['mystery'], bundled, [])[0]).toMatchObject({
			dataset: 'mystery',
			publisher: 'mystery'
		});
	});
});

describe('flagsPresent', () => {
	it('names every flag in view once, confidentiality included', () => {
		const flags = flagsPresent(['e', '', 'pC', 'e'], 'fr');
		expect(flags.map((f) => f.flag)).toEqual(['C', 'e', 'p']);
		expect(flagsLine(flags, 'fr')).toBe(
			'Indicateurs présents\u00a0: C (confidentiel), e (estimation), p (provisoire).'
		);
		expect(flagsLine([], 'en')).toBe('Flags in view: no flag.');
	});
});
