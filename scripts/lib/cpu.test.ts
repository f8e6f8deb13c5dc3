import { describe, expect, it } from 'vitest';
import { busyBetween, cpuMeter, ticksOf, type CpuSample } from './cpu';

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
			total: 4705 + 150 + 1770 + 81030 + 210 + 0 + 35 + 12
		});
	});

	it('reads an old kernel line of four counters', () => {
		expect(ticksOf('cpu 1 2 3 4\n')).toEqual({ idle: 4, total: 10 });
	});

	it('says what is wrong with text that is not /proc/stat', () => {
		expect(() => ticksOf('intr 1 2\n')).toThrow('no "cpu" line');
		expect(() => ticksOf('cpu a b c d\n')).toThrow('unreadable');
	});
});

describe('busyBetween: the share of the cores busy over a span', () => {
	// A second at a time: idle 50 of 200 ticks (75% busy), then 190 of 200 (5% busy).
	const samples: CpuSample[] = [
		{ at: 0, idle: 0, total: 0 },
		{ at: 1000, idle: 50, total: 200 },
		{ at: 2000, idle: 240, total: 400 }
	];

	it('gives the share and the core-seconds of the samples inside the span', () => {
		expect(busyBetween(samples, 0, 1000, 2)).toEqual({ share: 0.75, coreSeconds: 1.5 });
		expect(busyBetween(samples, 500, 2000, 2)).toEqual({
			share: 1 - 190 / 200,
			coreSeconds: (1 - 190 / 200) * 2
		});
		expect(busyBetween(samples, 0, 2000, 4)!.share).toBeCloseTo(1 - 240 / 400, 10);
	});

	it('says nothing with fewer than two samples in the span, or no ticks between them', () => {
		expect(busyBetween(samples, 100, 900, 2)).toBeNull();
		expect(
			busyBetween(
				[
					{ at: 0, idle: 5, total: 9 },
					{ at: 10, idle: 5, total: 9 }
				],
				0,
				10,
				2
			)
		).toBeNull();
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
	});
});
