import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from '../../src/core/rules/example-post';
import { toUnicodeBold } from '../../src/core/export';
import { localDate } from '../../src/core/dates';
import type { PublishModal } from '../../src/plugin/modals/publish-modal';
import { Modal } from './obsidian-stub';
import { lastNotice, loadPlugin, openInEditor, run, settle } from './harness';

const POST = 'posts/example_post.md';
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '', 'notes/plain.md': 'Just a thought.\n' });

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
