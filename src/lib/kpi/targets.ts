/**
 * Targets as data: the file `data/targets.json` that staff edit, and its parser. A malformed file
 * is refused with a message naming the file and the field (`targets[1].deadline`), never
 * half-read: a verdict computed from a target that was silently skipped would be worse.
 */
import type { Bilingual } from '../domain/locale';
import { describeValue, isRecord } from './json-fields';

/** How the value to reach is set. */
export type Rule = 'eu-average-at-deadline' | 'eu-average-frozen-at-baseline' | { fixed: number };

/** Which units a target is followed for: France, the French regions, the sectors of France. */
export type Scope = 'national' | 'regions' | 'sectors';

export const SCOPES: readonly Scope[] = ['national', 'regions', 'sectors'];

export interface TargetSource extends Bilingual {
	url?: string;
}

export interface Target {
	/** Stable slug, used as a key: `cnnum-2019`. */
	id: string;
	name: Bilingual;
	/** Who set the target and where; says plainly when it is not an official one. */
	source: TargetSource;
	/** Eurostat `indic_is` code, e.g. `E_ESELL`. */
	indicator: string;
	/** Unit of measure, e.g. `PC_ENT`. */
	unit: string;
	/** `size_emp` code, e.g. `GE10`. */
	sizeClass: string;
	/** NACE aggregate of the national series and of the reference, e.g. `C10-S951_X_K`. */
	nace: string;
	scope: Scope[];
	/** The geo whose value sets the target, e.g. `EU27_2020`. */
	referenceGeo: string;
	/** Survey year the target starts from: `2016`. */
	baseline: string;
	/** Survey year by which it should be reached: `2019`. */
	deadline: string;
	rule: Rule;
}

/** A target file that cannot be used, with the file and the field at fault. */
export class TargetsError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		detail: string
	) {
		super(`${file}: ${field}: ${detail}`);
		this.name = 'TargetsError';
	}
}

const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;

/**
 * Reads the text of a targets file. Throws a `TargetsError` naming the field on the first
 * problem. `parseTargets('{"targets":[…]}', 'data/targets.json')[0].id` → `cnnum-2019`.
 */
export function parseTargets(text: string, file: string): Target[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new TargetsError(file, '(file)', `not valid JSON (${(e as Error).message}).`);
	}
	if (!isRecord(json))
		throw new TargetsError(file, '(file)', 'expected an object { "targets": [...] }.');
	const list = json.targets;
	if (!Array.isArray(list) || list.length === 0) {
		throw new TargetsError(
			file,
			'targets',
			`expected a non-empty list, got ${describeValue(list)}.`
		);
	}
	const seen = new Set<string>();
	return list.map((raw, i) => {
		const target = parseTarget(raw, `targets[${i}]`, file);
		if (seen.has(target.id)) {
			throw new TargetsError(
				file,
				`targets[${i}].id`,
				`"${target.id}" is used twice; ids must be unique.`
			);
		}
		seen.add(target.id);
		return target;
	});
}

function parseTarget(raw: unknown, at: string, file: string): Target {
	const fail = (field: string, detail: string): never => {
		throw new TargetsError(file, `${at}.${field}`, detail);
	};
	if (!isRecord(raw))
		throw new TargetsError(file, at, `expected an object, got ${describeValue(raw)}.`);
	const text = (field: string, pattern?: RegExp, hint?: string): string => {
		const v = raw[field];
		if (typeof v !== 'string' || v.trim() === '') {
			fail(field, `${hint ?? 'expected text'}, got ${describeValue(v)}.`);
		}
		if (pattern && !pattern.test(v as string)) fail(field, `${hint}, got ${describeValue(v)}.`);
		return (v as string).trim();
	};
	const bilingual = (field: string): Record<string, unknown> => {
		const v = raw[field];
		if (!isRecord(v)) fail(field, `expected { "fr": "…", "en": "…" }, got ${describeValue(v)}.`);
		const o = v as Record<string, unknown>;
		for (const lang of ['fr', 'en']) {
			if (typeof o[lang] !== 'string' || (o[lang] as string).trim() === '') {
				fail(`${field}.${lang}`, `expected text, got ${describeValue(o[lang])}.`);
			}
		}
		return o;
	};

	const id = text('id', SLUG, 'expected a slug of lower-case letters, digits and dashes');
	const name = bilingual('name');
	const sourceRaw = bilingual('source');
	const source: TargetSource = { fr: String(sourceRaw.fr), en: String(sourceRaw.en) };
	if (sourceRaw.url !== undefined && sourceRaw.url !== null) {
		if (typeof sourceRaw.url !== 'string' || !/^https?:\/\/\S+$/.test(sourceRaw.url)) {
			fail('source.url', `expected an http(s) address, got ${describeValue(sourceRaw.url)}.`);
		}
		source.url = sourceRaw.url as string;
	}
	const codeHint = 'expected a Eurostat code such as E_ESELL';
	const indicator = text('indicator', CODE, codeHint);
	const unit = text('unit', CODE, codeHint);
	const sizeClass = text('sizeClass', CODE, codeHint);
	const nace = text('nace', CODE, codeHint);
	const referenceGeo = text('referenceGeo', CODE, codeHint);

	const scopeRaw = raw.scope;
	if (!Array.isArray(scopeRaw) || scopeRaw.length === 0) {
		fail(
			'scope',
			`expected a non-empty list of ${SCOPES.join(', ')}, got ${describeValue(scopeRaw)}.`
		);
	}
	const scope = (scopeRaw as unknown[]).map((s, k) => {
		if (!SCOPES.includes(s as Scope)) {
			fail(`scope[${k}]`, `expected one of ${SCOPES.join(', ')}, got ${describeValue(s)}.`);
		}
		return s as Scope;
	});

	const yearHint = 'expected a survey year written as text, such as "2019"';
	const baseline = text('baseline', YEAR, yearHint);
	const deadline = text('deadline', YEAR, yearHint);
	if (Number(deadline) <= Number(baseline)) {
		fail('deadline', `must come after the baseline ${baseline}, got ${deadline}.`);
	}

	const r = raw.rule;
	let rule: Rule;
	if (r === 'eu-average-at-deadline' || r === 'eu-average-frozen-at-baseline') rule = r;
	else if (isRecord(r) && 'fixed' in r) {
		if (typeof r.fixed !== 'number' || !Number.isFinite(r.fixed)) {
			fail('rule.fixed', `expected a number, got ${describeValue(r.fixed)}.`);
		}
		rule = { fixed: r.fixed as number };
	} else {
		fail(
			'rule',
			`expected "eu-average-at-deadline", "eu-average-frozen-at-baseline" or { "fixed": 20 }, got ${describeValue(r)}.`
		);
		throw new Error('unreachable');
	}

	return {
		id,
		name: { fr: String(name.fr), en: String(name.en) },
		source,
		indicator,
		unit,
		sizeClass,
		nace,
		scope,
		referenceGeo,
		baseline,
		deadline,
		rule
	};
}
