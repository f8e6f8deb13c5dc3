// Every page is prerendered from the bundled data at build time (adapter-static).
export const prerender = true;
export const trailingSlash = 'always';
