import { describe, expect, it } from 'vitest';
import { annexText, datesLine, drawnSources, flagsLine, flagsPresent, sourceLine } from './sources';

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
		// What the importer reads from the generated file: a date, not an edition of a table.
		lastUpdate: '2026-12-01',
		synthetic: true
	}
];

describe('drawnSources and sourceLine', () => {
	it('lists exactly the drawn datasets, statistics first, each with its own dates', () => {
		const drawn = drawnSources(['synth_esell_reg', 'isoc_ec_esels'], bundled, []);
		expect(drawn.map((s) => s.dataset)).toEqual(['isoc_ec_esels', 'synth_esell_reg']);
		expect(sourceLine(drawn, 'en')).toBe(
			'Sources: Eurostat, table isoc_ec_esels (last update 2026-02-27; as published in 2026); Observatoire PME numérique, table synth_esell_reg (generated on 2026-12-01) — illustrative data.'
		);
		expect(sourceLine(drawnSources(['isoc_ec_esels'], bundled, []), 'en')).not.toContain('synth');
		expect(sourceLine(drawn, 'fr')).toContain('tableau synth_esell_reg (généré le 2026-12-01)');
	});

	it('leaves the dates to a line of their own for an export, each table with its own', () => {
		const drawn = drawnSources(['synth_esell_reg', 'isoc_ec_esels'], bundled, []);
		expect(sourceLine(drawn, 'en', 'Target: CNNum.', { dated: false })).toBe(
			'Sources: Eurostat, table isoc_ec_esels; Observatoire PME numérique, table synth_esell_reg — illustrative data. Target: CNNum.'
		);
		expect(datesLine(drawn, 'fr')).toBe(
			'isoc_ec_esels (mise à jour 2026-02-27\u202f; version publiée en 2026)\u202f; synth_esell_reg (généré le 2026-12-01)'
		);
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
			'Indicateurs de statut présents\u00a0: C (confidentiel), e (estimation), p (provisoire).'
		);
		expect(flagsLine([], 'en')).toBe('Flags in view: no flag.');
		// Said as status flags: "aucun indicateur" read as "no indicator" on a page about E_ESELL.
		expect(flagsLine([], 'fr')).toBe('Indicateurs de statut présents\u00a0: aucun.');
	});
});

describe('annexText: the words of a report annex row', () => {
	const esels = {
		...bundled[0]!,
		title: {
			fr: 'Ventes électroniques des entreprises par classe de taille',
			en: 'E-commerce sales of enterprises by size class'
		}
	};
	const regions = {
		...bundled[1]!,
		title: {
			fr: 'Entreprises ayant réalisé des ventes électroniques, par région (données illustratives)',
			en: 'Enterprises with e-sales, by French region (illustrative data)'
		}
	};

	it('dates a statistics table by its download and Eurostat’s update', () => {
		expect(annexText(esels, 'fr')).toEqual({
			name: 'isoc_ec_esels — Ventes électroniques des entreprises par classe de taille',
			mark: null,
			vintage: 'version publiée en 2026, mise à jour Eurostat 2026-02-27'
		});
		expect(annexText(esels, 'en').vintage).toBe('as published in 2026, Eurostat update 2026-02-27');
	});

	// It said « téléchargé le 2026-12-01, mise à jour Eurostat 2026-12-01 » of generated data.
	it('dates generated data by the day it was generated, never as an Eurostat update', () => {
		const fr = annexText(regions, 'fr');
		const en = annexText(regions, 'en');
		expect(fr.vintage).toBe('généré le 2026-12-01');
		expect(en.vintage).toBe('generated on 2026-12-01');
		for (const words of [fr, en]) {
			expect(words.vintage).not.toMatch(/Eurostat|téléchargé|downloaded|mise à jour|update/);
			// The title already says so: the mark is not printed twice.
			expect(words.mark).toBeNull();
		}
		const untitled = { ...regions, title: { fr: 'Régions', en: 'Regions' } };
		expect(annexText(untitled, 'fr').mark).toBe('données illustratives');
		expect(annexText(untitled, 'en').mark).toBe('illustrative data');
	});

	it('dates an imported file by its import', () => {
		const mine = { ...esels, imported: true, retrievedAt: '2027-03-01' };
		expect(annexText(mine, 'fr').vintage).toBe(
			'importé le 2027-03-01, mise à jour Eurostat 2026-02-27'
		);
		expect(annexText({ ...mine, synthetic: true }, 'en').vintage).toBe('imported 2027-03-01');
	});
});
