import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * The core must run in the plugin (mobile included), the CLI and the tests
 * alike, so importing Obsidian or Node from src/core is an error, not a habit.
 */
const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'buffer', 'process', 'module', 'events', 'http', 'https', 'net', 'worker_threads'];

export default tseslint.config(
	{ ignores: ['main.js', 'dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'examples/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [
					{ name: 'obsidian', message: 'src/core knows nothing of Obsidian: pass what it needs in (a YamlParser, a LinkResolver).' },
					{ name: 'gray-matter', message: 'gray-matter is for the CLI; the core takes a YamlParser.' },
					...NODE_MODULES.map((name) => ({ name, message: 'src/core must not import Node: it runs on Obsidian mobile.' })),
				],
				patterns: [{ group: ['node:*'], message: 'src/core must not import Node: it runs on Obsidian mobile.' }],
			}],
			'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
		},
	},
	{
		files: ['src/plugin/**/*.ts', 'src/main.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [{ name: 'gray-matter', message: 'The plugin reads frontmatter with Obsidian\'s parseYaml; gray-matter needs Buffer.' }, ...NODE_MODULES.map((name) => ({ name, message: 'main.js must run on mobile: no Node modules.' }))],
				patterns: [{ group: ['node:*', '../cli/*'], message: 'main.js must run on mobile: no Node modules or CLI code.' }],
			}],
			'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', { name: 'app', message: 'Use this.app, never the global app.' }],
		},
	},
	{
		files: ['**/*.mjs', 'bin/**', 'scripts/**', 'bench/**'],
		languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly' } },
	},
	{
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
);
