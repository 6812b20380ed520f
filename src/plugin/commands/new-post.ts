import { TFile } from 'obsidian';
import { profileRegistry, type Profile } from '../../core/profiles';
import { answerEmptyLegosRows } from '../../core/template/complete';
import { fillPlaceholders, renderPost, type TemplateValues } from '../../core/template/render';
import type { PostwrightHost } from '../host';
import { NewPostModal, type NewPostAnswers } from '../modals/new-post-modal';
import { createPostFile } from '../scaffold';

export function registerNewPost(host: PostwrightHost): void {
	host.addCommand({
		id: 'new-post',
		name: 'New post',
		callback: () => openNewPostModal(host),
	});
}

export function openNewPostModal(host: PostwrightHost): NewPostModal {
	const profiles = [...profileRegistry(host.settings.check.profiles).values()];
	const modal = new NewPostModal(host.app, profiles, host.settings.defaultProfile, async (answers) => {
		try {
			await createNewPost(host, answers);
			return null;
		} catch (error) {
			return `Could not create the post: ${error instanceof Error ? error.message : String(error)}`;
		}
	});
	modal.open();
	return modal;
}

/**
 * Creates the post from the template (the built-in one, or the user's
 * template note with its placeholders filled), in the posts folder, under a
 * free name, and opens it in a new tab.
 */
export async function createNewPost(host: PostwrightHost, answers: NewPostAnswers): Promise<TFile> {
	const { settings, app } = host;
	const profile = profileRegistry(settings.check.profiles).get(answers.profileId);
	if (!profile) throw new Error(`unknown profile ${answers.profileId}`);
	const date = host.posts.today();
	const template = await readTemplateNote(host);
	const { file } = await createPostFile(app, {
		folder: settings.postsFolder,
		pattern: settings.fileNamePattern,
		title: answers.title,
		date,
		render: (name) => renderNewPost(profile, { title: answers.title, name, date, legos: answers.legos }, template),
	});
	if (template !== null) {
		// A user's template may lack the fields every new post must carry.
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			frontmatter.name = file.basename;
			frontmatter.node_type ??= profile.id;
			frontmatter.status = 'draft';
			frontmatter.last_updated = date;
		});
	}
	await app.workspace.getLeaf('tab').openFile(file);
	return file;
}

export function renderNewPost(profile: Profile, values: TemplateValues, template: string | null): string {
	if (template === null) return renderPost(profile, values);
	return answerEmptyLegosRows(fillPlaceholders(template, values, profile), values.legos ?? {});
}

/** The template note's text; null for the built-in template. A missing note is an error the modal shows. */
async function readTemplateNote(host: PostwrightHost): Promise<string | null> {
	const path = host.settings.templatePath;
	if (path === '') return null;
	const file = host.app.vault.getAbstractFileByPath(path.endsWith('.md') ? path : `${path}.md`);
	if (!(file instanceof TFile)) {
		throw new Error(`the template note "${path}" does not exist (settings → Postwright → Template note)`);
	}
	return host.app.vault.read(file);
}
