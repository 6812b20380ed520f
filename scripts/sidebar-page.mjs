/**
 * The sidebar panel as a stand-alone web page, for `npm run screenshot` and
 * the browser test (test/browser/). The page runs the plugin's own view code
 * and the core, bundled from scripts/screenshot-entry.ts, with styles.css and
 * an Obsidian-like theme. An interactive page also gets a small editor (a
 * textarea) wired to the panel: clicking a finding moves its cursor, clicking
 * a fix edits its text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = `${root}test/fixtures/`;

/** Where Chromium usually lives: Debian's package, older Ubuntu's, and Chrome on GitHub's runners. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a quiet, headless, throw-away Chromium (no GPU, no network chatter, no sandbox in containers). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium to launch: CHROMIUM_PATH when set (even if missing, so the error names it), else the first that exists; null when none does. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** A fixture post as an author wrote it: the fixtures mark expected findings with HTML comments, which are dropped here. */
export function readFixturePost(name) {
	return readFileSync(`${fixtures}posts/${name}.md`, 'utf8').replace(/ ?<!-- expect: [^>]*? -->/g, '');
}

/** The notes the page's link resolver knows: every fixture post and note, as vault paths. */
function fixtureVault() {
	return ['posts', 'notes'].flatMap((dir) => readdirSync(fixtures + dir).filter((file) => file.endsWith('.md')).map((file) => `${dir}/${file}`));
}

/**
 * Builds the page for a fixture post. Returns the HTML and what the page
 * analysed (path, text, vault paths, today), so a test can analyse the same
 * note in Node and compare. Throws when the fixture does not exist.
 */
export async function buildSidebarPage({ fixture = 'body_problems', interactive = false } = {}) {
	const page = { path: `posts/${fixture}.md`, text: readFixturePost(fixture), vault: fixtureVault(), today: '2026-03-01', interactive };
	const bundle = await esbuild.build({
		entryPoints: [`${root}scripts/screenshot-entry.ts`],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2021',
		write: false,
		logLevel: 'warning',
		define: { POSTWRIGHT_PAGE: JSON.stringify(page) },
	});
	const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
	const css = readFileSync(`${root}scripts/screenshot-theme.css`, 'utf8') + readFileSync(`${root}styles.css`, 'utf8');
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>`
		+ `<body class="theme-light"><div id="host"></div><script>${script}</script></body></html>`;
	return { html, path: page.path, text: page.text, vault: page.vault, today: page.today };
}
