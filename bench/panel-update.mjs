#!/usr/bin/env node
/**
 * `node bench/panel-update.mjs [--quick]`: how long one sidebar update takes
 * on a reference-sized post, in a real Chromium (Obsidian's engine), with the
 * plugin's own view code and styles.css.
 *
 * Each step simulates a keystroke: one character more in the FULL POST, then
 *   analyse   the core's analysis of the new text alone;
 *   patch     PostPanel.showAnalysis on the live panel (the keyed patch);
 *   update    both, which is what the sidebar does per debounced edit;
 *   +layout   update, then a forced style and layout pass (reading offsetHeight);
 *   rebuild   a fresh PostPanel for the same analysis, for comparison: what
 *             rebuilding the panel on each keystroke would cost.
 * Milliseconds per keystroke: each round times a whole pass over the
 * keystrokes; the figure is the median round.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { referencePost } from './post.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const STEPS = quick ? 50 : 200;
const ROUNDS = quick ? 3 : 9;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The page's side: the panel and the core, with js-yaml as the YAML parser (Obsidian's parseYaml is js-yaml).
const entry = `
import { load } from 'js-yaml';
import { analyze } from './src/core/analyze';
import { PathResolver } from './src/core/links/path-resolver';
import { PostPanel } from './src/plugin/views/post-panel';
import { installCreateEl } from './scripts/screenshot-dom';
installCreateEl();
const callbacks = { onJump() {}, onFix() {}, onToggleTask() {}, onInsertTemplate() {} };
const options = { path: 'posts/post_00000.md', parseYaml: (s) => load(s), today: '2026-03-01', resolver: new PathResolver(['posts/post_00000.md', 'notes/meeting_culture.md']) };
globalThis.runPanelBench = (texts, rounds) => {
	const host = document.getElementById('host');
	const spare = document.getElementById('spare');
	const panel = new PostPanel(host, callbacks);
	const analyses = texts.map((text) => analyze(text, options));
	// Browsers coarsen performance.now() to about 0.1 ms, so each figure is a whole pass over the keystrokes, divided.
	const perStep = (step) => {
		panel.showAnalysis(analyses[0], 'post_00000');
		const t = performance.now();
		for (let i = 1; i < texts.length; i++) step(i);
		return (performance.now() - t) / (texts.length - 1);
	};
	const times = { analyse: [], patch: [], update: [], layout: [], rebuild: [] };
	for (let round = 0; round < rounds; round++) {
		times.analyse.push(perStep((i) => analyze(texts[i], options)));
		times.patch.push(perStep((i) => panel.showAnalysis(analyses[i], 'post_00000')));
		times.update.push(perStep((i) => panel.showAnalysis(analyze(texts[i], options), 'post_00000')));
		times.layout.push(perStep((i) => { panel.showAnalysis(analyze(texts[i], options), 'post_00000'); void host.offsetHeight; }));
		times.rebuild.push(perStep((i) => { spare.replaceChildren(); new PostPanel(spare, callbacks).showAnalysis(analyses[i], 'post_00000'); }));
	}
	return times;
};
`;

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The reference post after `n` keystrokes in its FULL POST. */
function typed(base, n) {
	const at = base.indexOf('\n', base.indexOf('### FULL POST')) + 1;
	return base.slice(0, at) + 'x'.repeat(n) + base.slice(at);
}

const bundle = await esbuild.build({
	stdin: { contents: entry, resolveDir: root, sourcefile: 'panel-bench-entry.ts', loader: 'ts' },
	bundle: true, format: 'iife', platform: 'browser', target: 'es2021', write: false, minify: true, logLevel: 'warning',
});
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const css = readFileSync(`${root}styles.css`, 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>`
	+ `<div id="host" style="width:340px"></div><div id="spare" style="width:340px"></div><script>${script}</script></body></html>`;

const base = referencePost(0);
const texts = Array.from({ length: STEPS + 1 }, (_, n) => typed(base, n));

let browser;
try {
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
} catch (error) {
	process.stderr.write(`panel-update: cannot start Chromium at ${executablePath} (set CHROMIUM_PATH): ${String(error.message).split('\n')[0]}\n`);
	process.exit(2);
}
try {
	const page = await browser.newPage();
	await page.setContent(html);
	// A first pass warms the JIT; the second is the one reported.
	await page.evaluate((t) => globalThis.runPanelBench(t, 1), texts.slice(0, 30));
	const times = await page.evaluate(([t, r]) => globalThis.runPanelBench(t, r), [texts, ROUNDS]);
	const version = browser.version();
	process.stdout.write(`Sidebar panel update, reference-sized post (${base.length} characters), Chromium ${version}, ${STEPS} keystrokes a round, median of ${ROUNDS} rounds\n`);
	const rows = [
		['analyse (core only)', times.analyse],
		['patch (PostPanel.showAnalysis)', times.patch],
		['update (analyse + patch)', times.update],
		['update + style and layout', times.layout],
		['rebuild instead of patch (for comparison)', times.rebuild],
	];
	for (const [label, values] of rows) process.stdout.write(`  ${label}: ${median(values).toFixed(3)} ms\n`);
} finally {
	await browser.close();
}
