import { parseYaml, TFile } from 'obsidian';
import { applyEdits } from '../../core/fix';
import { parsePost } from '../../core/parse/post';
import { setFieldEdits, yamlScalar } from '../../core/template/yaml-values';
import { fieldsByRole, fieldWithRole, profileRegistry, type Profile } from '../../core/profiles';
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
	// No posts folder set: where the user's "Default location for new notes" says.
	const folder = settings.postsFolder.trim() !== '' ? settings.postsFolder : app.fileManager.getNewFileParent(app.workspace.getActiveFile()?.path ?? '').path;
	// The text is complete before the file exists: one write, or none when the template cannot make a post.
	const { file } = await createPostFile(app, {
		folder,
		pattern: settings.fileNamePattern,
		title: answers.title,
		date,
		render: (name) => renderNewPost(profile, { title: answers.title, name, date, legos: answers.legos }, template),
	});
	await app.workspace.getLeaf('tab').openFile(file);
	return file;
}

/** The new post's whole text. A user's template gets the fields every new post must carry; one it cannot give them to is an error. */
export function renderNewPost(profile: Profile, values: TemplateValues, template: string | null): string {
	if (template === null) return renderPost(profile, values);
	const text = answerEmptyLegosRows(fillPlaceholders(template, values, profile), values.legos ?? {});
	const post = parsePost(text, parseYaml);
	const status = fieldWithRole(profile, 'status');
	const fields = fieldsByRole(profile, { name: values.name, status: status?.placeholder ?? 'draft', 'last-updated': values.date });
	if (post.frontmatter.data?.node_type === undefined) fields.node_type = profile.id;
	if (post.frontmatter.state === 'absent') {
		const lines = Object.entries(fields).map(([key, value]) => `${key}: ${yamlScalar(value)}\n`).join('');
		return `---\n${lines}---\n${text}`;
	}
	const edits = setFieldEdits(post, fields);
	if (!edits) throw new Error(`the template note's frontmatter cannot be read once filled in (${post.frontmatter.error?.message ?? 'not a mapping of fields'})`);
	return applyEdits(text, edits);
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
