import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/*
 * Two bundles from one source tree:
 * - main.js: the Obsidian plugin. Browser platform, so a stray Node import fails
 *   the build instead of failing on a phone.
 * - dist/cli.cjs: the command-line checker for Node, with gray-matter inside.
 */
const production = process.argv[2] === 'production';
const watch = process.argv.includes('--watch');

/**
 * A rule's `examples` (whole example notes) feed the docs page and the generic
 * rule test, never the plugin; left in, they were a tenth of main.js. For the
 * plugin bundle each rule file's `examples: { … },` is cut out whole (no plugin
 * code reads the key). The scan skips strings and comments, and a cut in the
 * wrong place fails the build (a syntax error), never silently.
 */
const EXAMPLES_KEY = /^\texamples: \{/m;
function withoutExamples(source) {
	const match = EXAMPLES_KEY.exec(source);
	if (!match) return source;
	const open = match.index + match[0].length - 1;
	let depth = 0;
	const templates = [];
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === "'" || c === '"') {
			for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
		} else if (c === '`' || (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth)) {
			// Template text up to its end or to the next `${`, whose `}` brings us back here.
			if (c === '}') { templates.pop(); depth--; }
			for (i++; i < source.length && source[i] !== '`'; i++) {
				if (source[i] === '\\') i++;
				else if (source[i] === '$' && source[i + 1] === '{') { depth++; templates.push(depth); i++; break; }
			}
		} else if (c === '/' && source[i + 1] === '/') {
			i = source.indexOf('\n', i);
		} else if (c === '{') {
			depth++;
		} else if (c === '}' && --depth === 0) {
			const after = source[i + 1] === ',' ? i + 2 : i + 1;
			return source.slice(0, match.index) + source.slice(after);
		}
	}
	throw new Error('unbalanced examples block');
}
const dropRuleExamples = {
	name: 'drop-rule-examples',
	setup(build) {
		build.onLoad({ filter: /[\\/]src[\\/]core[\\/]rules[\\/][a-z-]+\.ts$/ }, (args) => ({ contents: withoutExamples(readFileSync(args.path, 'utf8')), loader: 'ts' }));
		// The example note the examples are made from has no side effects: with the examples gone, nothing keeps it.
		build.onResolve({ filter: /^\.\/example-post$/ }, (args) => ({ path: resolve(args.resolveDir, 'example-post.ts'), sideEffects: false }));
	},
};

/**
 * Each module that imports `obsidian` would get its own `require("obsidian")`
 * line in main.js (25 of them). Routed through one bundled module that
 * re-exports Obsidian's API by name, the plugin requires it once and reads
 * `obsidian.Notice` and the like straight off the object Obsidian hands it, as
 * before (no copy: `instanceof` and `extends` are unchanged). The names are
 * the value exports of the API's own type declarations; importing one that is
 * not among them fails the build.
 */
function obsidianValueExports() {
	const declarations = readFileSync(new URL('./node_modules/obsidian/obsidian.d.ts', import.meta.url), 'utf8');
	const names = declarations.matchAll(/^export (?:declare )?(?:abstract )?(?:class|function|const|let|var|enum) ([A-Za-z_$][\w$]*)/gm);
	return [...new Set([...names].map((m) => m[1]))];
}
const requireObsidianOnce = {
	name: 'require-obsidian-once',
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, (args) => (args.namespace === 'obsidian-once' ? { path: 'obsidian', external: true } : { path: 'obsidian', namespace: 'obsidian-once' }));
		build.onLoad({ filter: /.*/, namespace: 'obsidian-once' }, () => ({ contents: `export { ${obsidianValueExports().join(', ')} } from 'obsidian';`, loader: 'js' }));
	},
};

/**
 * main.js bundles unicode-segmenter (MIT), whose licence asks that its
 * copyright notice go with every copy; its source has no `/*!` comment for
 * esbuild to keep, so the notice is appended here, read from the package.
 * (The X tables carry their own notice, in x-tables.ts.)
 */
function segmenterNotice() {
	const dir = new URL('./node_modules/unicode-segmenter/', import.meta.url);
	const { version, license } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
	const copyright = readFileSync(new URL('LICENSE', dir), 'utf8').match(/^Copyright .*$/m)?.[0];
	if (!copyright) throw new Error('no copyright line in unicode-segmenter/LICENSE');
	return `/*! unicode-segmenter ${version}, ${license} licence: ${copyright} */`;
}

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
	// Non-ASCII text as UTF-8 (what Obsidian reads main.js as), not six-byte \u escapes.
	charset: 'utf8',
	plugins: [dropRuleExamples, requireObsidianOnce],
	footer: { js: segmenterNotice() },
	logLevel: 'info',
};

const cli = {
	entryPoints: ['src/cli/main.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	outfile: 'dist/cli.cjs',
	// Minified too: Node compiles every run's 390 KB of source otherwise (208 KB minified; start-up 75 -> 70 ms).
	minify: true,
	external: builtinModules,
	define: { POSTWRIGHT_VERSION: JSON.stringify(version) },
	logLevel: 'info',
};

/**
 * The reader thread of a check (src/cli/read-ahead.ts) is its own small bundle:
 * loaded as dist/cli.cjs it compiled the whole checker, about 40 ms of CPU on
 * the second core just when the checking thread's own compiler needs it.
 */
const reader = {
	...cli,
	entryPoints: ['src/cli/read-worker-main.ts'],
	outfile: 'dist/read-worker.cjs',
	define: {},
};

const targets = process.argv.includes('--cli-only') ? [cli, reader] : [plugin, cli, reader];
if (watch) {
	for (const options of targets) await (await esbuild.context(options)).watch();
} else {
	await Promise.all(targets.map((options) => esbuild.build(options)));
}
