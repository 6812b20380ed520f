// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_NOTES, examplePost } from '../../../src/core/rules/example-post';
import PostwrightPlugin from '../../../src/main';
import type { NewPostModal } from '../../../src/plugin/modals/new-post-modal';
import { CHECKLIST_VIEW_TYPE, VAULT_REPORT_VIEW_TYPE } from '../../../src/plugin/view-types';
import type { ChecklistView } from '../../../src/plugin/views/checklist-view';
import { VaultReportView } from '../../../src/plugin/views/vault-report-view';
import { lastNotice, loadPlugin, openInEditor, openModal, run, settle } from '../harness';
import { createApp__, resetUi__ } from '../obsidian-stub';

/**
 * Items 8–11 of "Right in the real Obsidian": the vault report through the metadata cache,
 * redraws on settings and renames, errors that reach the user, fixes found again by rule
 * and position, IME and double submits, and accessible tables and buttons.
 */
const POST = 'posts/example_post.md';
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '', 'notes/plain.md': 'Just a thought.\n', 'notes/other.md': 'More.\n' });

afterEach(() => vi.useRealTimers());

function reportRows(app: ReturnType<typeof createApp__>): string[][] {
	const view = app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE)[0]!.view as unknown as VaultReportView;
	return [...view.contentEl.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('the vault report', () => {
	it('reads only the posts the metadata cache names, not every note', async () => {
		const { app, plugin } = await loadPlugin({ ...vault(examplePost()), 'posts/second.md': examplePost() });
		const read = vi.spyOn(app.vault, 'read');
		const cachedRead = vi.spyOn(app.vault, 'cachedRead');
		await run(plugin, 'check-vault');
		await settle();
		const paths = [...read.mock.calls, ...cachedRead.mock.calls].map(([file]) => file.path).sort();
		expect(paths).toEqual([POST, 'posts/second.md']);
		expect(reportRows(app)).toHaveLength(2);
	});

	it('restored at start-up, reads nothing before the layout is ready', async () => {
		resetUi__();
		const app = createApp__(vault(examplePost()));
		const plugin = new PostwrightPlugin(app as never, { id: 'postwright', version: '0.1.0' } as never);
		(plugin as unknown as { loaded: boolean }).loaded = true;
		await plugin.onload();
		const cachedRead = vi.spyOn(app.vault, 'cachedRead');
		// Obsidian restores the open report tab before layout-ready.
		await app.workspace.getLeaf('tab').setViewState({ type: VAULT_REPORT_VIEW_TYPE });
		await settle();
		expect(cachedRead).not.toHaveBeenCalled();
		app.workspace.finishLayout__();
		await settle();
		expect(cachedRead).toHaveBeenCalledTimes(1);
		expect(reportRows(app)).toHaveLength(1);
	});

	it('its command checks again when the report is already open', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		await run(plugin, 'check-vault');
		await settle();
		expect(reportRows(app)[0]![1]).toBe('draft');
		vi.useFakeTimers();
		await app.vault.modify(app.vault.getFileByPath(POST)!, examplePost({ fields: { status: 'status: review' } }));
		app.metadataCache.flush__();
		await run(plugin, 'check-vault');
		// Well before the report's own wait for a burst of changes to settle (500 ms).
		await vi.advanceTimersByTimeAsync(1);
		expect(reportRows(app)[0]![1]).toBe('review');
	});
});

describe('the checklist and status bar redraw', () => {
	it('when the settings change', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost({ fields: { domain: null } })));
		await openInEditor(app, POST);
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		const ruleId = checklist.contentEl.querySelector<HTMLElement>('.postwright-finding')!.dataset.rule!;
		plugin.settings = { ...plugin.settings, check: { ...plugin.settings.check, severities: { ...plugin.settings.check.severities, [ruleId]: 'off' } } };
		await plugin.saveSettings();
		expect(checklist.contentEl.querySelector(`.postwright-finding[data-rule="${ruleId}"]`)).toBeNull();
	});

	it('when the open note is renamed', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		await openInEditor(app, POST);
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		expect(checklist.contentEl.querySelector('[data-rule="name-matches-file"]')).toBeNull();
		await app.vault.rename(app.vault.getFileByPath(POST)!, 'posts/renamed.md');
		expect(checklist.contentEl.querySelector('[data-rule="name-matches-file"]')).not.toBeNull();
	});
});

describe('a fix is found again by rule and position', () => {
	it('typing between the panel\'s update and the click changes the message, and the fix still lands', async () => {
		const stale = examplePost({ notes: EXAMPLE_NOTES.replace('**Word count**: 126', '**Word count**: 120') });
		const { app, plugin } = await loadPlugin(vault(stale));
		const view = await openInEditor(app, POST);
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		document.body.appendChild(checklist.containerEl);
		const fix = checklist.contentEl.querySelector<HTMLElement>('.postwright-finding[data-rule="notes-stale"] .postwright-fix')!;
		expect(fix.textContent).toBe('Write 126');
		// One more word typed into the FULL POST; the panel has not caught up yet.
		view.editor.setValue(stale.replace('Friday afternoons went back', 'Friday afternoons went straight back'));
		fix.click();
		await settle();
		expect(view.editor.getValue()).toContain('**Word count**: 127');
		expect(view.editor.getValue()).toContain('went straight back');
	});

	it('a fix whose finding is gone says so instead of doing nothing silently', async () => {
		const unquoted = examplePost().replace('  - "[[async_work]]"', '  - [[async_work]]');
		const { app, plugin } = await loadPlugin(vault(unquoted));
		const view = await openInEditor(app, POST);
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		const fix = checklist.contentEl.querySelector<HTMLElement>('.postwright-finding[data-rule="related-concepts-link"] .postwright-fix')!;
		view.editor.setValue(examplePost());
		fix.click();
		await settle();
		expect(view.editor.getValue()).toBe(examplePost());
		expect(lastNotice()).toContain('no longer applies');
	});
});

describe('the new-post modal', () => {
	it('Enter while an input method is composing is not a submit', async () => {
		const { app, plugin } = await loadPlugin();
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'にほんご';
		const input = modal.contentEl.querySelector('input')!;
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }));
		await settle();
		expect(app.vault.getFiles()).toEqual([]);
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		await settle();
		expect(app.vault.getFiles()).toHaveLength(1);
	});

	it('a double click creates one note', async () => {
		const { app, plugin } = await loadPlugin();
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Once';
		const results = await Promise.all([modal.submit(), modal.submit()]);
		expect(results).toEqual([true, true]);
		expect(app.vault.getFiles().map((file) => file.path)).toEqual(['Posts/once.md']);
	});
});

describe('accessibility', () => {
	it('fix buttons carry their text, not an aria-label repeating it', async () => {
		const unquoted = examplePost().replace('  - "[[async_work]]"', '  - [[async_work]]');
		const { app, plugin } = await loadPlugin(vault(unquoted));
		await openInEditor(app, POST);
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		const buttons = [...checklist.contentEl.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.hidden);
		expect(buttons.length).toBeGreaterThan(0);
		for (const button of buttons) expect(button.getAttribute('aria-label'), button.textContent ?? '').toBeNull();
	});
});

describe('deferred views (Obsidian 1.7.2+)', () => {
	it('a report restored deferred is loaded by its command and checks the vault once', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const leaf = app.workspace.restoreDeferred__(VAULT_REPORT_VIEW_TYPE);
		expect(leaf.view).not.toBeInstanceOf(VaultReportView);
		const cachedRead = vi.spyOn(app.vault, 'cachedRead');
		await run(plugin, 'check-vault');
		await settle();
		expect(app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE)).toEqual([leaf]);
		expect(leaf.view).toBeInstanceOf(VaultReportView);
		expect(cachedRead).toHaveBeenCalledTimes(1);
		expect(reportRows(app)).toHaveLength(1);
	});

	it('a note shown only in a deferred tab has no editor yet: the checklist does not take it for one', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		app.workspace.restoreDeferred__('markdown', { file: 'notes/plain.md' });
		await plugin.activateChecklist();
		const checklist = app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE)[0]!.view as unknown as ChecklistView;
		expect(checklist.contentEl.querySelector('.postwright-not-a-post-title, .postwright-title')?.textContent).toBe('No post open');
	});
});
