/**
 * One way to turn a chart's server render into the SVG file a reviewer opens: the first `<svg>`
 * (the chart; legend swatches come after it), without hydration markers, one tag per line, and
 * with what changes from build to build made stable: Svelte's scoped class hashes
 * (`svelte-1k9fbsq`) and the ids `$props.id()` generates (`s1-title`, `url(#s2-hatch)`). So a
 * snapshot only changes when the drawing does. Used by every chart's snapshot test.
 */

/**
 * The chart's SVG in `body` (what `render(...).body` returns), normalised for a snapshot file.
 * `chartSvg('<figure class="a svelte-x1"><svg aria-labelledby="s3-title"><title id="s3-title">T</title></svg></figure>')`
 * → `'<svg aria-labelledby="ID-title">\n<title id="ID-title">T</title>\n</svg>'`.
 */
export function chartSvg(body: string): string {
	const start = body.indexOf('<svg');
	if (start < 0) throw new Error('chartSvg: the render holds no <svg>');
	const end = body.indexOf('</svg>', start) + '</svg>'.length;
	return normaliseSvg(body.slice(start, end));
}

/**
 * `svg` without hydration comments, one tag per line, class hashes written `svelte-HASH` and
 * generated ids `ID`. `normaliseSvg('<g class="x svelte-ab12"><!--[--><use href="#s12-m"/></g>')`
 * → `'<g class="x svelte-HASH">\n<use href="#ID-m"/>\n</g>'`.
 */
export function normaliseSvg(svg: string): string {
	return (
		svg
			.replace(/<!--[^]*?-->/g, '')
			.replace(/></g, '>\n<')
			.replace(/\bsvelte-[a-z0-9]{4,}\b/g, 'svelte-HASH')
			// `$props.id()` gives `s` + a counter on the server (`c` + counter in the browser).
			.replace(/(["#(\s])[sc]\d+-(?=[\w-]+["\s)])/g, '$1ID-')
	);
}
