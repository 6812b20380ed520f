/**
 * `npm run screenshot:board`: renders the board (the plugin's BoardRenderer and
 * styles.css) for the fixture posts in headless Chromium, light and dark, into
 * docs/screenshots/board-light.png and board-dark.png (or SCREENSHOT_DIR).
 * The fixtures are mostly drafts; a few are shown at other statuses (only the
 * `status` line changes) so every column has something in it.
 */
/* global document -- used inside page.evaluate, which runs in the browser */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, readFixturePost } from './sidebar-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.env.SCREENSHOT_DIR ?? 'docs/screenshots');
const STATUS = {
	sections_missing: 'idea',
	short_post_long_hook: 'review',
	markdown_leaks: 'scheduled\npublished_date: 2026-03-04',
	clean_launch_post: 'published\npublished_date: 2026-02-24\nlink: https://www.linkedin.com/posts/example',
};

const names = readdirSync(`${root}test/fixtures/posts`).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3));
const notes = names.map((name) => {
	let text = readFixturePost(name);
	if (STATUS[name]) text = text.replace(/^status: draft$/m, `status: ${STATUS[name]}`).replace(/^published_date:\n/m, '').replace(/^link:\n/m, STATUS[name].includes('link:') ? '' : 'link:\n');
	return { path: `posts/${name}.md`, text };
});
const vault = ['posts', 'notes'].flatMap((dir) => readdirSync(`${root}test/fixtures/${dir}`).filter((file) => file.endsWith('.md')).map((file) => `${dir}/${file}`));
const bundle = await esbuild.build({
	entryPoints: [`${root}scripts/board-entry.ts`], bundle: true, format: 'iife', platform: 'browser', target: 'es2021', write: false, logLevel: 'warning',
	define: { POSTWRIGHT_BOARD: JSON.stringify({ notes, vault, today: '2026-03-01' }) },
});
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
// The theme sizes #host as a sidebar; the board is a tab, as wide as the window.
const css = `${readFileSync(`${root}scripts/screenshot-theme.css`, 'utf8')}${readFileSync(`${root}styles.css`, 'utf8')}#host { width: auto; max-width: none; }`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light"><div id="host" class="postwright-view"></div><script>${script}</script></body></html>`;

const executablePath = findChromium();
if (!executablePath) {
	process.stderr.write('screenshot: no Chromium found (set CHROMIUM_PATH)\n');
	process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1720, height: 600 }, deviceScaleFactor: 1 });
	await page.setContent(html);
	await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
	mkdirSync(outDir, { recursive: true });
	for (const theme of ['light', 'dark']) {
		await page.evaluate((t) => { document.body.className = `theme-${t}`; }, theme);
		const out = resolve(outDir, `board-${theme}.png`);
		await page.locator('#host').screenshot({ path: out });
		process.stdout.write(`wrote ${out.slice(root.length)}\n`);
	}
} finally {
	await browser.close();
}
