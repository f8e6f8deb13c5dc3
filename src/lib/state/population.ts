/**
 * The population and the pinned vintage in a page's address (`?pop=GE10&ds=tin00111`), for the
 * pages that read one series (home, targets): pure read and write, forgiving like the comparison
 * page's state. Without `pop` a page shows SMEs; without `ds` it reads the newest vintage.
 */
import {
	DEFAULT_POPULATION,
	POPULATION_PARAM,
	VINTAGE_PARAM,
	populationOf,
	type Population
} from '../domain/population';

/** What a page reads from its address. */
export interface PopulationChoice {
	population: Population;
	/** Dataset code of the pinned vintage, or `null` for the newest. */
	pinned: string | null;
}

// A dataset code as the manifest allows it (lower case, digits, `_`, `$`, `-`).
const DATASET = /^[a-z0-9_$-]{1,40}$/;

/**
 * Reads the population and the pinned vintage, ignoring what it does not understand.
 * `readPopulation(new URLSearchParams('pop=GE10&ds=tin00111'))` → `{ population: 'GE10', pinned: 'tin00111' }`;
 * `readPopulation(new URLSearchParams('pop=9'))` → `{ population: '10-249', pinned: null }`
 */
export function readPopulation(params: URLSearchParams): PopulationChoice {
	const ds = params.get(VINTAGE_PARAM);
	return {
		population: populationOf(params.get(POPULATION_PARAM)),
		pinned: ds !== null && DATASET.test(ds) ? ds : null
	};
}

/**
 * Writes the choice into a copy of some parameters, leaving defaults out so links stay short.
 * `writePopulation(new URLSearchParams('cible=cnnum-2019'), { population: 'GE10', pinned: null }).toString()`
 * → `cible=cnnum-2019&pop=GE10`
 */
export function writePopulation(
	params: URLSearchParams,
	choice: PopulationChoice
): URLSearchParams {
	const out = new URLSearchParams(params);
	if (choice.population === DEFAULT_POPULATION) out.delete(POPULATION_PARAM);
	else out.set(POPULATION_PARAM, choice.population);
	if (choice.pinned === null) out.delete(VINTAGE_PARAM);
	else out.set(VINTAGE_PARAM, choice.pinned);
	return out;
}

/** The choices a home or by-size view draws on, and the population they name (as written). */
export interface ViewChoices {
	/** The query string the view reads: a report item's own choices, else its address. */
	search: string;
	/** The raw `pop` asked for (`null` for none): a prop, a report param, else the choices. */
	population: string | null;
}

/**
 * What a view reads: a report item's `params` win over the embed's address (empty before
 * hydration), and an explicit `population` prop over both, so report, embed and page agree.
 * `viewChoices({ choices: 'pop=GE10' }, '?pop=0-9')` → `{ search: 'pop=GE10', population: 'GE10' }`
 */
export function viewChoices(
	params: Readonly<Record<string, string>> | undefined,
	address: string,
	population?: string
): ViewChoices {
	const search = params?.choices ?? address;
	return {
		search,
		population: population ?? params?.pop ?? new URLSearchParams(search).get(POPULATION_PARAM)
	};
}
