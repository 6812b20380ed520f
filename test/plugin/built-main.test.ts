import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as obsidian from './obsidian-stub';
import { createApp__ } from './obsidian-stub';

/** The built bundle, as Obsidian loads it: CommonJS with only `obsidian` to require. `npm test` builds it first. */
const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../main.js');

describe('the built main.js', () => {
	// The 150 KB budget of PRODUCT §8 is measured and reported by `npm run bench`, like the other
	// budgets. This ceiling only catches a dependency bundled by mistake: twitter-text alone would
	// add 50–85 KB, gray-matter and its engines more.
	it.skipIf(!existsSync(MAIN))('is under 200 KB (no Node-side dependency bundled) and uses no Node or Electron API', () => {
		expect(statSync(MAIN).size).toBeLessThan(200 * 1024);
		const code = readFileSync(MAIN, 'utf8');
		expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|os|child_process|electron)["']\)/);
		expect(code).not.toMatch(/\bBuffer\b/);
		expect(code).not.toMatch(/\bprocess\./);
		expect(code).not.toContain('gray-matter');
	});

	it.skipIf(!existsSync(MAIN))('carries the licence notices of the third-party code and data it bundles', () => {
		const code = readFileSync(MAIN, 'utf8');
		const notices = [...code.matchAll(/\/\*![^]*?\*\//g)].map((m) => m[0]);
		// unicode-segmenter (MIT) is bundled whole; the X tables are twitter-text's domains and twemoji's pattern.
		expect(notices.some((n) => /unicode-segmenter .*MIT.*Copyright \(c\) \d{4} Hyeseong Kim/.test(n))).toBe(true);
		expect(notices.some((n) => n.includes('twitter-text TLDs') && n.includes('Apache-2.0') && n.includes('twemoji-parser'))).toBe(true);
	});

	it.skipIf(!existsSync(MAIN))('holds no regex lookbehind, which iOS before 16.4 refuses even unused', () => {
		// The whole text, not just regex literals: a pattern built with `new RegExp("…")` counts too.
		const code = readFileSync(MAIN, 'utf8');
		const places = [...code.matchAll(/\(\?<[=!]/g)].map((m) => code.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40));
		expect(places).toEqual([]);
	});

	it.skipIf(!existsSync(MAIN))('loads with only obsidian available, and onload/onunload run cleanly', async () => {
		const code = readFileSync(MAIN, 'utf8');
		const module = { exports: {} as Record<string, unknown> };
		const required: string[] = [];
		const require = (name: string): unknown => {
			required.push(name);
			if (name === 'obsidian') return obsidian;
			throw new Error(`main.js required ${name}`);
		};
		// A fresh context without Node's globals: what a phone offers, plus the DOM the plugin needs.
		runInNewContext(code, { module, exports: module.exports, require, window: globalThis, document, console, setTimeout, clearTimeout, URL, Intl, structuredClone });
		expect(new Set(required)).toEqual(new Set(['obsidian']));
		const Plugin = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => obsidian.Plugin & { onload(): Promise<void>; settings: unknown };
		const app = createApp__({ 'posts/a.md': '---\nnode_type: linkedin-post\n---\n# A\n' });
		const plugin = new Plugin(app, { id: 'postwright', version: '0.1.0' });
		(plugin as unknown as { loaded: boolean }).loaded = true;
		await plugin.onload();
		expect(plugin.commands__.size).toBe(11);
		expect(app.vault.listenerCount__('create')).toBe(0);
		app.workspace.finishLayout__();
		expect(app.vault.listenerCount__('create')).toBe(1);
		plugin.unload();
		expect(app.vault.listenerCount__('create')).toBe(0);
		expect(app.vault.listenerCount__('modify')).toBe(0);
		expect(plugin.pendingCleanups__()).toBe(0);
	});
});
