#!/usr/bin/env node
/*
 * Copies the built plugin (main.js, manifest.json, styles.css) into
 * <vault>/.obsidian/plugins/postwright/. Run `npm run build` first.
 * Usage: node scripts/install-plugin.mjs /path/to/vault
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const vault = process.argv[2];
if (!vault) {
	console.error('usage: node scripts/install-plugin.mjs <vault folder>');
	process.exit(2);
}
if (!existsSync(vault) || !statSync(vault).isDirectory()) {
	console.error(`install-plugin: ${vault} is not a folder`);
	process.exit(2);
}
if (!existsSync(join(vault, '.obsidian'))) {
	console.error(`install-plugin: ${vault} has no .obsidian folder; open it in Obsidian once first`);
	process.exit(2);
}
const files = ['main.js', 'manifest.json', 'styles.css'];
const missing = files.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
	console.error(`install-plugin: ${missing.join(', ')} not found; run npm run build first`);
	process.exit(2);
}
const target = join(vault, '.obsidian', 'plugins', 'postwright');
mkdirSync(target, { recursive: true });
for (const file of files) copyFileSync(join(root, file), join(target, file));
console.log(`Installed Postwright into ${target}. In Obsidian: Settings → Community plugins → enable Postwright (reload plugins if it was already on).`);
