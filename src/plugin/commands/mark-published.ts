import { Notice, type TFile } from 'obsidian';
import type { PostwrightHost } from '../host';
import { writeFields } from '../frontmatter-write';
import { LinkModal } from '../modals/link-modal';
import { runAction } from '../run-action';

/**
 * Mark as published: asks for the link, then sets `status`, `published_date`,
 * `link` and `last_updated` (writeFields: through the editor when the note is
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

export function openPublishModal(host: PostwrightHost, file: TFile): LinkModal {
	const current: unknown = host.app.metadataCache.getFileCache(file)?.frontmatter?.link;
	const modal = new LinkModal(host.app, typeof current === 'string' ? current : '', (link) => runAction('Could not mark as published', () => markPublished(host, file, link)));
	modal.open();
	return modal;
}

export async function markPublished(host: PostwrightHost, file: TFile, link: string): Promise<void> {
	const today = host.posts.today();
	await writeFields(host.app, file, { status: 'published', published_date: today, link, last_updated: today });
	new Notice(`Marked ${file.basename} as published on ${today}.`);
}
