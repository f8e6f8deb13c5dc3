/**
 * Sources from what is drawn: a chart, an export or an annex names exactly the datasets whose
 * values it draws, each with its own publisher, vintage (the file's last update, when its format
 * carries one) and retrieval or import date; never the latest date of every bundled file.
 */
import { colon as colonIn, semicolon as semicolonIn } from '../../i18n/punctuation';
import { tWords } from '../../i18n/words';
import type { Locale } from '../../domain/codes';
import { tHonest } from '../../i18n/honest';
import { tExport } from '../../i18n/export';
import { tImport } from '../../i18n/import';
import { t } from '../../i18n/messages';
import { flagLabel } from '../../i18n/flags';
import { compareCodes } from '../../domain/text';

/** What the view knows of a dataset it draws. */
export interface DrawnSource {
	dataset: string;
	file: string;
	publisher: string;
	url: string | null;
	/** Date the file was downloaded (bundled) or imported (ISO date, or a year). */
	retrievedAt: string;
	lastUpdate: string | null;
	synthetic: boolean;
	imported: boolean;
}

/** A bundled source as the target pages receive it (`TargetPageData['sources']`). */
export type BundledSource = Omit<DrawnSource, 'imported'>;

/** An imported dataset as the store keeps it (only what a source line needs). */
export interface ImportedSource {
	dataset: string;
	file: string;
	importedAt: string;
	synthetic: boolean;
	report: { lastUpdate: string | null };
}

/**
 * The sources of the drawn datasets, statistics first, in a stable order; a dataset found in
 * neither list is kept under its own code (never dropped silently). Rows carry a dataset code,
 * not a file: when imported files reuse a bundled code (a fresh download of the same table),
 * every file holding the code is named, the bundled one first, so none that may be drawn is
 * left out.
 * `drawnSources(['tin00111'], bundled, [])` → `[{ dataset: 'tin00111', publisher: 'Eurostat', … }]`
 */
export function drawnSources(
	datasets: Iterable<string>,
	bundled: readonly BundledSource[],
	imported: readonly ImportedSource[]
): DrawnSource[] {
	const out: DrawnSource[] = [];
	for (const dataset of new Set(datasets)) {
		const b = bundled.find((s) => s.dataset === dataset);
		const files = imported.filter((s) => s.dataset === dataset);
		if (b) out.push({ ...b, imported: false });
		for (const i of files)
			out.push({
				dataset,
				file: i.file,
				publisher: i.file,
				url: null,
				retrievedAt: i.importedAt.slice(0, 10),
				lastUpdate: i.report.lastUpdate,
				synthetic: i.synthetic,
				imported: true
			});
		if (!b && files.length === 0)
			out.push({
				dataset,
				file: dataset,
				publisher: dataset,
				url: null,
				retrievedAt: '—',
				lastUpdate: null,
				synthetic: false,
				imported: false
			});
	}
	return out.sort(
		(a, b) => Number(a.synthetic) - Number(b.synthetic) || compareCodes(a.dataset, b.dataset)
	);
}

/**
 * The day a file came in, in words: imported, generated (a bundled illustrative file is made by
 * the observatory's script, never downloaded) or downloaded.
 * `arrivalText({ retrievedAt: '2026-12-01', synthetic: true }, 'fr')` → `généré le 2026-12-01`
 */
export function arrivalText(
	s: Pick<DrawnSource, 'retrievedAt' | 'synthetic'> & { imported?: boolean },
	locale: Locale
): string {
	if (s.imported) return tHonest(locale).importedOn(s.retrievedAt);
	// The catalogue's words for the same date of the same files.
	if (s.synthetic) return tImport(locale).generatedOn(s.retrievedAt);
	return t(locale).retrieved(s.retrievedAt);
}

/**
 * A source's vintage and date in words. Generated data has no "last update": it is no edition of
 * a published table. `sourceDates(esels, 'fr')` → `mise à jour 2026-02-27 ; version publiée en 2026`
 */
function sourceDates(s: DrawnSource, locale: Locale): string {
	return [
		...(s.lastUpdate && !s.synthetic
			? [tHonest(locale).lastUpdate(s.lastUpdate.slice(0, 10))]
			: []),
		arrivalText(s, locale)
	].join(semicolonIn(locale));
}

/**
 * The date line of an export whose source line is undated (`sourceLine(…, { dated: false })`):
 * each source's table with its vintage and date.
 * `datesLine([esels], 'fr')` → `isoc_ec_esels (mise à jour 2026-02-27 ; version publiée en 2026)`
 */
export function datesLine(sources: readonly DrawnSource[], locale: Locale): string {
	return sources.map((s) => `${s.dataset} (${sourceDates(s, locale)})`).join(semicolonIn(locale));
}

/**
 * One source in words: publisher, table, vintage, date, and the illustrative mark; without its
 * dates when an export prints them on a line of their own (`datesLine`).
 * `sourceText(esels, 'fr')` → `Eurostat, tableau isoc_ec_esels (mise à jour 2026-02-27 ; version publiée en 2026)`
 */
export function sourceText(
	s: DrawnSource,
	locale: Locale,
	{ dated = true }: { dated?: boolean } = {}
): string {
	const h = tHonest(locale);
	const who = s.imported
		? `${tWords(locale).importedFile(s.file)}, ${h.table} ${s.dataset}`
		: `${s.publisher}, ${h.table} ${s.dataset}`;
	const mark =
		s.synthetic && !who.includes(tWords(locale).illustrativeData)
			? ` — ${tWords(locale).illustrativeData}`
			: '';
	return `${who}${dated ? ` (${sourceDates(s, locale)})` : ''}${mark}`;
}

/** A dataset as a report's annex lists it (`AppendixRow` of the report page). */
export interface AnnexSource {
	dataset: string;
	title: { fr: string; en: string };
	retrievedAt: string;
	lastUpdate: string | null;
	synthetic: boolean;
	imported?: boolean;
}

/**
 * The words of an annex row: the dataset with its title, the illustrative mark when the title
 * does not already say it, and its dates. Only a statistics file has an "Eurostat update"; a
 * generated one says the day it was generated, as the catalogue does.
 * `annexText(synthRegions, 'fr').vintage` → `généré le 2026-12-01`;
 * `annexText(esels, 'en').vintage` → `as published in 2026, Eurostat update 2026-02-27`
 */
export function annexText(
	d: AnnexSource,
	locale: Locale
): { name: string; mark: string | null; vintage: string } {
	const illustrative = t(locale).synthetic;
	const title = d.title[locale];
	return {
		name: `${d.dataset} — ${title}`,
		mark: d.synthetic && !title.includes(illustrative) ? illustrative : null,
		vintage: [
			arrivalText(d, locale),
			...(d.lastUpdate && !d.synthetic
				? [tExport(locale).lastUpdate(d.lastUpdate.slice(0, 10))]
				: [])
		].join(', ')
	};
}

/**
 * The source line of a view: every drawn source, then an optional closing sentence.
 * `sourceLine(drawnSources(['tin00111'], bundled, []), 'en')` → `Source: Eurostat, table tin00111 (downloaded 2025).`
 */
export function sourceLine(
	sources: readonly DrawnSource[],
	locale: Locale,
	after = '',
	dating: { dated?: boolean } = {}
): string {
	const h = tHonest(locale);
	const colon = colonIn(locale);
	const word = sources.length > 1 ? h.sources : h.source;
	const list = sources.map((s) => sourceText(s, locale, dating)).join(semicolonIn(locale));
	return `${word}${colon} ${list || '—'}.${after ? ` ${after}` : ''}`;
}

/**
 * Every flag present in the view, with its meaning (observation flags and confidentiality).
 * `flagsPresent(['b', '', 'eC'], 'fr')` → `[{ flag: 'C', … }, { flag: 'b', meaning: 'rupture de série' }, { flag: 'e', … }]`
 */
export function flagsPresent(
	flagSets: Iterable<string>,
	locale: Locale
): { flag: string; meaning: string }[] {
	const seen = new Set<string>();
	for (const set of flagSets) for (const f of set) if (f.trim()) seen.add(f);
	return [...seen].sort().map((flag) => ({ flag, meaning: flagLabel(flag, locale) }));
}

/**
 * The flags of a view in one line. `flagsLine([{ flag: 'e', meaning: 'estimée' }], 'fr')` →
 * `Indicateurs de statut présents : e (estimée).`
 */
export function flagsLine(
	flags: readonly { flag: string; meaning: string }[],
	locale: Locale
): string {
	const h = tHonest(locale);
	const colon = colonIn(locale);
	const list = flags.map((f) => `${f.flag} (${f.meaning})`).join(', ');
	return `${h.flagsInView}${colon} ${list || h.noFlags}.`;
}
