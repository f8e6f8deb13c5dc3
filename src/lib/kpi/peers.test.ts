import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../data/ingest/ingest';
import { EU27_2020_MEMBERS } from '../domain/geo';
import type { KpiPoint } from './measures';
import { PEER_BASELINE, peerSet, whoCaughtUp } from './peers';
import { parseTargets } from './targets';

// The bundled SME series (isoc_ec_esels, E_ESELL, % of enterprises, 10–249), read by the real importer.
let sme: Map<string, KpiPoint[]>;
beforeAll(async () => {
	const bytes = new Uint8Array(readFileSync('data/estat_isoc_ec_esels.csv'));
	const { observations } = await ingestBytes('estat_isoc_ec_esels.csv', bytes, {
		dataset: 'isoc_ec_esels'
	});
	sme = new Map();
	for (const o of observations) {
		if (o.sizeClass !== '10-249' || o.indicator !== 'E_ESELL') continue;
		const list = sme.get(o.geo) ?? [];
		list.push({ period: o.period, value: o.value, flags: o.flags });
		sme.set(o.geo, list);
	}
});

describe('peer sets on the bundled SME series', () => {
	const opts = { focus: 'FR', baseline: PEER_BASELINE, year: '2025' };

	it('uses the baseline of the CNNum target', () => {
		const [cnnum] = parseTargets(readFileSync('data/targets.json', 'utf8'), 'data/targets.json');
		expect(PEER_BASELINE).toBe(cnnum!.baseline);
	});

	it.each([
		['plan', ['DE', 'IE', 'LT', 'HR']],
		['neighbours', ['BE', 'DE', 'ES', 'IT', 'LU']],
		// France 15.92 in 2016: NL 16.12 (0.20 away), EE 15.28 (0.64), then FI, AT.
		['closest', ['NL', 'EE', 'FI', 'AT']],
		// 2025: Denmark 37.90, Lithuania 35.87, Malta 31.91 (Montenegro, 34.56, is not a member).
		['top', ['DK', 'LT', 'MT']],
		['climbers', ['LT', 'MT', 'EL', 'FI']]
	] as const)('%s → %o', (set, expected) => {
		expect(peerSet(set, sme, EU27_2020_MEMBERS, opts)).toEqual(expected);
	});

	it('never lists France, and gives an empty "closest" without a French baseline value', () => {
		for (const set of ['closest', 'top', 'climbers'] as const) {
			expect(peerSet(set, sme, EU27_2020_MEMBERS, opts)).not.toContain('FR');
		}
		expect(peerSet('closest', sme, EU27_2020_MEMBERS, { ...opts, baseline: '1999' })).toEqual([]);
	});
});

describe('who caught up with the EU average from below, on the bundled SME series', () => {
	it('lists those who reached it, earliest first, then the others, France among them', () => {
		const rows = whoCaughtUp(sme, 'EU27_2020', EU27_2020_MEMBERS, '2016', 'FR');
		// Slovenia: 13.06 in 2016 (EU 17.03, gap −3.97), 17.73 in 2017 (EU 16.85): +0.88.
		expect(rows[0]).toEqual({
			geo: 'SI',
			start: 13.06,
			gapStart: -3.97,
			reached: '2017',
			end: '2017',
			gapEnd: 0.88,
			pace: 4.85,
			stillAbove: true,
			startFlags: '',
			endFlags: '',
			lastFlags: '',
			breaks: [],
			paceFlags: ''
		});
		// Estonia reached it in 2019 (17.23 against 16.58) and is below again in 2025 (19.13 < 19.59).
		expect(rows.find((r) => r.geo === 'EE')).toMatchObject({ reached: '2019', stillAbove: false });
		expect(rows.filter((r) => r.reached).map((r) => r.geo)).toEqual([
			'SI',
			'NL',
			'AT',
			'EE',
			'EL',
			'CY',
			'HU'
		]);
		// France: −1.11 in 2016, −4.39 in 2025: the gap widened by 0.36 pt a year.
		expect(rows.find((r) => r.geo === 'FR')).toEqual({
			geo: 'FR',
			start: 15.92,
			gapStart: -1.11,
			reached: null,
			end: '2025',
			gapEnd: -4.39,
			pace: -0.36,
			stillAbove: null,
			startFlags: '',
			endFlags: '',
			lastFlags: '',
			// France's series breaks in 2022 (`b`): its pace compares figures measured differently.
			breaks: ['2022'],
			paceFlags: 'b'
		});
		// The Netherlands are "still above" on a 2025 value that breaks the series.
		// Its pace runs 2016 → 2018, the year it caught up: the 2025 break is not within it.
		expect(rows.find((r) => r.geo === 'NL')).toMatchObject({
			reached: '2018',
			lastFlags: 'b',
			breaks: ['2025'],
			paceFlags: ''
		});
		// Countries above the average in 2016 are not in the list.
		expect(rows.map((r) => r.geo)).not.toContain('HR');
	});

	it('flags a pace across a break published on a missing value (": b"), as a change is flagged', () => {
		const pt = (period: string, value: number | null, flags = '') => ({ period, value, flags });
		const series = new Map([
			['EU', [pt('2016', 20), pt('2017', 21), pt('2018', 22)]],
			['XX', [pt('2016', 10), pt('2017', null, 'b'), pt('2018', 14)]]
		]);
		const [xx] = whoCaughtUp(series, 'EU', ['XX'], '2016', 'XX');
		expect(xx).toMatchObject({ end: '2018', pace: 1, paceFlags: 'b' });
	});

	it('is empty without a reference value in the baseline year', () => {
		expect(whoCaughtUp(sme, 'EU27_2020', EU27_2020_MEMBERS, '1999', 'FR')).toEqual([]);
	});
});
