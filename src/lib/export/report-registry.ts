/**
 * The views a report can hold and an embed can show. Each entry says what the view is called, which
 * datasets it uses (for the report's appendix), where it lives online, and how to draw it:
 *
 * - `component`: a Svelte component that receives `{ data, locale }`, where `data` is what the
 *   loader `dataId` of report-data.server.ts returned at build time. Such a view is also
 *   prerendered as an embed at `/embed/<id>/` and `/en/embed/<id>/`.
 * - `embed`: the address of a page that already draws the view alone (an embed route); the
 *   report shows it in an iframe of the given height.
 *
 * To register a view (comparison, targets, a region's page): add its loader, then an entry below.
 */
import type { Component } from 'svelte';
import type { Bilingual, Locale } from '../domain/locale';
import { tHonest } from '../i18n/honest';
import type { TargetPageData } from '../kpi/page-data.server';
import { trackedTarget } from '../kpi/tracked';
import type { IllustrativeShare } from '../kpi/used';
import { chosenTarget, regionSheetShare, targetViewShare } from './views/targets';
import HomeKpis from '../components/export/views/HomeKpis.svelte';
import HomeTrend from '../components/export/views/HomeTrend.svelte';
import HomeTable from '../components/export/views/HomeTable.svelte';
import RegionSheet from '../components/export/views/RegionSheet.svelte';
import TargetView from '../components/export/views/TargetView.svelte';
import ComparisonView from '../components/export/views/ComparisonView.svelte';
import BySizeView from '../components/export/views/BySizeView.svelte';
import BySizeTable from '../components/export/views/BySizeTable.svelte';
import { FRENCH_REGIONS } from '../domain/geo';
import { HEADLINE_SERIES } from '../domain/headline';
import { defaultState, stateSearch } from '../state/comparison';

// The file the pages read by default: SMEs (and every size class) from isoc_ec_esels, the newest
// vintage. A comparison item pinned on another file names that one instead (rapport page).
const NEWEST = HEADLINE_SERIES.dataset;

/** Props every report view component takes. */
export interface ViewProps<D = unknown> {
	data: D;
	locale: Locale;
	/** What picks one view among several of the same component: `{ region: 'bretagne' }`. */
	params?: Record<string, string>;
}

export type ReportRender =
	| {
			kind: 'component';
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view narrows its data
			component: Component<ViewProps<any>>;
			/** Key of REPORT_LOADERS whose result the component receives as `data`. */
			dataId: string;
			params?: Record<string, string>;
	  }
	| {
			kind: 'embed';
			/** Site path of the page to frame, in French; the English one is derived. */
			src: string;
			height: number;
	  };

/** How much of what a view draws is illustrative, from its data and choices (`?cible=…`). */
type DrawnShare = (data: TargetPageData, choices: string, locale: Locale) => IllustrativeShare;

export interface ReportView {
	id: string;
	/** Its name in the lists where nothing is drawn yet (the report builder's). */
	title: Bilingual;
	/**
	 * A view whose figures are illustrative until a table is imported (the regions): its title
	 * without that caveat, and how much of what it draws is illustrative, by the rule its
	 * component draws with. Drawn (an embed, a report) its title says what it shows
	 * (`shownTitle`): an embed framed elsewhere has no import, the reader's own browser may.
	 */
	marked?: { title: Bilingual; share: DrawnShare };
	/** Manifest `dataset` codes the view reads, listed in the report's appendix. */
	datasets: string[];
	/** Site path (French) of the page where the view lives, for "view online" links. */
	page: string;
	render: ReportRender;
}

export const REPORT_VIEWS: readonly ReportView[] = [
	{
		id: 'home-kpis',
		title: {
			fr: 'Chiffres clés : France, moyenne UE, écart et rang',
			en: 'Key figures: France, EU average, gap and rank'
		},
		datasets: [NEWEST],
		page: '/',
		render: { kind: 'component', component: HomeKpis, dataId: 'home' }
	},
	{
		id: 'home-trend',
		title: {
			fr: 'Évolution : France et moyenne UE',
			en: 'Over time: France and the EU average'
		},
		datasets: [NEWEST],
		page: '/',
		render: { kind: 'component', component: HomeTrend, dataId: 'home' }
	},
	{
		id: 'home-table',
		title: {
			fr: 'Tableau : France et moyenne UE par année',
			en: 'Table: France and the EU average by year'
		},
		datasets: [NEWEST],
		page: '/',
		render: { kind: 'component', component: HomeTable, dataId: 'home' }
	},
	{
		id: 'bysize-chart',
		title: {
			fr: 'Par taille d’entreprise : France et moyenne UE',
			en: 'By size class: France and the EU average'
		},
		datasets: ['isoc_ec_esels'],
		page: '/tailles/',
		render: { kind: 'component', component: BySizeView, dataId: 'bysize' }
	},
	{
		id: 'bysize-table',
		title: {
			fr: 'Tableau : France et moyenne UE par taille d’entreprise',
			en: 'Table: France and the EU average by size class'
		},
		datasets: ['isoc_ec_esels'],
		page: '/tailles/',
		render: { kind: 'component', component: BySizeTable, dataId: 'bysize' }
	},
	// The comparison views, on the comparison page's default choices; their embeds follow the
	// choices in their address (the comparison page's export menu writes them).
	...(
		[
			[
				'trend',
				'Comparaison : évolution de la France et des pays choisis',
				'Comparison: France and the chosen countries over time'
			],
			[
				'ranking',
				'Comparaison : classement des pays de l’UE',
				'Comparison: ranking of EU countries'
			],
			['map', 'Comparaison : carte de l’Europe', 'Comparison: map of Europe'],
			['gap', 'Comparaison : écart à la moyenne UE', 'Comparison: gap to the EU average'],
			[
				'catchup',
				'Comparaison : qui a rattrapé la moyenne UE ?',
				'Comparison: who caught up with the EU average?'
			]
		] as const
	).map(([tab, fr, en]): ReportView => ({
		id: `compare-${tab}`,
		title: { fr, en },
		datasets: [NEWEST],
		// A versioned address: without `v`, a link with parameters is read as made before SMEs.
		page: `/comparer/${stateSearch({ ...defaultState(), tab })}`,
		render: { kind: 'component', component: ComparisonView, dataId: 'comparison', params: { tab } }
	})),
	// The target views, on the first target of data/targets.json.
	{
		id: 'target-national',
		title: {
			fr: 'Objectif : la France face à sa trajectoire requise',
			en: 'Target: France against its required path'
		},
		datasets: [NEWEST],
		page: '/objectifs/',
		render: {
			kind: 'component',
			component: TargetView,
			dataId: 'targets',
			params: { view: 'national' }
		}
	},
	{
		id: 'target-regions',
		// Until a ministry's table is imported the regions are illustrative: the title says so,
		// and the annex lists the illustrative set (under its own publisher) with the reference's.
		title: {
			fr: 'Objectif : statut des régions (données illustratives sauf tableau importé)',
			en: 'Target: status of the regions (illustrative data unless a table is imported)'
		},
		marked: {
			title: { fr: 'Objectif : statut des régions', en: 'Target: status of the regions' },
			share: (data, choices, locale) =>
				targetViewShare(
					'regions',
					trackedTarget(chosenTarget(data.targets, choices), data, locale),
					{ covers: false }
				)
		},
		datasets: [NEWEST, 'synth_esell_reg'],
		page: '/objectifs/regions/',
		render: {
			kind: 'component',
			component: TargetView,
			dataId: 'targets',
			params: { view: 'regions' }
		}
	},
	{
		id: 'target-sectors',
		// Real sectors on the first target's window (2016–2019): Eurostat isoc_ec_eseln2 only.
		title: {
			fr: 'Objectif : écart par secteur (Eurostat, E_AESELL, même secteur dans l’UE)',
			en: 'Target: gap by sector (Eurostat, E_AESELL, same sector in the EU)'
		},
		datasets: ['isoc_ec_eseln2'],
		page: '/objectifs/secteurs/',
		render: {
			kind: 'component',
			component: TargetView,
			dataId: 'targets',
			params: { view: 'sectors' }
		}
	},
	// A region's page: its fact sheet against the first target, one view per region.
	...FRENCH_REGIONS.map((r): ReportView => ({
		id: `fiche-${r.id}`,
		title: {
			fr: `Fiche région : ${r.fr} (données illustratives sauf tableau importé)`,
			en: `Region fact sheet: ${r.en} (illustrative data unless a table is imported)`
		},
		// The sheet follows the first target, as RegionSheet draws it.
		marked: {
			title: { fr: `Fiche région : ${r.fr}`, en: `Region fact sheet: ${r.en}` },
			share: (data, _choices, locale) =>
				regionSheetShare(trackedTarget(data.targets[0]!, data, locale), r.id)
		},
		datasets: [NEWEST, 'synth_esell_reg'],
		page: `/rapport/region/${r.id}/`,
		render: {
			kind: 'component',
			component: RegionSheet,
			dataId: 'targets',
			params: { region: r.id }
		}
	}))
];

/**
 * A view's title as it is drawn, in an embed or a report: with the mark of what it shows once its
 * data are there (`views`, by data id, as the pages hold them; `choices`, the view's address), so
 * `Objectif : statut des régions (données illustratives)`, `(en partie données illustratives)`
 * once an imported table replaces some regions, no mark once it replaces all; else its list title.
 * `shownTitle(reportView('target-regions')!, { targets: data }, '', 'fr')` →
 * `Objectif : statut des régions (données illustratives)` on the bundled data
 */
export function shownTitle(
	view: ReportView,
	views: Readonly<Record<string, unknown>>,
	choices: string,
	locale: Locale
): string {
	const data = view.render.kind === 'component' ? views[view.render.dataId] : undefined;
	if (!view.marked || data === undefined || data === null) return view.title[locale];
	return tHonest(locale).markedTitle(
		view.marked.title[locale],
		view.marked.share(data as TargetPageData, choices, locale)
	);
}

/** The ids of every registered view. `reportViewIds()` → `['home-kpis', 'home-trend', 'home-table']` */
export function reportViewIds(): string[] {
	return REPORT_VIEWS.map((v) => v.id);
}

/** One view by id, or `undefined`. `reportView('home-trend')?.page` → `/` */
export function reportView(id: string): ReportView | undefined {
	return REPORT_VIEWS.find((v) => v.id === id);
}

/** Data ids the component views need. `reportDataIds()` → `['home']` */
export function reportDataIds(views: readonly ReportView[] = REPORT_VIEWS): string[] {
	return [
		...new Set(views.flatMap((v) => (v.render.kind === 'component' ? [v.render.dataId] : [])))
	];
}

/** Views that are prerendered as embeds (the component ones). */
export function embeddableIds(): string[] {
	return REPORT_VIEWS.filter((v) => v.render.kind === 'component').map((v) => v.id);
}
