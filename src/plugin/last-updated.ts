import { TFile } from 'obsidian';
import type { PostwrightHost } from './host';

/**
 * "Bump last_updated on change": when a post is saved and its `last_updated`
 * is not today, set it to today. The write itself triggers one more modify,
 * which then finds today's date and stops.
 */
export function watchLastUpdated(host: PostwrightHost & { registerEvent(ref: ReturnType<PostwrightHost['app']['vault']['on']>): void }): void {
	host.registerEvent(host.app.vault.on('modify', (file) => {
		if (!host.settings.bumpLastUpdated || !(file instanceof TFile) || !host.posts.isPost(file)) return;
		void bumpLastUpdated(host, file);
	}));
}

export async function bumpLastUpdated(host: PostwrightHost, file: TFile): Promise<boolean> {
	const today = host.posts.today();
	if (host.app.metadataCache.getFileCache(file)?.frontmatter?.last_updated === today) return false;
	let changed = false;
	await host.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		if (frontmatter.last_updated === today) return;
		frontmatter.last_updated = today;
		changed = true;
	});
	return changed;
}
