// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { localDate } from '../../../src/core/dates';
import { examplePost } from '../../../src/core/rules/example-post';
import { BUMP_AFTER_TYPING_MS } from '../../../src/plugin/last-updated';
import { markPublished, openPublishModal } from '../../../src/plugin/commands/mark-published';
import type { NewPostModal } from '../../../src/plugin/modals/new-post-modal';
import { lastNotice, loadPlugin, openInEditor, openModal, run, settle, textOf } from '../harness';
import { Notice, parseYaml } from '../obsidian-stub';

/**
 * Items 2–4 of "Right in the real Obsidian": frontmatter written without losing links,
 * new posts that never half-fail, and last_updated stamped only after typing. The
 * stand-in's processFrontMatter re-serialises and throws as Obsidian's does (PRODUCT §9).
 */
const today = localDate(new Date());
const POST = 'posts/example_post.md';
const unquoted = examplePost().replace('  - "[[async_work]]"', '  - [[async_work]]');
const vault = (text: string): Record<string, string> => ({ [POST]: text, 'concepts/async_work.md': '' });
const related = (text: string): unknown => (parseYaml(text.split('---\n')[1]!) as Record<string, unknown>).related_concepts;

afterEach(() => vi.useRealTimers());

describe('links in the frontmatter survive processFrontMatter', () => {
	it('the checker still sees a re-serialised `- - - x` as the link, and its fix writes "[[x]]"', () => {
		const mangled = examplePost().replace('  - "[[async_work]]"', '  - - - async_work');
		const finding = analyze(mangled, { path: POST, parseYaml: parseYamlWithGrayMatter, today }).findings.find((f) => f.ruleId === 'related-concepts-link');
		expect(finding?.message).toContain('[[async_work]]');
		expect(finding?.fix?.kind).toBe('edit');
		const fixed = applyEdits(mangled, finding!.fix!.kind === 'edit' ? finding!.fix!.edits : []);
		expect(fixed).toContain('  - "[[async_work]]"\n');
		expect(related(fixed)).toEqual(['[[async_work]]']);
	});

	it('mark as published on a closed note quotes its links before processFrontMatter runs', async () => {
		const { app, plugin } = await loadPlugin(vault(unquoted));
		await markPublished(plugin, app.vault.getFileByPath(POST)! as never, { date: today, link: 'https://www.linkedin.com/posts/1' });
		const after = textOf(app, POST);
		expect(related(after)).toEqual(['[[async_work]]']);
		expect(after).not.toContain('- - -');
		expect(after).toContain('status: published');
	});

	it('frontmatter broken since the command started is a notice, and the note is left as it was', async () => {
		const { app, plugin } = await loadPlugin(vault(examplePost()));
		const view = await openInEditor(app, POST);
		await run(plugin, 'mark-published');
		// The author breaks the YAML while the modal is open (the metadata cache still calls it a post).
		const broken = examplePost().replace('status: draft', 'status: [draft');
		view.editor.setValue(broken);
		openModal<{ link: string }>().link = 'https://www.linkedin.com/posts/1';
		await openModal<{ submit(): Promise<boolean> }>().submit();
		await settle();
		expect(lastNotice()).toMatch(/^Could not mark as published: its frontmatter cannot be read \(the YAML does not parse/);
		expect(view.editor.getValue()).toBe(broken);
	});

	it('an error thrown by processFrontMatter itself is a notice too, never an unhandled rejection', async () => {
		const { app, plugin } = await loadPlugin(vault(unquoted));
		app.fileManager.processFrontMatter = async () => {
			throw Object.assign(new Error('bad indentation of a mapping entry (3:5)'), { name: 'YAMLParseError' });
		};
		openPublishModal(plugin, app.vault.getFileByPath(POST)! as never);
		openModal<{ link: string }>().link = 'https://www.linkedin.com/posts/1';
		await openModal<{ submit(): Promise<boolean> }>().submit();
		await settle();
		expect(lastNotice()).toBe('Could not mark as published: bad indentation of a mapping entry (3:5)');
		// Only the links were quoted; nothing else changed.
		expect(textOf(app, POST)).toBe(examplePost());
	});
});

describe('new post from a user template', () => {
	const template = '---\ntitle: {{title}}\nsummary: "About {{title}}"\nnode_type: linkedin-post\n---\n# {{title}}\n';

	it('YAML-escapes a title with a colon, and creates the note complete in one write', async () => {
		const { app, plugin } = await loadPlugin({ 'Templates/post.md': template }, { templatePath: 'Templates/post.md' });
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Sync: not a "feature"';
		expect(await modal.submit()).toBe(true);
		const path = 'Posts/sync_not_a_feature.md';
		expect(app.vault.writes__).toEqual([path]);
		const data = parseYaml(textOf(app, path).split('---\n')[1]!) as Record<string, unknown>;
		expect(data).toMatchObject({ title: 'Sync: not a "feature"', summary: 'About Sync: not a "feature"', name: 'sync_not_a_feature', status: 'draft', node_type: 'linkedin-post' });
		expect(textOf(app, path)).toContain(`\nlast_updated: ${today}\n`);
		expect(textOf(app, path)).toContain('\n# Sync: not a "feature"\n');
	});

	it('creates nothing when the filled template cannot be a post, and says why in the modal', async () => {
		const { app, plugin } = await loadPlugin({ 'Templates/post.md': '---\ntags: [a\n---\n# {{title}}\n' }, { templatePath: 'Templates/post.md' });
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Anything';
		expect(await modal.submit()).toBe(false);
		expect(modal.contentEl.textContent).toContain('frontmatter cannot be read');
		expect(app.vault.getFiles().map((file) => file.path)).toEqual(['Templates/post.md']);
	});
});

describe('bump last_updated on change', () => {
	const stale = examplePost();
	const bumpOn = { bumpLastUpdated: true };

	it('never stamps a note that only arrived from another device (sync fires modify)', async () => {
		const { app } = await loadPlugin(vault(stale), bumpOn);
		vi.useFakeTimers();
		await app.vault.syncIn__(POST, stale.replace('Nobody missed them', 'Nobody at all missed them'));
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS * 2);
		expect(textOf(app, POST)).toContain('last_updated: 2026-02-20');
	});

	it('does not stamp an open note whose editor was reloaded with a synced change', async () => {
		const { app } = await loadPlugin(vault(stale), bumpOn);
		const view = await openInEditor(app, POST);
		vi.useFakeTimers();
		await app.vault.syncIn__(POST, stale.replace('Nobody missed them', 'Nobody at all missed them'));
		expect(view.editor.getValue()).toContain('Nobody at all');
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS * 2);
		expect(view.editor.getValue()).toContain('last_updated: 2026-02-20');
	});

	it('stamps through the editor once typing has paused, in one undo step, and stops there', async () => {
		const { app } = await loadPlugin(vault(stale), bumpOn);
		const view = await openInEditor(app, POST);
		vi.useFakeTimers();
		const type = (text: string): void => {
			view.editor.setValue(text);
			app.workspace.trigger('editor-change', view.editor, view);
		};
		type(stale.replace('Nobody missed them', 'Nobody really missed them'));
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS / 2);
		type(view.editor.getValue().replace('really', 'ever'));
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS / 2);
		expect(view.editor.getValue()).toContain('last_updated: 2026-02-20');
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS);
		expect(view.editor.getValue()).toContain(`last_updated: ${today}`);
		expect(view.editor.getValue()).toContain('Nobody ever missed them');
		expect(view.editor.history__).toHaveLength(1);
		// The disk is Obsidian's to save; the plugin did not write the file.
		expect(textOf(app, POST)).toBe(stale);
		await view.save__();
		await vi.advanceTimersByTimeAsync(BUMP_AFTER_TYPING_MS * 2);
		expect(view.editor.history__).toHaveLength(1);
		expect(Notice.shown__).toEqual([]);
	});
});
