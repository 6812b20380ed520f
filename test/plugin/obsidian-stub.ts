/**
 * The `obsidian` module for the plugin tests (aliased in vitest.config.ts for
 * test/plugin only): a small hand-written stand-in that behaves as Obsidian
 * documents where the plugin depends on it (vault.create refuses an existing
 * path, processFrontMatter keeps key order, editor transactions are one step).
 * Members ending in `__` are test helpers, not Obsidian API.
 *
 * obsidian-test-mocks was evaluated first: its vault.create silently replaces
 * an existing file and its workspace never has an active Markdown view, the
 * two behaviours these tests most depend on.
 */
import { installDomHelpers } from './stub/dom';

installDomHelpers();

export * from './stub/events';
export * from './stub/vault';
export * from './stub/editor';
export * from './stub/workspace';
export * from './stub/ui';
export * from './stub/app';
export { getFrontMatterInfo, parseYaml, stringifyYaml } from './stub/yaml';

export const Platform = { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false };

export function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '') || '/';
}

export function debounce<A extends unknown[]>(fn: (...args: A) => unknown, wait = 0, _resetTimer?: boolean): ((...args: A) => void) & { cancel(): void; run(): void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: A | null = null;
	const debounced = (...args: A): void => {
		pending = args;
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => debounced.run(), wait);
	};
	debounced.cancel = (): void => {
		if (timer) clearTimeout(timer);
		timer = null;
		pending = null;
	};
	debounced.run = (): void => {
		if (timer) clearTimeout(timer);
		timer = null;
		const args = pending;
		pending = null;
		if (args) fn(...args);
	};
	return debounced;
}
