import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/dates';
import { EXAMPLE_NOTES, examplePost } from '../../src/core/rules/example-post';
import { insertTemplate } from '../../src/plugin/commands/insert-template';
import type { PublishModal } from '../../src/plugin/modals/publish-modal';
import { CHECKLIST_VIEW_TYPE, VAULT_REPORT_VIEW_TYPE } from '../../src/plugin/view-types';
import { lastNotice, loadPlugin, openInEditor, openModal, run, settle, textOf } from './harness';
import { MarkdownView } from './obsidian-stub';

const today = localDate(new Date());
const POST = 'posts/example_post.md';
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '', 'notes/plain.md': 'Just a thought.\n' });

describe('command registration', () => {
	it('registers the stable ids, none with a default hotkey', async () => {
		const { plugin } = await loadPlugin();
		const commands = (plugin as unknown as { commands__: Map<string, { hotkeys?: unknown[] }> }).commands__;
		expect([...commands.keys()].sort()).toEqual(['check-current', 'check-vault', 'insert-template', 'mark-published', 'next-problem', 'open-checklist', 'new-post', 'update-notes-metrics', 'copy-for-linkedin', 'choose-hook', 'open-board'].sort());
		for (const command of commands.values()) expect(command.hotkeys).toBeUndefined();
	});

	it('offers post commands only on a post in an editor, and insert-template on any note', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		for (const id of ['check-current', 'next-problem', 'update-notes-metrics', 'mark-published', 'insert-template']) expect(await run(plugin, id)).toBe(false);
		await openInEditor(app, 'notes/plain.md');
		for (const id of ['check-current', 'next-problem', 'update-notes-metrics', 'mark-published']) expect(await run(plugin, id)).toBe(false);
		expect(await run(plugin, 'insert-template')).toBe(true);
		// The checklist view is registered, so it can be opened from anywhere.
		expect(await run(plugin, 'open-checklist')).toBe(true);
		expect(app.workspace.getLeavesOfType(CHECKLIST_VIEW_TYPE).length).toBe(1);
	});
});

describe('insert-template', () => {
	it('turns a plain note into a post skeleton, keeps the author text, and a second run changes nothing', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, 'notes/plain.md');
		await run(plugin, 'insert-template');
		const once = view.editor.getValue();
		expect(once).toContain('Just a thought.');
		expect(once).toMatch(/^---\nname: plain\n/);
		expect(once).toContain('## IDEA LEGOS');
		expect(once).toContain('### HOOK A (Recommended)');
		expect(view.editor.history__).toHaveLength(1);
		await run(plugin, 'insert-template');
		expect(view.editor.getValue()).toBe(once);
		expect(view.editor.history__).toHaveLength(1);
		expect(lastNotice()).toContain('Nothing to add');
	});

	it('adds only the missing parts of a post, in place, without reordering', async () => {
		const partial = examplePost({ fields: { domain: null, image: null }, notes: EXAMPLE_NOTES.replace('- **Word count**: 126\n', '') });
		const { app, plugin } = await loadPlugin(vault(partial));
		const view = await openInEditor(app, POST);
		await run(plugin, 'insert-template');
		const after = view.editor.getValue();
		expect(after).toContain('domain:\n');
		expect(after).toContain('image:\n');
		expect(after).toContain('- **Word count**: ');
		// Every original line is still there, in the same order.
		const lines = after.split('\n');
		let at = 0;
		for (const line of partial.split('\n')) {
			at = lines.indexOf(line, at);
			expect(at, line).toBeGreaterThanOrEqual(0);
			at++;
		}
	});

	it('writes through Vault.process when the note is not open in an editor', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		await insertTemplate(plugin, app.vault.getFileByPath('notes/plain.md')! as never);
		expect(textOf(app, 'notes/plain.md')).toContain('## NOTES');
		expect(textOf(app, 'notes/plain.md')).toContain('Just a thought.');
	});

	it('with the checklist focused, edits the note through its own editor, never from disk', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, 'notes/plain.md');
		view.editor.setValue('Just a thought, and unsaved typing.\n');
		await plugin.activateChecklist();
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe('notes/plain.md');
		expect(await run(plugin, 'insert-template')).toBe(true);
		await settle();
		expect(view.editor.getValue()).toContain('## NOTES');
		expect(view.editor.getValue()).toContain('unsaved typing');
		expect(view.editor.history__).toHaveLength(1);
		expect(textOf(app, 'notes/plain.md')).toBe('Just a thought.\n');
	});
});

describe('mark-published', () => {
	it('asks for an https link, then sets status, dates and link, keeping unknown fields and key order', async () => {
		const withExtra = examplePost().replace('domain: engineering\n', 'domain: engineering\nmood: calm\n');
		const { app, plugin } = await loadPlugin(vault(withExtra));
		const view = await openInEditor(app, POST);
		expect(await run(plugin, 'mark-published')).toBe(true);
		const modal = openModal<PublishModal>();
		for (const bad of ['linkedin.com/post/1', 'http://www.linkedin.com/posts/1', 'https://localhost']) {
			modal.link = bad;
			expect(await modal.submit(), bad).toBe(false);
		}
		expect(textOf(app, POST)).toBe(withExtra);
		modal.link = ' https://www.linkedin.com/posts/42 ';
		expect(await modal.submit()).toBe(true);
		await settle();
		// The open note changes in its editor (one undo step); Obsidian saves it from there.
		expect(textOf(app, POST)).toBe(withExtra);
		const after = view.editor.getValue();
		expect(view.editor.history__).toHaveLength(1);
		const keys = after.split('---\n')[1]!.split('\n').filter((l) => /^\w/.test(l)).map((l) => l.split(':')[0]);
		expect(keys).toEqual(['name', 'description', 'domain', 'mood', 'node_type', 'status', 'last_updated', 'published_date', 'tags', 'topics', 'related_concepts', 'link', 'image']);
		expect(after).toContain('status: published\n');
		expect(after).toContain(`published_date: ${today}\n`);
		expect(after).toContain(`last_updated: ${today}\n`);
		expect(after).toContain('link: https://www.linkedin.com/posts/42\n');
		expect(after).toContain('mood: calm\n');
		expect(after.slice(after.indexOf('# '))).toBe(withExtra.slice(withExtra.indexOf('# ')));
	});
});

describe('update-notes-metrics', () => {
	it('writes the measured figures, adds missing ones, and a second run changes nothing', async () => {
		const stale = examplePost({ notes: EXAMPLE_NOTES.replace('**Word count**: 126', '**Word count**: ~180').replace('"See more" char count: 86. Fits mobile: yes.', '"See more" char count: 40. Fits mobile: no.') });
		const { app, plugin } = await loadPlugin(vault(stale));
		const view = await openInEditor(app, POST);
		await run(plugin, 'update-notes-metrics');
		const fixed = view.editor.getValue();
		expect(fixed).toBe(examplePost());
		await run(plugin, 'update-notes-metrics');
		expect(view.editor.getValue()).toBe(fixed);
		expect(lastNotice()).toContain('already');

		const bare = examplePost({ notes: EXAMPLE_NOTES.replace('**Word count**: 126', '**Word count**:').replace(' "See more" char count: 86. Fits mobile: yes.', '') });
		view.editor.setValue(bare);
		await run(plugin, 'update-notes-metrics');
		expect(view.editor.getValue()).toBe(examplePost());
	});
});

describe('check-current and next-problem', () => {
	it('check-current reports counts and figures of the editor text, unsaved typing included', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		await run(plugin, 'check-current');
		expect(lastNotice()).toMatch(/^0 errors, 0 warnings, 0 notes · 126 words · hook A \(posted\): (all \d+|\d+ of \d+) characters show on mobile, fits$/);
		view.editor.setValue(examplePost({ fields: { status: 'status: done' } }));
		await run(plugin, 'check-current');
		expect(lastNotice()).toMatch(/^1 error, /);
	});

	it('next-problem moves to the next finding after the cursor and wraps', async () => {
		const text = examplePost({ fields: { status: 'status: done', domain: null } });
		const { app, plugin } = await loadPlugin(vault(text));
		const view = await openInEditor(app, POST);
		const editor = view.editor;
		const seen: number[] = [];
		for (let i = 0; i < 4; i++) {
			await run(plugin, 'next-problem');
			seen.push(editor.getCursor().line);
		}
		const statusLine = text.split('\n').findIndex((l) => l.startsWith('status: done'));
		expect(seen).toContain(statusLine);
		// Two findings at least, visited in order, then back to the first.
		const distinct = [...new Set(seen)];
		expect(distinct.length).toBeGreaterThanOrEqual(2);
		expect(seen[distinct.length]).toBe(seen[0]);
	});
});

describe('check-vault', () => {
	it('opens the vault report, one row per post with its counts', async () => {
		const { app, plugin } = await loadPlugin({ ...vault(examplePost()), 'posts/bad.md': examplePost({ fields: { name: 'name: bad', status: 'status: done' } }) });
		await run(plugin, 'check-vault');
		await settle();
		const leaves = app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE);
		expect(leaves.length).toBe(1);
		const rows = [...leaves[0]!.view.containerEl.querySelectorAll('tbody tr')].map((row) => [...row.children].slice(1).map((cell) => cell.textContent));
		expect(rows.sort()).toEqual([['done', expect.any(String), '1', '0'], ['draft', expect.any(String), '0', '0']].sort());
	});
});
