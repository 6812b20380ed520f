/**
 * `npm run screenshot [-- FIXTURE]`: renders the sidebar panel for a fixture
 * post (default body_problems) in headless Chromium, in Obsidian-like light
 * and dark themes, and writes sidebar-light.png and sidebar-dark.png into
 * docs/screenshots/ (or SCREENSHOT_DIR, which CI points at a temporary folder).
 * It also writes the feed preview alone for three fixture posts: a hook that
 * shows whole (feed-fits.png), one cut at the fold (feed-cut.png) and an
 * emoji-heavy one (feed-emoji.png).
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

async function pageFor(fixture) {
	try {
		return (await buildSidebarPage({ fixture })).html;
	} catch (error) {
		return fail(error?.code === 'ENOENT' ? `no fixture post test/fixtures/posts/${fixture}.md` : String(error?.message ?? error).split('\n')[0]);
	}
}

const html = await pageFor(name);
const FEED_SHOTS = [['feed-fits.png', 'clean_launch_post'], ['feed-cut.png', 'short_post_long_hook'], ['feed-emoji.png', 'emoji_hook']];

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
	const wrote = (out) => process.stdout.write(`wrote ${out.startsWith(root) ? out.slice(root.length) : out}\n`);
	for (const theme of ['light', 'dark']) {
		await page.evaluate((t) => { document.body.className = `theme-${t}`; }, theme);
		const out = resolve(outDir, `sidebar-${theme}.png`);
		await page.locator('#host').screenshot({ path: out });
		wrote(out);
	}
	// The feed preview alone: the posted hook's cards on both devices, their captions under the pictures.
	for (const [file, fixture] of FEED_SHOTS) {
		await page.setContent(await pageFor(fixture));
		await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch(() => fail(`the page for ${fixture} did not render: ${errors.join('; ') || 'no error reported'}`));
		const out = resolve(outDir, file);
		await page.locator('.postwright-section-preview').screenshot({ path: out });
		wrote(out);
	}
} finally {
	await browser.close();
}
