import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/*
 * Two projects: the core and CLI tests run on plain Node and never see
 * Obsidian; the plugin tests (test/plugin/**) get a small hand-written
 * stand-in for the `obsidian` module and a DOM (happy-dom), nothing else.
 */
const obsidianStandIn = fileURLToPath(new URL('./test/plugin/obsidian-stub.ts', import.meta.url));

export default defineConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'core',
					include: ['test/**/*.test.ts'],
					exclude: ['test/plugin/**', '**/node_modules/**'],
					environment: 'node',
				},
			},
			{
				extends: true,
				resolve: { alias: { obsidian: obsidianStandIn } },
				test: {
					name: 'plugin',
					include: ['test/plugin/**/*.test.ts'],
					environment: 'happy-dom',
				},
			},
		],
	},
});
