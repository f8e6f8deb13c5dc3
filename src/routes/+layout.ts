import { firstLoadTurn } from '$lib/components/deferred';

// Every page is prerendered from the bundled data at build time (adapter-static).
export const prerender = true;
export const trailingSlash = 'always';

// In the browser, the first page is hydrated two tasks after the one that loaded the app and
// started the router, the page's rows being unpacked in between (issue #18: no task over 50 ms);
// later navigations do not wait.
export const load = async () => {
	await firstLoadTurn(2);
	return {};
};
