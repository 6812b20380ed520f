/**
 * `npm run screenshot [-- FIXTURE]`: renders the sidebar panel for a fixture
 * post (default body_problems) in headless Chromium, in Obsidian-like light
 * and dark themes, and writes docs/screenshots/sidebar-light.png and
 * sidebar-dark.png. The panel is drawn by the plugin's own view code, bundled
 * from scripts/screenshot-entry.ts; styles are the plugin's styles.css.
 */
/* global document -- used inside page.evaluate, which runs in the browser */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = `${root}test/fixtures/`;
const name = process.argv[2] ?? 'body_problems';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message) {
	process.stderr.write(`screenshot: ${message}\n`);
	process.exit(2);
}

let text;
try {
	// The fixtures mark expected findings with HTML comments; a screenshot shows the note as an author wrote it.
	text = readFileSync(`${fixtures}posts/${name}.md`, 'utf8').replace(/ ?<!-- expect: [^>]*? -->/g, '');
} catch {
	fail(`no fixture post test/fixtures/posts/${name}.md`);
}
const vault = ['posts', 'notes'].flatMap((dir) => readdirSync(fixtures + dir).filter((file) => file.endsWith('.md')).map((file) => `${dir}/${file}`));

const bundle = await esbuild.build({
	entryPoints: [`${root}scripts/screenshot-entry.ts`],
	bundle: true,
	format: 'iife',
	platform: 'browser',
	target: 'es2021',
	write: false,
	logLevel: 'warning',
	define: { POSTWRIGHT_SCREENSHOT: JSON.stringify({ path: `posts/${name}.md`, text, vault, today: '2026-03-01' }) },
});
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const css = readFileSync(`${root}scripts/screenshot-theme.css`, 'utf8') + readFileSync(`${root}styles.css`, 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>`
	+ `<body class="theme-light"><div id="host"></div><script>${script}</script></body></html>`;

let browser;
try {
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
} catch (error) {
	fail(`cannot start Chromium at ${executablePath} (set CHROMIUM_PATH): ${String(error.message).split('\n')[0]}`);
}
try {
	const page = await browser.newPage({ viewport: { width: 400, height: 800 }, deviceScaleFactor: 1 });
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.setContent(html);
	await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch(() => fail(`the page did not render: ${errors.join('; ') || 'no error reported'}`));
	mkdirSync(`${root}docs/screenshots`, { recursive: true });
	for (const theme of ['light', 'dark']) {
		await page.evaluate((t) => { document.body.className = `theme-${t}`; }, theme);
		const out = `docs/screenshots/sidebar-${theme}.png`;
		await page.locator('#host').screenshot({ path: `${root}${out}` });
		process.stdout.write(`wrote ${out}\n`);
	}
} finally {
	await browser.close();
}
