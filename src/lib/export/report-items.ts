/**
 * What population a report item shows, read from its choices by the same rules as the page it
 * comes from, so that the report, its appendix and the view agree.
 *
 * Old report links (and the report kept in this browser) wrote no choices: `?v=home-kpis&v=target-national`.
 * Such an item is the view on its defaults, exactly like a bare page address, so it opens on
 * today's default, SMEs (10–249) from the newest vintage, and its view says so. It cannot mean
 * "10+ from tin00111": the builder still writes items without choices today (its "Ajouter"
 * buttons, the default report), so an old item cannot be told from a new one, and reading every
 * such item as the legacy series would put today's reports on it. Items whose choices were written
 * before the population switch are the ones that keep what they showed, labelled by their view:
 * a comparison item without `v` (version 1: 10+, tin00111) and a target item with `cible` alone.
 */
import { DEFAULT_POPULATION } from '../domain/population';
import { decodeState, versionOf } from '../state/comparison';
import { readPopulation } from '../state/population';
import { readTargetState } from '../state/targets';

export interface ItemSeries {
	/** Eurostat `size_emp` code the view shows (`10-249`). */
	population: string;
	/** Dataset of a pinned vintage, or `null` for the newest. */
	pinned: string | null;
	/** Choices written before the population switch, shown as what they showed then. */
	legacy: boolean;
}

/**
 * The population and vintage a report item shows; `null` for a view that is not about one
 * population (the by-size view, regions, sectors, a region's sheet: on the target's own).
 * `itemSeries('home-kpis')` → `{ population: '10-249', pinned: null, legacy: false }`;
 * `itemSeries('compare-ranking', 'tab=ranking&year=2015')` → `{ population: 'GE10', pinned: 'tin00111', legacy: true }`
 */
export function itemSeries(id: string, q = ''): ItemSeries | null {
	const params = new URLSearchParams(q);
	if (id.startsWith('home-')) {
		// The home views read the population only (always the newest file of it).
		return { population: readPopulation(params).population, pinned: null, legacy: false };
	}
	if (id.startsWith('compare-')) {
		const state = decodeState(params);
		return {
			population: state.sizeClass ?? DEFAULT_POPULATION,
			pinned: state.dataset,
			legacy: q !== '' && versionOf(params) === 1
		};
	}
	if (id === 'target-national') {
		const state = readTargetState(params);
		return { population: state.population, pinned: state.pinned, legacy: state.migrated };
	}
	return null;
}
