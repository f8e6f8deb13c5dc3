import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TileGrid from '../../charts/tilegrid/TileGrid.svelte';
import { regionTiles } from '../../charts/tilegrid/series';
import { standaloneSvg } from '../svg';
import { xmlProblems } from '../xmlcheck';
import { tTargets } from '../../i18n/targets';
import { trackSectors } from '../../kpi/sectors';
import { trackTarget } from '../../kpi/track';
import { trackedTarget } from '../../kpi/tracked';
import { loadTargetPageData } from '../../kpi/page-data.server';
import { toCsv } from '../csv';
import {
	drawnDatasets,
	realSectorsCsv,
	targetSourceLine,
	targetUnitsContext,
	targetViewFlags,
	tilesPicture,
	trackerCsv,
	trackerFlags,
	unitsCsv
} from './targets';
import { flagsLine, flagsPresent } from './sources';
import { tReference } from '../../i18n/reference';
import { observation, TEST_TARGET } from '../../kpi/testing';

// On the bundled data, as the /objectifs/ pages compute it at build time.
const data = await loadTargetPageData();
const cnnum = data.targets[0]!;
const synthetic = new Set(data.syntheticDatasets);
const tracked = trackTarget(
	cnnum,
	data.observations,
	(d) => synthetic.has(d),
	(u) => u.key
);

describe('trackerCsv', () => {
	it('writes France, the EU average and the required path by survey year, as numbers', () => {
		const { columns, rows } = trackerCsv(
			tracked.national!,
			tracked.units.reference,
			cnnum.referenceGeo,
			tTargets('en'),
			'France',
			'en'
		);
		expect(columns.map((c) => c.en)).toEqual([
			'Survey year',
			'France',
			'France — flags',
			'EU-27 average',
			'EU-27 average — flags',
			'Required path',
			'Projection at the current pace (not a forecast)'
		]);
		// SMEs (10–249) from isoc_ec_esels, the CNNum target's population.
		expect(rows.find((r) => r.period === '2016')).toMatchObject({
			actual: 15.92,
			reference: 17.03,
			required: 15.92
		});
		expect(rows.find((r) => r.period === '2019')).toMatchObject({
			actual: 15.22,
			reference: 16.58,
			required: 16.58
		});
		// The 2022 break in series travels with the value, as its flag.
		expect(rows.find((r) => r.period === '2022')).toMatchObject({
			actual: 12.57,
			actualFlags: 'b'
		});
		expect(rows.find((r) => r.period === '2024')).toMatchObject({ actual: 13.89, actualFlags: '' });
		expect(rows.map((r) => r.period)).toEqual([...rows.map((r) => r.period)].sort());
	});

	// The column was headed "EU-27 average" whatever the target's reference: a target judged
	// against EU28 (data/targets.json, `referenceGeo`) had its EU28 values under that name.
	it('names the reference the target is judged against, with its values, as the chart does', () => {
		const eu28 = { ...TEST_TARGET, referenceGeo: 'EU28' };
		// Both EUs are in the file (as in isoc_ec_esels): the column holds EU28's, and says so.
		const rows = ['2016', '2019'].flatMap((period, i) => [
			observation({ geo: 'FR', period, value: 15 + i }),
			observation({ geo: 'EU28', period, value: 17.24 + i }),
			observation({ geo: 'EU27_2020', period, value: 17.03 - i })
		]);
		const against = trackTarget(
			eu28,
			rows,
			() => false,
			(u) => u.key
		);
		const csvIn = (locale: 'fr' | 'en') =>
			trackerCsv(
				against.national!,
				against.units.reference,
				eu28.referenceGeo,
				tTargets(locale),
				'France',
				locale
			);
		const fr = csvIn('fr');
		expect(fr.columns.filter((c) => c.key.startsWith('reference')).map((c) => c.fr)).toEqual([
			'Moyenne UE à 28 (EU28, tel que publié)',
			'Moyenne UE à 28 (EU28, tel que publié) — indicateurs de statut'
		]);
		expect(fr.rows.find((r) => r.period === '2016')).toMatchObject({ reference: 17.24 });
		expect(fr.rows.find((r) => r.period === '2019')).toMatchObject({ reference: 18.24 });
		const en = csvIn('en');
		expect(en.columns.find((c) => c.key === 'reference')!.en).toBe(
			'Average of the EU of 28 (EU28, as published)'
		);
		const header = toCsv(en.rows, en.columns, { locale: 'en' }).split('\r\n')[0]!;
		expect(header).not.toContain('EU-27');
		// The chart's legend says the same words (UnitTracker reads `tReference(locale).average`).
		expect(tReference('fr').average('EU28')).toBe(fr.columns[3]!.fr);
		expect(
			trackerCsv(
				tracked.national!,
				tracked.units.reference,
				'EU27_2019',
				tTargets('fr'),
				'France',
				'fr'
			).columns[3]!.fr
		).toBe('Moyenne UE à 27 de 2019 (EU27_2019, tel que publié)');
	});

	it('under a frozen rule, still holds and names each year’s average: the frozen value is the required path’s end', () => {
		const frozen = data.targets.find((t) => t.rule === 'eu-average-frozen-at-baseline')!;
		const followed = trackTarget(
			frozen,
			data.observations,
			(d) => synthetic.has(d),
			(u) => u.key
		);
		const { columns, rows } = trackerCsv(
			followed.national!,
			followed.units.reference,
			frozen.referenceGeo,
			tTargets('fr'),
			'France',
			'fr'
		);
		expect(columns[3]!.fr).toBe('Moyenne UE à 27');
		// EU27_2020, SMEs: 20.13 in 2024 (the baseline, frozen as the target), 19.59 in 2025.
		expect(rows.find((r) => r.period === '2025')).toMatchObject({ reference: 19.59 });
		expect(rows.find((r) => r.period === frozen.deadline)).toMatchObject({ required: 20.13 });
	});
});

describe('unitsCsv', () => {
	const ctx = (units: typeof tracked.regions, scope: 'regions' | 'sectors' = 'regions') =>
		targetUnitsContext(cnnum, scope, tracked, units, data.sources, [], 'fr');

	it('lists every region once, worst gap first, with values, flags, unit, data kind and source', () => {
		const { columns, rows } = unitsCsv(
			tracked.regions,
			tTargets('fr'),
			'Région',
			'fr',
			ctx(tracked.regions)
		);
		expect(rows).toHaveLength(18);
		expect(new Set(rows.map((r) => r.code)).size).toBe(18);
		const gaps = rows.map((r) => r.gapNow as number);
		expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
		expect(rows.every((r) => r.data === 'données illustratives')).toBe(true);
		expect(
			rows.every((r) => r.measure === "ILLUS_PC (Pourcentage d'entreprises (illustratif))")
		).toBe(true);
		expect(rows.every((r) => String(r.source).includes('synth_esell_reg'))).toBe(true);
		expect(rows.every((r) => typeof r.status === 'string' && r.status !== '')).toBe(true);
		// The status is the verdict on the gap; the SDG class, on the value, is a column of its own.
		const guyane = rows.find((r) => r.code === 'guyane')!;
		expect([guyane.status, guyane.sdgClass]).toEqual([
			'l’écart se réduit, trop lentement',
			's’éloigne de l’objectif'
		]);
		const header = toCsv(rows, columns, { locale: 'fr' }).split('\r\n')[0]!;
		for (const col of [
			'Statut',
			'Classe ODD (mesure secondaire)',
			'Région — départ — indicateurs de statut',
			'Unité',
			'Source',
			'remplace les données illustratives'
		])
			expect(header).toContain(col);
	});

	it('writes France’s share of the gap closed in percent, its values and the EU’s at start and now', () => {
		const { rows } = unitsCsv([tracked.national!], tTargets('en'), 'Unit', 'en', ctx([]));
		// The gap went from −1.11 to −1.36 pts: −22.5 % of it closed (it widened).
		expect(rows[0]!.shareClosed as number).toBeCloseTo(-22.5, 1);
		expect(rows[0]).toMatchObject({
			code: 'FR',
			start: '2016',
			now: '2019',
			valueStart: 15.92,
			refStart: 17.03,
			valueNow: 15.22,
			refNow: 16.58,
			data: 'real',
			replaces: ''
		});
	});

	it('keeps a qualifier such as "at least" in its own column, the number a number', () => {
		const behind = tracked.regions.find(
			(u) => u.assessment.yearsBehindAtLeast && u.assessment.yearsBehind !== null
		);
		const rows = unitsCsv(
			tracked.regions,
			tTargets('fr'),
			'Région',
			'fr',
			ctx(tracked.regions)
		).rows;
		for (const r of rows) {
			const u = tracked.regions.find((x) => x.key === r.code)!;
			expect(r.yearsBehindQualifier).toBe(
				u.assessment.yearsBehindAtLeast && u.assessment.yearsBehind !== null ? 'au moins' : ''
			);
		}
		if (behind) expect(typeof rows.find((r) => r.code === behind.key)!.yearsBehind).toBe('number');
	});
});

describe('unitsCsv reference columns', () => {
	// An imported sector table (E_ESELL, 10+) with France's retail trade and the same sector's EU
	// value: the sector is judged against that value, and its export named it "EU-27 average",
	// the name of the all-activities average it is never compared with.
	const sectorRows = (geo: string) => [
		observation({ geo: 'FR', period: '2016', value: 16 }),
		observation({ geo: 'FR', period: '2019', value: 18 }),
		observation({ geo, period: '2016', value: 17 }),
		observation({ geo, period: '2019', value: 19 }),
		observation({ geo: 'FR', nace: 'G47', period: '2016', value: 20, dataset: 'mine' }),
		observation({ geo: 'FR', nace: 'G47', period: '2019', value: 24, dataset: 'mine' }),
		observation({ geo, nace: 'G47', period: '2016', value: 25, dataset: 'mine', flags: 'e' }),
		observation({ geo, nace: 'G47', period: '2019', value: 27, dataset: 'mine' })
	];
	const csvOf = (geo: string, scope: 'regions' | 'sectors', locale: 'fr' | 'en') => {
		const target = { ...TEST_TARGET, referenceGeo: geo };
		const followed = trackTarget(
			target,
			sectorRows(geo),
			() => false,
			(u) => u.key
		);
		const units = scope === 'sectors' ? followed.sectors : [followed.national!];
		const m = tTargets(locale);
		return unitsCsv(
			units,
			m,
			m.scopeLabel[scope],
			locale,
			targetUnitsContext(target, scope, followed, units, data.sources, [], locale)
		);
	};
	const refHeaders = (csv: ReturnType<typeof csvOf>, locale: 'fr' | 'en') =>
		csv.columns.filter((c) => c.key.startsWith('ref')).map((c) => c[locale]);

	it('names a sector’s values the same sector in the target’s EU, with its values', () => {
		const fr = csvOf('EU27_2020', 'sectors', 'fr');
		expect(refHeaders(fr, 'fr')).toEqual([
			'Même secteur, UE à 27 (EU27_2020) — départ',
			'Même secteur, UE à 27 (EU27_2020) — départ — indicateurs de statut',
			'Même secteur, UE à 27 (EU27_2020) — dernier point',
			'Même secteur, UE à 27 (EU27_2020) — dernier point — indicateurs de statut'
		]);
		expect(fr.rows[0]).toMatchObject({
			code: 'G47',
			refStart: 25,
			refStartFlags: 'e',
			refNow: 27,
			gapStart: -5,
			gapNow: -3
		});
		const header = toCsv(fr.rows, fr.columns, { locale: 'fr' }).split('\r\n')[0]!;
		expect(header).not.toContain('Moyenne UE');
		expect(refHeaders(csvOf('EU27_2020', 'sectors', 'en'), 'en')[0]).toBe(
			'Same sector, EU of 27 (EU27_2020) — start'
		);
	});

	it('names the geo actually used: EU28 for a target judged against EU28', () => {
		expect(refHeaders(csvOf('EU28', 'sectors', 'fr'), 'fr')[2]).toBe(
			'Même secteur, UE à 28 (EU28, tel que publié) — dernier point'
		);
		expect(refHeaders(csvOf('EU28', 'regions', 'fr'), 'fr')[0]).toBe(
			'Moyenne UE à 28 (EU28, tel que publié) — départ'
		);
		expect(refHeaders(csvOf('EU27_2020', 'regions', 'en'), 'en')[0]).toBe('EU-27 average — start');
		expect(csvOf('EU28', 'regions', 'fr').rows[0]).toMatchObject({ refStart: 17, refNow: 19 });
	});

	it('leaves a sector without its own EU value empty, never filled with all activities', () => {
		const followed = trackTarget(
			TEST_TARGET,
			sectorRows('EU27_2020').filter((o) => !(o.geo === 'EU27_2020' && o.nace === 'G47')),
			() => false,
			(u) => u.key
		);
		// A sector unit without a reference of its own (not one `trackTarget` makes).
		const bare = followed.sectors.map((u) => ({ ...u, reference: undefined }));
		const { rows } = unitsCsv(
			bare,
			tTargets('fr'),
			'Secteur',
			'fr',
			targetUnitsContext(TEST_TARGET, 'sectors', followed, bare, data.sources, [], 'fr')
		);
		expect(rows[0]).toMatchObject({ code: 'G47', refStart: null, refNow: null });
	});
});

describe('realSectorsCsv', () => {
	// Trade (G) in data/estat_isoc_ec_eseln2_E_AESELL.tsv: EU28 29 (2016) and 33 (2019),
	// EU27_2019 28 and 31. The header must name the aggregate whose values the rows hold.
	const csvOf = (ref: 'EU28' | 'EU27_2019', locale: 'fr' | 'en') =>
		realSectorsCsv(
			trackSectors(cnnum, data.sectorObservations, ref, (c) => c),
			tTargets(locale),
			locale,
			data.sources,
			[]
		);
	const refHeaders = (csv: ReturnType<typeof csvOf>, locale: 'fr' | 'en') =>
		csv.columns.filter((c) => c.key.startsWith('ref')).map((c) => c[locale]);

	it('names EU28, the default reference, in the reference columns, in French and English', () => {
		const fr = csvOf('EU28', 'fr');
		expect(refHeaders(fr, 'fr')).toEqual([
			'Même secteur, UE à 28 (EU28, tel que publié) — départ',
			'Même secteur, UE à 28 (EU28, tel que publié) — départ — indicateurs de statut',
			'Même secteur, UE à 28 (EU28, tel que publié) — dernier point',
			'Même secteur, UE à 28 (EU28, tel que publié) — dernier point — indicateurs de statut'
		]);
		expect(fr.rows.find((r) => r.code === 'G')).toMatchObject({ refStart: 29, refNow: 33 });
		const en = csvOf('EU28', 'en');
		expect(refHeaders(en, 'en')[0]).toBe('Same sector, EU of 28 (EU28, as published) — start');
		const header = toCsv(en.rows, en.columns, { locale: 'en' }).split('\r\n')[0]!;
		expect(header).not.toContain('EU-27 average');
	});

	it('names EU27_2019 when the reader chooses it, with its values', () => {
		const fr = csvOf('EU27_2019', 'fr');
		expect(refHeaders(fr, 'fr')[0]).toBe(
			'Même secteur, UE à 27 de 2019 (EU27_2019, tel que publié) — départ'
		);
		expect(fr.rows.find((r) => r.code === 'G')).toMatchObject({ refStart: 28, refNow: 31 });
		const en = csvOf('EU27_2019', 'en');
		expect(refHeaders(en, 'en')[2]).toBe(
			'Same sector, EU of 27 of 2019 (EU27_2019, as published) — latest point'
		);
		const header = toCsv(fr.rows, fr.columns, { locale: 'fr' }).split('\r\n')[0]!;
		expect(header).not.toContain('Moyenne UE à 27');
	});
});

describe('targetSourceLine', () => {
	it('names exactly the datasets drawn: France’s tracker lists no illustrative set', () => {
		const line = targetSourceLine(
			cnnum,
			drawnDatasets([tracked.national!], tracked.units.referenceDatasets),
			data.sources,
			[],
			'fr'
		);
		expect(line).not.toContain('synth_');
		expect(line).not.toContain('illustrative');
		expect(line).toMatch(/^Sources?\u00a0: Eurostat, tableau /);
		expect(line).toContain('Objectif\u00a0: Rattrapage CNNum');
	});

	it('names an illustrative set as such, with its own date, beside the reference', () => {
		const line = targetSourceLine(
			cnnum,
			drawnDatasets(tracked.regions, tracked.units.referenceDatasets),
			data.sources,
			[],
			'en'
		);
		expect(line).toContain('synth_esell_reg (generated on 2026-12-01)');
		expect(line).toContain('Eurostat, table ');
		expect(line).not.toContain('synth_esell_nace');
	});

	it('names an imported file by its name and import date', () => {
		const line = targetSourceLine(
			cnnum,
			['regions_pme'],
			data.sources,
			[
				{
					dataset: 'regions_pme',
					file: 'pme.csv',
					importedAt: '2026-12-01T10:00:00Z',
					synthetic: false,
					report: { lastUpdate: null }
				}
			],
			'fr'
		);
		expect(line).toBe(
			'Source\u00a0: fichier importé « pme.csv », tableau regions_pme (importé le 2026-12-01). Objectif\u00a0: Rattrapage CNNum : la moyenne UE en deux ans.'
		);
	});
});

describe('trackerFlags', () => {
	it('gives every flag the national tracker draws, France’s and the reference’s, not only b', () => {
		const flags = trackerFlags(tracked.national!, tracked.units.reference);
		expect(flags).toHaveLength(
			tracked.national!.series.points.length + tracked.units.reference.length
		);
		// France 2022 is a break in series in the bundled SME series.
		expect(flagsPresent(flags, 'fr').map((f) => f.flag)).toContain('b');
		const unit = {
			series: {
				points: [
					{ period: '2016', value: 15, flags: 'b' },
					{ period: '2017', value: null, flags: 'u' },
					{ period: '2018', value: 15, flags: 'ep' }
				]
			}
		};
		const reference = [
			{ period: '2016', value: 17, flags: 'c' },
			{ period: '2017', value: null, flags: 'C' }
		];
		expect(flagsPresent(trackerFlags(unit, reference), 'en').map((f) => f.flag)).toEqual([
			'C',
			'b',
			'c',
			'e',
			'p',
			'u'
		]);
		expect(flagsLine(flagsPresent(trackerFlags(unit, reference), 'fr'), 'fr')).toMatch(
			/^Indicateurs de statut présents\u00a0: C \(.+\), b \(.+\), c \(.+\), e \(.+\), p \(.+\), u \(.+\)\.$/
		);
	});
});

describe('targetViewFlags', () => {
	// The embed and the report's view of France's tracker said "no flag" while drawing the 2022
	// break: they named only the flags at the start and the latest point up to the deadline.
	it('names every flag the national tracker draws, the 2022 break included', () => {
		const flags = targetViewFlags('national', tracked);
		expect(flags).toEqual(trackerFlags(tracked.national!, tracked.units.reference));
		expect(flagsLine(flagsPresent(flags, 'fr'), 'fr')).toContain(
			'Indicateurs de statut présents\u00a0: b (rupture de série)'
		);
		expect(flagsLine(flagsPresent(flags, 'en'), 'en')).toContain('b (break in time series)');
	});

	it('names a tile’s or a dot’s two values only, the unit’s and its reference’s', () => {
		const unit = (key: string, flags: string[]) => ({
			...tracked.national!,
			key,
			series: {
				...tracked.national!.series,
				points: ['2015', '2016', '2019'].map((period, i) => ({
					period,
					value: 1,
					flags: flags[i]!
				}))
			},
			assessment: {
				...tracked.national!.assessment,
				periods: { ...tracked.national!.assessment.periods, start: '2016', now: '2019' }
			}
		});
		const regions = [unit('FR1', ['u', 'e', '']), unit('FRB', ['', '', 'p'])];
		const flags = targetViewFlags('regions', { ...tracked, regions });
		expect(flagsPresent(flags, 'en').map((f) => f.flag)).toEqual(['e', 'p']);
		expect(flags).toHaveLength(2);
	});
});

describe('tilesPicture', () => {
	// Île-de-France 2019: FR1 18.78 − EU27_2020 16.58 = +2.20 pts (illustrative regional series).
	// The regions named as the page names them.
	const tiles = (locale: 'fr' | 'en') => {
		const named = trackedTarget(cnnum, data, locale);
		return regionTiles(named.regions, named.units.reference, locale);
	};

	it('dates the tiles’ gaps from their assessments: 2019, the status from 2016', () => {
		const fr = tilesPicture(tiles('fr'), 'fr');
		expect(tiles('fr').find((t) => t.key === 'ile-de-france')!.value).toBe('+2,20\u00a0pts');
		expect(fr.caption).toBe(
			'Chiffre de chaque tuile : écart à la moyenne UE en 2019, en points. Couleur : progrès vers l’objectif de 2016 à 2019.'
		);
		expect(tilesPicture(tiles('en'), 'en').caption).toBe(
			'Figure on each tile: gap to the EU average in 2019, in percentage points. Colour: progress towards the target from 2016 to 2019.'
		);
		// The year follows the target's window: a target ending in 2018 has its gaps of 2018.
		const earlier = trackTarget(
			{ ...cnnum, deadline: '2018' },
			data.observations,
			(d) => synthetic.has(d),
			(u) => u.key
		);
		expect(
			tilesPicture(regionTiles(earlier.regions, earlier.units.reference, 'fr'), 'fr').caption
		).toContain('écart à la moyenne UE en 2018');
	});

	it('gives every status drawn its colour and every abbreviation its region', () => {
		const fr = tilesPicture(tiles('fr'), 'fr');
		const statuses = new Set(tiles('fr').map((t) => t.status));
		expect(fr.legend).toHaveLength(statuses.size);
		expect(fr.legend.every((e) => /^#[0-9a-f]{6}$/i.test(e.fill))).toBe(true);
		expect(fr.key).toHaveLength(18);
		expect(fr.key).toContainEqual({ abbr: 'HDF', name: 'Hauts-de-France' });
		expect(fr.key).toContainEqual({ abbr: 'MAY', name: 'Mayotte' });
	});

	it('puts the year, the colour legend and the key in the exported SVG of the grid', () => {
		for (const locale of ['fr', 'en'] as const) {
			const m = tTargets(locale);
			const body = render(TileGrid, {
				props: {
					tiles: tiles(locale),
					statusLabels: m.status,
					overseasLabel: m.overseas,
					title: m.tilesTitle,
					legendLabel: m.legend,
					caption: m.tilesCaption,
					keyLabel: m.tilesKey
				}
			}).body;
			const chart = body.slice(body.indexOf('<svg'), body.indexOf('</svg>') + 6);
			const picture = tilesPicture(tiles(locale), locale);
			const out = standaloneSvg(chart, {
				title: m.tilesTitle,
				...picture,
				source: 'Source',
				dataDate: 'date',
				siteName: 'Observatoire',
				locale
			});
			expect(xmlProblems(out)).toEqual([]);
			expect(out).toMatch(/data-part="caption">[^<]*2019/);
			for (const e of picture.legend)
				expect(out).toContain(`>${e.label.replaceAll("'", '&apos;')}</text>`);
			expect(out).toContain('>HDF</text>');
			expect(out).toContain('>Hauts-de-France</text>');
			expect(out).toContain('>Mayotte</text>');
		}
	});
});
