import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	busyBetween,
	cpuMeter,
	faultsOf,
	firstTouchCosts,
	PAGE_BYTES,
	ticksOf,
	type CpuSample
} from './cpu';

// The first lines of a real /proc/stat (Linux 6, 2 cores): the machine's line, then one per core.
const PROC_STAT = `cpu  4705 150 1770 81030 210 0 35 12 0 0
cpu0 2400 70 900 40500 100 0 20 6 0 0
cpu1 2305 80 870 40530 110 0 15 6 0 0
intr 123456 0 0
`;

describe('ticksOf: the machine line of /proc/stat', () => {
	it('counts idle with waits for disks, and every kind of busy time once', () => {
		expect(ticksOf(PROC_STAT)).toEqual({
			idle: 81030 + 210,
			kernel: 1770 + 0 + 35,
			total: 4705 + 150 + 1770 + 81030 + 210 + 0 + 35 + 12
		});
	});

	it('reads an old kernel line of four counters', () => {
		expect(ticksOf('cpu 1 2 3 4\n')).toEqual({ idle: 4, kernel: 3, total: 10 });
	});

	it('says what is wrong with text that is not /proc/stat', () => {
		expect(() => ticksOf('intr 1 2\n')).toThrow('no "cpu" line');
		expect(() => ticksOf('cpu a b c d\n')).toThrow('unreadable');
	});
});

describe('busyBetween: the share of the cores busy over a span', () => {
	// A second at a time: idle 50 of 200 ticks (75% busy, a fifth of it in the kernel, 256 pages
	// faulted in), then 190 of 200 (5% busy, none of it in the kernel, 512 pages).
	const samples: CpuSample[] = [
		{ at: 0, idle: 0, kernel: 0, total: 0, faults: 1000 },
		{ at: 1000, idle: 50, kernel: 30, total: 200, faults: 1256 },
		{ at: 2000, idle: 240, kernel: 30, total: 400, faults: 1768 }
	];

	it('gives the share, the core-seconds, the kernel share and the memory faulted in', () => {
		expect(busyBetween(samples, 0, 1000, 2)).toEqual({
			share: 0.75,
			coreSeconds: 1.5,
			kernelShare: 0.2,
			faultedMB: 1
		});
		expect(busyBetween(samples, 500, 2000, 2)).toEqual({
			share: expect.closeTo(10 / 200, 12),
			coreSeconds: expect.closeTo((10 / 200) * 2, 12),
			kernelShare: 0,
			faultedMB: 2
		});
		const whole = busyBetween(samples, 0, 2000, 4)!;
		expect(whole.share).toBeCloseTo(1 - 240 / 400, 10);
		expect(whole.kernelShare).toBeCloseTo(30 / 160, 10);
		expect(whole.faultedMB).toBe(3);
	});

	it('gives no memory figure without fault counts, and no kernel share of no busy time', () => {
		const blind = busyBetween(
			[
				{ at: 0, idle: 0, kernel: 0, total: 0, faults: null },
				{ at: 1000, idle: 100, kernel: 0, total: 100, faults: null }
			],
			0,
			1000,
			1
		);
		expect(blind).toEqual({ share: 0, coreSeconds: 0, kernelShare: 0, faultedMB: null });
	});

	it('says nothing with fewer than two samples in the span, or no ticks between them', () => {
		expect(busyBetween(samples, 100, 900, 2)).toBeNull();
		expect(
			busyBetween(
				[
					{ at: 0, idle: 5, kernel: 1, total: 9, faults: 0 },
					{ at: 10, idle: 5, kernel: 1, total: 9, faults: 0 }
				],
				0,
				10,
				2
			)
		).toBeNull();
	});
});

describe('faultsOf: the page faults line of /proc/vmstat', () => {
	it('reads pgfault, not the lines that start alike', () => {
		expect(faultsOf('pgfree 9\npgfault 4096\npgmajfault 3\npgfault_other 1\n')).toBe(4096);
	});

	it('says what is wrong with text that is not /proc/vmstat', () => {
		expect(() => faultsOf('nr_free_pages 12\n')).toThrow('no readable "pgfault" line');
		expect(() => faultsOf('pgfault many\n')).toThrow('pgfault many');
	});
});

describe('firstTouchCosts', () => {
	it('times fresh memory on this machine, when the kernel faults it in page by page', () => {
		// Above glibc's largest mmap threshold (32 MB): a smaller buffer can come from memory freed
		// by an earlier test in this worker, already faulted in, and there would be nothing to time.
		const costs = firstTouchCosts(2, 48);
		if (process.platform !== 'linux') return;
		// Only a kernel giving every large buffer huge pages leaves nothing to time.
		const hugePages = readIfThere('/sys/kernel/mm/transparent_hugepage/enabled');
		if (costs === null) return expect(hugePages).toContain('[always]');
		expect(costs).toHaveLength(2);
		for (const cost of costs) {
			expect(cost).toBeGreaterThan(0);
			// Even a slow virtual machine hands out a megabyte in well under a second.
			expect(cost).toBeLessThan(1000);
		}
	});
});

describe('cpuMeter', () => {
	it('samples this machine while it runs, when it has /proc/stat', async () => {
		const meter = cpuMeter(10);
		if (meter === null) return expect(process.platform).not.toBe('linux');
		// Keep a core busy a while, giving the meter's timer its turns in between.
		for (let i = 0; i < 8; i++) {
			const from = Date.now();
			while (Date.now() - from < 15);
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
		const samples = meter.stop();
		expect(samples.length).toBeGreaterThan(2);
		for (let i = 1; i < samples.length; i++) {
			expect(samples[i]!.at).toBeGreaterThanOrEqual(samples[i - 1]!.at);
			expect(samples[i]!.total).toBeGreaterThanOrEqual(samples[i - 1]!.total);
		}
		const busy = busyBetween(samples, samples[0]!.at, samples.at(-1)!.at, 1);
		expect(busy).not.toBeNull();
		expect(busy!.share).toBeGreaterThan(0);
		expect(busy!.share).toBeLessThanOrEqual(1);
		expect(busy!.kernelShare).toBeGreaterThanOrEqual(0);
		expect(busy!.kernelShare).toBeLessThanOrEqual(1);
	});

	it('counts the fresh memory touched while it runs, when it has /proc/vmstat', async () => {
		const meter = cpuMeter(10);
		if (meter === null || readIfThere('/proc/vmstat') === null)
			return expect(process.platform).not.toBe('linux');
		await new Promise((resolve) => setTimeout(resolve, 30));
		// In a process of its own: a buffer in this one may reuse pages an earlier test freed (it
		// did once, under load), and then nothing is faulted in. Every process counts.
		const touched = execFileSync(process.execPath, [
			'-e',
			`const b = new Uint8Array(64 * 2 ** 20); for (let i = 0; i < b.length; i += ${PAGE_BYTES}) b[i] = 1; process.stdout.write(String(b[${PAGE_BYTES}]))`
		]).toString();
		await new Promise((resolve) => setTimeout(resolve, 30));
		const samples = meter.stop();
		const busy = busyBetween(samples, samples[0]!.at, samples.at(-1)!.at, 1)!;
		expect(touched).toBe('1');
		expect(busy.faultedMB).toBeGreaterThan(64 * 0.9);
	});
});

function readIfThere(file: string): string | null {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return null;
	}
}
