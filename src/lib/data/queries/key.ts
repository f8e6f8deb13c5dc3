/** Which published series a question is about: one indicator, unit, size class and activity. */
export interface SeriesKey {
	dataset: string;
	indicator: string;
	unit: string;
	sizeClass: string;
	nace: string;
}

/** The series key as the positional parameters every query starts with. */
export function keyParams(key: SeriesKey): [string, string, string, string, string] {
	return [key.dataset, key.indicator, key.unit, key.sizeClass, key.nace];
}
