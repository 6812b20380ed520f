/**
 * The page side of scripts/sidebar-page.mjs: analyses one post with the core
 * and renders the sidebar panel with the same view code the plugin uses.
 * Bundled to an IIFE, with the post to show defined as POSTWRIGHT_PAGE.
 *
 * An interactive page adds a PageEditor holding the note, wired to the panel
 * the way the plugin's sidebar is wired to Obsidian's editor: a finding moves
 * the cursor, a fix edits the text and the panel is patched with the new
 * analysis, and typing re-analyses. window.postwrightPage exposes the editor's
 * state to the browser test.
 */
import { load } from 'js-yaml';
import { analyze, type Analysis } from '../src/core/analyze';
import { applyEdits } from '../src/core/fix';
import { PathResolver } from '../src/core/links/path-resolver';
import type { Finding } from '../src/core/types';
import { PostPanel } from '../src/plugin/views/post-panel';
import { currentEdits } from '../src/core/fix';
import { PageEditor, type CursorPosition } from './page-editor';
import { installCreateEl } from './screenshot-dom';

declare const POSTWRIGHT_PAGE: { path: string; text: string; vault: string[]; today: string; interactive: boolean };

/** What the browser test reads back from the page. */
export interface PageState {
	text(): string;
	/** The cursor after the last jump, null before any. */
	cursor: CursorPosition | null;
	/** Every fix clicked, and whether it still applied. */
	fixes: Array<{ ruleId: string; title: string; applied: boolean }>;
}

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
const { path, text, vault, today, interactive } = POSTWRIGHT_PAGE;
const fileName = path.slice(path.lastIndexOf('/') + 1, -3);
const resolver = new PathResolver(vault);
const host = document.getElementById('host')!;
const analyse = (note: string): Analysis => analyze(note, { path, parseYaml: (source) => load(source), today, resolver });

function show(panel: PostPanel, analysis: Analysis): void {
	panel.showAnalysis(analysis, fileName);
	for (const slot of host.querySelectorAll<HTMLElement>('[data-icon]')) slot.textContent = GLYPHS[slot.dataset.icon ?? ''] ?? '•';
}

function interactivePanel(): PostPanel {
	const editor = new PageEditor(document.body.createEl('textarea', { cls: 'postwright-page-editor' }));
	editor.textarea.id = 'editor';
	editor.textarea.rows = 12;
	editor.text = text;
	const state: PageState = { text: () => editor.text, cursor: null, fixes: [] };
	(window as unknown as { postwrightPage: PageState }).postwrightPage = state;
	const panel: PostPanel = new PostPanel(host, {
		onJump(finding: Finding) {
			state.cursor = editor.setCursor(finding.line, finding.column);
		},
		onFix(finding: Finding) {
			const edits = currentEdits(analyse(editor.text).findings, finding);
			state.fixes.push({ ruleId: finding.ruleId, title: finding.fix?.title ?? '', applied: edits !== null });
			if (!edits) return;
			editor.text = applyEdits(editor.text, edits);
			show(panel, analyse(editor.text));
		},
		onToggleTask() {},
		onInsertTemplate() {},
	});
	editor.textarea.addEventListener('input', () => show(panel, analyse(editor.text)));
	return panel;
}

const panel = interactive ? interactivePanel() : new PostPanel(host, { onJump() {}, onFix() {}, onToggleTask() {}, onInsertTemplate() {} });
show(panel, analyse(text));
document.body.dataset.ready = 'true';
