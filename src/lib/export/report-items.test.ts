import { describe, expect, it } from 'vitest';
import { itemSeries } from './report-items';
import { decodeReport, encodeReport } from './report-state';
import { reportViewIds } from './report-registry';
import { HOME_TREND_KEYS } from './views/home';
import { BY_SIZE_KEYS } from './views/bysize';
import { pickChoices } from './report-state';
import { TARGET_VIEW_KEYS } from './views/target-explore';

const SMES = { population: '10-249', pinned: null, legacy: false };
const LEGACY = { population: 'GE10', pinned: 'tin00111', legacy: true };

describe('old report links (and the report kept in this browser) without choices', () => {
	// A report link as the builder wrote it before views kept their choices (November 2026), and
	// the same text as localStorage kept it: views by id, notes, no choices at all.
	const old =
		't=Conseil&v=home-kpis&v=home-trend%3AEn+retard&v=compare-ranking&v=target-national&v=bysize-chart';

	it('open every view that reads one population on SMEs, newest vintage', () => {
		const report = decodeReport(old, reportViewIds());
		expect(report.items.map((i) => [i.id, i.q])).toEqual([
			['home-kpis', undefined],
			['home-trend', undefined],
			['compare-ranking', undefined],
			['target-national', undefined],
			['bysize-chart', undefined]
		]);
		expect(report.items.map((i) => itemSeries(i.id, i.q))).toEqual([
			SMES,
			SMES,
			SMES,
			SMES,
			// Every size class: not about one population.
			null
		]);
	});

	it('read back and written again, the link is unchanged (no choice invented)', () => {
		const report = decodeReport(old, reportViewIds());
		expect(decodeReport(encodeReport(report), reportViewIds())).toEqual(report);
		expect(encodeReport(report)).not.toMatch(/pop|ds%3D|%40/);
	});
});

describe('report items with choices', () => {
	it.each([
		// Written before the population switch: shown as what they showed, and said so.
		['compare-ranking', 'tab=ranking&year=2015', LEGACY],
		['target-national', 'cible=cnnum-2019', LEGACY],
		['target-national', 'cible=cnnum-2019&scenario=1,0.4', LEGACY],
		// Written since: what they say, SMEs when they say nothing of the population.
		['compare-ranking', 'v=2&tab=ranking&year=2015', SMES],
		['compare-trend', 'v=2&pop=GE10&ds=tin00111', { ...LEGACY, legacy: false }],
		['target-national', 'scenario=1,0.4', SMES],
		['target-national', 'cible=cnnum-2019&pop=GE250', { ...SMES, population: 'GE250' }],
		['home-trend', 'pop=50-249&ann=2020~Covid', { ...SMES, population: '50-249' }],
		['home-trend', 'ev=0', SMES],
		['target-regions', 'cible=cnnum-2019', null]
	] as const)('%s@%s', (id, q, expected) => {
		expect(itemSeries(id, q)).toEqual(expected);
	});
});

describe('the choices each view keeps', () => {
	it('home trend: population and markers; by size: markers; target: its own keys', () => {
		const address =
			'pop=GE10&ds=tin00111&tab=x&ev=0&ann=2020~Covid&scenario=1,0.4&cible=cnnum-2019';
		expect(pickChoices(address, HOME_TREND_KEYS)).toBe('pop=GE10&ev=0&ann=2020%7ECovid');
		expect(pickChoices(address, BY_SIZE_KEYS)).toBe('ev=0&ann=2020%7ECovid');
		expect(pickChoices(address, TARGET_VIEW_KEYS)).toBe(
			'pop=GE10&ds=tin00111&ev=0&ann=2020%7ECovid&scenario=1,0.4&cible=cnnum-2019'
		);
	});
});
