/** Cells zeroed between two pauses by `touch` (256 kB: 30 ms at CPU ×4 on a 2-core machine). */
const TOUCH_CELLS = 1 << 15;

/** Writes a table's zeros once, `TOUCH_CELLS` at a time, `pause` between two slices. */
async function touchCells(cells: Float64Array, pause: () => Promise<void>): Promise<void> {
	for (let at = 0; at < cells.length; at += TOUCH_CELLS) {
		cells.fill(0, at, Math.min(cells.length, at + TOUCH_CELLS));
		await pause();
	}
}

/**
 * A map from statistic keys (integers from 0 to 2^53 − 2, as `planMerge` numbers them) to
 * numbers, in one typed array sized once. A `Map` of a million numbers rehashed itself in
 * single steps of 100 ms and more on the page's thread while a file was checked and kept (issue
 * #18), and left a million entries for the garbage collector; this table never grows past the
 * capacity it is given, and is one flat buffer.
 *
 * `const t = new KeyTable(3); t.setIfAbsent(42, 7)` → `-1`; again `t.setIfAbsent(42, 8)` → `7`.
 */
export class KeyTable implements StatisticTable {
	/**
	 * Slot `i` is `cells[2i]` (the key + 1, so that a fresh zeroed buffer is an empty table: no
	 * fill pass over megabytes) and `cells[2i + 1]` (its value), side by side in memory.
	 */
	private readonly cells: Float64Array;
	private readonly mask: number;
	/** How many keys the table holds. */
	size = 0;

	/** Room for `capacity` keys (the table itself is 1.5 to 3 times that, a power of two). */
	constructor(readonly capacity: number) {
		// At least half as many again as keys: a 1M-key table is 2^21 slots (32 MB), not 2^22. Its
		// memory is written once before use (`touch`), and that cost is per megabyte.
		const slots = keyTableSlots(capacity);
		this.cells = new Float64Array(slots * 2);
		this.mask = slots - 1;
	}

	/**
	 * Writes the table's zeros once, a slice at a time, `pause` between two slices. A fresh
	 * buffer's memory is mapped on first touch: left to `setIfAbsent`, whose touches are random,
	 * the first strides of a 1M-row check each met thousands of page faults, tasks of 300–400 ms
	 * with the CPU slowed ×4 (issue #18). `await new KeyTable(1e6).touch(() => slicer.tick())`
	 */
	touch(pause: () => Promise<void>): Promise<void> {
		return touchCells(this.cells, pause);
	}

	/** The cell of `key` (`key + 1` is there), or the empty cell where it would go. */
	private cell(key: number): number {
		// Both halves of the key (it goes past 2^32), through MurmurHash3's finaliser: every bit
		// of the key reaches the low bits the mask keeps. Keys are mixed-radix numbers whose low
		// bits repeat; a plain multiply kept them clustered, and probing took 0.65 s per 1M rows.
		const low = key % 4294967296;
		let h = (low | 0) ^ Math.imul((key - low) / 4294967296, 0x27d4eb2d);
		h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
		let i = (h ^ (h >>> 16)) & this.mask;
		const stored = key + 1;
		for (;;) {
			const at = this.cells[2 * i]!;
			if (at === stored || at === 0) return 2 * i;
			i = (i + 1) & this.mask;
		}
	}

	/**
	 * One look-up for "seen before?": the number kept for `key`, or -1 after keeping `value` (≥ 0)
	 * for it. Past `capacity` keys it throws rather than slow down.
	 */
	setIfAbsent(key: number, value: number): number {
		const c = this.cell(key);
		if (this.cells[c] !== 0) return this.cells[c + 1]!;
		if (this.size >= this.capacity) throw new Error(`KeyTable: more than ${this.capacity} keys`);
		this.cells[c] = key + 1;
		this.cells[c + 1] = value;
		this.size++;
		return -1;
	}
}

/** What `planMerge` asks of a table of statistics: "seen before?" in one look-up. */
export interface StatisticTable {
	readonly size: number;
	/** Writes the table's memory once, a slice at a time, `pause` between two slices. */
	touch(pause: () => Promise<void>): Promise<void>;
	/** The number kept for `key`, or -1 after keeping `value` (≥ 0) for it. */
	setIfAbsent(key: number, value: number): number;
}

/** Slots of the `KeyTable` made for `capacity` keys: `keyTableSlots(1_000_000)` → `2 ** 21`. */
export function keyTableSlots(capacity: number): number {
	let slots = 16;
	while (slots < capacity * 1.5) slots *= 2;
	return slots;
}

/**
 * A slot for every possible key, `0` to `space − 1`: the key is its own slot, with no hash and no
 * probing. Eurostat tables are near-complete cubes, so the keys `planMerge` numbers (the codes in
 * mixed radix) often span not much more than the rows: for a 1M-row file checked against the
 * three bundled files, 2.0M possible keys, a table of 16 MB where `KeyTable` takes 32 MB, and a
 * direct write in place of a hashed look-up in fresh memory (the check's largest cost in the
 * browser, issue #18). `new DirectTable(10).setIfAbsent(3, 7)` → `-1`; again with 8 → `7`.
 */
export class DirectTable implements StatisticTable {
	/** Slot `key` holds its value + 1, so that a fresh zeroed buffer is an empty table. */
	private readonly cells: Float64Array;
	size = 0;

	constructor(readonly space: number) {
		this.cells = new Float64Array(space);
	}

	touch(pause: () => Promise<void>): Promise<void> {
		return touchCells(this.cells, pause);
	}

	setIfAbsent(key: number, value: number): number {
		const at = this.cells[key];
		if (at === undefined) throw new Error(`DirectTable: key ${key} outside 0–${this.space - 1}`);
		if (at !== 0) return at - 1;
		this.cells[key] = value + 1;
		this.size++;
		return -1;
	}
}

/**
 * The table for `count` keys taken from `0` to `space − 1`: a `DirectTable` when it is no larger
 * than the `KeyTable` of `count` keys (8 bytes a possible key against 16 a slot), a `KeyTable`
 * otherwise. `statisticTable(1_000_000, 1_806_624)` → a `DirectTable`; `statisticTable(3, 729)` →
 * a `KeyTable`.
 */
export function statisticTable(count: number, space: number): StatisticTable {
	return space <= 2 * keyTableSlots(count) ? new DirectTable(space) : new KeyTable(count);
}
