import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from '../../src/core/rules/example-post';
import { toUnicodeBold } from '../../src/core/export';
import { useHook } from '../../src/plugin/commands/choose-hook';
import { localDate } from '../../src/core/dates';
import type { PublishModal } from '../../src/plugin/modals/publish-modal';
import { ButtonComponent, Modal, Setting } from './obsidian-stub';
import { lastNotice, loadPlugin, openInEditor, run, settle } from './harness';

const POST = 'posts/example_post.md';
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '', 'notes/plain.md': 'Just a thought.\n' });

describe('choose-hook', () => {
	it('moves (Recommended), rewrites (using Hook X) and the FULL POST opening, in one undo step', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		const before = view.editor.getValue();
		expect(useHook(plugin, view.editor as never, view.file as never, 'B')).toBe(true);
		const after = view.editor.getValue();
		expect(view.editor.history__).toHaveLength(1);
		expect(after).toContain('### HOOK A\nOur team stopped');
		expect(after).toContain('### HOOK B (Recommended)\nEvery Friday');
		expect(after).toContain('### FULL POST (using Hook B)\n\nEvery Friday we wrote reports that nobody read.\n\nFor two years every engineer');
		expect(after).not.toContain('Nobody missed them, and the work got faster.\n\nFor two years');
		// Everything else of the note is as it was.
		expect(after.replace('### HOOK B (Recommended)', '### HOOK B').replace('### HOOK A\n', '### HOOK A (Recommended)\n').replace('(using Hook B)\n\nEvery Friday we wrote reports that nobody read.', `(using Hook A)\n\n${'Our team stopped writing status reports.\n\nNobody missed them, and the work got faster.'}`)).toBe(before);
		const findings = plugin.posts.analyzeText(after, view.file as never).findings.map((f) => f.ruleId);
		expect(findings).not.toContain('full-post-hook');
		expect(findings).not.toContain('hook-recommended');
		expect(lastNotice()).toBe('Hook B is now recommended and opens the full post.');
	});

	it('runs from the command through the hook list, and changes nothing when the hook is already in use', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		expect(await run(plugin, 'choose-hook')).toBe(true);
		const row = Setting.all__.find((setting) => setting.nameEl.textContent === 'Hook A (in use)');
		expect(row?.descEl.textContent).toBe('Our team stopped writing status reports.');
		await (row!.components.find((c) => c instanceof ButtonComponent) as ButtonComponent).click__();
		expect(view.editor.history__).toHaveLength(0);
		expect(lastNotice()).toBe('Hook A is already recommended and opens the full post.');
	});

	it('keeps an opening of the author\'s own below the chosen hook, never deleting it', async () => {
		const own = examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Our team stopped writing status reports.', 'A line of my own.') });
		const { app, plugin } = await loadPlugin(vault(own));
		const view = await openInEditor(app, POST);
		useHook(plugin, view.editor as never, view.file as never, 'B');
		expect(view.editor.getValue()).toContain('(using Hook B)\n\nEvery Friday we wrote reports that nobody read.\n\nA line of my own.\n\nNobody missed them');
		expect(view.editor.history__).toHaveLength(1);
		expect(lastNotice()).toContain('its old opening is kept below');
	});

	it('is offered only on a post with hooks and a FULL POST', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost({ hooks: '', fullPost: '' })));
		await openInEditor(app, 'notes/plain.md');
		expect(await run(plugin, 'choose-hook')).toBe(false);
		await openInEditor(app, POST);
		expect(await run(plugin, 'choose-hook')).toBe(false);
	});
});

describe('copy-for-linkedin', () => {
	const copied: string[] = [];
	beforeEach(() => {
		copied.length = 0;
		vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => { copied.push(text); } } });
	});
	afterEach(() => vi.unstubAllGlobals());

	const withMarkdown = examplePost({
		hooks: EXAMPLE_HOOKS,
		fullPost: `${EXAMPLE_FULL_POST.replace('Three things happened.', '**Three things happened.** Read [the log](https://example.com/log).')}\n\n---\n`,
	});

	it('copies the FULL POST as export makes it and says its length and that it fits', async () => {
		const { app, plugin } = await loadPlugin(vault(withMarkdown));
		await openInEditor(app, POST);
		expect(await run(plugin, 'copy-for-linkedin')).toBe(true);
		await settle();
		expect(copied).toHaveLength(1);
		const text = copied[0]!;
		expect(text.startsWith('Our team stopped writing status reports.\n\nNobody missed them')).toBe(true);
		expect(text).toContain('Three things happened. Read the log https://example.com/log.');
		expect(text.endsWith('The answer might free up a day.')).toBe(true);
		expect(lastNotice()).toBe(`Copied ${[...new Intl.Segmenter().segment(text)].length} characters for LinkedIn: fits the 3000 limit.`);
	});

	it('uses Unicode bold when the setting says so, and says when the post is over the limit', async () => {
		const long = withMarkdown.replace('The answer might free up a day.', `The answer might free up a day. ${'More words here. '.repeat(200)}`);
		const { app, plugin } = await loadPlugin(vault(long), { copyBold: 'unicode' });
		await openInEditor(app, POST);
		await run(plugin, 'copy-for-linkedin');
		await settle();
		expect(copied[0]).toContain(`${toUnicodeBold('Three things happened.')} Read`);
		expect(lastNotice()).toMatch(/^Copied \d+ characters for LinkedIn: \d+ over the 3000 limit\.$/);
	});

	it('is not offered on a note without a FULL POST', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost({ fullPost: '' })));
		await openInEditor(app, 'notes/plain.md');
		expect(await run(plugin, 'copy-for-linkedin')).toBe(false);
		await openInEditor(app, POST);
		expect(await run(plugin, 'copy-for-linkedin')).toBe(false);
	});
});

describe('mark-published modal', () => {
	it('accepts a past date and no link yet: the link is left for later, not a blocked command', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		await run(plugin, 'mark-published');
		const modal = Modal.open__.at(-1) as unknown as PublishModal;
		expect(modal.date).toBe(localDate(new Date()));
		expect(modal.link).toBe('');
		modal.date = '2026-01-05';
		expect(await modal.submit()).toBe(true);
		await settle();
		const after = view.editor.getValue();
		expect(after).toContain('status: published\n');
		expect(after).toContain('published_date: 2026-01-05\n');
		expect(after).toContain('\nlink:\n');
		expect(lastNotice()).toBe('Marked example_post as published on 2026-01-05; add its link when you have it.');
		const findings = plugin.posts.analyzeText(after, view.file as never).findings.filter((f) => f.ruleId === 'status-requirements');
		expect(findings.map((f) => f.severity)).toEqual(['warning']);
	});

	it('refuses a date after today or one that is not a date, and writes nothing', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		await run(plugin, 'mark-published');
		const modal = Modal.open__.at(-1) as unknown as PublishModal;
		const tomorrow = localDate(new Date(Date.now() + 36 * 3600 * 1000));
		for (const bad of [tomorrow, '2026-02-30', 'last week']) {
			modal.date = bad;
			expect(await modal.submit(), bad).toBe(false);
		}
		expect(modal.contentEl.textContent).toContain('Enter the date it went out');
		expect(view.editor.history__).toHaveLength(0);
	});
});
