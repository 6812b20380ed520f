/**
 * The page side of `npm run screenshot`: analyses one post with the core and
 * renders the sidebar panel with the same view code the plugin uses. Bundled
 * to an IIFE by scripts/screenshot.mjs, which defines the post to show.
 */
import { load } from 'js-yaml';
import { analyze } from '../src/core/analyze';
import { PathResolver } from '../src/core/links/path-resolver';
import { PostPanel } from '../src/plugin/views/post-panel';
import { installCreateEl } from './screenshot-dom';

declare const POSTWRIGHT_SCREENSHOT: { path: string; text: string; vault: string[]; today: string };

/** Stand-ins for Obsidian's Lucide icons: a glyph each, enough to show where icons sit. */
const GLYPHS: Record<string, string> = {
	'x-circle': '✕',
	'alert-triangle': '⚠',
	info: 'ℹ',
	'check-circle': '✓',
	'file-cog': '≡',
	link: '↗',
	blocks: '▦',
	anchor: '⚓',
	'file-text': '¶',
	'sticky-note': '✎',
};

installCreateEl();
const { path, text, vault, today } = POSTWRIGHT_SCREENSHOT;
const host = document.getElementById('host')!;
const panel = new PostPanel(host, { onJump() {}, onFix() {}, onToggleTask() {}, onInsertTemplate() {} });
const analysis = analyze(text, { path, parseYaml: (source) => load(source), today, resolver: new PathResolver(vault) });
panel.showAnalysis(analysis, path.slice(path.lastIndexOf('/') + 1, -3));
for (const slot of host.querySelectorAll<HTMLElement>('[data-icon]')) slot.textContent = GLYPHS[slot.dataset.icon ?? ''] ?? '•';
document.body.dataset.ready = 'true';
