/**
 * Saves a file from the page through an object URL and a temporary `<a download>`.
 *
 * `blob:` URLs, not `data:` ones: no size limit, and nothing to add to the Content-Security-Policy
 * for the download itself (navigation to a download is not governed by `img-src`). Rendering an SVG
 * into a PNG does load a `blob:` image, hence `img-src 'self' blob:` in the policy (see png.ts).
 */

/**
 * Offers `content` to the user as a file named `filename`.
 * `download('\ufeffZone;Valeur\r\n', 'donnees.csv', 'text/csv;charset=utf-8')` → the browser saves donnees.csv
 */
export function download(content: Blob | string, filename: string, mime: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type: mime }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers start reading the URL only after click() has returned.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * A file name from a title: lower case, ASCII, dashes, no path characters.
 * `safeFilename('France et moyenne UE, 2013–2024')` → `france-et-moyenne-ue-2013-2024`
 */
export function safeFilename(text: string): string {
	const name = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return name || 'export';
}
