// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type PostwrightPlugin from '../../../src/main';
import { CHECKLIST_VIEW_TYPE, VAULT_REPORT_VIEW_TYPE } from '../../../src/plugin/view-types';
import { ChecklistView, LIVE_UPDATE_MS } from '../../../src/plugin/views/checklist-view';
import { VaultReportView } from '../../../src/plugin/views/vault-report-view';
import { loadPlugin, openInEditor, settle } from '../harness';
import { Platform, type App, type MarkdownView } from '../obsidian-stub';
import { postText } from './fixture-posts';

/** The linked notes of the fixture vault, so the fixture posts' related concepts resolve. */
const NOTES = Object.fromEntries(['launch_checklist', 'deep_work'].map((name) => [
	`notes/${name}.md`, readFileSync(join(import.meta.dirname, `../../fixtures/notes/${name}.md`), 'utf8'),
]));

async function setup(posts: Record<string, string>) {
	return loadPlugin({ ...NOTES, ...posts });
}

async function openChecklist(app: App, plugin: PostwrightPlugin, path: string): Promise<{ editorView: MarkdownView; view: ChecklistView }> {
	const editorView = await openInEditor(app, path);
	await plugin.activateChecklist();
	const view = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
	expect(view).toBeInstanceOf(ChecklistView);
	// In Obsidian a view's element is in the document; happy-dom fires a checkbox's change event only there.
	document.body.appendChild(view.containerEl);
	return { editorView, view };
}

/** Types into the editor the way Obsidian reports it: the text changes, then 'editor-change'. */
function type(app: App, editorView: MarkdownView, text: string): void {
	editorView.editor.setValue(text);
	app.workspace.trigger('editor-change', editorView.editor, editorView);
}

const q = (view: ChecklistView, selector: string): HTMLElement | null => view.contentEl.querySelector<HTMLElement>(selector);
const count = (view: ChecklistView, group: string): string => q(view, `.postwright-group[data-group="${group}"] .postwright-group-count`)!.textContent ?? '';

afterEach(() => {
	vi.useRealTimers();
	Platform.isMobile = false;
});

describe('the checklist view', () => {
	it('shows the active post\'s findings from the editor, with Obsidian icons drawn', async () => {
		const { app, plugin } = await setup({ 'posts/body_problems.md': postText('body_problems') });
		const { view } = await openChecklist(app, plugin, 'posts/body_problems.md');
		expect(view.getDisplayText()).toBe('Postwright checklist');
		expect(q(view, '.postwright-title')!.textContent).toBe('The feature nobody asked for');
		expect(count(view, 'legos')).toBe('2');
		expect(count(view, 'full-post')).toBe('4');
		// The stand-in's setIcon records the icon it drew.
		expect(q(view, '.postwright-finding .postwright-severity-icon')!.dataset.drawn).toBeTruthy();
	});

	it('follows typing after the debounce, patching the same nodes', async () => {
		const text = postText('body_problems');
		const { app, plugin } = await setup({ 'posts/body_problems.md': text });
		const { editorView, view } = await openChecklist(app, plugin, 'posts/body_problems.md');
		const legosGroup = q(view, '.postwright-group[data-group="legos"]');
		vi.useFakeTimers();
		type(app, editorView, text.replace('| Psych Triggers |  |', '| Psych Triggers | Curiosity Gap |'));
		vi.advanceTimersByTime(LIVE_UPDATE_MS - 50);
		expect(count(view, 'legos')).toBe('2');
		// Another keystroke restarts the wait.
		type(app, editorView, editorView.editor.getValue());
		vi.advanceTimersByTime(LIVE_UPDATE_MS - 50);
		expect(count(view, 'legos')).toBe('2');
		vi.advanceTimersByTime(50);
		expect(count(view, 'legos')).toBe('1');
		expect(q(view, '.postwright-group[data-group="legos"]')).toBe(legosGroup);
	});

	it('switches with the active note, keeps it while the sidebar has focus, and explains a note that is not a post', async () => {
		const { app, plugin } = await setup({ 'posts/clean_launch_post.md': postText('clean_launch_post'), 'notes/plain.md': 'Just a thought.\n' });
		const { view } = await openChecklist(app, plugin, 'posts/clean_launch_post.md');
		// activateChecklist made the sidebar leaf active: the post stays shown.
		expect(app.workspace.activeLeaf?.view).toBe(view);
		expect(q(view, '.postwright-summary')!.textContent).toBe('No problems found');
		await openInEditor(app, 'notes/plain.md');
		expect(q(view, '.postwright-post')!.hidden).toBe(true);
		expect(q(view, '.postwright-not-a-post-title')!.textContent).toBe('plain is not a post');
	});

	it('puts the cursor on a finding\'s line and column when clicked', async () => {
		const { app, plugin } = await setup({ 'posts/body_problems.md': postText('body_problems') });
		const { editorView, view } = await openChecklist(app, plugin, 'posts/body_problems.md');
		q(view, '.postwright-finding[data-rule="slop-em-dash"] .postwright-finding-main')!.click();
		const finding = plugin.posts.analyzeText(editorView.editor.getValue(), editorView.file as never).findings.find((f) => f.ruleId === 'slop-em-dash')!;
		expect(editorView.editor.getCursor()).toEqual({ line: finding.line - 1, ch: finding.column - 1 });
		expect(editorView.editor.getLine(finding.line - 1).charAt(finding.column - 1)).toBe('—');
		expect(app.workspace.activeLeaf).toBe(editorView.leaf);
	});

	it('applies a fix through the editor as one undo step', async () => {
		const text = postText('link_problems');
		const { app, plugin } = await setup({ 'posts/link_problems.md': text });
		const { editorView, view } = await openChecklist(app, plugin, 'posts/link_problems.md');
		const quoted = [...view.contentEl.querySelectorAll<HTMLElement>('.postwright-finding[data-rule="related-concepts-link"]')]
			.find((item) => !item.querySelector<HTMLElement>('.postwright-fix')!.hidden)!;
		quoted.querySelector<HTMLButtonElement>('.postwright-fix')!.click();
		await settle();
		expect(editorView.editor.history__.length).toBe(1);
		expect(editorView.editor.getValue()).toBe(text.replace('  - [[launch_checklist]]', '  - "[[launch_checklist]]"'));
		expect(count(view, 'related')).toBe('2');
		// The saved file is untouched until Obsidian saves the editor.
		expect(app.vault.textOf__('posts/link_problems.md')).toBe(text);
	});

	it('writes a ticked judgement item into NOTES through the editor', async () => {
		const text = postText('clean_launch_post');
		const { app, plugin } = await setup({ 'posts/clean_launch_post.md': text });
		const { editorView, view } = await openChecklist(app, plugin, 'posts/clean_launch_post.md');
		const boxes = [...view.contentEl.querySelectorAll<HTMLInputElement>('.postwright-judgement input')];
		expect(boxes.map((box) => box.checked)).toEqual([true, false]);
		boxes[1]!.click();
		expect(editorView.editor.getValue()).toBe(text.replace('- [ ] Single question', '- [x] Single question'));
		expect(editorView.editor.history__.length).toBe(1);
		expect(boxes[1]!.checked).toBe(true);
	});

	it('inserts the template into a note that is not a post, and then checks it as one', async () => {
		const { app, plugin } = await setup({ 'notes/idea.md': 'An idea worth a post.\n' });
		const { editorView, view } = await openChecklist(app, plugin, 'notes/idea.md');
		q(view, '.postwright-insert-template')!.click();
		const text = editorView.editor.getValue();
		expect(text).toContain('node_type: linkedin-post');
		expect(text).toContain('An idea worth a post.');
		expect(editorView.editor.history__.length).toBe(1);
		expect(q(view, '.postwright-post')!.hidden).toBe(false);
	});

	it('re-checks when a linked note appears (metadata cache resolved)', async () => {
		const { app, plugin } = await setup({ 'posts/link_problems.md': postText('link_problems') });
		const { view } = await openChecklist(app, plugin, 'posts/link_problems.md');
		expect(view.contentEl.querySelector('[data-rule="related-concepts-unresolved"]')).not.toBeNull();
		await app.vault.create('notes/deep_wrok.md', '');
		vi.useFakeTimers();
		app.metadataCache.trigger('resolved');
		vi.advanceTimersByTime(LIVE_UPDATE_MS);
		expect(view.contentEl.querySelector('[data-rule="related-concepts-unresolved"]')).toBeNull();
	});

	it('listens to nothing once closed', async () => {
		const { app, plugin } = await setup({ 'posts/clean_launch_post.md': postText('clean_launch_post') });
		const before = ['editor-change', 'active-leaf-change', 'file-open'].map((name) => app.workspace.listenerCount__(name));
		const resolvedBefore = app.metadataCache.listenerCount__('resolved');
		await openChecklist(app, plugin, 'posts/clean_launch_post.md');
		expect(app.workspace.listenerCount__('editor-change')).toBeGreaterThan(before[0]!);
		app.workspace.detachLeavesOfType(CHECKLIST_VIEW_TYPE);
		expect(['editor-change', 'active-leaf-change', 'file-open'].map((name) => app.workspace.listenerCount__(name))).toEqual(before);
		expect(app.metadataCache.listenerCount__('resolved')).toBe(resolvedBefore);
	});
});

describe('the status bar', () => {
	it('shows words and how much of the posted hook shows on mobile, following the active note', async () => {
		const { app, plugin } = await setup({ 'posts/clean_launch_post.md': postText('clean_launch_post'), 'notes/plain.md': 'Just a thought.\n' });
		await openInEditor(app, 'posts/clean_launch_post.md');
		const status = statusItems(plugin).find((item) => item.classList.contains('postwright-status'))!;
		// clean_launch_post: a 125-word FULL POST using Hook A, 71 characters that all show on 3 lines.
		expect(status.textContent).toBe('125 words · hook A posted 71/71');
		expect(status.getAttribute('aria-label')).toContain('Hook A (posted, recommended): 71 characters');
		expect(status.getAttribute('aria-label')).toContain('mobile 3/3 lines · all 71 characters shown');
		await openInEditor(app, 'notes/plain.md');
		expect(status.classList.contains('postwright-hidden')).toBe(true);
	});

	it('is not added on mobile', async () => {
		Platform.isMobile = true;
		const { plugin } = await setup({});
		expect(statusItems(plugin).some((item) => item.classList.contains('postwright-status'))).toBe(false);
	});
});

function statusItems(plugin: PostwrightPlugin): HTMLElement[] {
	return (plugin as unknown as { statusBarItems__: HTMLElement[] }).statusBarItems__;
}

describe('the vault report view', () => {
	it('lists the vault\'s posts, opens one on click, and refreshes on demand', async () => {
		const { app, plugin } = await setup({
			'posts/clean_launch_post.md': postText('clean_launch_post'),
			'posts/body_problems.md': postText('body_problems'),
			'notes/plain.md': 'Just a thought.\n',
		});
		await plugin.openVaultReport();
		const view = app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE)[0]!.view as unknown as VaultReportView;
		expect(view).toBeInstanceOf(VaultReportView);
		const rows = () => [...view.contentEl.querySelectorAll<HTMLElement>('tbody tr')];
		expect(rows().map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
			['The feature nobody asked for', 'draft', expect.any(String), '1', '6'],
			['The feature nobody asked for', 'draft', '125', '0', '0'],
		]);
		rows()[1]!.click();
		await settle();
		expect(app.workspace.getActiveFile()?.path).toBe('posts/clean_launch_post.md');
		expect(app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE).length).toBe(1);
		// A new post joins once the metadata cache has indexed it ('changed'), not on the vault's 'create'.
		vi.useFakeTimers();
		await app.vault.create('posts/second.md', postText('clean_launch_post'));
		expect(rows().length).toBe(2);
		await vi.advanceTimersByTimeAsync(0);
		expect(rows().length).toBe(2);
		await vi.advanceTimersByTimeAsync(1000);
		expect(rows().length).toBe(3);
		// Renamed, it keeps one row, under its new path; deleted, its row goes.
		const second = app.vault.getFileByPath('posts/second.md')!;
		await app.vault.rename(second, 'posts/third.md');
		await vi.advanceTimersByTimeAsync(1000);
		expect(rows().length).toBe(3);
		expect(rows().some((row) => row.children[0]!.getAttribute('title') === 'posts/third.md')).toBe(true);
		await app.vault.delete(second);
		await vi.advanceTimersByTimeAsync(1000);
		expect(rows().length).toBe(2);
		vi.useRealTimers();
		view.contentEl.querySelector<HTMLButtonElement>('.postwright-refresh')!.click();
		await settle();
		expect(rows().length).toBe(2);
	});
});
