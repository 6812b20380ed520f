import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Two worlds share this repo. Everything bundled into main.js (the plugin and
 * the core it runs) gets Obsidian's own recommended config, type-checked, with
 * nothing turned off. The Node side (CLI, tests, scripts, bench) gets the
 * TypeScript recommendations and Node globals: Obsidian's rules against Node
 * modules do not apply to a command-line tool.
 *
 * On top, the core must run in the plugin (mobile included), the CLI and the
 * tests alike, so importing Obsidian or Node from src/core is an error.
 */
const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'buffer', 'process', 'module', 'events', 'http', 'https', 'net', 'worker_threads'];
const PLUGIN_FILES = ['src/main.ts', 'src/plugin/**/*.ts', 'src/core/**/*.ts'];
const NODE_FILES = ['src/cli/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '*.config.ts'];

export default defineConfig([
	{ ignores: ['main.js', 'dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'examples/**', 'docs/**'] },
	{
		files: [...PLUGIN_FILES, 'package.json'],
		extends: [obsidianmd.configs.recommended],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	{
		// The spec's command name is "Copy for LinkedIn": a brand keeps its casing in sentence case.
		files: PLUGIN_FILES,
		rules: { 'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, ignoreWords: ['LinkedIn'] }] },
	},
	{
		// js-yaml stays: Obsidian's parseYaml is js-yaml, so the tests use it as the plugin's parser.
		files: ['package.json'],
		rules: { 'depend/ban-dependencies': ['error', { presets: ['native', 'microutilities', 'preferred'], allowed: ['js-yaml'] }] },
	},
	{
		files: NODE_FILES,
		extends: [js.configs.recommended, tseslint.configs.recommended],
		languageOptions: { globals: globals.node },
	},
	{
		files: ['**/*.mjs', 'bin/**'],
		extends: [js.configs.recommended],
		languageOptions: { globals: globals.node },
	},
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', {
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
			'@typescript-eslint/no-restricted-imports': ['error', {
				paths: [{ name: 'gray-matter', message: 'The plugin reads frontmatter with Obsidian\'s parseYaml; gray-matter needs Buffer.' }, ...NODE_MODULES.map((name) => ({ name, message: 'main.js must run on mobile: no Node modules.' }))],
				patterns: [{ group: ['node:*', '../cli/*', '../../cli/*'], message: 'main.js must run on mobile: no Node modules or CLI code.' }],
			}],
			'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', { name: 'app', message: 'Use this.app, never the global app.' }],
		},
	},
	{
		files: ['**/*.ts'],
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
]);
