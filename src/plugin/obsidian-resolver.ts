import type { App } from 'obsidian';
import { PathResolver } from '../core/links/path-resolver';
import type { LinkResolver } from '../core/types';

/**
 * Links resolve through Obsidian's own metadataCache, so the checker agrees
 * with what a click in the note opens. Suggestions for a missing note come
 * from the core's name index, built from the vault's file list on first need
 * and dropped when files are created, deleted or renamed.
 */
export class ObsidianLinkResolver implements LinkResolver {
	private names: PathResolver | null = null;

	constructor(private readonly app: App) {}

	resolve(linkpath: string, sourcePath: string): string | null {
		const path = linkpath.split(/[#|]/, 1)[0]!.trim();
		if (path === '') return this.app.vault.getFileByPath(sourcePath) ? sourcePath : null;
		return this.app.metadataCache.getFirstLinkpathDest(path, sourcePath)?.path ?? null;
	}

	suggest(linkpath: string, limit: number): string[] {
		this.names ??= new PathResolver(this.app.vault.getFiles().map((file) => file.path));
		return this.names.suggest(linkpath, limit);
	}

	/** Called on vault create/delete/rename. */
	invalidate(): void {
		this.names = null;
	}
}
