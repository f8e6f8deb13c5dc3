/**
 * What every parser shares: turning dimension columns into an observation key, reading value
 * cells, and collecting counts, issues and unknown codes into one import report.
 * The rules follow FORMATS.md of the Eurostat reference set (§F1–F6 and §8 "Flags").
 */
import type { Observation } from '../../domain/observation';
import {
	decodeSizenR2,
	isKnownCode,
	normaliseNace,
	splitFlags,
	type CodeDimension
} from '../../domain/codes';
import type {
	DecimalMark,
	Delimiter,
	FormatId,
	ImportReport,
	IngestIssue,
	IngestColumnsResult,
	IssueMessage,
	IssuePlace,
	RejectedReason,
	RejectedRow,
	UnknownCode
} from './types';
import { MAX_REJECTED_ROWS } from './limits';
import { ColumnBuilder, emptyColumns } from './columns';
import type { LineCount } from './rows';
import { issueText } from '../../i18n/importIssues';
import { compareCodes } from '../../domain/text';

/** How to split and read a delimited text, and whom to tell how far the reading got. */
export interface ParseOptions {
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	/** Called now and then with the data rows read so far and the share of the text parsed. */
	onProgress?: (rows: number, fraction: number) => void;
	/** Lines taken off the text before parsing (Excel's `sep=;`), counted as header lines. */
	headerLines?: number;
}

/** Thrown for a layout problem that makes the whole file unreadable; becomes `fatal`. */
export class LayoutError extends Error {
	constructor(
		readonly issue: IssueMessage,
		/** Where in the file, when one place is the cause (a header column). */
		readonly at: { line: number; column: number | null } = { line: 0, column: null }
	) {
		super(issueText(issue, 'en'));
	}
}

/** An issue with its English text filled in: `withMessage({ file, ..., code, params })`. */
export function withMessage(issue: Omit<IngestIssue, 'message'>): IngestIssue {
	return { ...issue, message: issueText(issue as IssueMessage, 'en') } as IngestIssue;
}

/** Observation fields that come from the dimension columns of a row. */
export type ObservationKey = Pick<
	Observation,
	'indicator' | 'unit' | 'sizeClass' | 'nace' | 'geo' | 'period' | 'extra'
>;

/** Where a dimension column goes in the model. */
type Slot = 'freq' | 'indicator' | 'unit' | 'sizeClass' | 'nace' | 'sizen' | 'geo' | 'period';

const SLOTS: Record<string, Slot> = {
	freq: 'freq',
	indic_is: 'indicator',
	unit: 'unit',
	size_emp: 'sizeClass',
	nace_r2: 'nace',
	sizen_r2: 'sizen',
	geo: 'geo',
	time: 'period',
	time_period: 'period'
};

/**
 * Which model field a dimension column feeds, or `null` for a dimension kept in `extra`.
 * `slotOf('geo')` → `'geo'`; `slotOf('hhtyp')` → `null`.
 */
export function slotOf(column: string): Slot | null {
	// Asked for every column of every row: a file has few distinct column names.
	let slot = slotCache.get(column);
	if (slot === undefined) {
		// Object.hasOwn: a column called `constructor` or `__proto__` must not hit Object.prototype.
		const lower = column.toLowerCase();
		slot = Object.hasOwn(SLOTS, lower) ? SLOTS[lower]! : null;
		if (slotCache.size < 1024) slotCache.set(column, slot);
	}
	return slot;
}
const slotCache = new Map<string, Slot | null>();

/** The result of reading one row's dimension codes. */
export type KeyResult =
	| {
			ok: true;
			key: ObservationKey;
			/** The `freq` code, or `null` when there is no `freq` dimension. */
			freq: string | null;
	  }
	| { ok: false; index: number; name: string; reason: 'empty' };

/**
 * Builds the observation key from dimension names and codes (same order), or says which one is empty.
 * `buildKey(['freq', 'geo', 'time'], ['A', 'FR', '2023'])` → `{ ok: true, key: { geo: 'FR', period: '2023', ... } }`.
 */
export function buildKey(names: readonly string[], codes: readonly string[]): KeyResult {
	// Parsers pass the same `names` array for every row of a file: look its slots up once.
	let slots = slotsOf.get(names);
	if (slots === undefined) {
		slots = names.map(slotOf);
		slotsOf.set(names, slots);
	}
	const key: ObservationKey = {
		indicator: '',
		unit: '',
		sizeClass: '',
		nace: '',
		geo: '',
		period: ''
	};
	// Most files have no dimension beyond the model's: no list made for them.
	let extra: [string, string][] | null = null;
	let freq: string | null = null;
	for (let i = 0; i < names.length; i++) {
		const name = names[i]!;
		const code = (codes[i] ?? '').trim();
		// An empty code cannot identify anything: the row would collide with others.
		if (code === '') return { ok: false, index: i, name, reason: 'empty' };
		const slot = slots[i]!;
		if (slot === null) (extra ??= []).push([name, code]);
		else if (slot === 'freq') {
			freq = code;
			// Annual is what the model assumes; any other frequency must stay distinguishable.
			if (code !== 'A') (extra ??= []).push([name, code]);
		} else if (slot === 'sizen') {
			const decoded = decodeSizenR2(code);
			key.sizeClass = decoded.sizeClass;
			key.nace = decoded.nace;
		} else if (slot === 'nace') {
			if (code !== lastNace.code) {
				lastNace.code = code;
				lastNace.today = normaliseNace(code);
			}
			key.nace = lastNace.today;
		} else key[slot] = code;
	}
	if (extra !== null) {
		extra.sort(([a], [b]) => compareCodes(a, b));
		const record = Object.create(null) as Record<string, string>;
		for (const [name, code] of extra) record[name] = code;
		key.extra = record;
	}
	return { ok: true, key, freq };
}

const slotsOf = new WeakMap<readonly string[], (Slot | null)[]>();
const lastNace = { code: '', today: '' };

/** The dimensions whose codes are checked against the code lists, for every observation. */
const CHECKED_DIMENSIONS = ['indicator', 'unit', 'sizeClass', 'nace', 'geo'] as const;

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const THOUSANDS_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const FLAG_LETTERS = /^[A-Za-z]+$/;

/** A parsed value cell: a number or `null` (missing), with its published flag letters. */
export type CellResult = { ok: true; value: number | null; flags: string } | { ok: false };

/**
 * Reads a TSV value cell `<value><space><flags>` (FORMATS.md §F1, §8): `:` and empty are missing.
 * `readCell('13.25 b')` → `{ ok: true, value: 13.25, flags: 'b' }`; `readCell('13,5')` → `{ ok: false }`;
 * `readCell('13,5', ',')` → `{ ok: true, value: 13.5, flags: '' }`.
 */
export function readCell(cell: string, decimal: DecimalMark = '.'): CellResult {
	const trimmed = cell.trim();
	if (trimmed === '') return { ok: true, value: null, flags: '' };
	const space = trimmed.search(/\s/);
	const raw = space < 0 ? trimmed : trimmed.slice(0, space);
	const flags = space < 0 ? '' : trimmed.slice(space).trim();
	if (flags !== '' && !FLAG_LETTERS.test(flags)) return { ok: false };
	const value = readNumber(raw, decimal);
	return value === undefined ? { ok: false } : { ok: true, value, flags };
}

/**
 * Reads a plain value (SDMX-CSV `OBS_VALUE`): a number, or `null` for empty / `:`; `undefined` if bad.
 * `readNumber('90.30')` → `90.3`; `readNumber('')` → `null`; `readNumber('abc')` → `undefined`;
 * `readNumber('17,5', ',')` → `17.5`; `readNumber('1.234', ',')` → `1234` (the person or the
 * file's other numbers said the decimal mark is a comma, so the dot groups thousands).
 */
export function readNumber(raw: string, decimal: DecimalMark = '.'): number | null | undefined {
	let text = raw.trim();
	if (text === '' || text === ':') return null;
	if (decimal === ',') {
		// With a decimal comma, dots can only group thousands (`1.234` or `1.234,5`): read
		// so when grouped by three, refused otherwise (`1.5` is not a French number).
		if (text.includes('.')) {
			if (!THOUSANDS_DOT.test(text)) return undefined;
			text = text.replace(/\./g, '');
		}
		text = text.replace(',', '.');
	}
	if (!NUMBER.test(text)) return undefined;
	const value = Number(text);
	if (!Number.isFinite(value)) return undefined;
	// `1e-400` is a number too small for a double: it would silently become 0.
	if (value === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) return undefined;
	return value;
}

/**
 * Why `readNumber` refused a text: `'underflow'` for `1e-400`, `'not-number'` otherwise.
 * `whyNotNumber('1e-400')` → `'underflow'`.
 */
export function whyNotNumber(raw: string, decimal: DecimalMark = '.'): 'underflow' | 'not-number' {
	const text = decimal === ',' ? raw.trim().replace(',', '.') : raw.trim();
	return NUMBER.test(text) && Number(text) === 0 ? 'underflow' : 'not-number';
}

/**
 * The refusal of a value text, as a message. `badValueIssue('abc', '.', false).code` → `'bad-value'`.
 */
export function badValueIssue(raw: string, decimal: DecimalMark, wide: boolean): IssueMessage {
	const value = raw.trim();
	return whyNotNumber(value, decimal) === 'underflow'
		? { code: 'underflow', params: { value } }
		: { code: 'bad-value', params: { value, decimal, wide } };
}

/**
 * Units whose values are shares of a whole in percent (of enterprises, of turnover, of
 * individuals...): 0 to 100. Other `PC_` units (of GDP, changes) can pass 100 or be negative.
 */
const SHARE_UNIT = /^PC_(ENT|TURN|ETURN|IND|HH|EMP|PER|BUS)/i;

/**
 * The range a value must lie in for its unit, or `null` when the unit sets none.
 * `unitRange('PC_ENT')` → `{ min: 0, max: 100 }`; `unitRange('EUR')` → `null`.
 */
export function unitRange(unit: string): { min: number; max: number } | null {
	if (unit !== lastUnit.unit) {
		lastUnit.unit = unit;
		lastUnit.range = SHARE_UNIT.test(unit) ? { min: 0, max: 100 } : null;
	}
	return lastUnit.range;
}
const lastUnit: { unit: string | null; range: { min: number; max: number } | null } = {
	unit: null,
	range: null
};

/** Periods by frequency (SDMX forms with and without the dash, as Eurostat writes them). */
const PERIOD_FORMS: Record<string, RegExp> = {
	A: /^(\d{4})$/,
	S: /^(\d{4})-?S[12]$/,
	Q: /^(\d{4})-?Q[1-4]$/,
	M: /^(\d{4})-?M?(0[1-9]|1[0-2])$/,
	W: /^(\d{4})-?W(0[1-9]|[1-4]\d|5[0-3])$/,
	D: /^(\d{4})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])$/
};

/** Years a period may name: Eurostat series start after 1900; later than 2100 is a typo. */
const YEARS = { min: 1900, max: 2100 };

/**
 * The frequency a period is written in, or `null` when it is not a period.
 * `periodFrequency('2023')` → `'A'`; `periodFrequency('2015Q1')` → `'Q'`; `periodFrequency('2O23')` → `null`.
 */
export function periodFrequency(period: string): string | null {
	for (const [freq, form] of Object.entries(PERIOD_FORMS)) {
		const m = form.exec(period);
		if (m) {
			const year = Number(m[1]);
			return year >= YEARS.min && year <= YEARS.max ? freq : null;
		}
	}
	return null;
}

/**
 * Whether a period fits a frequency (`A` when the file has no `freq` column: the model is annual).
 * `periodFits('2015Q1', 'A')` → false; `periodFits('2015-Q1', 'Q')` → true. An unknown frequency
 * code accepts any well-formed period.
 */
export function periodFits(period: string, frequency: string): boolean {
	// Asked for every row: rows repeat the previous row's period most of the time, and a file
	// has few distinct periods and frequencies.
	if (period === lastFit.period && frequency === lastFit.frequency) return lastFit.fits;
	const fits = periodFitsUncached(period, frequency);
	lastFit.period = period;
	lastFit.frequency = frequency;
	lastFit.fits = fits;
	return fits;
}
const lastFit = { period: '', frequency: '\u0000', fits: false };

function periodFitsUncached(period: string, frequency: string): boolean {
	const key = `${frequency}\u0000${period}`;
	let fits = fitsCache.get(key);
	if (fits === undefined) {
		const found = periodFrequency(period);
		fits = found !== null && (Object.hasOwn(PERIOD_FORMS, frequency) ? found === frequency : true);
		if (fitsCache.size > 4096) fitsCache.clear();
		fitsCache.set(key, fits);
	}
	return fits;
}
const fitsCache = new Map<string, boolean>();

/**
 * Header names that come more than once, whatever the case, with their 1-based columns.
 * `duplicateNames(['geo', 'x', 'GEO'])` → `[{ names: ['geo', 'GEO'], columns: [1, 3] }]`.
 */
export function duplicateNames(
	header: readonly string[],
	first = 1
): { names: string[]; columns: number[] }[] {
	const seen = new Map<string, { names: string[]; columns: number[] }>();
	header.forEach((raw, i) => {
		const name = raw.trim();
		if (name === '') return;
		const key = name.toLowerCase();
		const entry = seen.get(key) ?? { names: [], columns: [] };
		entry.names.push(name);
		entry.columns.push(i + first);
		seen.set(key, entry);
	});
	return [...seen.values()].filter((e) => e.columns.length > 1);
}

/** Throws the `duplicate-columns` layout error when a header repeats a name. */
export function refuseDuplicateNames(header: readonly string[], first = 1, line = 1): void {
	const repeated = duplicateNames(header, first);
	if (repeated.length === 0) return;
	throw new LayoutError(
		{
			code: 'duplicate-columns',
			params: {
				names: repeated.map((r) => r.names.map((n) => `"${n}"`).join(' / ')).join(', '),
				columns: repeated.map((r) => r.columns.join(', ')).join('; ')
			}
		},
		// At the second column of the first repeated name: the one that would have won.
		{ line, column: repeated[0]!.columns[1]! }
	);
}

/**
 * Lower-case dataset code from an SDMX reference, or `null`.
 * `datasetFromRef('ESTAT:ISOC_E_DII$DEFAULTVIEW(1.0)')` → `'isoc_e_dii'`.
 */
export function datasetFromRef(ref: string): string | null {
	// Every row of a file repeats the same reference: remember the last one.
	if (ref === lastRef.ref) return lastRef.dataset;
	const match = /^(?:[^:]*:)?([A-Za-z0-9_]+)/.exec(ref.trim());
	const dataset = match ? match[1]!.toLowerCase() : null;
	lastRef.ref = ref;
	lastRef.dataset = dataset;
	return dataset;
}
const lastRef: { ref: string | null; dataset: string | null } = { ref: null, dataset: null };

/**
 * Lower-case dataset code derived from a file name (Data Browser and bulk names).
 * `datasetFromFileName('estat_tin00111_filtered.tsv')` → `'tin00111'`; `'isoc_ec_esels.tsv.gz'` → `'isoc_ec_esels'`.
 */
export function datasetFromFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	let stem = base.toLowerCase().replace(/\.gz$/, '');
	stem = stem.replace(/\.[a-z0-9]+$/, '');
	// A browser's second download of the same name: `tin00111 (1)`.
	stem = stem.replace(/\s*\(\d+\)$/, '');
	stem = stem.replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
	// The Data Browser's download names (`tin00111$defaultview_spreadsheet`,
	// `isoc_ec_esels__custom_8801384_page_linear`): the table is what comes before.
	stem = stem.replace(/(_defaultview|__custom_\d+)?(_page)?(_spreadsheet|_linear(_2_0)?)$/, '');
	stem = stem.replace(/^estat_/, '').replace(/(_filtered)?(_en|_fr|_de)?$/, '');
	return stem;
}

/**
 * Whether an edition date (ISO 8601) is after the reader's clock, with a day's leeway for the
 * time zones: an edition cannot be from tomorrow. `isFutureEdition('2099-01-01')` → `true`
 */
export function isFutureEdition(iso: string): boolean {
	return Date.parse(iso) > Date.now() + 86_400_000;
}

/** Above this many error issues per file, the rest are only counted: the list stays readable. */
const MAX_ERRORS = 200;

/** Confidentiality codes of CONF_STATUS (FORMATS.md §8); `F` (free) means "public", i.e. none. */
const CONF_CODES = new Set(['C', 'N', 'P']);

/** Where in the file an observation came from, for the warnings about its codes. */
export interface Place {
	line: number;
	/** Column of each model field in the row, when the format has one. */
	columns?: Partial<Record<CodeDimension, { column: number; name: string }>>;
	flagColumn?: { column: number; name: string };
	confColumn?: { column: number; name: string };
}

/**
 * Accumulates observations and issues of one file, then gives the `IngestColumnsResult`.
 * `new Collector('a.tsv', 'tsv', 'a').finish()` → an empty result with zero counts.
 */
export class Collector {
	/** Observations straight into columns: no object per observation (see `columns.ts`). */
	readonly columns: ColumnBuilder;
	readonly issues: IngestIssue[] = [];
	rowsRead = 0;
	rowsAccepted = 0;
	rowsRejected = 0;
	blankRows = 0;
	/** Physical lines, set by delimited parsers from `parseRows`'s count. */
	lines = 0;
	headerLines = 0;
	joinedLines = 0;
	cellsRejected = 0;
	missingValues = 0;
	/** The edition dates the file's rows give (ISO 8601), each once: `noteLastUpdate`. */
	private readonly updates = new Set<string>();
	private lastUpdateText: string | null = null;
	private badUpdate: {
		value: string;
		line: number;
		column: number | null;
		columnName: string;
	} | null = null;
	readonly rejectedRows: RejectedRow[] = [];
	private rejectedRowsNotKept = 0;
	private lastNotKept = 0;
	private errorsNotListed = 0;
	/** The row being read, so a rejection can keep it as it was (`row(fields)` before each row). */
	private current: string[] | null = null;
	// Per dimension, then per code: no key string built for each of the five codes of every row.
	private readonly known = new Map<CodeDimension, Map<string, boolean>>();
	private readonly unknown = new Map<string, UnknownCode>();
	// Per checked dimension (CHECKED_DIMENSIONS order): the last code checked, and its entry when unknown.
	private readonly lastChecked: string[] = CHECKED_DIMENSIONS.map(() => '');
	private readonly lastUnknown: (UnknownCode | null)[] = CHECKED_DIMENSIONS.map(() => null);

	/**
	 * `expectedRows`: how many observations the file probably holds (`estimateRows`), so that the
	 * columns are sized once. Grown by doubling from a few thousand, a million rows' columns were
	 * copied twenty times, and every copy lands in fresh memory, whose first touch is what costs on
	 * the 2-core machine (3 ms per MB, issue #18); memory reserved and never written costs nothing.
	 */
	constructor(
		readonly file: string,
		readonly format: FormatId,
		public dataset: string,
		expectedRows = 4096
	) {
		this.columns = new ColumnBuilder(expectedRows);
	}

	private errorsListed = 0;

	/** Records an issue, keeping at most MAX_ERRORS errors in the list. */
	issue(place: Omit<IssuePlace, 'file'>, message: IssueMessage): void {
		if (place.severity === 'error') {
			if (this.errorsListed >= MAX_ERRORS) {
				this.errorsNotListed++;
				return;
			}
			this.errorsListed++;
		}
		this.issues.push(withMessage({ file: this.file, ...place, ...message }));
	}

	/**
	 * Takes the line count of `parseRows`: blank lines are rows read (neither accepted nor
	 * rejected), and the lines before the data are the header (plus `extraHeaderLines`, a
	 * `sep=;` line). `rowsRead` then counts every data line.
	 */
	countLines(count: LineCount, extraHeaderLines = 0): void {
		this.blankRows = count.blank;
		this.rowsRead += count.blank;
		this.joinedLines = count.joined;
		this.lines = count.lines + extraHeaderLines;
		this.headerLines = this.lines - this.rowsRead - this.joinedLines;
	}

	/** Says which row comes next, for `rejectRow` to keep it. */
	row(fields: string[]): void {
		this.current = fields;
	}

	/** Rejects a whole row. */
	rejectRow(
		line: number,
		column: number | null,
		columnName: string | undefined,
		message: IssueMessage,
		cell?: string
	): void {
		this.rowsRejected++;
		this.keepRejected(line, {
			column,
			...(columnName === undefined ? {} : { columnName }),
			...message
		} as RejectedReason);
		this.issue(
			{
				line,
				column,
				...(columnName === undefined ? {} : { columnName }),
				...(cell === undefined ? {} : { cell }),
				severity: 'error'
			},
			message
		);
	}

	/**
	 * What is wrong with a key's period or a value for its unit, or `null`.
	 * A period must be well formed and fit the row's `freq` (annual: four digits, 1900–2100);
	 * a share in percent lies in 0–100.
	 */
	static check(
		key: ObservationKey,
		freq: string | null,
		value: number | null
	): IssueMessage | null {
		if (!periodFits(key.period, freq ?? '')) {
			return { code: 'bad-period', params: { period: key.period, frequency: freq ?? '' } };
		}
		if (value !== null) {
			const range = unitRange(key.unit);
			if (range && (value < range.min || value > range.max)) {
				return { code: 'out-of-range', params: { value, unit: key.unit, ...range } };
			}
		}
		return null;
	}

	/** Rejects one value cell of an otherwise accepted wide line. */
	rejectCell(line: number, column: number, columnName: string, message: IssueMessage): void {
		this.cellsRejected++;
		this.keepRejected(line, { column, columnName, ...message } as RejectedReason);
		this.issue({ line, column, columnName, severity: 'error' }, message);
	}

	/**
	 * Keeps a refused line as read with why, for the download: once per line, each refusal on it
	 * added to it; past `MAX_REJECTED_ROWS` lines, only counted (the issue list stops far sooner).
	 */
	private keepRejected(line: number, reason: RejectedReason): void {
		if (this.current === null) return;
		const last = this.rejectedRows[this.rejectedRows.length - 1];
		if (last?.line === line) last.reasons.push(reason);
		else if (this.rejectedRows.length < MAX_REJECTED_ROWS)
			this.rejectedRows.push({ line, fields: this.current, reasons: [reason] });
		else if (this.lastNotKept !== line) {
			this.rejectedRowsNotKept++;
			this.lastNotKept = line;
		}
	}

	/**
	 * Adds one observation: splits its flags, applies a CONF_STATUS column if any, and notes
	 * unknown codes (counted per observation, reported once per dimension and code).
	 */
	add(
		dataset: string,
		key: ObservationKey,
		value: number | null,
		published: string,
		confColumn: string | null,
		place: Place
	): void {
		const split = splitFlags(published);
		let confStatus = split.confStatus;
		const conf = confColumn?.trim() ?? '';
		if (conf !== '' && conf !== 'F') {
			confStatus = conf;
			if (!CONF_CODES.has(conf)) {
				this.noteUnknown('flag', conf, { ...place, flagColumn: place.confColumn }, 'bad-flag');
			}
		}
		this.columns.push(
			dataset,
			key.indicator,
			key.unit,
			key.sizeClass,
			key.nace,
			key.geo,
			key.period,
			value,
			split.flags,
			confStatus,
			key.extra
		);
		if (value === null) this.missingValues++;
		for (let d = 0; d < CHECKED_DIMENSIONS.length; d++) {
			const dimension = CHECKED_DIMENSIONS[d]!;
			const code = key[dimension];
			if (code === '') continue;
			// Rows repeat the previous row's codes most of the time: same answer, no lookup.
			if (code === this.lastChecked[d]) {
				const unknown = this.lastUnknown[d];
				if (unknown) unknown.count++;
				continue;
			}
			this.lastChecked[d] = code;
			this.lastUnknown[d] = this.noteUnknown(dimension, code, place, 'unknown-code');
		}
		for (const letter of split.unknown) this.noteUnknown('flag', letter, place, 'bad-flag');
	}

	private isKnown(dimension: CodeDimension, code: string): boolean {
		let codes = this.known.get(dimension);
		if (codes === undefined) {
			codes = new Map();
			this.known.set(dimension, codes);
		}
		let known = codes.get(code);
		if (known === undefined) {
			known = isKnownCode(dimension, code);
			codes.set(code, known);
		}
		return known;
	}

	private noteUnknown(
		dimension: CodeDimension,
		code: string,
		place: Place,
		issueCode: 'unknown-code' | 'bad-flag'
	): UnknownCode | null {
		// Flags reported by splitFlags are unknown by definition; other codes ask the code lists.
		if (issueCode === 'unknown-code' && this.isKnown(dimension, code)) return null;
		const mapKey = `${dimension}\u0000${code}`;
		const seen = this.unknown.get(mapKey);
		if (seen) {
			seen.count++;
			return seen;
		}
		const entry: UnknownCode = { dimension, code, count: 1 };
		this.unknown.set(mapKey, entry);
		const where = dimension === 'flag' ? place.flagColumn : place.columns?.[dimension];
		this.issue(
			{
				line: place.line,
				column: where?.column ?? null,
				...(where ? { columnName: where.name } : {}),
				severity: 'warning'
			},
			dimension === 'flag'
				? { code: 'unknown-flag', params: { flag: code } }
				: { code: 'unknown-code', params: { code, dimension } }
		);
		return entry;
	}

	private thousands: {
		count: number;
		place: { line: number; column: number; columnName: string };
		example: string;
		value: number;
	} | null = null;

	/**
	 * Notes a value whose dots were read as thousands (`1.234` → 1234, decimals being commas):
	 * said once for the file, at the first such cell, with how many there were.
	 */
	noteThousands(
		raw: string,
		value: number,
		place: { line: number; column: number; columnName: string }
	): void {
		if (this.thousands) this.thousands.count++;
		else this.thousands = { count: 1, place, example: raw.trim(), value };
	}

	/**
	 * One row's edition date as the file writes it (SDMX-CSV's LAST UPDATE, JSON-stat's
	 * `updated`), read with `parse` only when it differs from the row before's: a file is then
	 * dated by its newest day, and a date that is no date is said, not shown as one.
	 */
	noteLastUpdate(
		text: string,
		parse: (text: string) => string | null,
		line: number,
		column: number | null,
		columnName: string
	): void {
		if (text === this.lastUpdateText) return;
		this.lastUpdateText = text;
		if (text.trim() === '') return;
		const iso = parse(text);
		if (iso !== null) this.updates.add(iso);
		else this.badUpdate ??= { value: text.trim(), line, column, columnName };
	}

	/** The report's edition: the newest real date not in the future, with the warnings it needs. */
	private editionDates(): { newest: string | null; oldest: string | null } {
		const whole = (severity: 'warning') => ({ file: this.file, line: 0, column: null, severity });
		if (this.badUpdate) {
			const { value, ...place } = this.badUpdate;
			this.issues.push(
				withMessage({
					file: this.file,
					...place,
					severity: 'warning',
					code: 'bad-last-update',
					params: { value }
				})
			);
		}
		const byTime = [...this.updates]
			.map((iso) => ({ iso, time: Date.parse(iso) }))
			.sort((a, b) => a.time - b.time);
		const future = byTime.filter((d) => isFutureEdition(d.iso));
		const real = byTime.filter((d) => !isFutureEdition(d.iso));
		if (future.length > 0)
			this.issues.push(
				withMessage({
					...whole('warning'),
					code: 'future-last-update',
					params: { value: future[0]!.iso.slice(0, 10) }
				})
			);
		if (real.length > 1)
			this.issues.push(
				withMessage({
					...whole('warning'),
					code: 'last-update-varies',
					params: {
						count: real.length,
						oldest: real[0]!.iso.slice(0, 10),
						newest: real.at(-1)!.iso.slice(0, 10)
					}
				})
			);
		return {
			newest: real.at(-1)?.iso ?? null,
			oldest: real.length > 1 ? real[0]!.iso : null
		};
	}

	/** Closes the report. */
	finish(): IngestColumnsResult {
		const edition = this.editionDates();
		// Read, but not one data line: say so, rather than leave a report of zeros.
		if (this.lines > 0 && this.rowsRead === this.blankRows && this.headerLines > 0)
			this.issues.push(
				withMessage({
					file: this.file,
					line: this.headerLines,
					column: null,
					severity: 'warning',
					code: 'header-only',
					params: { lines: this.headerLines }
				})
			);
		if (this.thousands) {
			const { count, place, example, value } = this.thousands;
			this.issues.push(
				withMessage({
					file: this.file,
					...place,
					severity: 'warning',
					code: 'thousands-read',
					params: { count, example, value }
				})
			);
		}
		if (this.errorsNotListed > 0) {
			this.issues.push(
				withMessage({
					file: this.file,
					line: 0,
					column: null,
					severity: 'error',
					code: 'too-many-errors',
					params: { count: this.errorsNotListed, max: MAX_ERRORS }
				})
			);
		}
		const report: ImportReport = {
			file: this.file,
			format: this.format,
			dataset: this.dataset,
			rowsRead: this.rowsRead,
			rowsAccepted: this.rowsAccepted,
			rowsRejected: this.rowsRejected,
			blankRows: this.blankRows,
			lines: this.lines,
			headerLines: this.headerLines,
			joinedLines: this.joinedLines,
			observations: this.columns.length,
			missingValues: this.missingValues,
			cellsRejected: this.cellsRejected,
			lastUpdate: edition.newest,
			issues: this.issues,
			unknownCodes: [...this.unknown.values()],
			fatal: null
		};
		if (this.rejectedRows.length > 0) report.rejectedRows = this.rejectedRows;
		if (this.rejectedRowsNotKept > 0) report.rejectedRowsNotKept = this.rejectedRowsNotKept;
		if (edition.oldest !== null) report.lastUpdateOldest = edition.oldest;
		return { columns: this.columns.finish(), report };
	}
}

/**
 * A result for a file that could not be read at all: no observations, the reason in `fatal`.
 * `fatalResult('a.csv', null, 'a', 'no header')` → `{ columns: (none), report: { fatal: 'no header', ... } }`.
 */
export function fatalResult(
	file: string,
	format: FormatId | null,
	dataset: string,
	reason: IssueMessage,
	issues: IngestIssue[] = [],
	at: { line: number; column: number | null } = { line: 0, column: null }
): IngestColumnsResult {
	const fatal = withMessage({
		file,
		line: at.line,
		column: at.column,
		severity: 'error',
		fatal: true,
		...reason
	});
	return {
		columns: emptyColumns(),
		report: {
			file,
			format,
			dataset,
			rowsRead: 0,
			rowsAccepted: 0,
			rowsRejected: 0,
			blankRows: 0,
			lines: 0,
			headerLines: 0,
			joinedLines: 0,
			observations: 0,
			missingValues: 0,
			cellsRejected: 0,
			lastUpdate: null,
			issues: [...issues, fatal],
			unknownCodes: [],
			fatal: fatal.message
		}
	};
}
