import { Notice, type TFile } from 'obsidian';
import type { PostwrightHost } from '../host';
import { LinkModal } from '../modals/link-modal';

/**
 * Mark as published: asks for the link, then sets `status`, `published_date`,
 * `link` and `last_updated` through processFrontMatter, which keeps every
 * other field and the order of the keys.
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
	const modal = new LinkModal(host.app, typeof current === 'string' ? current : '', (link) => markPublished(host, file, link));
	modal.open();
	return modal;
}

export async function markPublished(host: PostwrightHost, file: TFile, link: string): Promise<void> {
	const today = host.posts.today();
	await host.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		frontmatter.status = 'published';
		frontmatter.published_date = today;
		frontmatter.link = link;
		frontmatter.last_updated = today;
	});
	new Notice(`Marked ${file.basename} as published on ${today}.`);
}
