import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/data/ingest/ingest';
import { parseManifest } from '../../src/lib/data/manifest';
import { INDICATOR_LABELS, UNIT_LABELS } from '../../src/lib/domain/indicators';
import { isIllustrativeCode } from '../../src/lib/domain/illustrative';

// Every bundled file, read as the build reads it: an illustrative file never carries a code of
// Eurostat's (indicator, unit) nor a Eurostat flag, and a real file never an illustrative code.
const manifest = parseManifest(await readFile('data/manifest.json', 'utf8'), 'manifest.json');

describe('bundled files: illustrative codes apart from Eurostat codes', () => {
	it.each(manifest.files.map((f) => [f.file, f] as const))('%s', async (_, entry) => {
		const bytes = new Uint8Array(await readFile(`data/${entry.file}`));
		const { observations, report } = await ingestBytes(entry.file, bytes, {
			dataset: entry.dataset
		});
		expect(report.fatal).toBeNull();
		expect(observations.length).toBeGreaterThan(0);
		const indicators = new Set(observations.map((o) => o.indicator));
		const units = new Set(observations.map((o) => o.unit));
		if (entry.synthetic) {
			for (const code of [...indicators, ...units]) expect(isIllustrativeCode(code)).toBe(true);
			expect(observations.filter((o) => o.flags !== '' || o.confStatus !== null)).toEqual([]);
		} else {
			for (const code of [...indicators, ...units]) expect(isIllustrativeCode(code)).toBe(false);
		}
	});

	it('labels the illustrative codes as illustrative, in both languages', () => {
		expect(INDICATOR_LABELS.get('ILLUS_ESELL')?.fr).toMatch(/illustratives/);
		expect(UNIT_LABELS.get('ILLUS_PC')?.en).toMatch(/illustrative/);
	});
});
