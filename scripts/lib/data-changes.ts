/**
 * What a data refresh changed, cell by cell, so that the proposed change lists every revision
 * between the bundled vintage and the new one (a reviewer sees "MT 2024: 32.03 → 31.92" before a
 * published figure moves on the dashboard). Pure functions on observations.
 */
import type { Observation } from '../../src/lib/domain/observation';

/** One cell whose value or flags differ between two vintages. */
export interface Revision {
	key: string;
	geo: string;
	period: string;
	before: { value: number | null; flags: string };
	after: { value: number | null; flags: string };
}

export interface DatasetChanges {
	dataset: string;
	revisions: Revision[];
	/** Cells only in the new file (a new survey year, a new geo). */
	added: number;
	/** Cells only in the old file: a refresh that loses cells deserves a look. */
	removed: number;
}

/** The cell's identity: every dimension but value and flags, `extra` included. */
export function cellKey(o: Observation): string {
	const extra = o.extra
		? Object.entries(o.extra)
				.map(([k, v]) => `${k}=${v}`)
				.join(',')
		: '';
	return [o.indicator, o.unit, o.sizeClass, o.nace, o.geo, o.period, extra].join('|');
}

/**
 * Compares two vintages of one dataset.
 * `diffVintages('t', [{ geo: 'MT', period: '2024', value: 32.03, … }], [{ …, value: 31.92 }])`
 * → `{ dataset: 't', revisions: [{ geo: 'MT', period: '2024', before: { value: 32.03 … } … }], added: 0, removed: 0 }`
 */
export function diffVintages(
	dataset: string,
	before: readonly Observation[],
	after: readonly Observation[]
): DatasetChanges {
	const old = new Map(before.map((o) => [cellKey(o), o]));
	const revisions: Revision[] = [];
	let added = 0;
	for (const o of after) {
		const key = cellKey(o);
		const was = old.get(key);
		if (!was) {
			added += 1;
			continue;
		}
		old.delete(key);
		if (was.value !== o.value || was.flags !== o.flags) {
			revisions.push({
				key,
				geo: o.geo,
				period: o.period,
				before: { value: was.value, flags: was.flags },
				after: { value: o.value, flags: o.flags }
			});
		}
	}
	revisions.sort((a, b) => a.key.localeCompare(b.key));
	return { dataset, revisions, added, removed: old.size };
}

const cell = (c: { value: number | null; flags: string }) =>
	`${c.value === null ? ':' : String(c.value)}${c.flags ? ' ' + c.flags : ''}`;

/**
 * The change described for a reviewer, in Markdown: one section per dataset, every revision in a
 * table (capped at `limit` rows, the rest counted).
 */
export function changesMarkdown(changes: readonly DatasetChanges[], limit = 200): string {
	const lines = ['## Eurostat refresh', ''];
	for (const c of changes) {
		lines.push(
			`### \`${c.dataset}\``,
			'',
			`${c.revisions.length} revised cells, ${c.added} new cells, ${c.removed} cells no longer published.`,
			''
		);
		if (c.revisions.length === 0) continue;
		lines.push('| series | geo | period | before | after |', '| --- | --- | --- | --- | --- |');
		for (const r of c.revisions.slice(0, limit)) {
			const series = r.key.split('|').slice(0, 4).join(' · ');
			lines.push(`| ${series} | ${r.geo} | ${r.period} | ${cell(r.before)} | ${cell(r.after)} |`);
		}
		if (c.revisions.length > limit) lines.push('', `… and ${c.revisions.length - limit} more.`);
		lines.push('');
	}
	return lines.join('\n');
}
