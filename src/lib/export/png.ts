/**
 * A standalone SVG drawn into a PNG, in the browser only (Image + canvas).
 *
 * The SVG is loaded from a `blob:` object URL, so the page's Content-Security-Policy needs
 * `img-src blob:` (the site's policy allows `'self' data: blob:`). An SVG image with no external
 * resources does not taint the canvas, so `toBlob` is allowed.
 */

/** Width and height of an SVG from its root `width`/`height` attributes, in px. */
export function svgSize(svg: string): { width: number; height: number } {
	const open = svg.slice(svg.indexOf('<svg'), svg.indexOf('>', svg.indexOf('<svg')) + 1);
	const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
	const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
	if (!(width > 0 && height > 0))
		throw new Error('svgToPng: the SVG has no width and height in px');
	return { width, height };
}

/**
 * Draws the SVG at `scale` times its size onto a white canvas and returns the PNG.
 * `await svgToPng('<svg xmlns="…" width="720" height="526">…</svg>')` → a Blob of a 1440×1052 PNG
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const { width, height } = svgSize(svg);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('svgToPng: the browser could not draw the SVG'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('svgToPng: no 2D canvas in this browser');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: canvas gave no PNG'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
