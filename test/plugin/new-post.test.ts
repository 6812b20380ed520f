import { describe, expect, it } from 'vitest';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { analyze } from '../../src/core/analyze';
import { localDate } from '../../src/core/dates';
import type { NewPostModal } from '../../src/plugin/modals/new-post-modal';
import { loadPlugin, openModal, run, settle, textOf } from './harness';
import { MarkdownView } from './obsidian-stub';

const today = localDate(new Date());

describe('new-post', () => {
	it('creates the post from the template in the posts folder and opens it in a new tab', async () => {
		const { app, plugin } = await loadPlugin();
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Sync Is Infrastructure, Not a Feature!';
		modal.answers.legos = { Topic: 'Why integration | has the wrong goal' };
		expect(await modal.submit()).toBe(true);
		const text = textOf(app, 'Posts/sync_is_infrastructure_not_a_feature.md');
		expect(text).toContain('name: sync_is_infrastructure_not_a_feature\n');
		expect(text).toContain('status: draft\n');
		expect(text).toContain(`last_updated: ${today}\n`);
		expect(text).toContain('# Sync Is Infrastructure, Not a Feature!\n');
		expect(text).toContain('| Topic | Why integration \\| has the wrong goal |');
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe('Posts/sync_is_infrastructure_not_a_feature.md');
		expect(app.workspace.leaves).toHaveLength(1);
		// The new note is a post with only the findings an empty draft must have (no frontmatter errors).
		const findings = analyze(text, { path: 'Posts/sync_is_infrastructure_not_a_feature.md', parseYaml: parseYamlWithGrayMatter, today }).findings;
		expect(findings.filter((f) => f.ruleId.startsWith('frontmatter') || f.ruleId === 'name-matches-file' || f.ruleId === 'field-type' || f.ruleId === 'field-enum')).toEqual([]);
	});

	it('validates before any file exists: an empty or symbol-only title keeps the modal open', async () => {
		const { app, plugin } = await loadPlugin();
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		for (const title of ['', '   ', '!!!']) {
			modal.answers.title = title;
			expect(await modal.submit()).toBe(false);
		}
		expect(modal.contentEl.textContent).toContain('letter or digit');
		expect(app.vault.getFiles()).toEqual([]);
		expect(app.vault.writes__).toEqual([]);
	});

	it('never replaces an existing file: the second post of a title gets _2, the third _3', async () => {
		const { app, plugin } = await loadPlugin({ 'Posts/launch_day.md': 'the author wrote this' });
		for (let i = 0; i < 2; i++) {
			await run(plugin, 'new-post');
			const modal = openModal<NewPostModal>();
			modal.answers.title = 'Launch day';
			expect(await modal.submit()).toBe(true);
		}
		expect(textOf(app, 'Posts/launch_day.md')).toBe('the author wrote this');
		expect(textOf(app, 'Posts/launch_day_2.md')).toContain('name: launch_day_2\n');
		expect(textOf(app, 'Posts/launch_day_3.md')).toContain('name: launch_day_3\n');
	});

	it('tries the next name when vault.create fails because the file appeared meanwhile', async () => {
		const { app, plugin } = await loadPlugin();
		const create = app.vault.create.bind(app.vault);
		let raced = false;
		app.vault.create = async (path: string, data: string) => {
			if (!raced) {
				raced = true;
				app.vault.seed__(path, 'synced from another device');
			}
			return create(path, data);
		};
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Race';
		expect(await modal.submit()).toBe(true);
		expect(textOf(app, 'Posts/race.md')).toBe('synced from another device');
		expect(textOf(app, 'Posts/race_2.md')).toContain('name: race_2');
	});

	it('uses the file-name pattern and a template note with placeholders, keeping required fields', async () => {
		const template = '---\nname: x\nnode_type: linkedin-post\nstatus: idea\nmood: calm\n---\n# {{title}}\nSlug {{name}} on {{date}}, {{unknown}} stays.\n';
		const { app, plugin } = await loadPlugin({ 'Templates/post.md': template }, { postsFolder: 'Drafts/LinkedIn', fileNamePattern: '{{date}}_{{name}}', templatePath: 'Templates/post' });
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Hello World';
		expect(await modal.submit()).toBe(true);
		const name = `${today}_hello_world`;
		const text = textOf(app, `Drafts/LinkedIn/${name}.md`);
		expect(text).toBe(`---\nname: ${name}\nnode_type: linkedin-post\nstatus: draft\nmood: calm\nlast_updated: ${today}\n---\n# Hello World\nSlug ${name} on ${today}, {{unknown}} stays.\n`);
	});

	it('puts the Idea Legos answers into a template note\'s empty rows, and leaves its own choices alone', async () => {
		const template = '---\nnode_type: linkedin-post\n---\n# {{title}}\n## IDEA LEGOS\n| Lego | Choice |\n|------|--------|\n| Topic |  |\n| Hook Type | Confession |\n| User’s Insight |\n';
		const { app, plugin } = await loadPlugin({ 'Templates/post.md': template }, { templatePath: 'Templates/post.md' });
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Quiet wins';
		modal.answers.legos = { Topic: 'Small teams', 'Hook Type': 'Question', "User's Insight": 'Fewer meetings' };
		expect(await modal.submit()).toBe(true);
		const text = textOf(app, 'Posts/quiet_wins.md');
		expect(text).toContain('| Topic | Small teams |\n');
		expect(text).toContain('| Hook Type | Confession |\n');
		expect(text).toContain('| User’s Insight | Fewer meetings |\n');
	});

	it('a missing template note is a message in the modal, and no file is created', async () => {
		const { app, plugin } = await loadPlugin({}, { templatePath: 'Templates/gone' });
		await run(plugin, 'new-post');
		const modal = openModal<NewPostModal>();
		modal.answers.title = 'Anything';
		expect(await modal.submit()).toBe(false);
		expect(modal.contentEl.textContent).toContain('Templates/gone');
		expect(app.vault.getFiles()).toEqual([]);
		await settle();
	});
});
