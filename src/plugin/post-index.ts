import { TFile, type App, type Component } from 'obsidian';

/**
 * The vault's posts, found through Obsidian's metadata cache (`node_type` in the
 * cached frontmatter), never by reading every file: the vault report and the board
 * list them, and follow them as they change.
 *
 * The cache lags behind the vault: after a write, 'changed' fires once the note is
 * indexed, so that is the moment to look again. It does not fire on rename, so
 * renames are followed through the vault.
 */
export class PostIndex {
	/** Paths last seen as posts: a note that stops being one (its `node_type` removed) is a change too. */
	private readonly known = new Set<string>();

	constructor(private readonly app: App, private readonly isPostType: (nodeType: string) => boolean) {}

	/** Whether the cached frontmatter of `file` names a post profile. */
	isPost(file: TFile): boolean {
		if (file.extension !== 'md') return false;
		const type: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.node_type;
		return typeof type === 'string' && this.isPostType(type.trim());
	}

	/** Every post in the vault, by path. */
	posts(): TFile[] {
		const posts = this.app.vault.getMarkdownFiles().filter((file) => this.isPost(file)).sort((a, b) => a.path.localeCompare(b.path));
		this.known.clear();
		for (const file of posts) this.known.add(file.path);
		return posts;
	}

	/**
	 * Calls `onChange` when a post changes (once the cache has it), a note becomes or stops
	 * being a post, or a post is renamed (`oldPath` given) or deleted. The events are
	 * registered on `owner`, so they end with it (a closed view, the unloaded plugin).
	 */
	subscribe(owner: Component, onChange: (file: TFile, oldPath?: string) => void): void {
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on('changed', (file) => {
			const wasPost = this.known.has(file.path);
			const isPost = this.isPost(file);
			if (isPost) this.known.add(file.path);
			else this.known.delete(file.path);
			if (isPost || wasPost) onChange(file);
		}));
		owner.registerEvent(vault.on('rename', (file, oldPath) => {
			if (!(file instanceof TFile) || !(this.known.delete(oldPath) || this.isPost(file))) return;
			this.known.add(file.path);
			onChange(file, oldPath);
		}));
		owner.registerEvent(vault.on('delete', (file) => {
			if (file instanceof TFile && this.known.delete(file.path)) onChange(file);
		}));
	}
}
