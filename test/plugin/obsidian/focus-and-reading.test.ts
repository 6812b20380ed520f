// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src/core/dates';
import { examplePost } from '../../../src/core/rules/example-post';
import type PostwrightPlugin from '../../../src/main';
import type { PublishModal } from '../../../src/plugin/modals/publish-modal';
import type { NewPostModal } from '../../../src/plugin/modals/new-post-modal';
import { CHECKLIST_VIEW_TYPE } from '../../../src/plugin/view-types';
import { ChecklistView } from '../../../src/plugin/views/checklist-view';
import { lastNotice, loadPlugin, openInEditor, openModal, run, settle, textOf } from '../harness';
import { MarkdownView, type App } from '../obsidian-stub';

/**
 * Items 5–7 of "Right in the real Obsidian": Reading view, focus in the sidebar, and where
 * new notes go. In the stand-in, as in Obsidian, getActiveFile() keeps the note while the
 * sidebar has focus though getActiveViewOfType(MarkdownView) is null, editor commands are
 * hidden in Reading view, and a write to an open note's file reloads its editor.
 */
const today = localDate(new Date());
const POST = 'posts/example_post.md';
const withProblems = examplePost({ fields: { status: 'status: done', domain: null } });
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '' });

async function focusChecklist(app: App, plugin: PostwrightPlugin): Promise<ChecklistView> {
	await plugin.activateChecklist();
	const leaf = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!;
	app.workspace.focusLeaf__(leaf);
	expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
	document.body.appendChild(leaf.view.containerEl);
	return leaf.view as unknown as ChecklistView;
}

describe('Reading view', () => {
	it('check-current and next-problem work there; next-problem moves the reader with setEphemeralState', async () => {
		const { app, plugin } = await loadPlugin(vault(withProblems));
		const view = await openInEditor(app, POST);
		view.setMode__('preview');
		expect(await run(plugin, 'check-current')).toBe(true);
		expect(lastNotice()).toMatch(/^\d+ errors?, .* · 126 words/);
		expect(await run(plugin, 'next-problem')).toBe(true);
		const statusLine = withProblems.split('\n').findIndex((line) => line.startsWith('status: done'));
		const lines = view.ephemeral__.map((state) => (state as { line: number }).line);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toBeLessThanOrEqual(statusLine);
		expect(view.editor.getCursor().line).toBe(lines[0]);
		// Commands that write stay editor commands, hidden in Reading view as Obsidian hides them.
		expect(await run(plugin, 'update-notes-metrics')).toBe(false);
	});

	it('a click on a finding in the checklist scrolls Reading view to its line', async () => {
		const { app, plugin } = await loadPlugin(vault(withProblems));
		const view = await openInEditor(app, POST);
		view.setMode__('preview');
		const checklist = await focusChecklist(app, plugin);
		checklist.contentEl.querySelector<HTMLElement>('.postwright-finding[data-rule="field-enum"] .postwright-finding-main')!.click();
		const statusLine = withProblems.split('\n').findIndex((line) => line.startsWith('status: done'));
		expect(view.ephemeral__).toEqual([{ line: statusLine }]);
		expect(app.workspace.activeLeaf).toBe(view.leaf);
	});
});

describe('focus in the sidebar', () => {
	it('the read-only commands still find the note through its leaf', async () => {
		const { app, plugin } = await loadPlugin(vault(withProblems));
		await openInEditor(app, POST);
		await focusChecklist(app, plugin);
		expect(await run(plugin, 'check-current')).toBe(true);
		expect(lastNotice()).toMatch(/^\d+ errors?, .* · 126 words/);
	});

	it('a fix from the checklist edits the note\'s editor, and unsaved typing survives', async () => {
		const unquoted = examplePost().replace('  - "[[async_work]]"', '  - [[async_work]]');
		const { app, plugin } = await loadPlugin(vault(unquoted));
		const view = await openInEditor(app, POST);
		view.editor.setValue(unquoted.replace('Nobody missed them', 'Nobody ever missed them'));
		const checklist = await focusChecklist(app, plugin);
		checklist.refresh();
		const item = checklist.contentEl.querySelector<HTMLElement>('.postwright-finding[data-rule="related-concepts-link"]')!;
		item.querySelector<HTMLButtonElement>('.postwright-fix')!.click();
		await settle();
		expect(view.editor.getValue()).toBe(examplePost().replace('Nobody missed them', 'Nobody ever missed them'));
		expect(view.editor.history__).toHaveLength(1);
		expect(textOf(app, POST)).toBe(unquoted);
	});

	it('mark as published edits the open note through its editor, never from disk', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		view.editor.setValue(examplePost().replace('Nobody missed them', 'Nobody ever missed them'));
		await focusChecklist(app, plugin);
		expect(await run(plugin, 'mark-published')).toBe(true);
		openModal<{ link: string }>().link = 'https://www.linkedin.com/posts/7';
		expect(await openModal<PublishModal>().submit()).toBe(true);
		await settle();
		const text = view.editor.getValue();
		expect(text).toContain('Nobody ever missed them');
		expect(text).toContain('status: published');
		expect(text).toContain(`published_date: ${today}`);
		expect(text).toContain('link: https://www.linkedin.com/posts/7');
		expect(textOf(app, POST)).toBe(examplePost());
	});
});

describe('new notes go where "Default location for new notes" says', () => {
	it('the create-note fix of an unresolved link', async () => {
		const text = examplePost().replace('  - "[[async_work]]"', '  - "[[team_rituals]]"');
		const { app, plugin } = await loadPlugin({ ...vault(text), 'Inbox/.keep.md': '' });
		app.fileManager.newFileLocation__ = { kind: 'folder', path: 'Inbox' };
		await openInEditor(app, POST);
		const checklist = await focusChecklist(app, plugin);
		checklist.contentEl.querySelector<HTMLElement>('.postwright-finding[data-rule="related-concepts-unresolved"] .postwright-fix')!.click();
		await settle();
		expect(app.vault.getFileByPath('Inbox/team_rituals.md')).not.toBeNull();
		expect(app.vault.getFileByPath('team_rituals.md')).toBeNull();
	});

	it('a new post when no posts folder is set', async () => {
		const { app, plugin } = await loadPlugin({ 'Drafts/.keep.md': '' }, { postsFolder: '' });
		app.fileManager.newFileLocation__ = { kind: 'folder', path: 'Drafts' };
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Quiet wins';
		expect(await modal.submit()).toBe(true);
		expect(textOf(app, 'Drafts/quiet_wins.md')).toContain('name: quiet_wins');
	});
});
