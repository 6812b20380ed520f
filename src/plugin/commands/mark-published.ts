import { Notice, type TFile } from 'obsidian';
import { fieldsByRole, fieldWithRole } from '../../core/profiles/profile';
import type { PostwrightHost } from '../host';
import { writeFields } from '../frontmatter-write';
import { PublishModal, type PublishDetails } from '../modals/publish-modal';
import { runAction } from '../run-action';

/**
 * Mark as published: asks for the link, then sets the fields that play the
 * status, published-date, link and last-updated roles (`status`,
 * `published_date`, `link`, `last_updated` in linkedin-post; a custom
 * profile's own keys otherwise) (writeFields: through the editor when the note is
 * open, else processFrontMatter with its links quoted first). A failure is a
 * notice saying why; nothing is half-written.
 */
export function registerMarkPublished(host: PostwrightHost): void {
	host.addCommand({
		id: 'mark-published',
		name: 'Mark as published',
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			if (!host.posts.isPost(file)) return false;
			if (!checking) openPublishModal(host, file);
			return true;
		},
	});
}

export function openPublishModal(host: PostwrightHost, file: TFile): PublishModal {
	const profile = host.posts.profileOf(file);
	const linkKey = profile ? fieldWithRole(profile, 'link')?.key : undefined;
	const current: unknown = linkKey ? host.app.metadataCache.getFileCache(file)?.frontmatter?.[linkKey] : undefined;
	const today = host.posts.today();
	const initial = { date: today, link: typeof current === 'string' ? current : '' };
	const modal = new PublishModal(host.app, initial, today, (details) => runAction('Could not mark as published', () => markPublished(host, file, details)));
	modal.open();
	return modal;
}

/** The date may be in the past; an empty link leaves the field as it is, to be filled in later. */
export async function markPublished(host: PostwrightHost, file: TFile, details: PublishDetails): Promise<void> {
	const profile = (await host.posts.analyzeFile(file)).profile;
	if (!profile) throw new Error(`${file.basename} is not a post: its node_type names no profile`);
	const fields = fieldsByRole(profile, {
		status: 'published',
		'published-date': details.date,
		...(details.link ? { link: details.link } : {}),
		'last-updated': host.posts.today(),
	});
	await writeFields(host.app, file, fields);
	new Notice(`Marked ${file.basename} as published on ${details.date}${details.link ? '' : '; add its link when you have it'}.`);
}
