import { describe, expect, it } from 'vitest';
import { POPULATIONS } from '../domain/population';
import { tPopulation, vintageText } from './population';

const tin = { dataset: 'tin00111', vintage: '2025' };
const esels = { dataset: 'isoc_ec_esels', vintage: '2026-02-27T11:00:00' };

describe('population strings', () => {
	it('name every population in both languages and date a vintage at the precision known', () => {
		for (const locale of ['fr', 'en'] as const) {
			const m = tPopulation(locale);
			expect(Object.keys(m.short)).toEqual([...POPULATIONS]);
			expect(Object.keys(m.long)).toEqual([...POPULATIONS]);
		}
		expect(tPopulation('fr').short['10-249']).toBe('PME 10–249');
		expect(vintageText('isoc_ec_esels', esels.vintage, 'fr')).toBe(
			'Millésime : isoc_ec_esels, mis à jour le 2026-02-27'
		);
		expect(vintageText('tin00111', tin.vintage, 'en')).toBe('Vintage: tin00111 (2025)');
	});
});
