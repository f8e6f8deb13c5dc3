import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTargets, TargetsError } from './targets';

const good = {
	id: 'cnnum-2019',
	name: { fr: 'Rattrapage', en: 'Catch-up' },
	source: { fr: 'CNNum', en: 'CNNum', url: 'https://cnnumerique.fr/' },
	indicator: 'E_ESELL',
	unit: 'PC_ENT',
	sizeClass: 'GE10',
	nace: 'C10-S951_X_K',
	scope: ['national', 'regions'],
	referenceGeo: 'EU27_2020',
	baseline: '2016',
	deadline: '2019',
	rule: 'eu-average-at-deadline'
};

const file = (targets: unknown[]) => JSON.stringify({ targets });
const errorOf = (text: string): string => {
	try {
		parseTargets(text, 'data/targets.json');
	} catch (e) {
		expect(e).toBeInstanceOf(TargetsError);
		return (e as Error).message;
	}
	throw new Error('expected a TargetsError');
};

describe('parseTargets', () => {
	it('reads a well-formed target, rules of every kind', () => {
		const [a, b, c] = parseTargets(
			file([
				good,
				{ ...good, id: 'b', rule: 'eu-average-frozen-at-baseline' },
				{ ...good, id: 'c', rule: { fixed: 25 } }
			]),
			'data/targets.json'
		);
		expect(a).toEqual(good);
		expect(b!.rule).toBe('eu-average-frozen-at-baseline');
		expect(c!.rule).toEqual({ fixed: 25 });
	});

	it.each([
		['{', '(file): not valid JSON'],
		[JSON.stringify({ targets: [] }), 'targets: expected a non-empty list'],
		[
			file([{ ...good, deadline: 2019 }]),
			'targets[0].deadline: expected a survey year written as text, such as "2019", got 2019 (a number)'
		],
		[
			file([{ ...good, deadline: '2015' }]),
			'targets[0].deadline: must come after the baseline 2016'
		],
		[file([{ ...good, name: { fr: 'x' } }]), 'targets[0].name.en: expected text, got nothing'],
		[
			file([good, { ...good, rule: 'eu-average' }]),
			'targets[1].rule: expected "eu-average-at-deadline"'
		],
		[file([{ ...good, rule: { fixed: '20' } }]), 'targets[0].rule.fixed: expected a number'],
		[
			file([{ ...good, scope: ['national', 'world'] }]),
			'targets[0].scope[1]: expected one of national, regions, sectors'
		],
		[
			file([{ ...good, indicator: 'E ESELL; DROP' }]),
			'targets[0].indicator: expected a Eurostat code'
		],
		[
			file([{ ...good, source: { ...good.source, url: 'javascript:alert(1)' } }]),
			'targets[0].source.url: expected an http(s) address'
		],
		[file([good, good]), 'targets[1].id: "cnnum-2019" is used twice']
	])('names the field at fault: %s', (text, message) => {
		const got = errorOf(text);
		expect(got.startsWith('data/targets.json: ')).toBe(true);
		expect(got).toContain(message);
	});
});

describe('data/targets.json as shipped', () => {
	const targets = parseTargets(readFileSync('data/targets.json', 'utf8'), 'data/targets.json');

	it('holds the CNNum catch-up target on SMEs: 2016 → 2019, EU average at the deadline', () => {
		const cnnum = targets.find((t) => t.id === 'cnnum-2019');
		expect(cnnum).toMatchObject({
			indicator: 'E_ESELL',
			unit: 'PC_ENT',
			sizeClass: '10-249',
			nace: 'C10-S951_X_K',
			referenceGeo: 'EU27_2020',
			baseline: '2016',
			deadline: '2019',
			rule: 'eu-average-at-deadline'
		});
	});

	it('holds a forward-looking target whose source says it is not official', () => {
		const next = targets.find((t) => Number(t.deadline) > 2025);
		expect(next?.rule).toBe('eu-average-frozen-at-baseline');
		expect(next?.source.fr).toContain('pas un objectif officiel');
		expect(next?.source.en).toContain('not an official one');
	});

	it('measures every shipped target on SMEs, and no source still says the series is 10+', () => {
		expect(targets.map((t) => t.sizeClass)).toEqual(targets.map(() => '10-249'));
		for (const t of targets) expect(t.source.en).not.toMatch(/covers enterprises with 10 or more/);
	});
});
