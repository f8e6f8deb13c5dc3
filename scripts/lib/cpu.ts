/**
 * How busy the machine's processors were while something ran, from Linux's `/proc/stat`, and how
 * much fresh memory was handed out meanwhile, from `/proc/vmstat`: the bench reads them beside a
 * 1M-row import, to say whether the import is waiting on something or using every core (issue #18:
 * on the 2-core machine, moving work between the cores did not bring the rows into DuckDB sooner),
 * and how much of that work is the kernel's. Elsewhere (no `/proc`) nothing is measured.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Bytes of memory a page fault brings in: Linux's base page on x86-64 and most arm64 builds.
 * Huge pages (2 MB) would make a fault count stand for more, and the figures say less than was
 * touched: the bench's machines give anonymous memory huge pages only on request (`madvise`).
 */
export const PAGE_BYTES = 4096;

/** The machine's counters at one moment: clock ticks idle, in the kernel and in all, since boot. */
export interface CpuSample {
	/** Wall-clock time, ms since the epoch. */
	at: number;
	idle: number;
	/** Ticks spent in the kernel: system calls, page faults, interrupts. */
	kernel: number;
	total: number;
	/** Page faults since boot, every process (`/proc/vmstat`); null where it cannot be read. */
	faults: number | null;
}

/**
 * The idle, kernel and total ticks of the machine's first line of `/proc/stat` (all cores), idle
 * counting the time waiting for disks too, kernel the system, interrupt and soft-interrupt time.
 * `ticksOf('cpu  10 0 5 80 5 0 0 0 0 0\n')` → `{ idle: 85, kernel: 5, total: 100 }`
 */
export function ticksOf(procStat: string): { idle: number; kernel: number; total: number } {
	const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
	if (!line) throw new Error('/proc/stat has no "cpu" line');
	const ticks = line.trim().split(/\s+/).slice(1).map(Number);
	if (ticks.length < 4 || ticks.some((t) => !Number.isFinite(t)))
		throw new Error(`/proc/stat: unreadable "cpu" line: ${line}`);
	// user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in
	// user and nice, so it is not added twice.
	const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = ticks;
	return {
		idle: idle! + iowait,
		kernel: system! + irq + softirq,
		total: user! + nice! + system! + idle! + iowait + irq + softirq + steal
	};
}

/**
 * The machine's page faults since boot, every process, from `/proc/vmstat`: each one the kernel
 * finding a page for memory touched for the first time (or given back and touched again), or
 * reading one from disk. `faultsOf('pgalloc_normal 7\npgfault 123456\npgmajfault 2\n')` → `123456`
 */
export function faultsOf(vmstat: string): number {
	const line = vmstat.split('\n').find((l) => l.startsWith('pgfault '));
	const count = Number(line?.slice('pgfault '.length));
	if (!line || !Number.isInteger(count) || count < 0)
		throw new Error(`/proc/vmstat: no readable "pgfault" line${line ? `: ${line}` : ''}`);
	return count;
}

/** What `busyBetween` says of a span. */
export interface Busy {
	/** Share of all cores' time that was busy. */
	share: number;
	/** That share times the cores times the span, in seconds. */
	coreSeconds: number;
	/** Share of the busy time spent in the kernel. */
	kernelShare: number;
	/** Megabytes the span's page faults brought in (`PAGE_BYTES` each); null without the counts. */
	faultedMB: number | null;
}

/**
 * The share of all cores' time that was busy between `from` and `to` (epoch ms), from the samples
 * nearest inside them, what that is in core-seconds, how much of it the kernel took and how much
 * memory its page faults brought in; `null` with fewer than two samples there.
 * `busyBetween([{ at: 0, idle: 0, kernel: 0, total: 0, faults: 0 }, { at: 1000, idle: 50, kernel: 30, total: 200, faults: 256 }], 0, 1000, 2)`
 * → `{ share: 0.75, coreSeconds: 1.5, kernelShare: 0.2, faultedMB: 1 }`
 */
export function busyBetween(
	samples: readonly CpuSample[],
	from: number,
	to: number,
	cores: number
): Busy | null {
	const inside = samples.filter((s) => s.at >= from && s.at <= to);
	if (inside.length < 2) return null;
	const first = inside[0]!;
	const last = inside[inside.length - 1]!;
	const ticks = last.total - first.total;
	if (ticks <= 0) return null;
	const busyTicks = ticks - (last.idle - first.idle);
	const share = busyTicks / ticks;
	return {
		share,
		coreSeconds: (share * cores * (last.at - first.at)) / 1000,
		kernelShare: busyTicks > 0 ? (last.kernel - first.kernel) / busyTicks : 0,
		faultedMB:
			first.faults === null || last.faults === null
				? null
				: ((last.faults - first.faults) * PAGE_BYTES) / 2 ** 20
	};
}

/**
 * What this machine's kernel takes to hand out fresh memory: milliseconds per megabyte touched for
 * the first time (one write a page into a new 128 MB buffer), once per run: a figure to compare
 * machines by, as a 1M-row import touches hundreds of megabytes (the 2-core machine took 2.5–3.8
 * ms a megabyte on 2026-12-04). `null` where the pages were not faulted in one by one (the buffer
 * came already mapped, or in huge pages): the figure would not measure that.
 */
export function firstTouchCosts(runs = 3, megabytes = 128): number[] | null {
	const costs: number[] = [];
	for (let run = 0; run < runs; run++) {
		const faultsBefore = process.resourceUsage().minorPageFault;
		const started = performance.now();
		const buffer = new Uint8Array(megabytes * 2 ** 20);
		for (let at = 0; at < buffer.length; at += PAGE_BYTES) buffer[at] = 1;
		const ms = performance.now() - started;
		const faulted =
			((process.resourceUsage().minorPageFault - faultsBefore) * PAGE_BYTES) / 2 ** 20;
		if (faulted < megabytes * 0.9) return null;
		costs.push(ms / megabytes);
	}
	return costs;
}

/** Cores the machine has, as `busyBetween` counts them. */
export const coreCount = (): number => cpus().length;

/**
 * Reads `/proc/stat` and `/proc/vmstat` every `everyMs` until `stop()`, which gives the samples;
 * `null` where there is no `/proc/stat`. `const meter = cpuMeter(); …; busyBetween(meter.stop(), a, b, coreCount())`
 */
export function cpuMeter(everyMs = 50): { stop: () => CpuSample[] } | null {
	const faults = (): number | null => {
		try {
			return faultsOf(readFileSync('/proc/vmstat', 'utf8'));
		} catch {
			return null;
		}
	};
	const read = (): CpuSample | null => {
		try {
			return { at: Date.now(), ...ticksOf(readFileSync('/proc/stat', 'utf8')), faults: faults() };
		} catch {
			return null;
		}
	};
	const first = read();
	if (!first) return null;
	const samples: CpuSample[] = [first];
	const timer = setInterval(() => {
		const sample = read();
		if (sample) samples.push(sample);
	}, everyMs);
	return {
		stop() {
			clearInterval(timer);
			const last = read();
			if (last) samples.push(last);
			return samples;
		}
	};
}
