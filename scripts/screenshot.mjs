/**
 * `npm run screenshot [-- FIXTURE]`: renders the sidebar panel for a fixture
 * post (default body_problems) in headless Chromium, in Obsidian-like light
 * and dark themes, and writes sidebar-light.png and sidebar-dark.png into
 * docs/screenshots/ (or SCREENSHOT_DIR, which CI points at a temporary folder).
 * The page is scripts/sidebar-page.mjs: the plugin's own view code and styles.
 * Chromium: CHROMIUM_PATH, else the first of the usual install paths.
 */
/* global document -- used inside page.evaluate, which runs in the browser */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildSidebarPage, CHROMIUM_ARGS, findChromium } from './sidebar-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = process.argv[2] ?? 'body_problems';
const outDir = resolve(root, process.env.SCREENSHOT_DIR ?? 'docs/screenshots');

function fail(message) {
	process.stderr.write(`screenshot: ${message}\n`);
	process.exit(2);
}

let html;
try {
	({ html } = await buildSidebarPage({ fixture: name }));
} catch (error) {
	fail(error?.code === 'ENOENT' ? `no fixture post test/fixtures/posts/${name}.md` : String(error?.message ?? error).split('\n')[0]);
}

const executablePath = findChromium();
if (!executablePath) fail('no Chromium found at /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome (set CHROMIUM_PATH)');
let browser;
try {
	browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
} catch (error) {
	fail(`cannot start Chromium at ${executablePath} (set CHROMIUM_PATH): ${String(error.message).split('\n')[0]}`);
}
try {
	const page = await browser.newPage({ viewport: { width: 400, height: 800 }, deviceScaleFactor: 1 });
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.setContent(html);
	await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch(() => fail(`the page did not render: ${errors.join('; ') || 'no error reported'}`));
	mkdirSync(outDir, { recursive: true });
	for (const theme of ['light', 'dark']) {
		await page.evaluate((t) => { document.body.className = `theme-${t}`; }, theme);
		const out = resolve(outDir, `sidebar-${theme}.png`);
		await page.locator('#host').screenshot({ path: out });
		process.stdout.write(`wrote ${out.startsWith(root) ? out.slice(root.length) : out}\n`);
	}
} finally {
	await browser.close();
}
