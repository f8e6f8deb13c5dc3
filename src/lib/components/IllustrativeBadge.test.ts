import { readdirSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import IllustrativeBadge from './IllustrativeBadge.svelte';

const SRC = new URL('../../', import.meta.url);

describe('IllustrativeBadge', () => {
	it('says its words in the one badge look, smaller in a table cell', () => {
		const big = render(IllustrativeBadge, { props: { label: 'données illustratives' } }).body;
		expect(big).toMatch(/<span class="synthetic svelte-[a-z0-9]+">données illustratives<\/span>/);
		const small = render(IllustrativeBadge, { props: { label: 'illustrative', small: true } }).body;
		expect(small).toMatch(/class="synthetic svelte-[a-z0-9]+ small"/);
	});

	it('is the only badge of illustrative data: no component draws its own', () => {
		const own = (readdirSync(SRC, { recursive: true }) as string[])
			.filter((f) => f.endsWith('.svelte') && !f.endsWith('IllustrativeBadge.svelte'))
			.filter((f) =>
				/<span class="synthetic">|<p class="synthetic">/.test(readFileSync(new URL(f, SRC), 'utf8'))
			);
		expect(own).toEqual([]);
	});
});
