import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/*
 * Two bundles from one source tree:
 * - main.js: the Obsidian plugin. Browser platform, so a stray Node import fails
 *   the build instead of failing on a phone.
 * - dist/cli.cjs: the command-line checker for Node, with gray-matter inside.
 */
const production = process.argv[2] === 'production';
const watch = process.argv.includes('--watch');

const plugin = {
	entryPoints: ['src/main.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'browser',
	target: 'es2021',
	outfile: 'main.js',
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
	minify: production,
	sourcemap: production ? false : 'inline',
	treeShaking: true,
	logLevel: 'info',
};

const cli = {
	entryPoints: ['src/cli/main.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	outfile: 'dist/cli.cjs',
	external: builtinModules,
	define: { POSTWRIGHT_VERSION: JSON.stringify(version) },
	logLevel: 'info',
};

const targets = process.argv.includes('--cli-only') ? [cli] : [plugin, cli];
if (watch) {
	for (const options of targets) await (await esbuild.context(options)).watch();
} else {
	await Promise.all(targets.map((options) => esbuild.build(options)));
}
