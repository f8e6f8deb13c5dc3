/**
 * How busy the machine's processors were while something ran, from Linux's `/proc/stat`: the
 * bench reads it beside a 1M-row import, to say whether the import is waiting on something or
 * using every core (issue #18: on the 2-core machine, moving work between the cores did not bring
 * the rows into DuckDB sooner). Elsewhere (no `/proc/stat`) nothing is measured.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The machine's counters at one moment: clock ticks idle and in all, since boot. */
export interface CpuSample {
	/** Wall-clock time, ms since the epoch. */
	at: number;
	idle: number;
	total: number;
}

/**
 * The idle and total ticks of the machine's first line of `/proc/stat` (all cores), idle counting
 * the time waiting for disks too. `ticksOf('cpu  10 0 5 80 5 0 0 0 0 0\n')` → `{ idle: 85, total: 100 }`
 */
export function ticksOf(procStat: string): { idle: number; total: number } {
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
		total: user! + nice! + system! + idle! + iowait + irq + softirq + steal
	};
}

/**
 * The share of all cores' time that was busy between `from` and `to` (epoch ms), from the samples
 * nearest inside them, and what that is in core-seconds; `null` with fewer than two samples there.
 * `busyBetween([{ at: 0, idle: 0, total: 0 }, { at: 1000, idle: 50, total: 200 }], 0, 1000, 2)`
 * → `{ share: 0.75, coreSeconds: 1.5 }`
 */
export function busyBetween(
	samples: readonly CpuSample[],
	from: number,
	to: number,
	cores: number
): { share: number; coreSeconds: number } | null {
	const inside = samples.filter((s) => s.at >= from && s.at <= to);
	if (inside.length < 2) return null;
	const first = inside[0]!;
	const last = inside[inside.length - 1]!;
	const ticks = last.total - first.total;
	if (ticks <= 0) return null;
	const share = 1 - (last.idle - first.idle) / ticks;
	return { share, coreSeconds: (share * cores * (last.at - first.at)) / 1000 };
}

/** Cores the machine has, as `busyBetween` counts them. */
export const coreCount = (): number => cpus().length;

/**
 * Reads `/proc/stat` every `everyMs` until `stop()`, which gives the samples; `null` where there
 * is no `/proc/stat`. `const meter = cpuMeter(); …; busyBetween(meter.stop(), a, b, coreCount())`
 */
export function cpuMeter(everyMs = 50): { stop: () => CpuSample[] } | null {
	const read = (): CpuSample | null => {
		try {
			return { at: Date.now(), ...ticksOf(readFileSync('/proc/stat', 'utf8')) };
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
