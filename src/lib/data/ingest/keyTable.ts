/** Cells zeroed between two pauses by `touch` (256 kB: 30 ms at CPU ×4 on a 2-core machine). */
const TOUCH_CELLS = 1 << 15;

/**
 * A map from statistic keys (integers from 0 to 2^53 − 2, as `planMerge` numbers them) to
 * numbers, in one typed array sized once. A `Map` of a million numbers rehashed itself in
 * single steps of 100 ms and more on the page's thread while a file was checked and kept (issue
 * #18), and left a million entries for the garbage collector; this table never grows past the
 * capacity it is given, and is one flat buffer.
 *
 * `const t = new KeyTable(3); t.setIfAbsent(42, 7)` → `-1`; again `t.setIfAbsent(42, 8)` → `7`.
 */
export class KeyTable {
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
		let slots = 16;
		while (slots < capacity * 1.5) slots *= 2;
		this.cells = new Float64Array(slots * 2);
		this.mask = slots - 1;
	}

	/**
	 * Writes the table's zeros once, a slice at a time, `pause` between two slices. A fresh
	 * buffer's memory is mapped on first touch: left to `setIfAbsent`, whose touches are random,
	 * the first strides of a 1M-row check each met thousands of page faults, tasks of 300–400 ms
	 * with the CPU slowed ×4 (issue #18). `await new KeyTable(1e6).touch(() => slicer.tick())`
	 */
	async touch(pause: () => Promise<void>): Promise<void> {
		for (let at = 0; at < this.cells.length; at += TOUCH_CELLS) {
			this.cells.fill(0, at, Math.min(this.cells.length, at + TOUCH_CELLS));
			await pause();
		}
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
